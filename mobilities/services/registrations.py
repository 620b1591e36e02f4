"""Registrations for mobilities: applying, approving, registering colleagues directly,
the sending partners' quotas, the waiting list and its offers, and the mail of each step.

Seats are scarce: every write that can take or free one locks the `Quota` row of the
(event, sending partner) first, counts the registrations holding a seat, and moves the
waiting list forward in the same transaction. The Quota row is always locked before any
registration row, so concurrent requests queue on it and never deadlock.
"""

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.models import Organisation, User
from siehub.countries import COUNTRY_LANGUAGES
from siehub.i18n import LANGUAGE_CODES
from siehub.services import absolute_url, enqueue_email, notify

from ..models import (
    ACTIVE_STATUSES,
    SEAT_STATUSES,
    Mobility,
    MobilityStatus,
    Quota,
    Registration,
    RegistrationChange,
    RegistrationStatus,
)
from ..permissions import (
    can_cancel_registration,
    can_decide_registration,
    can_register_participants,
    can_update_travel,
)

# How far around the event a participant may arrive or leave (travel days).
TRAVEL_MARGIN = timedelta(days=7)
# Evaluation requests go out for events that ended this recently, never for old ones
# (an imported or seeded past event must not mail its participants years later).
EVALUATION_WINDOW = timedelta(days=30)

# What a member's application gives (the form's fields). A coordinator who registers a
# member gives the same but the consent to be listed publicly, the participant's own;
# the travel details come once the registration is confirmed, the consent again the
# participant's own (registration_update_travel).
APPLY_FIELDS = (
    "role",
    "school",
    "motivation",
    "special_needs",
    "arrival_date",
    "departure_date",
    "listed_publicly",
    "gender",
)
REGISTER_FIELDS = tuple(field for field in APPLY_FIELDS if field != "listed_publicly")
TRAVEL_FIELDS = ("arrival_date", "departure_date", "travel_details", "special_needs")


# Who is told --------------------------------------------------------------------------------


def partner_coordinators(partner_id: int):
    return (
        User.objects.filter(
            coordinated_organisations=partner_id,
            is_active=True,
            deleted_at__isnull=True,
        )
        .distinct()
        .order_by("pk")
    )


# Refusals a member can see before filling in the form ------------------------------------


@dataclass(frozen=True)
class Refusal:
    """Why a member cannot apply: `reason` is one of closed, no_partner, no_quota,
    registered; `message` says it in the active language."""

    reason: str
    message: str
    registration: Registration | None = None


def _window_message(mobility: Mobility, now: datetime) -> str:
    if mobility.status == MobilityStatus.CANCELLED:
        return _("This event has been cancelled.")
    if mobility.status != MobilityStatus.PUBLISHED:
        return _("This event is not open for registration.")
    if timezone.localdate(now) >= mobility.starts_on:
        return _("This event has already started; registration is closed.")
    if mobility.registration_opens_at and now < mobility.registration_opens_at:
        return _("Registration for this event is not open yet.")
    return _("Registration for this event is closed.")


def _check_window(mobility: Mobility, now: datetime | None = None) -> None:
    now = now or timezone.now()
    if not mobility.is_registration_open(now):
        raise ValidationError(_window_message(mobility, now), code="closed")


def apply_refusal(*, mobility: Mobility, member: User) -> Refusal | None:
    """Why `member` cannot apply for `mobility` now, or None when they can."""
    now = timezone.now()
    if not mobility.is_registration_open(now):
        return Refusal("closed", _window_message(mobility, now))
    organisation = member.organisation
    partner = organisation.network_partner if organisation else None
    if partner is None:
        return Refusal(
            "no_partner",
            _(
                "To apply, you need to belong to a school or organisation of a partner "
                "network. Choose it on your profile; its coordinator confirms it."
            ),
        )
    if not Quota.objects.filter(mobility=mobility, partner=partner).exists():
        return Refusal(
            "no_quota",
            _("%(partner)s has no places at this event.") % {"partner": partner.name},
        )
    existing = (
        Registration.objects.active()
        .filter(mobility=mobility, participant=member)
        .first()
    )
    if existing is not None:
        return Refusal(
            "registered",
            _("You are already registered for this event (%(status)s).")
            % {"status": existing.get_status_display()},
            existing,
        )
    return None


# Validation of the participant's details --------------------------------------------------


