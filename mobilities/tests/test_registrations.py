"""Registration: applying, approving and declining, direct registration and invitations,
who may do each, bad input, privacy of special needs, mail in each recipient's language."""

import datetime as dt
import time

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from conftest import celery_broker
from mobilities.models import (
    MobilityStatus,
    Registration,
    RegistrationChange,
    RegistrationStatus,
)
from mobilities.services import registrations as services
from network.models import Position
from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory
from siehub.models import Notification

from .factories import (
    MobilityFactory,
    QuotaFactory,
    RegistrationFactory,
    coordinator_of,
    network_member,
)

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def partner():
    return PartnerFactory(name="Evropsko Gragjanstvo", country="MK", city="Bitola")


@pytest.fixture
def mobility():
    return MobilityFactory()


@pytest.fixture
def quota(mobility, partner):
    return QuotaFactory(mobility=mobility, partner=partner, seats=2)


@pytest.fixture
def coordinator(partner):
    return coordinator_of(partner, preferred_language="mk", first_name="Goran")


@pytest.fixture
def applicant(partner):
    return network_member(partner, preferred_language="es", first_name="Lucía")


@pytest.fixture
def other_partner(mobility):
    other = PartnerFactory(name="Centre for Educational Integration", country="BG")
    QuotaFactory(mobility=mobility, partner=other, seats=2)
    return other


@pytest.fixture
def other_coordinator(other_partner):
    return coordinator_of(other_partner, preferred_language="bg")


@pytest.fixture
def staff():
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_registration"))
    return user


def apply_url(mobility):
    return reverse("mobilities:registration-apply", kwargs={"slug": mobility.slug})


def application(member, **fields):
    data = {
        "role": Position.TEACHER,
        "school": member.organisation.pk,
        "motivation": "I want to learn about mediation with Roma families.",
        "special_needs": "Vegetarian meals",
        "arrival_date": "",
        "departure_date": "",
        "gender": "",
    }
    data.update(fields)
    return data


def apply(member, mobility, **data):
    return services.registration_apply(
        mobility=mobility,
        member=member,
        data={
            "role": Position.TEACHER,
            "school": member.organisation,
            "special_needs": "Vegetarian meals",
            **data,
        },
    )


# Applying ------------------------------------------------------------------------------


