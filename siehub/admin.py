import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from kombu.exceptions import OperationalError
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from . import translating
from .events import vocabulary_changed
from .forms import ParagraphsTextarea
from .i18n import LANGUAGE_CODES, LANGUAGE_NAMES
from .models import (
    Area,
    Certificate,
    EducationLevel,
    Notification,
    Page,
    TextTranslation,
)
from .text import sanitize_html

logger = logging.getLogger(__name__)

# The mixins below extend ModelAdmin's methods; the type checker is told so, while at run
# time they stay plain mixins listed before the admin class.
if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    _AdminBase = admin.ModelAdmin[Any]
else:
    _AdminBase = object

admin.site.site_header = _("SIE HUB+ administration")
admin.site.site_title = _("SIE HUB+ administration")
admin.site.index_title = _("Curate the platform")


class ParagraphsAdminMixin(_AdminBase):
    """Translated HTML fields (`paragraph_fields`, base names) edited as plain text in
    every language tab, with ParagraphsTextarea."""

    paragraph_fields: tuple[str, ...] = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        base = getattr(db_field, "translated_field", db_field).name
        if base in self.paragraph_fields:
            kwargs["widget"] = ParagraphsTextarea(attrs={"rows": 8})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


def _translated_columns(kind, changed_data) -> list[str]:
    return [
        name
        for name in changed_data
        if name.rpartition("_")[0] in kind.fields
        and name.rpartition("_")[2] in LANGUAGE_CODES
    ]


def record_translation_edits(request, obj, changed_data) -> None:
    """After a curator's save: the columns they changed in another language than the
    original are a person's translation now; a changed original outdates the others."""
    kind = translating.kind_of(obj)
    if kind is None or obj.pk is None:
        return
    translating.record_edits(
        obj=obj, columns=_translated_columns(kind, changed_data), editor=request.user
    )


class TranslationStateFilter(admin.SimpleListFilter):
    """The public objects whose texts in a language are missing, machine-only, outdated,
    a person's or reviewed (what translators' queues show)."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        labels = translating.STATE_LABELS
        return [
            (f"{code}:{state}", f"{LANGUAGE_NAMES[code]}: {labels[state]}")
            for code in LANGUAGE_CODES
            for state in translating.STATES
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if not value or ":" not in value:
            return queryset
        language, _sep, state = value.partition(":")
        if language not in LANGUAGE_CODES or state not in translating.STATES:
            return queryset
        kind = translating.registered_kind(queryset.model)
        return queryset.filter(
            pk__in=translating.queue_queryset(kind, language, state).values("pk")
        )


class TranslatedAdminMixin(_AdminBase):
    """Admin of a model in the translation workflow: a curator's edits are recorded as
    a person's translations (or a change of the original), a column says how complete
    each language is, and a filter finds what needs translating."""

    @admin.display(description=_("languages"))
    def translation_languages(self, obj):
        """Per language: the original (bold), a person's (✓ reviewed), machine (m) or
        missing (–) texts, from what the row holds (no query per row)."""
        kind = translating.registered_kind(obj)
        original = kind.original_language(obj)
        cells = []
        for code in LANGUAGE_CODES:
            if code == original:
                cells.append(f"{code.upper()}*")
                continue
            missing = any(
                kind.original_text(obj, name) and not getattr(obj, f"{name}_{code}")
                for name in kind.fields
            )
            machine = bool((obj.machine_translated or {}).get(code))
            mark = "–" if missing else ("m" if machine else "✓")
            cells.append(f"{code.upper()} {mark}")
        return " · ".join(cells)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record_translation_edits(request, obj, form.changed_data)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for inline_form in formset.forms:
            instance = inline_form.instance
            if (
                instance.pk
                and inline_form.has_changed()
                and not getattr(inline_form, "cleaned_data", {}).get("DELETE")
            ):
                record_translation_edits(request, instance, inline_form.changed_data)


class RecordInline(admin.TabularInline):
    """Rows the services wrote (an audit trail, edits, reports, attendance): shown under
    their object, never added, changed or deleted here. A subclass sets model and fields."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields or ()

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class PictureInline(TranslationStackedInline):
    """A gallery's pictures (a practice's, an adaptation's, an event's): checked and
    cleaned on upload as on the site (the image field's form field), with their text
    alternative and caption in every language."""

    extra = 0
    fields = ("image", "alt_text", "caption", "credit", "position", "faces_consent")


class NoteForm(forms.Form):
    """The note an admin action asks for before it runs (action_with_note): its label,
    help and length are the action's; `required_message` refuses an empty note."""

    def __init__(
        self,
        *args,
        label: "StrOrPromise",
        help_text: "StrOrPromise" = "",
        max_length: int,
        rows: int,
        required_message: "StrOrPromise" = "",
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.fields["note"] = forms.CharField(
            label=label,
            help_text=help_text,
            required=False,
            max_length=max_length,
            widget=forms.Textarea(attrs={"rows": rows}),
        )
        self.required_message = required_message

    def clean_note(self) -> str:
        note = self.cleaned_data["note"]
        if self.required_message and not note:
            raise forms.ValidationError(self.required_message, code="required")
        return note


def action_with_note(
    run: Callable[[Any, HttpRequest, QuerySet[Any], str], None],
    *,
    title: "StrOrPromise",
    intro: "StrOrPromise",
    label: "StrOrPromise",
    help_text: "StrOrPromise" = "",
    max_length: int,
    rows: int,
    required_message: "StrOrPromise" = "",
):
    """An admin action that first shows a page (`title`, `intro`) asking for a note
    about the selected objects (NoteForm: `label`, `help_text`, ...), then calls
    `run(modeladmin, request, queryset, note)` and goes back to the list. A note
    refused (too long, or empty with a `required_message`) shows the page again (400)."""

    def action(modeladmin, request, queryset):
        form = NoteForm(
            request.POST if "apply" in request.POST else None,
            label=label,
            help_text=help_text,
            max_length=max_length,
            rows=rows,
            required_message=required_message,
        )
        if form.is_bound and form.is_valid():
            run(modeladmin, request, queryset, form.cleaned_data["note"])
            return None
        # The objects as the list shows them: with what their names read.
        related = modeladmin.list_select_related
        if related is True:
            queryset = queryset.select_related()
        elif related:
            queryset = queryset.select_related(*related)
        opts = modeladmin.model._meta
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": title,
            "intro": intro,
            "form": form,
            "queryset": queryset,
            "shows_status": any(
                field.name == "status" and field.choices for field in opts.fields
            ),
            "action_name": request.POST.get("action"),
            "opts": opts,
        }
        return TemplateResponse(
            request,
            "admin/action_note.html",
            context,
            status=400 if form.errors else 200,
        )

    return action