def check_dates(mobility: Mobility, arrival: date | None, departure: date | None):
    """Arrival and departure in order, around the event (a few travel days either side);
    a ValidationError naming the field otherwise."""
    errors = {}
    if arrival and departure and departure < arrival:
        errors["departure_date"] = _("The departure cannot be before the arrival.")
    if arrival and arrival < mobility.starts_on - TRAVEL_MARGIN:
        errors["arrival_date"] = _(
            "The arrival is more than %(days)s days before the event starts."
        ) % {"days": TRAVEL_MARGIN.days}
    elif arrival and arrival > mobility.ends_on:
        errors["arrival_date"] = _("The arrival is after the event has ended.")
    if "departure_date" not in errors:
        if departure and departure > mobility.ends_on + TRAVEL_MARGIN:
            errors["departure_date"] = _(
                "The departure is more than %(days)s days after the event ends."
            ) % {"days": TRAVEL_MARGIN.days}
        elif departure and departure < mobility.starts_on:
            errors["departure_date"] = _("The departure is before the event starts.")
    if errors:
        raise ValidationError(errors)


def _check_school(school: Organisation | None, partner: Organisation) -> None:
    if school is None:
        return
    if not Organisation.objects.in_network_of(partner).filter(pk=school.pk).exists():
        raise ValidationError(
            {
                "school": _(
                    "Choose a school or organisation of the network of %(partner)s."
                )
                % {"partner": partner.name}
            }
        )


def _check_not_started(mobility: Mobility) -> None:
    if mobility.status == MobilityStatus.CANCELLED:
        raise ValidationError(_("This event has been cancelled."))
    if timezone.localdate() >= mobility.starts_on:
        raise ValidationError(_("This event has already started."))


def _picked(data: dict, fields) -> dict:
    return {field: data[field] for field in fields if field in data}


# Locks, seats and the waiting list -------------------------------------------------------


def _lock_quota(mobility_id: int, partner_id: int) -> Quota | None:
    return (
        Quota.objects.select_for_update()
        .select_related("partner")
        .filter(mobility_id=mobility_id, partner_id=partner_id)
        .first()
    )


def _lock_registration(pk: int) -> Registration:
    # of=("self",): the joined event and partner rows are read, not locked.
    return (
        Registration.objects.select_for_update(of=("self",))
        .select_related("mobility", "participant", "sending_partner")
        .get(pk=pk)
    )


def _free_seats(quota: Quota) -> int:
    """Seats left for the partner; only meaningful with the Quota row locked."""
    return (
        Quota.objects.with_availability()
        .values_list("left", flat=True)
        .get(pk=quota.pk)
    )


def _record(registration, *, actor, from_status: str, note: str = "") -> None:
    RegistrationChange.objects.create(
        registration=registration,
        actor=actor,
        from_status=from_status,
        to_status=registration.status,
        note=note,
    )


def _set_status(registration, status, *, actor, note="", **fields) -> None:
    """Move `registration` (locked) to `status`, save and record the change."""
    before = registration.status
    registration.status = status
    if status == RegistrationStatus.CONFIRMED:
        registration.offer_expires_at = None
    for field, value in fields.items():
        setattr(registration, field, value)
    registration.save()
    _record(registration, actor=actor, from_status=before, note=note)


def _offer_seats(quota: Quota, *, actor=None, now=None) -> list[Registration]:
    """Offer the partner's free seats to the waiting list, first in line first.

    Call with the Quota row locked: the waiting list moves only under that lock."""
    now = now or timezone.now()
    offered = []
    free = _free_seats(quota)
    while free > 0:
        candidate = (
            Registration.objects.waiting_list()
            .filter(mobility_id=quota.mobility_id, sending_partner_id=quota.partner_id)
            .values_list("pk", flat=True)
            .first()
        )
        if candidate is None:
            break
        registration = _lock_registration(candidate)
        if registration.status != RegistrationStatus.WAITLISTED:
            continue  # taken off the list while we waited for its row
        hours = registration.mobility.offer_hours
        _set_status(
            registration,
            RegistrationStatus.OFFERED,
            actor=actor,
            offer_expires_at=now + timedelta(hours=hours),
        )
        _tell(registration, "offered")
        offered.append(registration)
        free -= 1
    return offered


