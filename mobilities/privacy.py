"""What the mobilities hold about a member, for their export and their account deletion
(the hook that network.services.privacy finds in every app).

On deletion the registrations stay: they are the partnership's record of who was sent
to which event (the Erasmus+ report counts participants by role and days attended), and
they point at the member's row, which stays anonymised. What the member wrote goes:
motivation, special needs and travel details are blanked, and they leave the public list
of participants. A registration still open for an event that has not started is
cancelled through the registration service, so its seat passes to the waiting list;
one still waiting (pending, waitlisted, offered) for an event already under way is
closed as cancelled with a note. A confirmed place at an event that started or ended
stays confirmed: the member took part.

Evaluations are anonymous in the host's summary: their ratings stay, their comments go.
Attendance stays (days attended). Certificates: see siehub.privacy.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    ACTIVE_STATUSES,
    Attendance,
    Evaluation,
    Registration,
    RegistrationChange,
    RegistrationStatus,
)
from .services.registrations import registration_cancel


def _registration(registration: Registration) -> dict:
    mobility = registration.mobility
    return {
        "id": registration.pk,
        "event": {
            "title": mobility.title,
            "slug": mobility.slug,
            "url": mobility.get_absolute_url(),
            "starts_on": mobility.starts_on,
            "ends_on": mobility.ends_on,
            "city": mobility.city,
            "country": mobility.country,
        },
        "status": registration.status,
        "sending_partner": registration.sending_partner.name,
        "school": registration.school.name if registration.school else None,
        "role": registration.role,
        "gender": registration.gender,
        "motivation": registration.motivation,
        "special_needs": registration.special_needs,
        "arrival_date": registration.arrival_date,
        "departure_date": registration.departure_date,
        "travel_details": registration.travel_details,
        "listed_publicly": registration.listed_publicly,
        "registered_at": registration.created_at,
        "updated_at": registration.updated_at,
        "certificate": registration.certificate.code
        if registration.certificate
        else None,
        "changes": [
            {
                "from": change.from_status,
                "to": change.to_status,
                "note": change.note,
                "at": change.created_at,
            }
            for change in registration.changes.all()
        ],
    }


def export(user) -> dict:
    """The member's registrations (with their history), attendance and evaluations."""
    registrations = (
        Registration.objects.filter(participant=user)
        .select_related("mobility", "sending_partner", "school", "certificate")
        .prefetch_related("changes")
        .order_by("created_at", "pk")
    )
    attendance = (
        Attendance.objects.filter(registration__participant=user)
        .select_related("registration__mobility")
        .order_by("day", "pk")
    )
    evaluations = (
        Evaluation.objects.filter(registration__participant=user)
        .select_related("registration__mobility")
        .order_by("created_at", "pk")
    )
    return {
        "registrations": [_registration(r) for r in registrations],
        "attendance": [
            {
                "event": row.registration.mobility.slug,
                "registration": row.registration_id,
                "day": row.day,
                "present": row.present,
            }
            for row in attendance
        ],
        "evaluations": [
            {
                "event": evaluation.registration.mobility.slug,
                "overall": evaluation.overall,
                "content": evaluation.content,
                "organisation": evaluation.organisation,
                "will_apply": evaluation.will_apply,
                "most_useful": evaluation.most_useful,
                "to_improve": evaluation.to_improve,
                "sent_at": evaluation.created_at,
            }
            for evaluation in evaluations
        ],
    }


def _close_open_registrations(user) -> None:
    note = _("The participant deleted their account.")
    today = timezone.localdate()
    open_registrations = (
        Registration.objects.filter(participant=user, status__in=ACTIVE_STATUSES)
        .select_related("mobility")
        .order_by("pk")
    )
    for registration in open_registrations:
        if registration.mobility.starts_on > today:
            try:
                registration_cancel(registration=registration, actor=user, note=note)
                continue
            except (ValidationError, PermissionDenied):
                pass
        registration.refresh_from_db(fields=["status"])
        if registration.status not in ACTIVE_STATUSES:
            continue
        if registration.status == RegistrationStatus.CONFIRMED:
            continue  # the event is under way or over: they took part
        before = registration.status
        Registration.objects.filter(pk=registration.pk).update(
            status=RegistrationStatus.CANCELLED,
            offer_expires_at=None,
            updated_at=timezone.now(),
        )
        RegistrationChange.objects.create(
            registration=registration,
            actor=user,
            from_status=before,
            to_status=RegistrationStatus.CANCELLED,
            note=note,
        )


def erase(user, *, remove_published: bool) -> None:
    """Close the member's open registrations, blank what they wrote in all of them and
    the comments of their evaluations; registrations, attendance and ratings stay."""
    _close_open_registrations(user)
    Registration.objects.filter(participant=user).update(
        motivation="",
        special_needs="",
        travel_details="",
        listed_publicly=False,
        invited_email="",
        invited_name="",
        invitation_token="",
        updated_at=timezone.now(),
    )
    Evaluation.objects.filter(registration__participant=user).update(
        most_useful="", to_improve=""
    )
