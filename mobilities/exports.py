"""The participants of events for the final report to the Erasmus+ national agency: one
row per confirmed participant, and a summary by country, role and gender.

Each file is one query, streamed row by row through `siehub.exports` (which guards the
cells); the email addresses and special needs of the participants are not part of it.
"""

from collections.abc import Iterator

from django.db.models import Count, Q, QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from network.models import Position
from siehub.countries import Country
from siehub.exports import csv_response
from siehub.i18n import translated_field, translation_fields

from .models import Gender, MobilityKind, Registration, RegistrationStatus


def _label(choices, value: str) -> str:
    return str(dict(choices.choices).get(value, value)) if value else ""


def registrations_of(mobilities: QuerySet) -> QuerySet:
    """Every registration of the events `mobilities`."""
    return Registration.objects.filter(mobility__in=mobilities)


def confirmed_participants(registrations: QuerySet) -> QuerySet:
    """The confirmed ones of `registrations`, with the days each one attended."""
    return (
        registrations.filter(status=RegistrationStatus.CONFIRMED)
        .select_related("mobility", "participant", "sending_partner", "school")
        .only(
            "role",
            "gender",
            "invited_name",
            "invited_email",
            "mobility__original_language",
            "mobility__title",
            *translation_fields("title", prefix="mobility__"),
            "mobility__slug",
            "mobility__kind",
            *translation_fields("city", prefix="mobility__"),
            "mobility__country",
            "mobility__starts_on",
            "mobility__ends_on",
            "participant__first_name",
            "participant__last_name",
            "participant__deleted_at",
            *translation_fields("name", prefix="sending_partner__"),
            "sending_partner__country",
            *translation_fields("name", prefix="school__"),
        )
        .annotate(days_attended=Count("attendance", filter=Q(attendance__present=True)))
        .order_by("mobility__starts_on", "mobility", "sending_partner__name", "pk")
    )


def participant_header() -> list[str]:
    return [
        _("Event"),
        _("Kind of event"),
        _("First day"),
        _("Last day"),
        _("Duration (days)"),
        _("Venue country"),
        _("Participant"),
        _("Sending partner"),
        _("Sending country"),
        _("School or organisation"),
        _("Role"),
        _("Gender"),
        _("Days attended"),
    ]


def participant_rows(registrations: QuerySet) -> Iterator[list[str]]:
    """One row per confirmed participant of `registrations`."""
    for registration in confirmed_participants(registrations).iterator(chunk_size=500):
        mobility = registration.mobility
        participant = registration.participant
        if participant is None:
            name = registration.invited_name
        elif participant.deleted_at:
            name = str(participant)
        else:
            name = participant.get_full_name()
        yield [
            translated_field(mobility, "title")["value"],
            _label(MobilityKind, mobility.kind),
            mobility.starts_on.isoformat(),
            mobility.ends_on.isoformat(),
            str((mobility.ends_on - mobility.starts_on).days + 1),
            _label(Country, mobility.country),
            name,
            registration.sending_partner.name,
            _label(Country, registration.sending_partner.country),
            registration.school.name if registration.school else "",
            _label(Position, registration.role),
            _label(Gender, registration.gender),
            str(registration.days_attended),
        ]


def summary_header() -> list[str]:
    return [
        _("Sending country"),
        _("Role"),
        _("Gender"),
        _("Participants"),
        _("Days attended"),
    ]


def summary_rows(registrations: QuerySet) -> Iterator[list[str]]:
    """Confirmed participants of `registrations` and the days they attended, by
    sending country × role × gender, then the totals."""
    groups = (
        registrations.filter(status=RegistrationStatus.CONFIRMED)
        .values("sending_partner__country", "role", "gender")
        .annotate(
            participants=Count("pk", distinct=True),
            days=Count("attendance", filter=Q(attendance__present=True)),
        )
        .order_by("sending_partner__country", "role", "gender")
    )
    total_people = total_days = 0
    for group in groups:
        total_people += group["participants"]
        total_days += group["days"]
        yield [
            _label(Country, group["sending_partner__country"]),
            _label(Position, group["role"]),
            _label(Gender, group["gender"]) or _("Not recorded"),
            str(group["participants"]),
            str(group["days"]),
        ]
    yield [_("All"), "", "", str(total_people), str(total_days)]


def _filename(name: str) -> str:
    return f"{name}-{timezone.localdate():%Y%m%d}.csv"


def participants_csv(registrations: QuerySet) -> StreamingHttpResponse:
    """The confirmed participants of `registrations` as a streamed CSV download."""
    return csv_response(
        participant_header(),
        participant_rows(registrations),
        filename=_filename("erasmus-participants"),
    )


def summary_csv(registrations: QuerySet) -> StreamingHttpResponse:
    """The summary of `registrations` by country, role and gender, as a CSV download."""
    return csv_response(
        summary_header(),
        summary_rows(registrations),
        filename=_filename("erasmus-participants-summary"),
    )
