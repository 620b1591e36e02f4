from modeltranslation.translator import TranslationOptions, register

from .models import Choice, Module, Question, Resource, Unit


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
