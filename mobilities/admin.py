"""Mobilities in Django admin: events with their programme, quotas and photos; the
registrations with the workflow actions of the services; the Erasmus+ exports."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from siehub.admin import (
    ParagraphsAdminMixin,
    PictureInline,
    RecordInline,
    TranslatedAdminMixin,
    TranslationStateFilter,
    action_with_note,
)

from . import exports
from .forms.events import MobilityAdminForm, QuotaInlineFormSet
from .models import (
    Attendance,
    Evaluation,
    Mobility,
    Photo,
    Quota,
    Registration,
    RegistrationChange,
    Session,
)
from .services import registrations as registration_services
from .services.hosting import ANSWER_FIELDS, RATING_FIELDS

# Events ----------------------------------------------------------------------------------


class SessionInline(TranslationStackedInline):
    model = Session
    extra = 0
    fields = (
        ("day", "starts_at", "ends_at"),
        "title",
        "description",
        ("facilitator", "location"),
        "practices",
    )
    autocomplete_fields = ("practices",)


class QuotaInline(admin.TabularInline):
    model = Quota
    formset = QuotaInlineFormSet
    extra = 0
    fields = ("partner", "seats")


class PhotoInline(PictureInline):
    model = Photo


@admin.register(Mobility)
class MobilityAdmin(ParagraphsAdminMixin, TranslatedAdminMixin, TabbedTranslationAdmin):
    form = MobilityAdminForm
    # The report after the event is formatted text (Markdown, stored as HTML).
    paragraph_fields = ("report",)
    list_display = (
        "title",
        "kind",
        "status",
        "host",
        "city",
        "country",
        "starts_on",
        "ends_on",
        "capacity",
        "translation_languages",
    )
    list_filter = ("status", "kind", "country", TranslationStateFilter)
    list_select_related = ("host",)
    search_fields = ("title", "slug", "city", "host__name")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("host", "outputs_practices", "outputs_adaptations")
    date_hierarchy = "starts_on"
    ordering = ("-starts_on",)
    fieldsets = (
        (None, {"fields": ("kind", "status", "title", "slug", "original_language")}),
        (_("Description"), {"fields": ("summary", "description", "areas")}),
        (
            _("Place and dates"),
            {
                "fields": (
                    "host",
                    "venue",
                    "address",
                    ("city", "country"),
                    "timezone",
                    ("starts_on", "ends_on"),
                )
            },
        ),
        (
            _("Registration"),
            {
                "fields": (
                    ("registration_opens_on", "registration_closes_on"),
                    "capacity",
                    "offer_hours",
                )
            },
        ),
        (
            _("After the event"),
            {"fields": ("report", "outputs_practices", "outputs_adaptations")},
        ),
    )
    inlines = (QuotaInline, SessionInline, PhotoInline)
    actions = ("export_participants", "export_summary")

    @admin.action(
        description=_("Export participants (Erasmus+ report)"), permissions=["view"]
    )
    def export_participants(self, request, queryset):
        return exports.participants_csv(exports.registrations_of(queryset))

    @admin.action(
        description=_("Export participants by country, role and gender (Erasmus+)"),
        permissions=["view"],
    )
    def export_summary(self, request, queryset):
        return exports.summary_csv(exports.registrations_of(queryset))


# Registrations ---------------------------------------------------------------------------


class RegistrationChangeInline(RecordInline):
    """The audit trail, as the services wrote it: read only."""

    model = RegistrationChange
    fields = ("created_at", "from_status", "to_status", "actor", "note")
    ordering = ("created_at", "pk")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


class AttendanceInline(RecordInline):
    model = Attendance
    fields = ("day", "present", "marked_by", "marked_at")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("marked_by")


def _run(modeladmin, request, queryset, service, actor_kw, done_message, **kwargs):
    """Call a registration service for each selected registration; report what it
    refused, one message per registration, and how many it changed."""
    done = 0
    for registration in queryset:
        try:
            service(registration=registration, **{actor_kw: request.user}, **kwargs)
        except PermissionDenied:
            modeladmin.message_user(
                request, f"{registration}: {_('Not allowed.')}", messages.ERROR
            )
        except ValidationError as error:
            modeladmin.message_user(
                request, f"{registration}: {' '.join(error.messages)}", messages.ERROR
            )
        else:
            done += 1
    if done:
        modeladmin.message_user(request, done_message(done), messages.SUCCESS)


def _with_note(title, service, actor_kw, done_message):
    """The action `_run` once the staff member has written an optional note to the
    participants."""
    return action_with_note(
        lambda modeladmin, request, queryset, note: _run(
            modeladmin, request, queryset, service, actor_kw, done_message, note=note
        ),
        title=title,
        intro=_(
            "Each participant receives an email in their own language; a seat that "
            "frees up is offered to the next on the sending partner’s waiting list."
        ),
        label=_("Note to the participants (optional)"),
        help_text=_("They receive it by email, with the rest in their own language."),
        max_length=2000,
        rows=4,
    )


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = (
        "participant_display",
        "mobility",
        "sending_partner",
        "role",
        "status",
        "created_at",
    )
    list_filter = (
        "status",
        ("sending_partner", admin.RelatedOnlyFieldListFilter),
        ("mobility", admin.RelatedOnlyFieldListFilter),
        "role",
    )
    list_select_related = ("participant", "mobility", "sending_partner")
    search_fields = (
        "participant__email",
        "participant__first_name",
        "participant__last_name",
        "invited_email",
        "invited_name",
        "mobility__title",
    )
    date_hierarchy = "created_at"
    autocomplete_fields = ("school",)
    # Who, where and the status change only through the actions (the services).
    readonly_fields = (
        "mobility",
        "participant",
        "sending_partner",
        "status",
        "registered_by",
        "invited_email",
        "invited_name",
        "waitlisted_at",
        "offer_expires_at",
        "reminder_sent_at",
        "evaluation_requested_at",
        "certificate",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "mobility",
                    "status",
                    "participant",
                    ("invited_name", "invited_email"),
                    "sending_partner",
                    "school",
                    ("role", "gender"),
                    "listed_publicly",
                )
            },
        ),
        (_("Application"), {"fields": ("motivation", "special_needs")}),
        (
            _("Travel"),
            {"fields": (("arrival_date", "departure_date"), "travel_details")},
        ),
        (
            _("Workflow"),
            {
                "fields": (
                    "registered_by",
                    "waitlisted_at",
                    "offer_expires_at",
                    "reminder_sent_at",
                    "evaluation_requested_at",
                    "certificate",
                    ("created_at", "updated_at"),
                )
            },
        ),
    )
    inlines = (RegistrationChangeInline, AttendanceInline)
    actions = (
        "approve_registrations",
        "decline_registrations",
        "cancel_registrations",
        "export_participants",
    )

    def has_add_permission(self, request):
        # A registration starts on the site (an application or a coordinator's
        # registration), where the quota and the waiting list are applied.
        return False

    @admin.display(description=_("participant"), ordering="participant__last_name")
    def participant_display(self, registration):
        return registration.participant_name

    @admin.action(
        description=_("Approve the selected applications"), permissions=["change"]
    )
    def approve_registrations(self, request, queryset):
        _run(
            self,
            request,
            queryset,
            registration_services.registration_approve,
            "coordinator",
            lambda n: (
                ngettext(
                    "%(count)d application approved (confirmed or waitlisted).",
                    "%(count)d applications approved (confirmed or waitlisted).",
                    n,
                )
                % {"count": n}
            ),
        )

    @admin.action(
        description=_("Decline the selected registrations"), permissions=["change"]
    )
    def decline_registrations(self, request, queryset):
        return _with_note(
            _("Decline the selected registrations"),
            registration_services.registration_decline,
            "coordinator",
            lambda n: (
                ngettext(
                    "%(count)d registration declined.",
                    "%(count)d registrations declined.",
                    n,
                )
                % {"count": n}
            ),
        )(self, request, queryset)

    @admin.action(
        description=_("Cancel the selected registrations"), permissions=["change"]
    )
    def cancel_registrations(self, request, queryset):
        return _with_note(
            _("Cancel the selected registrations"),
            registration_services.registration_cancel,
            "actor",
            lambda n: (
                ngettext(
                    "%(count)d registration cancelled.",
                    "%(count)d registrations cancelled.",
                    n,
                )
                % {"count": n}
            ),
        )(self, request, queryset)

    @admin.action(
        description=_("Export the confirmed participants (Erasmus+ report)"),
        permissions=["view"],
    )
    def export_participants(self, request, queryset):
        return exports.participants_csv(queryset)


@admin.register(Evaluation)
class EvaluationAdmin(admin.ModelAdmin):
    """Read only: what participants answered, for the report."""

    list_display = ("registration", *RATING_FIELDS, "created_at")
    list_filter = (("registration__mobility", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("registration__mobility", "registration__participant")
    readonly_fields = ("registration", *ANSWER_FIELDS, "created_at")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
