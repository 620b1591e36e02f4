"""Curation in Django admin: the review queue, workflow actions, audit trail, translations."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from siehub.admin import (
    ParagraphsAdminMixin,
    PictureInline,
    RecordInline,
    TermAdmin,
    TranslatedAdminMixin,
    TranslationStateFilter,
    action_with_note,
)
from siehub.exports import csv_response
from siehub.i18n import LANGUAGE_CODES, translation_fields

from . import search
from .filters import inventory_changed
from .models import (
    Adaptation,
    AdaptationPicture,
    Attachment,
    Comment,
    CommentReport,
    Compendium,
    EvidenceLevel,
    GatheredPractice,
    MeasureType,
    OutcomeIndicator,
    Practice,
    PracticePicture,
    PracticeReview,
    Revision,
    Status,
    StatusChange,
    TargetGroup,
)
from .permissions import can_review
from .services import adaptations, practices
from .services.comments import comment_hide
from .services.workflow import (
    practice_reindex,
    revision_record,
    revision_snapshot,
)

admin.site.register([MeasureType, TargetGroup, EvidenceLevel], TermAdmin)


class PracticePictureInline(PictureInline):
    model = PracticePicture


class AdaptationPictureInline(PictureInline):
    model = AdaptationPicture


class CoverChoiceMixin:
    """The cover is one of the object's own pictures."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "cover":
            match = request.resolver_match
            object_id = match.kwargs.get("object_id") if match else None
            kwargs["queryset"] = db_field.related_model.objects.filter(
                **{f"{self.model._meta.model_name}_id": object_id or 0}
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class StatusChangeInline(RecordInline):
    model = StatusChange
    fields = ("created_at", "actor", "from_status", "to_status", "note")
    verbose_name_plural = _("audit trail")


class RevisionInline(RecordInline):
    """The edits made after publication, with their values before and after."""

    model = Revision
    fields = ("created_at", "editor", "changed_fields")

    @admin.display(description=_("changes"))
    def changed_fields(self, revision):
        return format_html_join(
            "",
            "<p><strong>{}</strong>: {} → {}</p>",
            (
                (field, _short(old), _short(new))
                for field, (old, new) in revision.changes.items()
            ),
        )


def _short(value):
    text = str(value or "—")
    return text if len(text) < 120 else text[:117] + "…"


class AttachmentInline(admin.TabularInline):
    model = Attachment
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = ("title", "kind", "file", "url", "size", "content_type", "position")
    readonly_fields = ("size", "content_type")
    extra = 0


def _run_workflow(modeladmin, request, queryset, service, subject_kw, note=None):
    done = 0
    for obj in queryset:
        kwargs = {subject_kw: obj, "curator": request.user}
        if note is not None:
            kwargs["note"] = note
        try:
            service(**kwargs)
            done += 1
        except (ValidationError, PermissionDenied) as error:
            text = "; ".join(getattr(error, "messages", [str(error)])) or str(error)
            modeladmin.message_user(request, f"{obj}: {text}", messages.ERROR)
    if done:
        modeladmin.message_user(
            request,
            ngettext("%(count)d item updated.", "%(count)d items updated.", done)
            % {"count": done},
            messages.SUCCESS,
        )


def _asking_the_author(run, title, required: bool):
    """The workflow action `run` once the curator has written the message to the author."""
    return action_with_note(
        run,
        title=title,
        intro=_(
            "The authors receive this message by email, in their own language's "
            "template."
        ),
        label=_("Message to the author"),
        max_length=5000,
        rows=6,
        required_message=_("Tell the author which changes are needed.")
        if required
        else "",
    )


class ModeratedAdmin(
    TranslatedAdminMixin, ParagraphsAdminMixin, TabbedTranslationAdmin
):
    """What practices and adaptations share: workflow actions and the audit trail; the
    sections are edited as plain text, as their authors write them."""

    subject_kw = "practice"
    # The service behind each workflow action (archive: practices only).
    workflow_services = {
        "publish": practices.practice_publish,
        "request_changes": practices.practice_request_changes,
        "reject": practices.practice_reject,
        "archive": practices.practice_archive,
    }
    list_select_related = ("author",)
    date_hierarchy = "created_at"

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_review(request.user):
            return actions
        entries = [
            ("publish", _("Publish the selected items"), False, False),
            (
                "request_changes",
                _("Request changes (with a message to the author)"),
                True,
                True,
            ),
            ("reject", _("Reject (with a message to the author)"), True, False),
            ("archive", _("Archive the selected items"), False, False),
        ]
        for name, label, asks_note, required in entries:
            service = self.workflow_services.get(name)
            if service is None:
                continue

            def run(modeladmin, request, queryset, note=None, service=service):
                _run_workflow(
                    modeladmin, request, queryset, service, modeladmin.subject_kw, note
                )

            function = _asking_the_author(run, label, required) if asks_note else run
            actions[name] = (function, name, label)
        return actions


@admin.register(Practice)
class PracticeAdmin(CoverChoiceMixin, ModeratedAdmin):
    paragraph_fields = Practice.SECTIONS
    list_display = (
        "title",
        "status",
        "country",
        "author",
        "translation_languages",
        "featured",
        "adaptation_count",
        "submitted_at",
        "published_at",
    )
    list_editable = ("featured",)
    list_filter = (
        "status",
        "featured",
        "country",
        "original_language",
        "target_groups",
        TranslationStateFilter,
    )
    list_select_related = ("author", "organisation")
    search_fields = ("title", "title_en", "title_mk", "title_bg", "title_es", "slug")
    readonly_fields = (
        "status",
        "author",
        "created_at",
        "updated_at",
        "submitted_at",
        "published_at",
        "adaptation_count",
    )
    autocomplete_fields = ("organisation",)
    filter_horizontal = practices.PRACTICE_M2M_FIELDS
    inlines = (
        PracticePictureInline,
        AttachmentInline,
        StatusChangeInline,
        RevisionInline,
    )
    actions = ("export_csv",)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    "original_language",
                    "status",
                    "author",
                    "featured",
                )
            },
        ),
        (_("Sections"), {"fields": Practice.SECTIONS}),
        (
            _("Classification"),
            {
                "fields": (
                    "organisation",
                    "country",
                    "target_groups",
                    "measure_types",
                    "areas",
                    "education_levels",
                    "evidence_level",
                    "scale",
                    "duration",
                    "keywords",
                    "licence",
                    "no_personal_data",
                )
            },
        ),
        (
            _("Pictures and video"),
            {
                "fields": (
                    "cover",
                    "video_url",
                )
            },
        ),
        (
            _("Dates"),
            {
                "fields": (
                    "created_at",
                    "updated_at",
                    "submitted_at",
                    "published_at",
                    "adaptation_count",
                )
            },
        ),
    )

    def save_model(self, request, obj, form, change):
        before = None
        if change:
            before = revision_snapshot(Practice.objects.get(pk=obj.pk))
        super().save_model(request, obj, form, change)
        if before is not None:
            revision_record(obj=obj, editor=request.user, before=before)
        inventory_changed()

    def save_related(self, request, form, formsets, change):
        # After the vocabularies (many-to-many) are saved: the search entry holds them.
        super().save_related(request, form, formsets, change)
        practice_reindex(practice_ids=[form.instance.pk])

    def delete_model(self, request, obj):
        self.delete_queryset(request, Practice.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        # The search entries go with the practices, and their words and facets leave
        # the lexicon's and the facets' counts in the same transaction.
        with transaction.atomic():
            search.forget(practice_ids=list(queryset.values_list("pk", flat=True)))
            super().delete_queryset(request, queryset)
        inventory_changed()

    @admin.action(description=_("Export the selected practices as CSV"))
    def export_csv(self, request, queryset):
        header = [
            "slug",
            "status",
            "country",
            "original_language",
            "author",
            *translation_fields("title"),
            "published_at",
        ]
        rows = (
            [
                practice.slug,
                practice.status,
                practice.country,
                practice.original_language,
                practice.author.email,
                *[getattr(practice, f"title_{code}") or "" for code in LANGUAGE_CODES],
                practice.published_at.isoformat() if practice.published_at else "",
            ]
            for practice in queryset.select_related("author").iterator(chunk_size=500)
        )
        stamp = timezone.now().strftime("%Y%m%d")
        return csv_response(header, rows, filename=f"practices-{stamp}.csv")


@admin.register(PracticeReview)
class PracticeReviewAdmin(PracticeAdmin):
    list_display = (
        "title",
        "country",
        "author",
        "translation_languages",
        "submitted_at",
    )
    list_editable = ()
    ordering = ("submitted_at",)

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=Status.SUBMITTED)