def _seat_or_waitlist(quota: Quota, *, actor) -> dict:
    """The fields of a newly placed registration: a seat if one is free once those
    already waiting have been offered theirs, else the end of the waiting list.

    Call with the Quota row locked, in the transaction that writes the result."""
    now = timezone.now()
    _offer_seats(quota, actor=actor, now=now)
    if _free_seats(quota) > 0:
        return {"status": RegistrationStatus.CONFIRMED}
    return {"status": RegistrationStatus.WAITLISTED, "waitlisted_at": now}


# Mail ------------------------------------------------------------------------------------


def invitation_language(registration: Registration) -> str:
    return registration.invited_language or partner_language(
        registration.sending_partner
    )


def partner_language(partner: Organisation) -> str:
    return COUNTRY_LANGUAGES.get(partner.country, settings.LANGUAGE_CODE)


def _calendar_attachment(mobility: Mobility):
    from mobilities.calendar import mobility_ics

    return (f"{mobility.slug}.ics", mobility_ics(mobility), "text/calendar")


def _tell(registration: Registration, event: str, **context) -> None:
    """Mail the participant about `event` (a step of their registration), in their
    language; a colleague without an account yet gets it at the invited address."""
    kind = f"mobilities_registration_{event}"
    context = {
        "registration": registration,
        "mobility": registration.mobility,
        "partner_name": registration.sending_partner.name,
        **context,
    }
    attachments = []
    if event == "confirmed":
        attachments.append(_calendar_attachment(registration.mobility))
    participant = registration.participant
    if participant is not None:
        with translation.override(participant.preferred_language):
            link = reverse("mobilities:registration-detail", args=[registration.pk])
        notify(
            participant,
            kind,
            link=link,
            attachments=attachments,
            recipient_name=_first_name(participant),
            **context,
        )
        return
    if not registration.invitation_token:
        return
    language = invitation_language(registration)
    with translation.override(language):
        link = ""
        if registration.is_active:
            link = absolute_url(
                reverse("mobilities:invitation", args=[registration.invitation_token])
            )
        full = {
            **context,
            "recipient": None,
            "recipient_name": registration.invited_name,
            "invited": True,
            "link": link,
            "site_url": settings.SITE_URL,
        }
        subject = " ".join(render_to_string(f"emails/{kind}_subject.txt", full).split())
        body_text = render_to_string(f"emails/{kind}.txt", full).strip()
        body_html = render_to_string(f"emails/{kind}.html", full)
        # The link carries the invitation's secret: the stored body is erased once
        # sent. (Queued inside the override: the outbox records the language.)
        enqueue_email(
            to_email=registration.invited_email,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            kind=kind,
            secret=True,
        )


def _first_name(user: User) -> str:
    return user.first_name or user.get_full_name() or user.email


def _tell_coordinators(registration: Registration, event: str, *, actor=None, **ctx):
    """Mail the sending partner's coordinators (the actor excepted)."""
    kind = f"mobilities_registration_{event}"
    coordinators = partner_coordinators(registration.sending_partner_id)
    if actor is not None:
        coordinators = coordinators.exclude(pk=actor.pk)
    for coordinator in coordinators:
        with translation.override(coordinator.preferred_language):
            link = reverse(
                "mobilities:coordination-event",
                kwargs={"slug": registration.mobility.slug},
            )
        notify(
            coordinator,
            kind,
            link=link,
            registration=registration,
            mobility=registration.mobility,
            participant_name=registration.participant_name,
            partner_name=registration.sending_partner.name,
            recipient_name=_first_name(coordinator),
            for_coordinator=True,
            **ctx,
        )


def _tell_placed(registration: Registration) -> None:
    if registration.status == RegistrationStatus.CONFIRMED:
        _tell(registration, "confirmed")
    elif registration.status == RegistrationStatus.WAITLISTED:
        _tell(registration, "waitlisted", position=waiting_position(registration))


def waiting_position(registration: Registration) -> int:
    """The place of a waitlisted registration in its partner's waiting list (1 = next)."""
    return (
        Registration.objects.waiting_list()
        .filter(
            mobility_id=registration.mobility_id,
            sending_partner_id=registration.sending_partner_id,
        )
        .filter(
            Q(waitlisted_at__lt=registration.waitlisted_at)
            | Q(waitlisted_at=registration.waitlisted_at, pk__lt=registration.pk)
        )
        .count()
        + 1
    )


def _duplicate_error() -> ValidationError:
    return ValidationError(
        _("This person already has a registration for this event."), code="registered"
    )


