"""Training in Django admin: modules with their units inline (translation tabs, ordered
by position), each unit's self-assessment questions and each question's choices one
page down, the publish and duplicate actions of the authoring services, a preview of the
public page (drafts included, for staff); the resource library; enrolments and feedback
read only."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from siehub.admin import (
    ParagraphsAdminMixin,
    TranslatedAdminMixin,
    TranslationStateFilter,
)

from .models import (
    Audience,
    Choice,
    Enrolment,
    Feedback,
    Module,
    ModuleStatus,
    Question,
    Resource,
    Unit,
)
from .services.modules import (
    module_duplicate,
    module_publish,
    module_refresh_languages,
)


def audience_field() -> forms.TypedMultipleChoiceField:
    return forms.TypedMultipleChoiceField(
        label=_("audience"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


def public_url(obj) -> str | None:
    """The public page of a module or resource, or None while its URL is not there."""
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return None


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


class ChildrenLinkMixin:
    """An inline whose rows link to their own admin page, where their children are
    edited (a unit's questions, a question's choices), saying how many they have: counted
    in the inline's one query. A subclass names the relation (children), the text of a row
    not saved yet (unsaved) and the link's words for a count (children_label)."""

    children: str
    unsaved: str

    def children_label(self, count: int) -> str:
        raise NotImplementedError

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(child_count=Count(self.children))

    def children_link(self, obj):
        if obj.pk is None:
            return self.unsaved
        count = getattr(obj, "child_count", None)
        if count is None:
            count = getattr(obj, self.children).count()
        label = self.children_label(count) % {"count": count}
        return format_html('<a href="{}">{}</a>', change_url(obj), label)


# Modules ---------------------------------------------------------------------------------


class ModuleAdminForm(forms.ModelForm):
    audience = audience_field()

    class Meta:
        model = Module
        fields = ("audience",)  # the admin adds the rest from its fieldsets
        widgets = {"areas": forms.CheckboxSelectMultiple}


# A unit and a question as edited on their parent's page and on their own.
UNIT_FIELDS = (
    ("position", "minutes"),
    "title",
    "body",
    "video_url",
    ("image", "image_alt"),
    ("material", "material_title"),
)
QUESTION_FIELDS = ("position", "text", "explanation")


class UnitInline(ChildrenLinkMixin, ParagraphsAdminMixin, TranslationStackedInline):
    paragraph_fields = ("body",)
    model = Unit
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    extra = 0
    ordering = ("position", "pk")
    fields = (*UNIT_FIELDS, "questions_link")
    readonly_fields = ("questions_link",)
    children = "questions"
    unsaved = _("Save the module first, then add questions to the unit.")

    def children_label(self, count: int) -> str:
        return ngettext(
            "%(count)d question: edit the questions",
            "%(count)d questions: edit the questions",
            count,
        )

    @admin.display(description=_("self-assessment"))
    def questions_link(self, unit):
        return self.children_link(unit)


@admin.register(Module)
class ModuleAdmin(TranslatedAdminMixin, TabbedTranslationAdmin):
    form = ModuleAdminForm
    # A link typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = (
        "title",
        "status",
        "level",
        "duration_minutes",
        "languages_display",
        "translation_languages",
        "unit_count",
        "published_at",
        "preview_link",
    )
    list_filter = ("status", "level", "original_language", TranslationStateFilter)
    search_fields = (
        "title",
        "title_en",
        "title_mk",
        "title_bg",
        "title_es",
        "slug",
        "authors",
    )
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("related_practices",)
    readonly_fields = (
        "languages_display",
        "duplicated_from",
        "published_at",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("status", "title", "slug", "original_language")}),
        (_("Description"), {"fields": ("summary", "objectives", "authors")}),
        (
            _("For whom"),
            {"fields": ("audience", "areas", "level", "duration_minutes", "pass_mark")},
        ),
        (_("Cover"), {"fields": ("cover", "cover_alt")}),
        (_("Inventory"), {"fields": ("related_practices",)}),
        (
            _("Publication"),
            {
                "fields": (
                    "languages_display",
                    "duplicated_from",
                    "published_at",
                    ("created_at", "updated_at"),
                )
            },
        ),
    )
    inlines = (UnitInline,)
    actions = ("publish_modules", "duplicate_modules")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(unit_count=Count("units"))

    def view_on_site(self, module):
        # The public page itself (drafts show to staff), not the sites framework's
        # redirect to another domain.
        return public_url(module)

    def save_model(self, request, obj, form, change):
        # A draft published from the form gets its date, as the action gives it.
        if obj.status == ModuleStatus.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        module_refresh_languages(form.instance)

    @admin.display(description=_("languages available"))
    def languages_display(self, module):
        return ", ".join(code.upper() for code in module.languages) or "—"

    @admin.display(description=_("units"), ordering="unit_count")
    def unit_count(self, module):
        return module.unit_count

    @admin.display(description=_("preview"))
    def preview_link(self, module):
        url = public_url(module)
        if url is None:
            return "—"
        return format_html('<a href="{}">{}</a>', url, _("Preview"))

    @admin.action(description=_("Publish the selected modules"), permissions=["change"])
    def publish_modules(self, request, queryset):
        done = 0
        for module in queryset:
            try:
                module_publish(module=module, by=request.user)
            except ValidationError as error:
                self.message_user(
                    request, f"{module}: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext(
                    "%(count)d module published.", "%(count)d modules published.", done
                )
                % {"count": done},
                messages.SUCCESS,
            )

    @admin.action(
        description=_(
            "Duplicate as a starting point for a new language version (a draft)"
        ),
        permissions=["add"],
    )
    def duplicate_modules(self, request, queryset):
        copies = [
            module_duplicate(module=module, by=request.user) for module in queryset
        ]
        links = format_html_join(
            ", ", '<a href="{}">{}</a>', ((change_url(c), c.title) for c in copies)
        )
        self.message_user(
            request,
            format_html(
                "{} {}",
                ngettext(
                    "%(count)d draft module created:",
                    "%(count)d draft modules created:",
                    len(copies),
                )
                % {"count": len(copies)},
                links,
            ),
            messages.SUCCESS,
        )


