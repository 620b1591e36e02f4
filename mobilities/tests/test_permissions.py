"""The mobilities' predicates, asked directly: anonymous, member, other member,
authorised. The pages and services that ask them are tested in the other modules."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission

from mobilities.models import Mobility, MobilityStatus
from mobilities.permissions import (
    can_cancel_registration,
    can_decide_registration,
    can_download_certificates,
    can_host,
    can_manage_registrations,
    can_register_participants,
    can_see_drafts,
    can_update_travel,
)
from mobilities.tests.factories import (
    MobilityFactory,
    RegistrationFactory,
    coordinator_of,
)
from network.tests.factories import PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()


def with_permissions(*codenames, is_staff=True):
    user = UserFactory(is_staff=is_staff)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="mobilities", codename__in=codenames
        )
    )
    return user


@pytest.fixture
def registration():
    return RegistrationFactory()


class TestRegistrations:
    def test_decide_four_steps(self, registration):
        partner = registration.sending_partner
        assert not can_decide_registration(ANONYMOUS, registration)
        assert not can_decide_registration(registration.participant, registration)
        assert not can_decide_registration(
            coordinator_of(PartnerFactory()), registration
        )
        assert can_decide_registration(coordinator_of(partner), registration)
        assert can_decide_registration(
            with_permissions("change_registration"), registration
        )
        assert can_register_participants(coordinator_of(partner), partner)

    def test_the_host_cancels_but_does_not_decide(self, registration):
        host = coordinator_of(registration.mobility.host)
        assert not can_decide_registration(host, registration)
        assert can_cancel_registration(host, registration)
        assert not can_update_travel(host, registration)

    def test_cancel_four_steps(self, registration):
        assert not can_cancel_registration(ANONYMOUS, registration)
        assert not can_cancel_registration(UserFactory(), registration)
        assert not can_cancel_registration(
            coordinator_of(PartnerFactory()), registration
        )
        assert can_cancel_registration(registration.participant, registration)
        assert can_cancel_registration(
            coordinator_of(registration.sending_partner), registration
        )

    def test_travel_four_steps(self, registration):
        assert not can_update_travel(ANONYMOUS, registration)
        assert not can_update_travel(UserFactory(), registration)
        assert not can_update_travel(coordinator_of(PartnerFactory()), registration)
        assert can_update_travel(registration.participant, registration)
        assert can_update_travel(
            coordinator_of(registration.sending_partner), registration
        )

    def test_managing_every_registration_takes_staff_and_the_permission(self):
        assert not can_manage_registrations(ANONYMOUS)
        assert not can_manage_registrations(UserFactory())
        assert not can_manage_registrations(
            with_permissions("change_registration", is_staff=False)
        )
        assert can_manage_registrations(with_permissions("change_registration"))


class TestHosting:
    def test_host_four_steps(self):
        mobility = MobilityFactory()
        assert not can_host(ANONYMOUS, mobility)
        assert not can_host(UserFactory(organisation=mobility.host), mobility)
        assert not can_host(coordinator_of(PartnerFactory()), mobility)
        assert can_host(coordinator_of(mobility.host), mobility)
        assert can_host(with_permissions("change_mobility"), mobility)

    def test_the_host_reaches_its_events_tools_and_drafts(self):
        draft = MobilityFactory(status=MobilityStatus.DRAFT)
        host = coordinator_of(draft.host)
        assert set(Mobility.objects.managed_by(host)) == {draft}
        assert not Mobility.objects.managed_by(UserFactory()).exists()
        assert not Mobility.objects.visible_to(host).exists()
        assert set(Mobility.objects.visible_to(host, hosts_too=True)) == {draft}

    def test_see_drafts_four_steps(self):
        draft = MobilityFactory(status=MobilityStatus.DRAFT)
        assert not can_see_drafts(ANONYMOUS)
        assert not can_see_drafts(UserFactory())
        assert not can_see_drafts(with_permissions("view_mobility", is_staff=False))
        viewer = with_permissions("view_mobility")
        assert can_see_drafts(viewer)
        assert set(Mobility.objects.visible_to(viewer)) == {draft}

    def test_download_certificates_four_steps(self):
        assert not can_download_certificates(ANONYMOUS)
        assert not can_download_certificates(UserFactory())
        assert can_download_certificates(with_permissions("change_registration"))
        assert can_download_certificates(with_permissions("change_mobility"))