class OutcomeIndicatorInline(admin.TabularInline):
    """The figures the school reported: curators correct an obvious slip here (the
    model's constraints still hold)."""

    model = OutcomeIndicator
    fields = (
        "indicator",
        "baseline",
        "result",
        "period_start",
        "period_end",
        "measurement",
    )
    extra = 0


@admin.register(Adaptation)
class AdaptationAdmin(CoverChoiceMixin, ModeratedAdmin):
    paragraph_fields = Adaptation.SECTIONS
    subject_kw = "adaptation"
    workflow_services = {
        "publish": adaptations.adaptation_publish,
        "request_changes": adaptations.adaptation_request_changes,
        "reject": adaptations.adaptation_reject,
    }
    list_display = (
        "title",
        "practice",
        "school",
        "status",
        "translation_languages",
        "submitted_at",
    )
    list_filter = ("status", "original_language", TranslationStateFilter)
    list_select_related = ("author", "practice", "school")
    search_fields = ("title", "title_en", "title_mk", "title_bg", "title_es")
    autocomplete_fields = ("practice", "school")
    readonly_fields = ("status", "author", "created_at", "submitted_at", "published_at")
    inlines = (
        AdaptationPictureInline,
        OutcomeIndicatorInline,
        StatusChangeInline,
        RevisionInline,
    )

    def save_model(self, request, obj, form, change):
        before = None
        if change:
            before = revision_snapshot(Adaptation.objects.get(pk=obj.pk))
        super().save_model(request, obj, form, change)
        if before is not None:
            revision_record(obj=obj, editor=request.user, before=before)


