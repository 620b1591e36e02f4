"""The participants of events for the final report to the Erasmus+ national agency: one
row per confirmed participant, and a summary by country, role and gender.

Each file is one query, streamed row by row; the email addresses and special needs of
the participants are not part of it.
"""

import csv
from collections.abc import Iterable, Iterator

from django.db.models import Count, Q, QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from network.models import Position
from siehub.countries import Country
from siehub.i18n import LANGUAGE_CODES, translated_field, translation_fields

from .models import Gender, MobilityKind, Registration, RegistrationStatus

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


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
            *[f"mobility__title_{code}" for code in LANGUAGE_CODES],
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


def participant_rows(registrations: QuerySet) -> Iterator[list[str]]:
    """The header, then one row per confirmed participant of `registrations`."""
    yield [
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
            _cell(translated_field(mobility, "title")["value"]),
            _label(MobilityKind, mobility.kind),
            mobility.starts_on.isoformat(),
            mobility.ends_on.isoformat(),
            str((mobility.ends_on - mobility.starts_on).days + 1),
            _label(Country, mobility.country),
            _cell(name),
            _cell(registration.sending_partner.name),
            _label(Country, registration.sending_partner.country),
            _cell(registration.school.name if registration.school else ""),
            _label(Position, registration.role),
            _label(Gender, registration.gender),
            str(registration.days_attended),
        ]


def summary_rows(registrations: QuerySet) -> Iterator[list[str]]:
    """Confirmed participants of `registrations` and the days they attended, by
    sending country × role × gender, then the totals."""
    yield [
        _("Sending country"),
        _("Role"),
        _("Gender"),
        _("Participants"),
        _("Days attended"),
    ]
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


class _Echo:
    """A file-like object that hands back what the csv writer writes."""

    def write(self, value):
        return value


def csv_response(rows: Iterable[list[str]], filename: str) -> StreamingHttpResponse:
    """Stream `rows` as a UTF-8 CSV download (with a BOM, so spreadsheets read it)."""
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        ("\ufeff" if index == 0 else "") + writer.writerow(row)
        for index, row in enumerate(rows)
    )
    response["Content-Type"] = "text/csv; charset=utf-8"
    stamp = timezone.localdate().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="{filename}-{stamp}.csv"'
    return response