# Applying, approving, declining ----------------------------------------------------------


@transaction.atomic
def registration_apply(*, mobility: Mobility, member: User, data: dict) -> Registration:
    """A member applies for an event through their partner network: a pending
    registration their coordinators approve or decline. They and the coordinators are
    told."""
    mobility = Mobility.objects.get(pk=mobility.pk)
    refusal = apply_refusal(mobility=mobility, member=member)
    if refusal is not None:
        if refusal.reason == "registered":
            raise _duplicate_error()
        raise ValidationError(refusal.message, code=refusal.reason)
    # apply_refusal has checked that the member belongs to a partner's school.
    assert member.organisation is not None
    partner = member.organisation.network_partner
    fields = _picked(data, APPLY_FIELDS)
    fields["school"] = fields.get("school") or member.organisation
    fields["role"] = fields.get("role") or member.position
    if not fields["role"]:
        raise ValidationError({"role": _("Please choose your role.")})
    _check_school(fields["school"], partner)
    check_dates(mobility, fields.get("arrival_date"), fields.get("departure_date"))
    try:
        # A savepoint: the unique constraint decides a race between two submissions.
        with transaction.atomic():
            registration = Registration.objects.create(
                mobility=mobility,
                participant=member,
                sending_partner=partner,
                registered_by=member,
                status=RegistrationStatus.PENDING,
                **fields,
            )
    except IntegrityError as error:
        raise _duplicate_error() from error
    _record(registration, actor=member, from_status="")
    _tell(registration, "received")
    _tell_coordinators(registration, "submitted", actor=member)
    return registration


@transaction.atomic
def registration_approve(
    *, registration: Registration, coordinator: User, note: str = ""
) -> Registration:
    """Approve a pending application: a seat of the sending partner's quota if one is
    free (counted under the quota's lock), else a place at the end of its waiting list."""
    if not can_decide_registration(coordinator, registration):
        raise PermissionDenied
    quota = _lock_quota(registration.mobility_id, registration.sending_partner_id)
    registration = _lock_registration(registration.pk)
    if registration.status != RegistrationStatus.PENDING:
        raise ValidationError(
            _(
                "Only an application waiting for approval can be approved (it is: %(status)s)."
            )
            % {"status": registration.get_status_display()}
        )
    if quota is None:
        raise ValidationError(
            _("%(partner)s has no places at this event.")
            % {"partner": registration.sending_partner.name}
        )
    _check_not_started(registration.mobility)
    placed = _seat_or_waitlist(quota, actor=coordinator)
    _set_status(registration, actor=coordinator, note=(note or "").strip(), **placed)
    _tell_placed(registration)
    return registration


@transaction.atomic
def registration_decline(
    *, registration: Registration, coordinator: User, note: str = ""
) -> Registration:
    """Decline a pending application or take someone off the waiting list, with a note
    for them."""
    if not can_decide_registration(coordinator, registration):
        raise PermissionDenied
    # The quota first, as every change of status: the waiting list moves under it.
    _lock_quota(registration.mobility_id, registration.sending_partner_id)
    registration = _lock_registration(registration.pk)
    if registration.status not in (
        RegistrationStatus.PENDING,
        RegistrationStatus.WAITLISTED,
    ):
        raise ValidationError(
            _(
                "Only a pending or waitlisted registration can be declined (it is: %(status)s)."
            )
            % {"status": registration.get_status_display()}
        )
    note = (note or "").strip()
    _set_status(registration, RegistrationStatus.DECLINED, actor=coordinator, note=note)
    _tell(registration, "declined", note=note)
    return registration


# Direct registration by a coordinator, and invitations -------------------------------------


def _participant_for(partner, *, member, email: str, name: str):
    """The member to register, or None for an invitation to `email`."""
    field = "email" if member is None else "member"
    if member is None:
        email = (email or "").strip().lower()
        if not email:
            raise ValidationError(
                {
                    "email": _(
                        "Choose a member, or give the email address of a colleague."
                    )
                }
            )
        if not (name or "").strip():
            raise ValidationError({"name": _("Give the name of your colleague.")})
        member = User.objects.filter(email__iexact=email).first()
        if member is None:
            return None
        if member.organisation_id and member.organisation.network_partner != partner:
            raise ValidationError(
                {
                    "email": _(
                        "This address belongs to a member of another partner network."
                    )
                }
            )
    elif not (
        member.organisation_id
        and Organisation.objects.in_network_of(partner)
        .filter(pk=member.organisation_id)
        .exists()
    ):
        raise ValidationError(
            {"member": _("This member does not belong to your partner network.")}
        )
    if not member.is_active or member.deleted_at:
        raise ValidationError({field: _("This account is no longer active.")})
    return member


