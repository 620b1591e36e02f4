"""The host's tools: the participants, daily attendance, the certificates of attendance
and the participants' evaluation of the event.

The host of an event is its host organisation's coordinators and the staff allowed to
change mobilities (mobilities.permissions.can_host, `Mobility.objects.managed_by`). A
certificate of attendance is issued, after the event, only to confirmed participants the
host marked present on at least one day.
"""

from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Aggregate, Avg, Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.models import Organisation, User
from siehub.certificates import certificate_issue, certificate_verify_url
from siehub.i18n import translated_field
from siehub.models import CertificateKind
from siehub.services import notify

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

from ..models import (
    Attendance,
    Evaluation,
    Mobility,
    MobilityStatus,
    Registration,
    RegistrationStatus,
)
from ..permissions import can_host

# A participant's evaluation: four ratings from 1 to 5, two optional comments.
RATING_FIELDS = ("overall", "content", "organisation", "will_apply")
COMMENT_FIELDS = ("most_useful", "to_improve")
ANSWER_FIELDS = (*RATING_FIELDS, *COMMENT_FIELDS)
RATINGS = (1, 2, 3, 4, 5)


# Participants ---------------------------------------------------------------------------


def confirmed_registrations(mobility: Mobility):
    return Registration.objects.filter(
        mobility=mobility, status=RegistrationStatus.CONFIRMED
    )


def listable_participants(mobility: Mobility, user):
    """The confirmed participants of `mobility` whose list `user` may read, special
    needs included (only the host and the coordinators see those): every sending
    partner's for the host and staff; for the coordinator of a partner with seats at
    the (published) event, those their own partners send. None for anyone else: for
    them the list does not exist."""
    if not user.is_authenticated:
        return None
    if can_host(user, mobility):
        return confirmed_registrations(mobility)
    if mobility.status not in (MobilityStatus.PUBLISHED, MobilityStatus.CANCELLED):
        return None
    partners = Organisation.objects.coordinated_by(user).filter(
        mobility_quotas__mobility=mobility
    )
    if not partners.exists():
        return None
    return confirmed_registrations(mobility).filter(sending_partner__in=partners)


def days_present():
    """An annotation: the days a registration was marked present."""
    return Count("attendance", filter=Q(attendance__present=True), distinct=True)


# Attendance -----------------------------------------------------------------------------


def check_attendance_day(mobility: Mobility, day: date) -> None:
    """Attendance is marked for a day of the event, on that day or later."""
    if not mobility.starts_on <= day <= mobility.ends_on:
        raise ValidationError(
            _("This day is not a day of the event."), code="not_a_day_of_the_event"
        )
    if day > timezone.localdate():
        raise ValidationError(
            _(
                "Attendance can be marked on the day itself or afterwards, not in "
                "advance."
            ),
            code="in_the_future",
        )


@transaction.atomic
def attendance_mark(
    *, mobility: Mobility, day: date, present_ids: set[int], marker: User
) -> int:
    """Record who was present on `day`: one row per confirmed participant (present or
    absent), inserted or updated in one statement. Returns the number present.

    Ids that are not confirmed registrations of the event are ignored: a registration
    cancelled while the form was open is simply no longer on the list.
    """
    check_attendance_day(mobility, day)
    confirmed = set(confirmed_registrations(mobility).values_list("pk", flat=True))
    present = {pk for pk in present_ids if pk in confirmed}
    rows = [
        Attendance(registration_id=pk, day=day, present=pk in present, marked_by=marker)
        for pk in sorted(confirmed)
    ]
    if rows:
        Attendance.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["registration", "day"],
            update_fields=["present", "marked_by", "marked_at"],
        )
    return len(present)


def attendance_overview(mobility: Mobility) -> list[dict]:
    """Each day of the event with the number marked present and whether it was marked
    at all (one query)."""
    counts = {
        row["day"]: row
        for row in Attendance.objects.filter(
            registration__mobility=mobility,
            registration__status=RegistrationStatus.CONFIRMED,
        )
        .order_by()
        .values("day")
        .annotate(marked=Count("pk"), present=Count("pk", filter=Q(present=True)))
    }
    today = timezone.localdate()
    return [
        {
            "day": day,
            "marked": counts.get(day, {}).get("marked", 0),
            "present": counts.get(day, {}).get("present", 0),
            "is_future": day > today,
        }
        for day in mobility.days
    ]


def attendance_sheet(mobility: Mobility, day: date):
    """The confirmed registrations with whether each was marked present on `day`."""
    on_day = Attendance.objects.filter(registration=OuterRef("pk"), day=day)
    return (
        confirmed_registrations(mobility)
        .select_related("participant", "sending_partner", "school")
        .annotate(
            is_marked=Exists(on_day),
            is_present=Exists(on_day.filter(present=True)),
        )
        .order_by(
            "sending_partner__name", "participant__last_name", "invited_name", "pk"
        )
    )


# Certificates of attendance -------------------------------------------------------------


def _certificate_details(mobility: Mobility, *, days_attended: int) -> dict:
    """What the certificate states besides the title, in the active language."""
    return {
        "starts_on": mobility.starts_on.isoformat(),
        "ends_on": mobility.ends_on.isoformat(),
        "city": mobility.city,
        "country": str(mobility.get_country_display()),
        "host": mobility.host.name,
        "days_attended": days_attended,
        "days_total": len(mobility.days),
    }