class QuestionInline(ChildrenLinkMixin, TranslationStackedInline):
    model = Question
    extra = 0
    ordering = ("position", "pk")
    fields = (*QUESTION_FIELDS, "choices_link")
    readonly_fields = ("choices_link",)
    children = "choices"
    unsaved = _("Save the unit first, then add the choices of the question.")

    def children_label(self, count: int) -> str:
        return ngettext(
            "%(count)d choice: edit the choices",
            "%(count)d choices: edit the choices",
            count,
        )

    @admin.display(description=_("choices"))
    def choices_link(self, question):
        return self.children_link(question)


class HiddenFromIndex:
    """Reached from the module's page (a unit, a question), not from the admin index."""

    def get_model_perms(self, request):
        return {}


@admin.register(Unit)
class UnitAdmin(
    HiddenFromIndex, TranslatedAdminMixin, ParagraphsAdminMixin, TabbedTranslationAdmin
):
    paragraph_fields = ("body",)
    """A unit with its self-assessment questions (their choices one page down)."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("title", "module", "position", "translation_languages")
    list_filter = (TranslationStateFilter,)
    list_select_related = ("module",)
    search_fields = ("title", "module__title")
    fields = ("module", *UNIT_FIELDS)
    readonly_fields = ("module",)
    inlines = (QuestionInline,)

    def has_add_permission(self, request):
        return False  # units are added on their module's page

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        module_refresh_languages(form.instance.module)


class ChoiceInline(TranslationTabularInline):
    model = Choice
    extra = 3
    ordering = ("position", "pk")
    fields = ("position", "text", "is_correct")


@admin.register(Question)
class QuestionAdmin(HiddenFromIndex, TranslatedAdminMixin, TabbedTranslationAdmin):
    """A question with its choices, at least one of them right."""

    list_display = ("__str__", "unit", "translation_languages")
    list_filter = (TranslationStateFilter,)
    list_select_related = ("unit__module",)
    search_fields = ("text",)
    fields = ("unit", *QUESTION_FIELDS)
    readonly_fields = ("unit",)
    inlines = (ChoiceInline,)

    def has_add_permission(self, request):
        return False  # questions are added on their unit's page

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        question = form.instance
        if (
            question.choices.exists()
            and not question.choices.filter(is_correct=True).exists()
        ):
            self.message_user(
                request,
                _("No choice of this question is marked as the right answer."),
                messages.WARNING,
            )


# Resource library ------------------------------------------------------------------------


class ResourceAdminForm(forms.ModelForm):
    audience = audience_field()

    class Meta:
        model = Resource
        fields = ("audience",)
        widgets = {"areas": forms.CheckboxSelectMultiple}

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not cleaned.get("url"):
            raise ValidationError(_("Upload a file or give a link."))
        return cleaned


@admin.register(Resource)
class ResourceAdmin(TabbedTranslationAdmin):
    form = ResourceAdminForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = (
        "title",
        "kind",
        "content_language",
        "is_published",
        "download_count",
        "created_at",
    )
    list_filter = ("is_published", "kind", "content_language")
    search_fields = ("title", "title_en", "title_mk", "title_bg", "title_es", "slug")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("module",)
    readonly_fields = ("download_count", "created_at")
    fieldsets = (
        (None, {"fields": ("is_published", "kind", "title", "slug")}),
        (_("Description"), {"fields": ("original_language", "description")}),
        (_("File or link"), {"fields": ("file", "url", "content_language")}),
        (_("For whom"), {"fields": ("audience", "areas", "module")}),
        (_("Use"), {"fields": ("download_count", "created_at")}),
    )

    def view_on_site(self, resource):
        return public_url(resource)


# Learners (read only) --------------------------------------------------------------------


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Enrolment)
class EnrolmentAdmin(ReadOnlyAdmin):
    list_display = ("user", "module", "started_at", "score", "completed_at")
    list_filter = (
        ("completed_at", admin.EmptyFieldListFilter),
        ("module", admin.RelatedOnlyFieldListFilter),
    )
    list_select_related = ("user", "module")
    search_fields = ("user__email", "user__first_name", "user__last_name")
    date_hierarchy = "started_at"
    fields = (
        "user",
        "module",
        "started_at",
        "last_unit",
        "last_activity_at",
        "score",
        "completed_at",
        "certificate",
        "units_completed",
    )
    readonly_fields = fields

    @admin.display(description=_("units completed"))
    def units_completed(self, enrolment):
        return (
            format_html_join(
                ", ",
                "{}",
                (
                    (progress.unit.title,)
                    for progress in enrolment.progress.select_related("unit")
                ),
            )
            or "—"
        )


@admin.register(Feedback)
class FeedbackAdmin(ReadOnlyAdmin):
    """What members said of the modules they completed, for the pilots' report."""

    list_display = ("module", "rating", "comment_start", "created_at")
    list_filter = (("enrolment__module", admin.RelatedOnlyFieldListFilter), "rating")
    list_select_related = ("enrolment__module",)
    fields = ("module", "rating", "comment", "created_at")
    readonly_fields = fields

    @admin.display(description=_("module"), ordering="enrolment__module__title")
    def module(self, feedback):
        return feedback.enrolment.module

    @admin.display(description=_("comments"))
    def comment_start(self, feedback):
        return feedback.comment[:120]