@transaction.atomic
def registration_register(
    *,
    mobility: Mobility,
    coordinator: User,
    partner: Organisation,
    member: User | None = None,
    email: str = "",
    name: str = "",
    language: str = "",
    data: dict,
) -> Registration:
    """A partner coordinator registers a member of their network, or invites a colleague
    without an account by email. No approval step: a free seat of the partner's quota
    (counted under its lock) confirms it at once, else it joins the waiting list."""
    if not can_register_participants(coordinator, partner):
        raise PermissionDenied
    mobility = Mobility.objects.get(pk=mobility.pk)
    _check_window(mobility)
    quota = _lock_quota(mobility.pk, partner.pk)
    if quota is None:
        raise ValidationError(
            _("%(partner)s has no places at this event.") % {"partner": partner.name}
        )
    participant = _participant_for(partner, member=member, email=email, name=name)
    fields = _picked(data, REGISTER_FIELDS)
    if participant is not None:
        fields["school"] = fields.get("school") or participant.organisation
        fields["role"] = fields.get("role") or participant.position
    if not fields.get("role"):
        raise ValidationError({"role": _("Choose the participant's role.")})
    _check_school(fields.get("school"), partner)
    check_dates(mobility, fields.get("arrival_date"), fields.get("departure_date"))
    if participant is None:
        language = language if language in LANGUAGE_CODES else partner_language(partner)
        who = {
            "invited_email": email.strip().lower(),
            "invited_name": name.strip(),
            "invited_language": language,
            "invitation_token": secrets.token_urlsafe(32),
        }
        duplicate = Registration.objects.active().filter(
            mobility=mobility,
            participant__isnull=True,
            invited_email=who["invited_email"],
        )
    else:
        who = {"participant": participant}
        duplicate = Registration.objects.active().filter(
            mobility=mobility, participant=participant
        )
    if duplicate.exists():
        raise _duplicate_error()
    placed = _seat_or_waitlist(quota, actor=coordinator)
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                mobility=mobility,
                sending_partner=partner,
                registered_by=coordinator,
                **placed,
                **who,
                **fields,
            )
    except IntegrityError as error:
        raise _duplicate_error() from error
    _record(registration, actor=coordinator, from_status="")
    if participant is None:
        _send_invitation(registration, coordinator=coordinator)
    else:
        _tell_placed(registration)
    return registration


def _send_invitation(registration: Registration, *, coordinator: User) -> None:
    language = invitation_language(registration)
    with translation.override(language):
        link = absolute_url(
            reverse("mobilities:invitation", args=[registration.invitation_token])
        )
        context = {
            "registration": registration,
            "mobility": registration.mobility,
            "recipient_name": registration.invited_name,
            "coordinator_name": coordinator.get_full_name() or coordinator.email,
            "partner_name": registration.sending_partner.name,
            "waitlisted": registration.status == RegistrationStatus.WAITLISTED,
            "link": link,
            "site_url": settings.SITE_URL,
        }
        subject = " ".join(
            render_to_string(
                "emails/mobilities_invitation_subject.txt", context
            ).split()
        )
        body_text = render_to_string("emails/mobilities_invitation.txt", context)
        body_html = render_to_string("emails/mobilities_invitation.html", context)
        enqueue_email(
            to_email=registration.invited_email,
            subject=subject,
            body_text=body_text.strip(),
            body_html=body_html,
            kind="mobilities_invitation",
            secret=True,
        )


def invitation_for(token: str):
    """The open invitation with this token, or None (unknown, used or withdrawn)."""
    if not token:
        return None
    return (
        Registration.objects.active()
        .filter(invitation_token=token, participant__isnull=True)
        .select_related("mobility", "sending_partner", "school")
        .first()
    )