class CommentReportInline(RecordInline):
    model = CommentReport
    fields = ("created_at", "reporter", "reason")


class ReportedFilter(admin.SimpleListFilter):
    title = _("reported")
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [("yes", _("Reported")), ("no", _("Not reported"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(report_count__gt=0)
        if self.value() == "no":
            return queryset.filter(report_count=0)
        return queryset


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = (
        "body",
        "author",
        "subject_title",
        "report_count",
        "is_hidden",
        "created_at",
    )
    list_filter = ("is_hidden", ReportedFilter)
    list_select_related = ("author", "practice", "adaptation")
    search_fields = ("body",)
    readonly_fields = (
        "practice",
        "adaptation",
        "author",
        "body",
        "report_count",
        "hidden_by",
        "created_at",
    )
    inlines = (CommentReportInline,)
    actions = ("hide", "unhide")
    ordering = ("-report_count", "-created_at")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("on"))
    def subject_title(self, comment):
        return comment.subject

    @admin.action(description=_("Hide the selected comments"))
    def hide(self, request, queryset):
        for comment in queryset:
            comment_hide(comment=comment, curator=request.user)

    @admin.action(description=_("Show the selected comments again"))
    def unhide(self, request, queryset):
        if not can_review(request.user):
            raise PermissionDenied
        queryset.update(is_hidden=False, hidden_by=None)


@admin.register(GatheredPractice)
class GatheredPracticeAdmin(admin.ModelAdmin):
    """Practices the professional communities gathered (members add them on the site)."""

    list_display = ("practice", "community", "added_by", "added_at")
    list_filter = ("community",)
    list_select_related = ("practice", "community", "added_by")
    search_fields = ("practice__title", "community__name")
    autocomplete_fields = ("practice", "added_by")
    readonly_fields = ("added_at",)
    date_hierarchy = "added_at"


@admin.register(Compendium)
class CompendiumAdmin(admin.ModelAdmin):
    list_display = (
        "language",
        "state",
        "progress",
        "practice_count",
        "created_at",
        "finished_at",
    )
    list_filter = ("language", "state")
    readonly_fields = [f.name for f in Compendium._meta.fields]

    def has_add_permission(self, request):
        return False