class TestApply:
    def test_anonymous_visitor_is_sent_to_login(self, client, quota):
        response = client.get(apply_url(quota.mobility))
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")

    def test_member_without_an_organisation_is_told_why(self, client, quota):
        client.force_login(UserFactory())
        response = client.get(apply_url(quota.mobility))
        assert response.status_code == 403
        assert "partner network" in response.content.decode()

    def test_member_whose_partner_has_no_quota_is_refused(self, client, mobility):
        client.force_login(network_member(PartnerFactory()))
        response = client.get(apply_url(mobility))
        assert response.status_code == 403
        assert "has no places at this event" in response.content.decode()

    def test_member_sees_the_form_with_their_school_chosen(
        self, client, quota, applicant
    ):
        client.force_login(applicant)
        response = client.get(apply_url(quota.mobility))
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<option value="{applicant.organisation.pk}" selected>' in html
        assert 'name="special_needs"' in html

    def test_school_choices_are_limited_to_the_members_network(
        self, client, quota, applicant, partner
    ):
        sibling = OrganisationFactory(partner=partner, name="Goce Delchev school")
        foreign = OrganisationFactory(partner=PartnerFactory(), name="Foreign school")
        client.force_login(applicant)
        html = client.get(apply_url(quota.mobility)).content.decode()
        assert sibling.name in html
        assert foreign.name not in html
        response = client.post(
            apply_url(quota.mobility), application(applicant, school=foreign.pk)
        )
        assert response.status_code == 400
        assert not Registration.objects.exists()

    def test_application_is_pending_and_mails_member_and_coordinators(
        self, client, quota, applicant, coordinator, mailoutbox
    ):
        client.force_login(applicant)
        response = client.post(apply_url(quota.mobility), application(applicant))
        registration = Registration.objects.get()
        assert response.status_code == 302
        assert response["Location"] == registration.get_absolute_url()
        assert registration.status == RegistrationStatus.PENDING
        assert registration.participant == applicant
        assert registration.sending_partner == quota.partner
        assert registration.registered_by == applicant
        assert registration.special_needs == "Vegetarian meals"
        change = RegistrationChange.objects.get()
        assert (change.from_status, change.to_status) == ("", "pending")
        received = Notification.objects.get(kind="mobilities_registration_received")
        assert received.recipient == applicant
        assert received.language == "es"
        assert received.link == f"/es/my/mobilities/{registration.pk}/"
        submitted = Notification.objects.get(kind="mobilities_registration_submitted")
        assert submitted.recipient == coordinator
        assert submitted.language == "mk"
        assert submitted.link.startswith("/mk/my/network/mobilities/")
        assert sorted(m.to[0] for m in mailoutbox) == sorted(
            [applicant.email, coordinator.email]
        )

    @pytest.mark.parametrize("works_at", ["school", "partner"])
    def test_role_and_school_are_pre_filled_from_the_profile(
        self, client, quota, partner, works_at
    ):
        member = network_member(partner, position=Position.COUNSELLOR)
        if works_at == "partner":
            member.organisation = partner
            member.save()
        client.force_login(member)
        html = client.get(apply_url(quota.mobility)).content.decode()
        assert f'<option value="{Position.COUNSELLOR}" selected>' in html
        assert f'<option value="{member.organisation.pk}" selected>' in html

    def test_a_profile_without_a_position_leaves_the_role_to_choose(
        self, client, quota, partner
    ):
        member = network_member(partner, position="")
        client.force_login(member)
        html = client.get(apply_url(quota.mobility)).content.decode()
        assert '<option value="" selected>' in html.split('name="role"')[1]
        assert f'<option value="{member.organisation.pk}" selected>' in html

    def test_pre_filled_role_and_school_can_be_changed(
        self, client, quota, partner, applicant
    ):
        sibling = OrganisationFactory(partner=partner, name="Goce Delchev school")
        client.force_login(applicant)
        response = client.post(
            apply_url(quota.mobility),
            application(applicant, role=Position.MEDIATOR, school=sibling.pk),
        )
        assert response.status_code == 302
        registration = Registration.objects.get()
        assert registration.role == Position.MEDIATOR
        assert registration.school == sibling
        applicant.refresh_from_db()
        assert applicant.position == Position.TEACHER  # the profile is not changed

    def test_school_defaults_to_the_members_organisation(self, quota, applicant):
        registration = services.registration_apply(
            mobility=quota.mobility, member=applicant, data={"role": "teacher"}
        )
        assert registration.school == applicant.organisation

    @pytest.mark.parametrize(
        "window",
        [
            {"registration_closes_on": "past"},
            {"registration_opens_on": "future"},
            {"status": MobilityStatus.CANCELLED},
            {"started": True},
        ],
    )
    def test_closed_registration_refuses_with_400(
        self, client, applicant, partner, window
    ):
        today = timezone.localdate()
        fields = {}
        if window.get("registration_closes_on"):
            fields["registration_closes_on"] = today - dt.timedelta(days=1)
        if window.get("registration_opens_on"):
            fields["registration_opens_on"] = today + dt.timedelta(days=1)
        if "status" in window:
            fields["status"] = window["status"]
        if window.get("started"):
            fields.update(
                starts_on=timezone.localdate(),
                registration_closes_on=None,
            )
        mobility = MobilityFactory(**fields)
        QuotaFactory(mobility=mobility, partner=partner)
        client.force_login(applicant)
        assert client.get(apply_url(mobility)).status_code == 400
        response = client.post(apply_url(mobility), application(applicant))
        assert response.status_code == 400
        assert not Registration.objects.exists()
        with pytest.raises(ValidationError):
            apply(applicant, mobility)

    def test_draft_event_is_not_found(self, client, applicant, partner):
        mobility = MobilityFactory(status=MobilityStatus.DRAFT)
        QuotaFactory(mobility=mobility, partner=partner)
        client.force_login(applicant)
        assert client.get(apply_url(mobility)).status_code == 404

    def test_duplicate_application_is_refused(self, client, quota, applicant):
        apply(applicant, quota.mobility)
        client.force_login(applicant)
        response = client.get(apply_url(quota.mobility))
        assert response.status_code == 400
        assert "already registered" in response.content.decode()
        with pytest.raises(ValidationError, match="already has a registration"):
            apply(applicant, quota.mobility)
        assert Registration.objects.count() == 1

    def test_database_constraint_race_becomes_the_same_error(
        self, quota, applicant, monkeypatch
    ):
        RegistrationFactory(
            mobility=quota.mobility,
            sending_partner=quota.partner,
            participant=applicant,
        )
        # The check before the insert saw nothing (a concurrent request inserted since).
        monkeypatch.setattr(services, "apply_refusal", lambda **kwargs: None)
        with pytest.raises(ValidationError, match="already has a registration"):
            apply(applicant, quota.mobility)

    def test_a_new_application_after_a_cancelled_one_is_allowed(self, quota, applicant):
        RegistrationFactory(
            mobility=quota.mobility,
            sending_partner=quota.partner,
            participant=applicant,
            status=RegistrationStatus.CANCELLED,
        )
        assert apply(applicant, quota.mobility).status == RegistrationStatus.PENDING

    def test_departure_before_arrival_is_refused_and_the_form_kept(
        self, client, quota, applicant
    ):
        start = quota.mobility.starts_on
        client.force_login(applicant)
        response = client.post(
            apply_url(quota.mobility),
            application(
                applicant,
                arrival_date=start.isoformat(),
                departure_date=(start - dt.timedelta(days=1)).isoformat(),
                motivation="Kept as typed",
            ),
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "The departure cannot be before the arrival." in html
        assert "Kept as typed" in html
        assert 'class="error-summary"' in html
        assert not Registration.objects.exists()

    @pytest.mark.parametrize(
        ("arrival", "departure", "message"),
        [
            (-8, None, "more than 7 days before"),
            (None, 6 + 8, "more than 7 days after"),
            (7, None, "after the event has ended"),
            (None, -1, "before the event starts"),
        ],
    )
    def test_dates_far_outside_the_event_are_refused(
        self, client, quota, applicant, arrival, departure, message
    ):
        start = quota.mobility.starts_on
        data = application(applicant)
        if arrival is not None:
            data["arrival_date"] = (start + dt.timedelta(days=arrival)).isoformat()
        if departure is not None:
            data["departure_date"] = (start + dt.timedelta(days=departure)).isoformat()
        client.force_login(applicant)
        response = client.post(apply_url(quota.mobility), data)
        assert response.status_code == 400
        assert message in response.content.decode()
        with pytest.raises(ValidationError):
            apply(
                applicant,
                quota.mobility,
                arrival_date=start + dt.timedelta(days=arrival or 0),
                departure_date=start + dt.timedelta(days=departure)
                if departure is not None
                else None,
            )

    def test_invalid_date_and_missing_role_answer_400(self, client, quota, applicant):
        client.force_login(applicant)
        response = client.post(
            apply_url(quota.mobility),
            application(applicant, role="", arrival_date="31/02/2030"),
        )
        assert response.status_code == 400
        assert not Registration.objects.exists()

    def test_travel_days_around_the_event_are_accepted(self, quota, applicant):
        start, end = quota.mobility.starts_on, quota.mobility.ends_on
        registration = apply(
            applicant,
            quota.mobility,
            arrival_date=start - dt.timedelta(days=2),
            departure_date=end + dt.timedelta(days=1),
        )
        assert registration.arrival_date == start - dt.timedelta(days=2)

    def test_an_unavailable_broker_does_not_fail_an_application(
        self, client, quota, applicant, coordinator, mailoutbox
    ):
        client.force_login(applicant)
        started = time.monotonic()
        with celery_broker(DEAD_REDIS):
            response = client.post(apply_url(quota.mobility), application(applicant))
        assert time.monotonic() - started < 15
        assert response.status_code == 302
        assert Registration.objects.get().status == RegistrationStatus.PENDING
        assert mailoutbox == []
        unsent = Notification.objects.filter(sent_at__isnull=True)
        assert unsent.count() == 2  # delivered by the outbox sweep later


# Approving and declining ---------------------------------------------------------------


def approve_url(registration):
    return reverse("mobilities:registration-approve", kwargs={"pk": registration.pk})


def decline_url(registration):
    return reverse("mobilities:registration-decline", kwargs={"pk": registration.pk})


def note(registration, text=""):
    return {f"registration-{registration.pk}-note": text}


class TestDecide:
    @pytest.fixture
    def pending(self, quota, applicant):
        return apply(applicant, quota.mobility)

    def test_anonymous_visitor_cannot_approve(self, client, pending):
        response = client.post(approve_url(pending), note(pending))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.PENDING

    def test_member_and_the_participant_cannot_approve(
        self, client, pending, applicant
    ):
        for user in [UserFactory(), applicant]:
            client.force_login(user)
            assert client.post(approve_url(pending), note(pending)).status_code == 404
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.PENDING
        with pytest.raises(PermissionDenied):
            services.registration_approve(registration=pending, coordinator=applicant)

    def test_another_partners_coordinator_gets_404(
        self, client, pending, other_coordinator
    ):
        client.force_login(other_coordinator)
        assert client.post(approve_url(pending), note(pending)).status_code == 404
        assert client.post(decline_url(pending), note(pending)).status_code == 404
        with pytest.raises(PermissionDenied):
            services.registration_approve(
                registration=pending, coordinator=other_coordinator
            )
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.PENDING

    def test_host_coordinator_cannot_approve_another_partners_participant(
        self, client, pending
    ):
        host_coordinator = coordinator_of(pending.mobility.host)
        client.force_login(host_coordinator)
        assert client.post(approve_url(pending), note(pending)).status_code == 404

    def test_coordinator_approves_a_seat_and_the_member_gets_the_calendar(
        self, client, pending, coordinator, mailoutbox
    ):
        client.force_login(coordinator)
        response = client.post(approve_url(pending), note(pending, "Welcome!"))
        assert response.status_code == 302
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.CONFIRMED
        change = pending.changes.last()
        assert (change.from_status, change.to_status, change.actor) == (
            "pending",
            "confirmed",
            coordinator,
        )
        assert change.note == "Welcome!"
        notification = Notification.objects.get(
            kind="mobilities_registration_confirmed"
        )
        assert notification.language == "es"
        assert notification.attachments[0]["mimetype"] == "text/calendar"
        confirmed = next(m for m in mailoutbox if m.to == [pending.participant.email])
        filename, content, mimetype = confirmed.attachments[0]
        assert mimetype == "text/calendar"
        assert filename.endswith(".ics")
        assert "BEGIN:VCALENDAR" in content

    def test_staff_with_the_permission_may_approve(self, pending, staff):
        services.registration_approve(registration=pending, coordinator=staff)
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.CONFIRMED

    def test_only_a_pending_application_is_approved(self, client, pending, coordinator):
        services.registration_approve(registration=pending, coordinator=coordinator)
        client.force_login(coordinator)
        response = client.post(approve_url(pending), note(pending))
        assert response.status_code == 400
        assert "Only an application waiting for approval" in response.content.decode()
        assert pending.changes.count() == 2

    def test_decline_with_a_note_mails_it(self, client, pending, coordinator):
        client.force_login(coordinator)
        response = client.post(
            decline_url(pending), note(pending, "No seats for counsellors this time.")
        )
        assert response.status_code == 302
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.DECLINED
        notification = Notification.objects.get(kind="mobilities_registration_declined")
        assert "No seats for counsellors this time." in notification.body_text
        assert notification.language == "es"

    def test_declining_twice_is_refused(self, pending, coordinator):
        services.registration_decline(registration=pending, coordinator=coordinator)
        with pytest.raises(ValidationError):
            services.registration_decline(registration=pending, coordinator=coordinator)

    def test_too_long_note_is_400_and_nothing_changes(
        self, client, pending, coordinator
    ):
        client.force_login(coordinator)
        response = client.post(decline_url(pending), note(pending, "x" * 2001))
        assert response.status_code == 400
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.PENDING

    def test_decisions_are_post_only(self, client, pending, coordinator):
        client.force_login(coordinator)
        assert client.get(approve_url(pending)).status_code == 405
        assert client.get(decline_url(pending)).status_code == 405


# Registration pages and privacy ----------------------------------------------------------


class TestRegistrationPages:
    def test_detail_is_for_participant_coordinators_host_and_staff_only(
        self, client, quota, applicant, coordinator, other_coordinator, staff
    ):
        registration = apply(applicant, quota.mobility)
        url = registration.get_absolute_url()
        assert client.get(url).status_code == 302
        for stranger in [UserFactory(), other_coordinator]:
            client.force_login(stranger)
            assert client.get(url).status_code == 404
        host_coordinator = coordinator_of(quota.mobility.host)
        for allowed in [applicant, coordinator, host_coordinator, staff]:
            client.force_login(allowed)
            response = client.get(url)
            assert response.status_code == 200
            assert "Vegetarian meals" in response.content.decode()

    def test_special_needs_stay_off_other_coordinators_pages(
        self, client, quota, applicant, other_coordinator, other_partner
    ):
        apply(applicant, quota.mobility)
        client.force_login(other_coordinator)
        url = reverse(
            "mobilities:coordination-event", kwargs={"slug": quota.mobility.slug}
        )
        html = client.get(url).content.decode()
        assert "Vegetarian meals" not in html
        assert applicant.last_name not in html
        client.force_login(UserFactory())
        html = client.get(reverse("mobilities:my-registrations")).content.decode()
        assert "Vegetarian meals" not in html

    def test_my_registrations_lists_only_mine(self, client, quota, applicant):
        mine = apply(applicant, quota.mobility)
        RegistrationFactory(mobility=quota.mobility, sending_partner=quota.partner)
        client.force_login(applicant)
        response = client.get(reverse("mobilities:my-registrations"))
        html = response.content.decode()
        assert response.status_code == 200
        assert html.count('class="registration-item"') == 1
        assert mine.get_absolute_url() in html
        assert "status-badge--registration-pending" in html

    def test_my_registrations_query_count_is_constant(
        self, client, partner, applicant, django_assert_max_num_queries
    ):
        client.force_login(applicant)
        url = reverse("mobilities:my-registrations")

        def register(status):
            mobility = MobilityFactory()
            RegistrationFactory(
                mobility=mobility,
                sending_partner=partner,
                participant=applicant,
                status=status,
            )

        register(RegistrationStatus.CONFIRMED)
        with django_assert_max_num_queries(20) as first:
            assert client.get(url).status_code == 200
        for status in [
            RegistrationStatus.OFFERED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.PENDING,
            RegistrationStatus.CANCELLED,
            RegistrationStatus.CONFIRMED,
        ]:
            register(status)
        with django_assert_max_num_queries(len(first.captured_queries)):
            html = client.get(url).content.decode()
        assert html.count('class="registration-item"') == 6

    def test_detail_query_count_does_not_grow_with_history(
        self, client, quota, applicant, coordinator, django_assert_max_num_queries
    ):
        registration = apply(applicant, quota.mobility)
        client.force_login(applicant)
        url = registration.get_absolute_url()
        with django_assert_max_num_queries(30) as first:
            client.get(url)
        services.registration_approve(
            registration=registration, coordinator=coordinator
        )
        for _ in range(4):
            RegistrationChange.objects.create(
                registration=registration,
                actor=coordinator,
                from_status="confirmed",
                to_status="confirmed",
                note="checked",
            )
        # Confirmed shows the travel form too: allow its fixed extra queries.
        with django_assert_max_num_queries(len(first.captured_queries) + 2):
            assert client.get(url).status_code == 200


# Travel details --------------------------------------------------------------------------


class TestTravel:
    @pytest.fixture
    def confirmed(self, quota, applicant, coordinator):
        registration = apply(applicant, quota.mobility)
        return services.registration_approve(
            registration=registration, coordinator=coordinator
        )

    def travel(self, registration, **fields):
        start = registration.mobility.starts_on
        data = {
            "arrival_date": (start - dt.timedelta(days=1)).isoformat(),
            "departure_date": registration.mobility.ends_on.isoformat(),
            "travel_details": "Flight SKP-MAD, lands 18:40",
            "special_needs": "",
            "listed_publicly": "on",
        }
        data.update(fields)
        return data

    def url(self, registration):
        return reverse("mobilities:registration-travel", kwargs={"pk": registration.pk})

    def test_participant_gives_travel_details_and_consent(
        self, client, confirmed, applicant
    ):
        client.force_login(applicant)
        response = client.post(self.url(confirmed), self.travel(confirmed))
        assert response.status_code == 302
        confirmed.refresh_from_db()
        assert confirmed.travel_details == "Flight SKP-MAD, lands 18:40"
        assert confirmed.listed_publicly is True

    def test_coordinator_may_fill_travel_but_not_consent(
        self, client, confirmed, coordinator
    ):
        client.force_login(coordinator)
        response = client.post(self.url(confirmed), self.travel(confirmed))
        assert response.status_code == 302
        confirmed.refresh_from_db()
        assert confirmed.travel_details.startswith("Flight")
        assert confirmed.listed_publicly is False

    def test_others_cannot_see_or_post(self, client, confirmed, other_coordinator):
        assert (
            client.post(self.url(confirmed), self.travel(confirmed)).status_code == 302
        )
        for user in [UserFactory(), other_coordinator]:
            client.force_login(user)
            response = client.post(self.url(confirmed), self.travel(confirmed))
            assert response.status_code == 404
        confirmed.refresh_from_db()
        assert confirmed.travel_details == ""

    def test_host_coordinator_may_read_but_not_change(self, client, confirmed):
        client.force_login(coordinator_of(confirmed.mobility.host))
        with pytest.raises(PermissionDenied):
            services.registration_update_travel(
                registration=confirmed,
                user=coordinator_of(confirmed.mobility.host),
                data={"travel_details": "x"},
            )

    def test_departure_before_arrival_keeps_the_typed_details(
        self, client, confirmed, applicant
    ):
        start = confirmed.mobility.starts_on
        client.force_login(applicant)
        response = client.post(
            self.url(confirmed),
            self.travel(
                confirmed,
                arrival_date=start.isoformat(),
                departure_date=(start - dt.timedelta(days=2)).isoformat(),
            ),
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "Flight SKP-MAD, lands 18:40" in html
        assert "The departure cannot be before the arrival." in html
        confirmed.refresh_from_db()
        assert confirmed.travel_details == ""

    def test_travel_only_once_confirmed(self, quota, applicant):
        registration = apply(applicant, quota.mobility)
        with pytest.raises(ValidationError):
            services.registration_update_travel(
                registration=registration,
                user=applicant,
                data={"travel_details": "Bus"},
            )


# Cancelling ----------------------------------------------------------------------------


class TestCancel:
    def url(self, registration):
        return reverse("mobilities:registration-cancel", kwargs={"pk": registration.pk})

    def test_participant_confirms_then_cancels(
        self, client, quota, applicant, coordinator
    ):
        registration = apply(applicant, quota.mobility)
        client.force_login(applicant)
        page = client.get(self.url(registration))
        assert page.status_code == 200
        assert "Yes, cancel the registration" in page.content.decode()
        response = client.post(self.url(registration), {"note": ""})
        assert response.status_code == 302
        assert response["Location"] == reverse("mobilities:my-registrations")
        registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CANCELLED
        mine = Notification.objects.get(
            kind="mobilities_registration_cancelled", recipient=applicant
        )
        assert mine.language == "es"
        told = Notification.objects.get(
            kind="mobilities_registration_cancelled", recipient=coordinator
        )
        assert told.language == "mk"

    def test_who_may_cancel(
        self, client, quota, applicant, coordinator, other_coordinator, staff
    ):
        host_coordinator = coordinator_of(quota.mobility.host)
        for allowed in [applicant, coordinator, host_coordinator, staff]:
            registration = apply(applicant, quota.mobility)
            for stranger in [UserFactory(), other_coordinator]:
                client.force_login(stranger)
                assert client.post(self.url(registration)).status_code == 404
                with pytest.raises(PermissionDenied):
                    services.registration_cancel(
                        registration=registration, actor=stranger
                    )
            services.registration_cancel(registration=registration, actor=allowed)
            registration.refresh_from_db()
            assert registration.status == RegistrationStatus.CANCELLED

    def test_a_cancelled_registration_cannot_be_cancelled_again(
        self, client, quota, applicant
    ):
        registration = apply(applicant, quota.mobility)
        services.registration_cancel(registration=registration, actor=applicant)
        client.force_login(applicant)
        response = client.post(self.url(registration))
        assert response.status_code == 400
        assert "cannot be cancelled any more" in response.content.decode()

    def test_cancel_is_refused_once_the_event_has_started(self, partner, applicant):
        mobility = MobilityFactory(
            starts_on=timezone.localdate(), registration_closes_on=None
        )
        registration = RegistrationFactory(
            mobility=mobility,
            sending_partner=partner,
            participant=applicant,
            status=RegistrationStatus.CONFIRMED,
        )
        with pytest.raises(ValidationError, match="already started"):
            services.registration_cancel(registration=registration, actor=applicant)

    def test_coordinator_is_sent_back_to_next(
        self, client, quota, applicant, coordinator
    ):
        registration = apply(applicant, quota.mobility)
        client.force_login(coordinator)
        target = reverse(
            "mobilities:coordination-event", kwargs={"slug": quota.mobility.slug}
        )
        response = client.post(self.url(registration), {"next": target})
        assert response["Location"] == target
        registration = apply(applicant, quota.mobility)
        response = client.post(
            self.url(registration), {"next": "https://evil.example/"}
        )
        assert response["Location"] == registration.get_absolute_url()


# Direct registration by a coordinator ----------------------------------------------------


def register_url(mobility):
    return reverse("mobilities:coordination-register", kwargs={"slug": mobility.slug})


def event_url(mobility):
    return reverse("mobilities:coordination-event", kwargs={"slug": mobility.slug})


class TestDirectRegistration:
    def form(self, partner, **fields):
        data = {
            "partner": partner.slug,
            "member": "",
            "name": "",
            "email": "",
            "language": "en",
            "role": "",
            "school": "",
        }
        data.update(fields)
        return data

    def test_only_coordinators_reach_the_page(
        self, client, quota, applicant, other_coordinator
    ):
        url = event_url(quota.mobility)
        assert client.get(url).status_code == 302
        client.force_login(applicant)
        assert client.get(url).status_code == 403
        assert client.post(register_url(quota.mobility)).status_code == 403
        # A coordinator whose partner has no quota for this event: not found.
        client.force_login(coordinator_of(PartnerFactory()))
        assert client.get(url).status_code == 404

    def test_coordinator_registers_a_member_confirmed_at_once(
        self, client, quota, coordinator, applicant, mailoutbox
    ):
        client.force_login(coordinator)
        response = client.post(
            register_url(quota.mobility), self.form(quota.partner, member=applicant.pk)
        )
        assert response.status_code == 302
        registration = Registration.objects.get()
        assert registration.status == RegistrationStatus.CONFIRMED
        assert registration.participant == applicant
        assert registration.registered_by == coordinator
        assert registration.school == applicant.organisation
        assert registration.role == applicant.position
        change = registration.changes.get()
        assert (change.from_status, change.to_status) == ("", "confirmed")
        notification = Notification.objects.get(
            kind="mobilities_registration_confirmed"
        )
        assert notification.recipient == applicant
        assert notification.language == "es"
        assert mailoutbox[0].attachments[0][2] == "text/calendar"

    def test_member_of_another_network_is_refused(
        self, quota, coordinator, other_partner
    ):
        outsider = network_member(other_partner)
        with pytest.raises(ValidationError, match="does not belong"):
            services.registration_register(
                mobility=quota.mobility,
                coordinator=coordinator,
                partner=quota.partner,
                member=outsider,
                data={},
            )

    def test_members_select_offers_only_the_network_not_yet_registered(
        self, client, quota, coordinator, applicant, other_partner
    ):
        registered = network_member(quota.partner, last_name="Alreadyin")
        RegistrationFactory(
            mobility=quota.mobility,
            sending_partner=quota.partner,
            participant=registered,
        )
        network_member(other_partner, last_name="Outsider")
        client.force_login(coordinator)
        response = client.get(event_url(quota.mobility))
        choices = list(response.context["register_form"].fields["member"].queryset)
        assert choices == [applicant]
        html = response.content.decode()
        assert applicant.last_name in html
        assert "Alreadyin" not in html.split('name="member"')[1].split("</select>")[0]
        assert "Outsider" not in html

    def test_another_partners_coordinator_cannot_register_for_this_partner(
        self, client, quota, other_coordinator, applicant
    ):
        client.force_login(other_coordinator)
        response = client.post(
            register_url(quota.mobility), self.form(quota.partner, member=applicant.pk)
        )
        # The posted partner is not theirs: their own partner is used, where the
        # member is not in the network.
        assert response.status_code == 400
        assert not Registration.objects.exists()
        with pytest.raises(PermissionDenied):
            services.registration_register(
                mobility=quota.mobility,
                coordinator=other_coordinator,
                partner=quota.partner,
                member=applicant,
                data={},
            )

    def test_closed_window_is_refused_for_everyone(self, partner, coordinator, staff):
        mobility = MobilityFactory(
            registration_closes_on=timezone.localdate() - dt.timedelta(days=1)
        )
        QuotaFactory(mobility=mobility, partner=partner)
        member = network_member(partner)
        for user in [coordinator, staff]:
            with pytest.raises(ValidationError, match="closed"):
                services.registration_register(
                    mobility=mobility,
                    coordinator=user,
                    partner=partner,
                    member=member,
                    data={},
                )

    def test_duplicate_direct_registration_is_400(
        self, client, quota, coordinator, applicant
    ):
        apply(applicant, quota.mobility)
        with pytest.raises(ValidationError, match="already has a registration"):
            services.registration_register(
                mobility=quota.mobility,
                coordinator=coordinator,
                partner=quota.partner,
                member=applicant,
                data={},
            )

    @pytest.mark.parametrize(
        "fields",
        [
            {},
            {"email": "ana@example.org"},
            {"email": "not-an-address", "name": "Ana"},
            {"member": "999999"},
            {"email": "ana@example.org", "name": "Ana", "role": "astronaut"},
        ],
    )
    def test_bad_register_input_is_400_with_the_form_kept(
        self, client, quota, coordinator, fields
    ):
        client.force_login(coordinator)
        response = client.post(
            register_url(quota.mobility), self.form(quota.partner, **fields)
        )
        assert response.status_code == 400
        assert 'class="error-summary"' in response.content.decode()
        if fields.get("email"):
            assert fields["email"] in response.content.decode()
        assert not Registration.objects.exists()

    def test_coordination_event_query_count_is_constant(
        self, client, quota, coordinator, django_assert_max_num_queries
    ):
        client.force_login(coordinator)
        url = event_url(quota.mobility)

        def add(status, **fields):
            RegistrationFactory(
                mobility=quota.mobility,
                sending_partner=quota.partner,
                status=status,
                special_needs="Wheelchair access",
                **fields,
            )

        add(RegistrationStatus.PENDING)
        with django_assert_max_num_queries(30) as first:
            assert client.get(url).status_code == 200
        for status in [
            RegistrationStatus.PENDING,
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.OFFERED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.DECLINED,
        ]:
            add(status)
        network_member(quota.partner)
        network_member(quota.partner)
        with django_assert_max_num_queries(len(first.captured_queries)):
            html = client.get(url).content.decode()
        assert html.count("Wheelchair access") == 7  # not the declined one

    def test_coordination_overview_counts_and_query_count(
        self, client, quota, coordinator, django_assert_max_num_queries
    ):
        client.force_login(coordinator)
        url = reverse("mobilities:coordination")
        with django_assert_max_num_queries(20) as first:
            response = client.get(url)
        assert response.status_code == 200
        for status in ["pending", "pending", "confirmed", "waitlisted"]:
            RegistrationFactory(
                mobility=quota.mobility, sending_partner=quota.partner, status=status
            )
        for _ in range(3):
            QuotaFactory(partner=quota.partner, seats=3)
        with django_assert_max_num_queries(len(first.captured_queries)):
            response = client.get(url)
        row = next(q for q in response.context["upcoming"] if q.pk == quota.pk)
        assert (row.used, row.left, row.pending, row.waitlisted) == (1, 1, 2, 1)
        assert len(response.context["upcoming"]) == 4

    def test_overview_is_for_partner_coordinators(self, client, applicant):
        assert client.get(reverse("mobilities:coordination")).status_code == 302
        client.force_login(applicant)
        assert client.get(reverse("mobilities:coordination")).status_code == 403


# Invitations -----------------------------------------------------------------------------


class TestInvitation:
    def invite(self, quota, coordinator, email="ana.garcia@example.org", **kwargs):
        return services.registration_register(
            mobility=quota.mobility,
            coordinator=coordinator,
            partner=quota.partner,
            email=email,
            name="Ana García",
            data={"role": Position.COUNSELLOR},
            **kwargs,
        )

    def test_coordinator_invites_a_colleague_by_mail_in_the_chosen_language(
        self, client, quota, coordinator, mailoutbox
    ):
        client.force_login(coordinator)
        response = client.post(
            register_url(quota.mobility),
            {
                "partner": quota.partner.slug,
                "name": "Ana García",
                "email": "Ana.Garcia@Example.org",
                "language": "bg",
                "role": Position.COUNSELLOR,
                "school": "",
            },
        )
        assert response.status_code == 302
        registration = Registration.objects.get()
        assert registration.participant is None
        assert registration.invited_email == "ana.garcia@example.org"
        assert registration.invited_language == "bg"
        assert registration.status == RegistrationStatus.CONFIRMED
        assert len(registration.invitation_token) >= 32
        notification = Notification.objects.get(kind="mobilities_invitation")
        assert notification.language == "bg"
        assert notification.to_email == "ana.garcia@example.org"
        [message] = mailoutbox
        assert message.to == ["ana.garcia@example.org"]
        link = reverse("mobilities:invitation", args=[registration.invitation_token])
        assert f"http://testserver{link}".replace("/en/", "/bg/") in message.body
        notification.refresh_from_db()
        assert notification.body_text == ""  # the secret link is not kept

    def test_invitation_language_defaults_to_the_partner_country(
        self, quota, coordinator
    ):
        registration = self.invite(quota, coordinator)
        assert registration.invited_language == "mk"

    def test_an_existing_account_is_registered_instead_of_invited(
        self, quota, coordinator, applicant
    ):
        registration = self.invite(quota, coordinator, email=applicant.email.upper())
        assert registration.participant == applicant
        assert registration.invitation_token == ""
        assert not Notification.objects.filter(kind="mobilities_invitation").exists()

    def test_the_same_colleague_cannot_be_invited_twice(self, quota, coordinator):
        self.invite(quota, coordinator)
        with pytest.raises(ValidationError, match="already has a registration"):
            self.invite(quota, coordinator, email="ANA.GARCIA@example.org")

    def test_anonymous_visitor_sees_sign_up_with_the_email_and_log_in(
        self, client, quota, coordinator
    ):
        registration = self.invite(quota, coordinator)
        url = reverse("mobilities:invitation", args=[registration.invitation_token])
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "?email=ana.garcia%40example.org&amp;next=" in html
        assert f"/en/accounts/login/?next={url}" in html
        assert "Take my place" not in html
        # allauth fills the address in from ?email=
        signup = client.get("/en/accounts/signup/?email=ana.garcia%40example.org")
        assert 'value="ana.garcia@example.org"' in signup.content.decode()

    def test_signed_in_colleague_takes_the_place(
        self, client, quota, coordinator, mailoutbox
    ):
        registration = self.invite(quota, coordinator)
        token = registration.invitation_token
        url = reverse("mobilities:invitation", args=[token])
        colleague = UserFactory(email="ana.garcia@example.org", preferred_language="es")
        client.force_login(colleague)
        assert "Take my place" in client.get(url).content.decode()
        mailoutbox.clear()
        response = client.post(url)
        registration.refresh_from_db()
        assert response.status_code == 302
        assert response["Location"] == registration.get_absolute_url()
        assert registration.participant == colleague
        assert registration.invitation_token == ""
        assert registration.status == RegistrationStatus.CONFIRMED
        # Now a member: the confirmation with the calendar, in their language.
        notification = Notification.objects.get(
            kind="mobilities_registration_confirmed"
        )
        assert notification.recipient == colleague
        assert notification.language == "es"
        assert mailoutbox[0].attachments[0][2] == "text/calendar"
        # The link is used up.
        assert client.get(url).status_code == 404

    def test_a_colleague_taking_the_place_brings_the_school_of_their_profile(
        self, client, quota, coordinator, partner
    ):
        registration = self.invite(quota, coordinator)
        assert registration.school is None
        colleague = network_member(partner, email="ana.garcia@example.org")
        services.registration_claim_invitation(
            token=registration.invitation_token, user=colleague
        )
        registration.refresh_from_db()
        assert registration.school == colleague.organisation
        # A school the coordinator named stays; one outside the network is not taken.
        named = OrganisationFactory(partner=partner, name="Named school")
        kept = services.registration_register(
            mobility=quota.mobility,
            coordinator=coordinator,
            partner=partner,
            email="b@example.org",
            name="Boris Iliev",
            data={"role": Position.TEACHER, "school": named},
        )
        services.registration_claim_invitation(
            token=kept.invitation_token,
            user=network_member(partner, email="b@example.org"),
        )
        kept.refresh_from_db()
        assert kept.school == named
        foreign = self.invite(quota, coordinator, email="c@example.org")
        services.registration_claim_invitation(
            token=foreign.invitation_token,
            user=network_member(PartnerFactory(), email="c@example.org"),
        )
        foreign.refresh_from_db()
        assert foreign.school is None

    def test_claim_is_refused_for_someone_already_registered(
        self, client, quota, coordinator, applicant
    ):
        apply(applicant, quota.mobility)
        registration = self.invite(quota, coordinator)
        client.force_login(applicant)
        url = reverse("mobilities:invitation", args=[registration.invitation_token])
        response = client.post(url)
        assert response.status_code == 400
        assert "already have a registration" in response.content.decode()
        registration.refresh_from_db()
        assert registration.participant is None

    def test_anonymous_post_is_sent_to_login(self, client, quota, coordinator):
        registration = self.invite(quota, coordinator)
        url = reverse("mobilities:invitation", args=[registration.invitation_token])
        response = client.post(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]

    def test_unknown_or_cancelled_invitation_is_a_translated_404(
        self, client, quota, coordinator
    ):
        response = client.get("/en/mobilities/invitations/no-such-token/")
        assert response.status_code == 404
        assert "This invitation is no longer valid" in response.content.decode()
        registration = self.invite(quota, coordinator)
        services.registration_cancel(registration=registration, actor=coordinator)
        url = reverse("mobilities:invitation", args=[registration.invitation_token])
        assert client.get(url).status_code == 404
        client.force_login(UserFactory())
        assert client.post(url).status_code == 404
        with pytest.raises(ValidationError):
            services.registration_claim_invitation(token="", user=UserFactory())

    def test_coordinator_sees_the_invited_colleague(self, client, quota, coordinator):
        self.invite(quota, coordinator)
        client.force_login(coordinator)
        html = client.get(event_url(quota.mobility)).content.decode()
        assert "Ana García" in html
        assert "status-badge--registration-invited" in html