@transaction.atomic
def registration_claim_invitation(*, token: str, user: User) -> Registration:
    """The invited colleague, now signed in, takes their place: the registration becomes
    theirs (with the school of their profile when none was named) and the invitation's
    link stops working."""
    found = invitation_for(token)
    if found is None:
        raise ValidationError(_("This invitation is no longer valid."), code="invalid")
    registration = _lock_registration(found.pk)
    if registration.participant_id or registration.invitation_token != token:
        raise ValidationError(_("This invitation is no longer valid."), code="invalid")
    if registration.status not in ACTIVE_STATUSES:
        raise ValidationError(_("This invitation is no longer valid."), code="invalid")
    if (
        Registration.objects.active()
        .filter(mobility_id=registration.mobility_id, participant=user)
        .exists()
    ):
        raise ValidationError(
            _("You already have a registration for this event."), code="registered"
        )
    registration.participant = user
    registration.invitation_token = ""
    changed = ["participant", "invitation_token", "updated_at"]
    # As when a member applies: the school on the profile, unless the coordinator
    # named one, and only a school of the sending partner's network.
    if (
        registration.school_id is None
        and user.organisation_id
        and Organisation.objects.in_network_of(registration.sending_partner)
        .filter(pk=user.organisation_id)
        .exists()
    ):
        registration.school_id = user.organisation_id
        changed.append("school")
    try:
        with transaction.atomic():
            registration.save(update_fields=changed)
    except IntegrityError as error:
        raise ValidationError(
            _("You already have a registration for this event."), code="registered"
        ) from error
    RegistrationChange.objects.create(
        registration=registration,
        actor=user,
        from_status=registration.status,
        to_status=registration.status,
        note=_("Invitation accepted by %(email)s.") % {"email": user.email},
    )
    # Now a member: the mail of their current step, with the calendar when confirmed.
    if registration.status == RegistrationStatus.OFFERED:
        _tell(registration, "offered")
    else:
        _tell_placed(registration)
    return registration


# Cancelling, offers ------------------------------------------------------------------------


@transaction.atomic
def registration_cancel(
    *, registration: Registration, actor: User, note: str = ""
) -> Registration:
    """Cancel an active registration. A seat it held goes, in the same transaction, to
    the next on the sending partner's waiting list as an offer with a deadline."""
    registration = Registration.objects.select_related("mobility").get(
        pk=registration.pk
    )
    if not can_cancel_registration(actor, registration):
        raise PermissionDenied
    quota = _lock_quota(registration.mobility_id, registration.sending_partner_id)
    registration = _lock_registration(registration.pk)
    if registration.status not in ACTIVE_STATUSES:
        raise ValidationError(
            _("This registration cannot be cancelled any more (it is: %(status)s).")
            % {"status": registration.get_status_display()}
        )
    if timezone.localdate() >= registration.mobility.starts_on:
        raise ValidationError(
            _("The event has already started; please contact its host.")
        )
    held_seat = registration.status in SEAT_STATUSES
    note = (note or "").strip()
    _set_status(registration, RegistrationStatus.CANCELLED, actor=actor, note=note)
    if held_seat and quota is not None:
        _offer_seats(quota, actor=actor)
    _tell(
        registration,
        "cancelled",
        note=note,
        by_participant=actor.pk == registration.participant_id,
    )
    _tell_coordinators(registration, "cancelled", actor=actor, note=note)
    return registration


@transaction.atomic
def registration_accept_offer(
    *, registration: Registration, user: User
) -> Registration:
    """The participant takes the seat offered to them, before its deadline."""
    _lock_quota(registration.mobility_id, registration.sending_partner_id)
    registration = _lock_registration(registration.pk)
    if registration.participant_id != user.pk:
        raise PermissionDenied
    if registration.status != RegistrationStatus.OFFERED:
        raise ValidationError(
            _(
                "No seat is offered to you for this event (your registration is: %(status)s)."
            )
            % {"status": registration.get_status_display()}
        )
    # An offered seat has a deadline (mobilities_registration_offer_has_deadline).
    assert registration.offer_expires_at is not None
    if registration.offer_expires_at <= timezone.now():
        raise ValidationError(
            _(
                "Sorry, the time to accept this seat has passed; it goes to the next "
                "person on the waiting list."
            )
        )
    _set_status(registration, RegistrationStatus.CONFIRMED, actor=user)
    _tell(registration, "confirmed")
    return registration


