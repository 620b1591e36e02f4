from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, register

from siehub import translating

from .models import Choice, Module, ModuleStatus, Question, Resource, Unit


@register(Module)
class ModuleTranslationOptions(TranslationOptions):
    # The authors are the partners' names, which readers read in their own script.
    fields = ("title", "summary", "objectives", "cover_alt", "authors")


@register(Unit)
class UnitTranslationOptions(TranslationOptions):
    fields = ("title", "body", "image_alt", "material_title")


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "explanation")


@register(Choice)
class ChoiceTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "description")


# The translation workflow (siehub.translating): the texts of published modules, in the
# language the module was written in.
translating.register(
    Module,
    key="module",
    label=_("training module"),
    label_plural=_("training modules"),
    fields=("title", "summary", "objectives", "cover_alt"),
    public=lambda queryset: queryset.published(),
    children=lambda module: [
        *Unit.objects.filter(module=module),
        *Question.objects.filter(unit__module=module),
        *Choice.objects.filter(question__unit__module=module),
    ],
)
translating.register(
    Unit,
    key="unit",
    label=_("unit"),
    label_plural=_("units"),
    fields=("title", "body", "image_alt", "material_title"),
    html_fields=("body",),
    original_language=lambda unit: unit.module.original_language,
    public=lambda queryset: queryset.filter(module__status=ModuleStatus.PUBLISHED),
)
translating.register(
    Question,
    key="question",
    label=_("self-assessment question"),
    label_plural=_("self-assessment questions"),
    fields=("text", "explanation"),
    original_language=lambda question: question.unit.module.original_language,
    public=lambda queryset: queryset.filter(
        unit__module__status=ModuleStatus.PUBLISHED
    ),
    title_field="text",
)
translating.register(
    Choice,
    key="choice",
    label=_("answer"),
    label_plural=_("answers"),
    fields=("text",),
    original_language=lambda choice: choice.question.unit.module.original_language,
    public=lambda queryset: queryset.filter(
        question__unit__module__status=ModuleStatus.PUBLISHED
    ),
    title_field="text",
)
