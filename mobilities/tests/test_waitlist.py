"""Quotas and the waiting list: a full quota waitlists in order, a freed seat is offered
to the next in line, who accepts it in time or lets it pass on."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from mobilities.models import Registration, RegistrationStatus
from mobilities.services import registrations as services
from mobilities.tasks import expire_offers
from network.tests.factories import PartnerFactory, UserFactory
from siehub.models import Notification

from .factories import (
    MobilityFactory,
    QuotaFactory,
    RegistrationFactory,
    coordinator_of,
    network_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def quota():
    partner = PartnerFactory(name="Evropsko Gragjanstvo", country="MK")
    return QuotaFactory(
        mobility=MobilityFactory(offer_hours=48), partner=partner, seats=2
    )


@pytest.fixture
def coordinator(quota):
    return coordinator_of(quota.partner)


def register(quota, coordinator, **member_fields):
    return services.registration_register(
        mobility=quota.mobility,
        coordinator=coordinator,
        partner=quota.partner,
        member=network_member(quota.partner, **member_fields),
        data={},
    )


def statuses(quota):
    return list(
        Registration.objects.filter(mobility=quota.mobility)
        .order_by("pk")
        .values_list("status", flat=True)
    )


def test_full_quota_puts_registrations_on_the_waiting_list_in_order(quota, coordinator):
    placed = [register(quota, coordinator) for _ in range(4)]
    assert [r.status for r in placed] == [
        "confirmed",
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    assert (
        list(Registration.objects.waiting_list().filter(mobility=quota.mobility))
        == placed[2:]
    )
    assert services.waiting_position(placed[2]) == 1
    assert services.waiting_position(placed[3]) == 2
    waitlisted = Notification.objects.filter(kind="mobilities_registration_waitlisted")
    assert waitlisted.count() == 2


def test_quotas_are_per_sending_partner(quota, coordinator):
    other = QuotaFactory(mobility=quota.mobility, seats=1)
    other_coordinator = coordinator_of(other.partner)
    register(quota, coordinator)
    register(quota, coordinator)
    assert register(other, other_coordinator).status == "confirmed"
    assert register(other, other_coordinator).status == "waitlisted"
    assert register(quota, coordinator).status == "waitlisted"


def test_approval_on_a_full_quota_waitlists(quota, coordinator):
    register(quota, coordinator)
    register(quota, coordinator)
    member = network_member(quota.partner)
    pending = services.registration_apply(
        mobility=quota.mobility, member=member, data={"role": "teacher"}
    )
    approved = services.registration_approve(
        registration=pending, coordinator=coordinator
    )
    assert approved.status == RegistrationStatus.WAITLISTED
    assert approved.waitlisted_at is not None


def test_cancellation_offers_the_seat_to_the_next_in_line(
    quota, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (register(quota, coordinator) for _ in range(4))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=first, actor=first.participant)
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == RegistrationStatus.OFFERED
    assert fourth.status == RegistrationStatus.WAITLISTED
    expected = timezone.now() + dt.timedelta(hours=48)
    assert abs((third.offer_expires_at - expected).total_seconds()) < 60
    offered = Notification.objects.get(kind="mobilities_registration_offered")
    assert offered.recipient == third.participant
    assert "Please accept it before" in offered.body_text
    assert {m.to[0] for m in mailoutbox} >= {
        first.participant.email,
        third.participant.email,
    }
    # The seat is still counted: a new registration waits.
    assert register(quota, coordinator).status == RegistrationStatus.WAITLISTED


def test_cancelling_a_waitlisted_registration_offers_nothing(quota, coordinator):
    register(quota, coordinator)
    register(quota, coordinator)
    third, fourth = register(quota, coordinator), register(quota, coordinator)
    services.registration_cancel(registration=third, actor=coordinator)
    fourth.refresh_from_db()
    assert fourth.status == RegistrationStatus.WAITLISTED
    assert services.waiting_position(fourth) == 1


def test_declining_someone_on_the_waiting_list_moves_the_others_up(quota, coordinator):
    register(quota, coordinator)
    register(quota, coordinator)
    third, fourth = register(quota, coordinator), register(quota, coordinator)
    services.registration_decline(registration=third, coordinator=coordinator)
    third.refresh_from_db()
    assert third.status == RegistrationStatus.DECLINED
    assert services.waiting_position(fourth) == 1


def test_offer_accepted_in_time_confirms_with_the_calendar(
    client, quota, coordinator, mailoutbox
):
    first = register(quota, coordinator)
    register(quota, coordinator)
    third = register(quota, coordinator, preferred_language="bg")
    services.registration_cancel(registration=first, actor=coordinator)
    client.force_login(third.participant)
    url = reverse("mobilities:registration-accept", kwargs={"pk": third.pk})
    assert client.get(url).status_code == 405
    mailoutbox.clear()
    response = client.post(url)
    assert response.status_code == 302
    third.refresh_from_db()
    assert third.status == RegistrationStatus.CONFIRMED
    assert third.offer_expires_at is None
    confirmed = Notification.objects.filter(
        kind="mobilities_registration_confirmed", recipient=third.participant
    ).get()
    assert confirmed.language == "bg"
    assert mailoutbox[-1].attachments[0][2] == "text/calendar"


def test_only_the_participant_accepts_an_offer(client, quota, coordinator):
    first = register(quota, coordinator)
    register(quota, coordinator)
    third = register(quota, coordinator)
    services.registration_cancel(registration=first, actor=coordinator)
    url = reverse("mobilities:registration-accept", kwargs={"pk": third.pk})
    assert client.post(url).status_code == 302  # to the login page
    for user in [UserFactory(), coordinator]:
        client.force_login(user)
        assert client.post(url).status_code == 404
        with pytest.raises(PermissionDenied):
            services.registration_accept_offer(registration=third, user=user)
    third.refresh_from_db()
    assert third.status == RegistrationStatus.OFFERED


def test_accepting_after_the_deadline_is_refused(client, quota, coordinator):
    first = register(quota, coordinator)
    register(quota, coordinator)
    third = register(quota, coordinator)
    services.registration_cancel(registration=first, actor=coordinator)
    client.force_login(third.participant)
    url = reverse("mobilities:registration-accept", kwargs={"pk": third.pk})
    with time_machine.travel(timezone.now() + dt.timedelta(hours=49)):
        response = client.post(url)
    assert response.status_code == 400
    assert "the time to accept this seat has passed" in response.content.decode()
    third.refresh_from_db()
    assert third.status == RegistrationStatus.OFFERED


def test_accepting_without_an_offer_is_refused(quota, coordinator):
    registration = register(quota, coordinator)
    with pytest.raises(ValidationError, match="No seat is offered"):
        services.registration_accept_offer(
            registration=registration, user=registration.participant
        )


def test_expired_offer_passes_the_seat_on(
    quota, coordinator, django_capture_on_commit_callbacks
):
    first = register(quota, coordinator)
    register(quota, coordinator)
    third, fourth, fifth = (register(quota, coordinator) for _ in range(3))
    services.registration_cancel(registration=first, actor=coordinator)
    assert services.offers_expire() == 0  # not yet
    later = timezone.now() + dt.timedelta(hours=48, minutes=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.offers_expire(now=later) == 1
    third.refresh_from_db()
    fourth.refresh_from_db()
    fifth.refresh_from_db()
    assert third.status == RegistrationStatus.EXPIRED
    assert fourth.status == RegistrationStatus.OFFERED
    assert fourth.offer_expires_at == later + dt.timedelta(hours=48)
    assert fifth.status == RegistrationStatus.WAITLISTED
    expired = Notification.objects.get(kind="mobilities_registration_offer_expired")
    assert expired.recipient == third.participant
    assert [c.to_status for c in third.changes.all()] == [
        "waitlisted",
        "offered",
        "expired",
    ]
    assert third.changes.last().actor is None
    # Run again: nothing left to expire, nothing offered twice.
    assert services.offers_expire(now=later) == 0
    assert Registration.objects.filter(status="offered").count() == 1


def test_the_beat_task_expires_offers(quota, coordinator):
    first = register(quota, coordinator)
    register(quota, coordinator)
    third = register(quota, coordinator)
    services.registration_cancel(registration=first, actor=coordinator)
    Registration.objects.filter(pk=third.pk).update(
        offer_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert expire_offers.apply().get() == 1
    third.refresh_from_db()
    assert third.status == RegistrationStatus.EXPIRED


def test_the_last_offer_expiring_leaves_the_seat_free(quota, coordinator):
    first = register(quota, coordinator)
    register(quota, coordinator)
    third = register(quota, coordinator)
    services.registration_cancel(registration=first, actor=coordinator)
    services.offers_expire(now=timezone.now() + dt.timedelta(days=3))
    third.refresh_from_db()
    assert third.status == RegistrationStatus.EXPIRED
    assert register(quota, coordinator).status == RegistrationStatus.CONFIRMED


def test_a_larger_quota_offers_the_new_seats_to_the_waiting_list_first(
    quota, coordinator
):
    register(quota, coordinator)
    register(quota, coordinator)
    waiting = register(quota, coordinator)
    quota.seats = 4
    quota.save()
    newcomer = register(quota, coordinator)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.OFFERED
    assert newcomer.status == RegistrationStatus.CONFIRMED


def test_offered_invitee_is_mailed_at_the_invited_address(
    quota, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    first = register(quota, coordinator)
    register(quota, coordinator)
    invited = services.registration_register(
        mobility=quota.mobility,
        coordinator=coordinator,
        partner=quota.partner,
        email="colleague@example.org",
        name="Stefan Iliev",
        language="bg",
        data={"role": "teacher"},
    )
    assert invited.status == RegistrationStatus.WAITLISTED
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=first, actor=coordinator)
    invited.refresh_from_db()
    assert invited.status == RegistrationStatus.OFFERED
    offer = Notification.objects.get(
        kind="mobilities_registration_offered", to_email="colleague@example.org"
    )
    assert offer.language == "bg"
    assert offer.recipient is None
    message = next(m for m in mailoutbox if m.to == ["colleague@example.org"])
    assert f"/bg/mobilities/invitations/{invited.invitation_token}/" in message.body


def test_coordinator_sees_the_waiting_list_in_order_and_offer_deadlines(
    client, quota, coordinator
):
    first = register(quota, coordinator, last_name="Firstone")
    register(quota, coordinator, last_name="Secondone")
    register(quota, coordinator, last_name="Thirdone")
    register(quota, coordinator, last_name="Fourthone")
    register(quota, coordinator, last_name="Fifthone")
    services.registration_cancel(registration=first, actor=coordinator)
    client.force_login(coordinator)
    response = client.get(
        reverse("mobilities:coordination-event", kwargs={"slug": quota.mobility.slug})
    )
    html = response.content.decode()
    waiting = html.split('id="waiting-list"')[1]
    assert waiting.index("Fourthone") < waiting.index("Fifthone")
    assert "Thirdone" not in waiting
    assert [r.participant.last_name for r in response.context["offered"]] == [
        "Thirdone"
    ]
    assert response.context["used"] == 2
    assert response.context["left"] == 0


def test_waitlisted_member_sees_their_position(client, quota, coordinator):
    register(quota, coordinator)
    register(quota, coordinator)
    register(quota, coordinator)
    fourth = register(quota, coordinator)
    client.force_login(fourth.participant)
    html = client.get(fourth.get_absolute_url()).content.decode()
    assert "You are number 2 on its waiting list" in html


def test_factory_states_respect_the_constraints():
    registration = RegistrationFactory(status=RegistrationStatus.OFFERED)
    assert registration.offer_expires_at is not None
    registration = RegistrationFactory(status=RegistrationStatus.WAITLISTED)
    assert registration.waitlisted_at is not None