class PageAdminForm(forms.ModelForm):
    class Meta:
        model = Page
        fields = ("slug", "title", "body", "show_in_footer", "footer_order")

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        for code, _name in settings.LANGUAGES:
            key = f"body_{code}"
            if cleaned.get(key):
                cleaned[key] = sanitize_html(cleaned[key])
        return cleaned


class TermAdmin(TabbedTranslationAdmin):
    """A controlled vocabulary: curators translate, order and add terms; the slug, which
    URLs, filters and exports use, is fixed once the term exists. Apps that cache what
    reads a vocabulary listen to `siehub.events.vocabulary_changed`."""

    list_display = ("name", "slug", "position")
    list_editable = ("position",)
    search_fields = ("name", "slug")

    def get_readonly_fields(self, request, obj=None):
        return ("slug",) if obj else ()

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ("name",)}

    def _changed(self):
        model = self.model
        transaction.on_commit(lambda: vocabulary_changed.send(sender=model))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        self._changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        self._changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        self._changed()


admin.site.register([Area, EducationLevel], TermAdmin)


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    form = PageAdminForm
    list_display = ("title", "slug", "show_in_footer", "footer_order", "updated_at")
    list_editable = ("show_in_footer", "footer_order")
    readonly_fields = ("updated_at",)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "kind",
        "to_email",
        "language",
        "sent_at",
        "attempts",
        "next_attempt_at",
    )
    list_filter = ("kind", "language", ("sent_at", admin.EmptyFieldListFilter))
    search_fields = ("to_email", "subject")
    date_hierarchy = "created_at"
    list_select_related = ("recipient",)
    actions = ["send_again"]
    readonly_fields = [f.name for f in Notification._meta.fields]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Retry sending the selected unsent notifications"))
    def send_again(self, request, queryset):
        from .tasks import deliver_notification

        pending = list(
            queryset.filter(sent_at__isnull=True).values_list("pk", flat=True)
        )
        queryset.filter(pk__in=pending).update(
            attempts=0, claimed_at=None, next_attempt_at=None
        )
        for pk in pending:
            try:
                deliver_notification.delay(pk)
            except OperationalError:
                # The broker is down: the rows are due again, the sweep sends them.
                logger.warning("Notifications not queued: broker unavailable")
                break
        count = len(pending)
        self.message_user(
            request,
            ngettext(
                "%(count)d notification queued.",
                "%(count)d notifications queued.",
                count,
            )
            % {"count": count},
        )


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    """Certificates are issued by the apps (never added here); curators look them up by
    code or name and revoke one issued by mistake."""

    list_display = ("code", "holder_name", "title", "kind", "language", "issued_at")
    list_filter = ("kind", "language", ("revoked_at", admin.EmptyFieldListFilter))
    search_fields = ("code", "holder_name", "title", "source")
    date_hierarchy = "issued_at"
    actions = ["revoke"]
    readonly_fields = [
        f.name for f in Certificate._meta.fields if f.name != "revoked_reason"
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Revoke the selected certificates"))
    def revoke(self, request, queryset):
        from .certificates import certificates_revoke

        count = certificates_revoke(certificates=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d certificate revoked.",
                "%(count)d certificates revoked.",
                count,
            )
            % {"count": count},
        )


@admin.register(TextTranslation)
class TextTranslationAdmin(admin.ModelAdmin):
    """Every translated field: how it came about, filtered by language, status and kind;
    above the list, how much of each kind readers can read in each language."""

    list_display = (
        "subject_link",
        "field",
        "language",
        "status",
        "outdated",
        "source_language",
        "engine",
        "translated_at",
        "reviewed_by",
    )
    list_filter = ("language", "status", "outdated", "content_type", "source_language")
    list_select_related = ("content_type", "reviewed_by")
    date_hierarchy = "translated_at"
    readonly_fields = [f.name for f in TextTranslation._meta.fields]
    change_list_template = "admin/siehub/texttranslation/change_list.html"

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("text"))
    def subject_link(self, obj):
        return f"{obj.content_type.name} #{obj.object_id}"

    def changelist_view(self, request, extra_context=None):
        progress = [
            {
                "label": kind.label_plural,
                "languages": [
                    {"name": LANGUAGE_NAMES[code], **translating.progress(kind, code)}
                    for code in LANGUAGE_CODES
                ],
            }
            for kind in translating.kinds()
        ]
        extra_context = {**(extra_context or {}), "translation_progress": progress}
        return super().changelist_view(request, extra_context)