def offers_expire(*, now: datetime | None = None) -> int:
    """Close the offers past their deadline and pass each seat to the next in line;
    return how many expired. Each offer is settled in its own transaction under its
    quota's lock, so two runs at once never expire (or offer) anything twice."""
    now = now or timezone.now()
    due = list(
        Registration.objects.filter(
            status=RegistrationStatus.OFFERED, offer_expires_at__lte=now
        )
        .order_by("offer_expires_at", "pk")
        .values_list("pk", "mobility_id", "sending_partner_id")
    )
    expired = 0
    for pk, mobility_id, partner_id in due:
        with transaction.atomic():
            quota = _lock_quota(mobility_id, partner_id)
            registration = _lock_registration(pk)
            if registration.status != RegistrationStatus.OFFERED:
                continue  # accepted, cancelled or expired by another run meanwhile
            # An offered seat has a deadline (mobilities_registration_offer_has_deadline).
            assert registration.offer_expires_at is not None
            if registration.offer_expires_at > now:
                continue  # the offer was renewed meanwhile
            _set_status(registration, RegistrationStatus.EXPIRED, actor=None)
            _tell(registration, "offer_expired")
            if quota is not None:
                _offer_seats(quota, now=now)
            expired += 1
    return expired


# Travel ------------------------------------------------------------------------------------


@transaction.atomic
def registration_update_travel(
    *, registration: Registration, user: User, data: dict
) -> Registration:
    """A confirmed participant (or their coordinator) gives their travel dates and
    details; consent to the public list is the participant's own to give."""
    registration = _lock_registration(registration.pk)
    if not can_update_travel(user, registration):
        raise PermissionDenied
    if registration.status != RegistrationStatus.CONFIRMED:
        raise ValidationError(
            _("Travel details can be given once the registration is confirmed.")
        )
    fields = _picked(data, TRAVEL_FIELDS)
    if "listed_publicly" in data and user.pk == registration.participant_id:
        fields["listed_publicly"] = bool(data["listed_publicly"])
    check_dates(
        registration.mobility,
        fields.get("arrival_date", registration.arrival_date),
        fields.get("departure_date", registration.departure_date),
    )
    for field, value in fields.items():
        setattr(registration, field, value)
    registration.save(update_fields=[*fields, "updated_at"])
    return registration


# Periodic mail -----------------------------------------------------------------------------


def reminders_send(*, now: datetime | None = None) -> int:
    """Remind confirmed participants of an event starting within
    MOBILITY_REMINDER_DAYS days; each is claimed by a conditional UPDATE first, so a
    reminder goes out once even when two runs overlap. Returns how many were sent."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    until = today + timedelta(days=settings.MOBILITY_REMINDER_DAYS)
    due = list(
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminder_sent_at__isnull=True,
            mobility__status=MobilityStatus.PUBLISHED,
            mobility__starts_on__gt=today,
            mobility__starts_on__lte=until,
        )
        .order_by("mobility__starts_on", "pk")
        .values_list("pk", flat=True)
    )
    sent = 0
    for pk in due:
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=pk,
                reminder_sent_at__isnull=True,
                status=RegistrationStatus.CONFIRMED,
            ).update(reminder_sent_at=now)
            if not claimed:
                continue
            registration = Registration.objects.select_related(
                "mobility", "participant", "sending_partner"
            ).get(pk=pk)
            _tell(
                registration,
                "reminder",
                days=(registration.mobility.starts_on - today).days,
            )
            sent += 1
    return sent


def evaluation_requests_send(*, now: datetime | None = None) -> int:
    """Once an event has ended, ask each participant who attended (present at least one
    day) to evaluate it: once each, claimed by a conditional UPDATE. Returns the count."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    due = list(
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            participant__isnull=False,
            evaluation_requested_at__isnull=True,
            evaluation__isnull=True,
            mobility__status=MobilityStatus.PUBLISHED,
            mobility__ends_on__lt=today,
            mobility__ends_on__gte=today - EVALUATION_WINDOW,
            attendance__present=True,
        )
        .distinct()
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    sent = 0
    for pk in due:
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=pk, evaluation_requested_at__isnull=True
            ).update(evaluation_requested_at=now)
            if not claimed:
                continue
            registration = Registration.objects.select_related(
                "mobility", "participant", "sending_partner"
            ).get(pk=pk)
            participant = registration.participant
            with translation.override(participant.preferred_language):
                link = reverse("mobilities:evaluation", kwargs={"pk": registration.pk})
            notify(
                participant,
                "mobilities_registration_evaluation_request",
                link=link,
                registration=registration,
                mobility=registration.mobility,
                recipient_name=_first_name(participant),
            )
            sent += 1
    return sent