@transaction.atomic
def certificates_issue_for(*, mobility: Mobility, issuer: User) -> int:
    """After the event, issue a certificate of attendance to every confirmed participant
    marked present at least one day who has none yet, in their language, and mail them
    the link. Returns how many were issued; a second run issues none.

    The event row is locked, so two hosts pressing the button at once issue (and mail)
    each certificate once.
    """
    mobility = Mobility.objects.select_for_update().get(pk=mobility.pk)
    if mobility.status == MobilityStatus.CANCELLED:
        raise ValidationError(
            _("This event was cancelled: there is no attendance to certify."),
            code="cancelled",
        )
    if mobility.ends_on >= timezone.localdate():
        raise ValidationError(
            _(
                "Certificates of attendance can be issued once the event is over, "
                "from the day after its last day."
            ),
            code="not_ended",
        )
    due = list(
        confirmed_registrations(mobility)
        .filter(participant__isnull=False, certificate__isnull=True)
        .select_related("participant")
        .annotate(days=days_present())
        .filter(days__gt=0)
        .order_by("pk")
    )
    for registration in due:
        participant = registration.participant
        language = participant.preferred_language
        with translation.override(language):
            certificate = certificate_issue(
                kind=CertificateKind.ATTENDANCE,
                source=f"mobilities.registration:{registration.pk}",
                holder=participant,
                # Never the email address: the verification page is public.
                holder_name=participant.get_full_name()
                or registration.invited_name
                or participant.public_name,
                title=translated_field(mobility, "title", language)["value"],
                details=_certificate_details(mobility, days_attended=registration.days),
                language=language,
            )
            link = reverse("mobilities:certificate-download", args=[registration.pk])
        Registration.objects.filter(pk=registration.pk).update(certificate=certificate)
        notify(
            participant,
            "mobilities_certificate",
            link=link,
            mobility=mobility,
            certificate=certificate,
            mobility_title=certificate.title,
            verify_url=certificate_verify_url(certificate, language),
        )
    return len(due)


# Evaluation -----------------------------------------------------------------------------


def evaluation_refusal(registration: Registration) -> tuple[str, str] | None:
    """Why the participant cannot evaluate the event (a code and a message), or None.

    Codes: not_confirmed, not_started, not_attended, already_sent.
    """
    if registration.status != RegistrationStatus.CONFIRMED:
        return "not_confirmed", _("Only confirmed participants can evaluate the event.")
    if registration.mobility.starts_on > timezone.localdate():
        return "not_started", _(
            "The evaluation opens when the event starts. Please come back then."
        )
    if not registration.attendance.filter(present=True).exists():
        return "not_attended", _(
            "Only participants who attended the event can evaluate it. If you were "
            "there, please ask the host to mark your attendance."
        )
    if Evaluation.objects.filter(registration=registration).exists():
        return "already_sent", _(
            "You have already sent your evaluation of this event. Thank you!"
        )
    return None


@transaction.atomic
def evaluation_submit(*, registration: Registration, data: dict) -> Evaluation:
    """Record a participant's evaluation of the event, once."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    refusal = evaluation_refusal(registration)
    if refusal is not None:
        code, message = refusal
        raise ValidationError(message, code=code)
    fields = {name: data[name] for name in ANSWER_FIELDS if name in data}
    try:
        with transaction.atomic():
            return Evaluation.objects.create(registration=registration, **fields)
    except IntegrityError:
        raise ValidationError(
            _("You have already sent your evaluation of this event. Thank you!"),
            code="already_sent",
        ) from None


def _verbose_name(name: str) -> "StrOrPromise":
    """The label of one of Evaluation's own columns (not a relation), still lazy."""
    field = Evaluation._meta.get_field(name)
    assert isinstance(field, models.Field)
    return field.verbose_name


def evaluation_summary(mobility: Mobility) -> dict:
    """The evaluations of an event, anonymous: their number, the average and the
    distribution (1 to 5) of each rating in one aggregate query, and the comments,
    without names, each list sorted by its text so that nothing pairs a comment with
    another or with the order in which participants answered."""
    evaluations = Evaluation.objects.filter(registration__mobility=mobility)
    aggregates: dict[str, Aggregate] = {"count": Count("pk")}
    for field in RATING_FIELDS:
        aggregates[f"{field}__avg"] = Avg(field)
        for value in RATINGS:
            aggregates[f"{field}__{value}"] = Count("pk", filter=Q(**{field: value}))
    totals = evaluations.aggregate(**aggregates)
    count = totals["count"]
    questions = []
    for field in RATING_FIELDS:
        distribution = [
            {
                "value": value,
                "count": totals[f"{field}__{value}"],
                "percent": round(100 * totals[f"{field}__{value}"] / count)
                if count
                else 0,
            }
            for value in RATINGS
        ]
        questions.append(
            {
                "field": field,
                "label": _verbose_name(field),
                "average": totals[f"{field}__avg"],
                "distribution": distribution,
            }
        )
    comments: dict[str, list[str]] = {"most_useful": [], "to_improve": []}
    if count:
        for most_useful, to_improve in evaluations.values_list(
            "most_useful", "to_improve"
        ):
            if most_useful.strip():
                comments["most_useful"].append(most_useful.strip())
            if to_improve.strip():
                comments["to_improve"].append(to_improve.strip())
    return {
        "count": count,
        "questions": questions,
        "most_useful": sorted(comments["most_useful"], key=str.casefold),
        "to_improve": sorted(comments["to_improve"], key=str.casefold),
    }
