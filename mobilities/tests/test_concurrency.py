"""Seats under concurrent requests (PostgreSQL, real transactions in threads, each with
its own connection): never more registrations holding a seat than the quota has, and a
freed seat is offered once.

The seat count is slowed down after it is read, so that without the Quota row lock both
transactions would count the same free seat: the tests fail if the lock goes away."""

import datetime as dt
import threading
import time

import pytest
from django.db import connection
from django.utils import timezone

from mobilities.models import Registration, RegistrationChange, RegistrationStatus
from mobilities.services import registrations as services
from siehub.models import Notification

from .factories import MobilityFactory, QuotaFactory, coordinator_of, network_member

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def slow_count(monkeypatch):
    """Widen the window between counting the seats and writing the result."""
    original = services._free_seats

    def slow(quota):
        free = original(quota)
        time.sleep(0.3)
        return free

    monkeypatch.setattr(services, "_free_seats", slow)


def race(*actions):
    """Run the actions at the same moment, each in its own thread (and connection)."""
    barrier = threading.Barrier(len(actions))
    results, errors = [None] * len(actions), []

    def run(index, action):
        try:
            barrier.wait()
            results[index] = action()
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(index, action))
        for index, action in enumerate(actions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


def holding(quota) -> int:
    return (
        Registration.objects.holding_seats()
        .filter(mobility=quota.mobility, sending_partner=quota.partner)
        .count()
    )


def test_two_coordinators_registering_for_the_last_seat_get_one_seat(slow_count):
    quota = QuotaFactory(mobility=MobilityFactory(), seats=1)
    first, second = coordinator_of(quota.partner), coordinator_of(quota.partner)
    members = [network_member(quota.partner), network_member(quota.partner)]

    def register(coordinator, member):
        return lambda: (
            services.registration_register(
                mobility=quota.mobility,
                coordinator=coordinator,
                partner=quota.partner,
                member=member,
                data={},
            ).status
        )

    results = race(register(first, members[0]), register(second, members[1]))
    assert sorted(results) == [
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITLISTED,
    ]
    assert holding(quota) == 1


def test_concurrent_registrations_never_exceed_the_quota(slow_count):
    quota = QuotaFactory(mobility=MobilityFactory(), seats=2)
    coordinators = [coordinator_of(quota.partner) for _ in range(4)]
    members = [network_member(quota.partner) for _ in range(4)]
    results = race(
        *(
            (
                lambda c=c, m=m: (
                    services.registration_register(
                        mobility=quota.mobility,
                        coordinator=c,
                        partner=quota.partner,
                        member=m,
                        data={},
                    ).status
                )
            )
            for c, m in zip(coordinators, members, strict=True)
        )
    )
    assert sorted(results) == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert holding(quota) == 2
    waiting = list(Registration.objects.waiting_list().filter(mobility=quota.mobility))
    assert len({r.waitlisted_at for r in waiting}) == 2  # an order, not a tie


def test_two_approvals_for_the_last_seat_confirm_one(slow_count):
    quota = QuotaFactory(mobility=MobilityFactory(), seats=1)
    first, second = coordinator_of(quota.partner), coordinator_of(quota.partner)
    pending = [
        services.registration_apply(
            mobility=quota.mobility,
            member=network_member(quota.partner),
            data={"role": "teacher"},
        )
        for _ in range(2)
    ]
    results = race(
        lambda: (
            services.registration_approve(
                registration=pending[0], coordinator=first
            ).status
        ),
        lambda: (
            services.registration_approve(
                registration=pending[1], coordinator=second
            ).status
        ),
    )
    assert sorted(results) == ["confirmed", "waitlisted"]
    assert holding(quota) == 1


def test_the_same_application_approved_twice_at_once_is_decided_once():
    quota = QuotaFactory(mobility=MobilityFactory(), seats=3)
    first, second = coordinator_of(quota.partner), coordinator_of(quota.partner)
    registration = services.registration_apply(
        mobility=quota.mobility,
        member=network_member(quota.partner),
        data={"role": "teacher"},
    )

    def approve(coordinator):
        def action():
            try:
                return services.registration_approve(
                    registration=registration, coordinator=coordinator
                ).status
            except services.ValidationError:
                return "refused"

        return action

    assert sorted(race(approve(first), approve(second))) == ["confirmed", "refused"]
    assert registration.changes.count() == 2  # applied, confirmed


def test_two_cancellations_at_once_offer_the_waiting_seat_once(slow_count):
    quota = QuotaFactory(mobility=MobilityFactory(), seats=2)
    coordinator = coordinator_of(quota.partner)

    def register():
        return services.registration_register(
            mobility=quota.mobility,
            coordinator=coordinator,
            partner=quota.partner,
            member=network_member(quota.partner),
            data={},
        )

    a, b, waiting = register(), register(), register()
    assert waiting.status == RegistrationStatus.WAITLISTED
    race(
        lambda: services.registration_cancel(registration=a, actor=a.participant),
        lambda: services.registration_cancel(registration=b, actor=b.participant),
    )
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.OFFERED
    assert (
        RegistrationChange.objects.filter(
            registration=waiting, to_status=RegistrationStatus.OFFERED
        ).count()
        == 1
    )
    assert (
        Notification.objects.filter(
            kind="mobilities_registration_offered", recipient=waiting.participant
        ).count()
        == 1
    )
    assert holding(quota) == 1


def test_two_expiry_runs_at_once_pass_the_seat_on_once(slow_count):
    quota = QuotaFactory(mobility=MobilityFactory(), seats=1)
    coordinator = coordinator_of(quota.partner)

    def register():
        return services.registration_register(
            mobility=quota.mobility,
            coordinator=coordinator,
            partner=quota.partner,
            member=network_member(quota.partner),
            data={},
        )

    holder, first, second = register(), register(), register()
    services.registration_cancel(registration=holder, actor=coordinator)
    first.refresh_from_db()
    assert first.status == RegistrationStatus.OFFERED
    later = timezone.now() + dt.timedelta(hours=49)
    results = race(
        lambda: services.offers_expire(now=later),
        lambda: services.offers_expire(now=later),
    )
    assert sorted(results) == [0, 1]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == RegistrationStatus.EXPIRED
    assert second.status == RegistrationStatus.OFFERED
    assert holding(quota) == 1
    assert (
        Notification.objects.filter(
            kind="mobilities_registration_offer_expired", recipient=first.participant
        ).count()
        == 1
    )
    assert (
        Notification.objects.filter(
            kind="mobilities_registration_offered", recipient=second.participant
        ).count()
        == 1
    )


def test_accepting_while_the_offer_expires_ends_one_way_only():
    quota = QuotaFactory(mobility=MobilityFactory(), seats=1)
    coordinator = coordinator_of(quota.partner)

    def register():
        return services.registration_register(
            mobility=quota.mobility,
            coordinator=coordinator,
            partner=quota.partner,
            member=network_member(quota.partner),
            data={},
        )

    holder, offered, waiting = register(), register(), register()
    services.registration_cancel(registration=holder, actor=coordinator)
    # The deadline is the run's `now`: the participant clicks just before it.
    deadline = timezone.now() + dt.timedelta(hours=48)
    Registration.objects.filter(pk=offered.pk).update(offer_expires_at=deadline)

    def accept():
        try:
            return services.registration_accept_offer(
                registration=offered, user=offered.participant
            ).status
        except services.ValidationError:
            return "refused"

    race(accept, lambda: services.offers_expire(now=deadline))
    offered.refresh_from_db()
    waiting.refresh_from_db()
    if offered.status == RegistrationStatus.CONFIRMED:
        assert waiting.status == RegistrationStatus.WAITLISTED
    else:
        assert offered.status == RegistrationStatus.EXPIRED
        assert waiting.status == RegistrationStatus.OFFERED
    assert holding(quota) == 1
