"""Membership claims: a member belongs to a school only once its network's coordinator
approves; at sign-up, in the profile, approved, declined, withdrawn; who may decide."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError

from network.models import ClaimStatus, OrganisationClaim, User
from network.services import accounts as services
from network.tests.factories import (
    OrganisationClaimFactory,
    OrganisationFactory,
    PartnerFactory,
    UserFactory,
    slugs,
)
from siehub.models import Notification

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
EDIT_URL = "/en/my/profile/edit/"


@pytest.fixture
def partner():
    return PartnerFactory(name="Centre for Educational Integration", country="BG")


@pytest.fixture
def coordinator(partner):
    user = UserFactory(first_name="Petya", preferred_language="bg")
    partner.coordinators.add(user)
    return user


@pytest.fixture
def school(partner):
    return OrganisationFactory(
        name="OU Hristo Botev", partner=partner, country="BG", city="Sofia"
    )


def signup_data(**overrides):
    data = {
        "first_name": "Elena",
        "last_name": "Georgieva",
        "email": "elena@example.org",
        "position": "teacher",
        "country": "BG",
        "preferred_language": "en",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


def profile_data(**overrides):
    data = {
        "first_name": "Ana",
        "last_name": "Stojanovska",
        "organisation": "",
        "position": "teacher",
        "country": "MK",
        "preferred_language": "en",
        "bio": "",
    }
    data.update(overrides)
    return data


def approve_url(claim):
    return f"/en/my/network/claims/{claim.pk}/approve/"


def decline_url(claim):
    return f"/en/my/network/claims/{claim.pk}/decline/"


class TestSignup:
    url = "/en/accounts/signup/"

    def test_sign_up_page_offers_the_schools_of_the_networks(self, client, school):
        OrganisationFactory(name="Not in any network")
        html = client.get(self.url).content.decode()
        assert '<label for="id_organisation">School or organisation</label>' in html
        assert "the coordinator of its partner network confirms" in html
        assert 'aria-describedby="id_organisation_helptext"' in html
        assert '<optgroup label="Bulgaria">' in html
        assert f'<option value="{school.pk}">OU Hristo Botev (Sofia)</option>' in html
        assert "Not in any network" not in html

    def test_choosing_a_school_creates_a_pending_claim_only(
        self, client, school, coordinator, mailoutbox
    ):
        response = client.post(self.url, signup_data(organisation=school.pk))
        assert response.status_code == 302
        user = User.objects.get(email="elena@example.org")
        assert user.organisation is None
        claim = user.organisation_claims.get()
        assert (claim.organisation, claim.status) == (school, ClaimStatus.PENDING)

    def test_coordinators_hear_of_the_claim_once_the_address_is_verified(
        self, client, school, coordinator, mailoutbox
    ):
        client.post(self.url, signup_data(organisation=school.pk))
        # Nobody is told about an address that may not be the member's.
        assert not Notification.objects.filter(kind="network_claim_submitted")
        assert [m.to for m in mailoutbox] == [["elena@example.org"]]
        link = re.search(r"http://testserver(/\S+)", mailoutbox[0].body).group(1)
        client.post(link)
        client.post("/bg/accounts/logout/")
        client.post(link)  # a second use of the link tells nobody again
        told = Notification.objects.get(kind="network_claim_submitted")
        assert told.recipient == coordinator
        assert told.language == "bg"
        assert told.link == "/bg/my/network/members/"
        assert "elena@example.org" in told.body_text
        assert "OU Hristo Botev" in told.body_text
        assert coordinator.email in [m.to[0] for m in mailoutbox]

    def test_a_curator_verifying_the_address_in_admin_announces_the_claim(
        self, client, school, coordinator
    ):
        client.post(self.url, signup_data(organisation=school.pk))
        address = EmailAddress.objects.get(email="elena@example.org")
        client.force_login(UserFactory(is_staff=True, is_superuser=True))
        client.post(
            "/en/admin/account/emailaddress/",
            {"action": "make_verified", "_selected_action": [address.pk]},
        )
        assert (
            Notification.objects.filter(
                kind="network_claim_submitted", recipient=coordinator
            ).count()
            == 1
        )
        # The welcome, too, follows any verification, not only the link's.
        assert Notification.objects.filter(kind="welcome").count() == 1

    def test_no_school_is_fine(self, client, school):
        response = client.post(self.url, signup_data())
        assert response.status_code == 302
        assert not OrganisationClaim.objects.exists()

    def test_an_organisation_outside_the_networks_is_refused(self, client):
        lonely = OrganisationFactory()
        response = client.post(self.url, signup_data(organisation=lonely.pk))
        assert response.status_code == 400
        assert "organisation" in response.context["form"].errors
        assert not User.objects.exists()

    @pytest.mark.parametrize("value", ["999999", "abc", "1 OR 1=1"])
    def test_unknown_organisation_is_refused(self, client, value):
        response = client.post(self.url, signup_data(organisation=value))
        assert response.status_code == 400
        assert not User.objects.exists()


class TestProfile:
    def test_choosing_an_organisation_asks_its_coordinator(
        self, member_client, member, school, coordinator
    ):
        response = member_client.post(EDIT_URL, profile_data(organisation=school.pk))
        assert response.status_code == 302
        member.refresh_from_db()
        assert member.organisation is None
        assert member.organisation_claims.get().organisation == school
        assert Notification.objects.filter(
            kind="network_claim_submitted", recipient=coordinator
        ).exists()
        html = member_client.get("/en/my/profile/").content.decode()
        assert (
            "Waiting for approval by the coordinator of "
            "Centre for Educational Integration" in html
        )
        claim = member.organisation_claims.get()
        assert f'action="/en/my/profile/claims/{claim.pk}/withdraw/"' in html

    def test_form_shows_the_pending_choice_and_saving_again_keeps_it(
        self, member_client, member, school, coordinator
    ):
        member_client.post(EDIT_URL, profile_data(organisation=school.pk))
        form = member_client.get(EDIT_URL).context["form"]
        assert form["organisation"].value() == str(school.pk)
        member_client.post(EDIT_URL, profile_data(organisation=school.pk, bio="Hi"))
        claim = member.organisation_claims.get()
        assert claim.status == ClaimStatus.PENDING
        assert Notification.objects.filter(kind="network_claim_submitted").count() == 1

    def test_another_choice_replaces_the_pending_claim(
        self, member_client, member, school, partner
    ):
        other = OrganisationFactory(partner=partner)
        member_client.post(EDIT_URL, profile_data(organisation=school.pk))
        member_client.post(EDIT_URL, profile_data(organisation=other.pk))
        claims = {c.organisation: c.status for c in member.organisation_claims.all()}
        assert claims == {school: ClaimStatus.WITHDRAWN, other: ClaimStatus.PENDING}

    def test_choosing_the_current_organisation_withdraws_the_claim(
        self, member_client, member, school, partner
    ):
        member.organisation = school
        member.save()
        other = OrganisationFactory(partner=partner)
        member_client.post(EDIT_URL, profile_data(organisation=other.pk))
        member_client.post(EDIT_URL, profile_data(organisation=school.pk))
        member.refresh_from_db()
        assert member.organisation == school
        assert not OrganisationClaim.objects.pending().exists()

    def test_choosing_none_leaves_the_organisation(self, member_client, member, school):
        member.organisation = school
        member.save()
        member_client.post(EDIT_URL, profile_data(organisation=""))
        member.refresh_from_db()
        assert member.organisation is None

    def test_partner_itself_can_be_claimed(self, member_client, member, partner):
        member_client.post(EDIT_URL, profile_data(organisation=partner.pk))
        assert member.organisation_claims.get().organisation == partner

    def test_member_withdraws_their_claim(self, member_client, member, school):
        claim = OrganisationClaimFactory(user=member, organisation=school)
        assert (
            member_client.get(f"/en/my/profile/claims/{claim.pk}/withdraw/").status_code
            == 405
        )
        response = member_client.post(f"/en/my/profile/claims/{claim.pk}/withdraw/")
        assert response.status_code == 302
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.WITHDRAWN
        assert claim.decided_at is not None
        html = member_client.get("/en/my/profile/").content.decode()
        assert "Waiting for approval" not in html

    def test_claim_of_another_member_cannot_be_withdrawn(self, member_client, school):
        claim = OrganisationClaimFactory(organisation=school)
        response = member_client.post(f"/en/my/profile/claims/{claim.pk}/withdraw/")
        assert response.status_code == 404
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.PENDING

    def test_expertise_languages_and_contact_are_saved_as_slugs(
        self, member_client, member
    ):
        response = member_client.post(
            EDIT_URL,
            profile_data(
                expertise_areas=["teachers", "school-governance"],
                languages=["rom", "mk"],
            ),
        )
        assert response.status_code == 302
        member.refresh_from_db()
        # Stored in the order of the vocabulary, whatever the order posted.
        assert slugs(member.expertise_areas) == ["school-governance", "teachers"]
        assert member.languages == ["mk", "rom"]
        assert member.allow_contact is False  # an unticked checkbox
        html = member_client.get("/en/my/profile/").content.decode()
        assert "School governance, Teachers" in html
        assert "Macedonian, Romani" in html

    def test_form_renders_the_choices_as_checkbox_groups(self, member_client):
        html = member_client.get(EDIT_URL).content.decode()
        assert "<legend>Expertise areas</legend>" in html
        assert "<legend>Languages I work in</legend>" in html
        assert 'name="allow_contact"' in html

    def test_unknown_choices_are_refused(self, member_client, member):
        response = member_client.post(
            EDIT_URL,
            profile_data(expertise_areas=["magic"], languages=["xx"], bio="Kept"),
        )
        assert response.status_code == 400
        assert set(response.context["form"].errors) == {"expertise_areas", "languages"}
        assert "Kept" in response.content.decode()
        member.refresh_from_db()
        assert slugs(member.expertise_areas) == []

    def test_organisation_outside_the_networks_is_refused(self, member_client):
        response = member_client.post(
            EDIT_URL, profile_data(organisation=OrganisationFactory().pk)
        )
        assert response.status_code == 400


class TestDecisions:
    def test_coordinator_approves_and_the_member_is_told(
        self, client, coordinator, school, mailoutbox
    ):
        member = UserFactory(preferred_language="es")
        claim = services.claim_create(user=member, organisation=school)
        client.force_login(coordinator)
        response = client.post(
            approve_url(claim), {f"claim-{claim.pk}-note": "Welcome!"}
        )
        assert response.status_code == 302
        assert response["Location"] == "/en/my/network/members/"
        member.refresh_from_db()
        assert member.organisation == school
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.APPROVED
        assert claim.decided_by == coordinator
        assert claim.decided_at is not None
        told = Notification.objects.get(kind="network_claim_approved")
        assert (told.recipient, told.language) == (member, "es")
        assert told.link == "/es/my/profile/"
        assert "Welcome!" in told.body_text
        assert [member.email] in [m.to for m in mailoutbox]

    def test_decline_mails_the_note(self, client, coordinator, school, mailoutbox):
        member = UserFactory()
        claim = services.claim_create(user=member, organisation=school)
        client.force_login(coordinator)
        response = client.post(
            decline_url(claim),
            {f"claim-{claim.pk}-note": "You do not work at this school."},
        )
        assert response.status_code == 302
        member.refresh_from_db()
        assert member.organisation is None
        claim.refresh_from_db()
        assert (claim.status, claim.note) == (
            ClaimStatus.DECLINED,
            "You do not work at this school.",
        )
        message = next(m for m in mailoutbox if m.to == [member.email])
        assert "You do not work at this school." in message.body
        assert "OU Hristo Botev" in message.subject

    def test_coordinator_of_another_network_gets_404(self, client, school):
        claim = OrganisationClaimFactory(organisation=school)
        stranger = UserFactory()
        PartnerFactory().coordinators.add(stranger)
        client.force_login(stranger)
        assert client.post(approve_url(claim)).status_code == 404
        assert client.post(decline_url(claim)).status_code == 404
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.PENDING
        assert claim.user.organisation is None

    def test_plain_member_gets_404(self, member_client, school):
        claim = OrganisationClaimFactory(organisation=school)
        assert member_client.post(approve_url(claim)).status_code == 404

    def test_anonymous_is_sent_to_login(self, client, school):
        claim = OrganisationClaimFactory(organisation=school)
        response = client.post(approve_url(claim))
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")

    def test_decisions_are_post_only(self, client, coordinator, school):
        claim = OrganisationClaimFactory(organisation=school)
        client.force_login(coordinator)
        assert client.get(approve_url(claim)).status_code == 405

    def test_double_approve_is_refused(self, client, coordinator, school):
        claim = OrganisationClaimFactory(organisation=school)
        client.force_login(coordinator)
        client.post(approve_url(claim))
        response = client.post(approve_url(claim))
        assert response.status_code == 400
        assert "already been decided" in response.content.decode()
        assert Notification.objects.filter(kind="network_claim_approved").count() == 1
        response = client.post(decline_url(claim))
        assert response.status_code == 400
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.APPROVED

    def test_oversized_note_is_a_400_and_keeps_the_text(
        self, client, coordinator, school
    ):
        claim = OrganisationClaimFactory(organisation=school)
        client.force_login(coordinator)
        note = "Please tell me more. " * 60
        response = client.post(approve_url(claim), {f"claim-{claim.pk}-note": note})
        assert response.status_code == 400
        assert "Please tell me more." in response.content.decode()
        assert "error-summary" in response.content.decode()
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.PENDING

    def test_coordinator_of_the_school_itself_may_decide(self, client, school):
        head = UserFactory()
        school.coordinators.add(head)
        claim = OrganisationClaimFactory(organisation=school)
        client.force_login(head)
        assert client.post(approve_url(claim)).status_code == 302
        claim.user.refresh_from_db()
        assert claim.user.organisation == school


class TestServices:
    def test_only_a_network_coordinator_or_allowed_staff_decides(self, school):
        claim = OrganisationClaimFactory(organisation=school)
        with pytest.raises(PermissionDenied):
            services.claim_approve(claim=claim, coordinator=UserFactory())
        with pytest.raises(PermissionDenied):
            services.claim_approve(claim=claim, coordinator=UserFactory(is_staff=True))
        staff = UserFactory(is_staff=True)
        staff.user_permissions.add(
            Permission.objects.get(codename="change_organisationclaim")
        )
        staff = User.objects.get(pk=staff.pk)  # a fresh permission cache
        services.claim_approve(claim=claim, coordinator=staff)
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.APPROVED

    def test_a_decided_claim_cannot_be_decided_again(self, coordinator, school):
        claim = OrganisationClaimFactory(organisation=school)
        services.claim_decline(claim=claim, coordinator=coordinator, note="No")
        with pytest.raises(ValidationError):
            services.claim_approve(claim=claim, coordinator=coordinator)
        with pytest.raises(ValidationError):
            services.claim_withdraw(claim=claim, user=claim.user)

    def test_claim_to_an_organisation_outside_the_networks_is_refused(self, member):
        with pytest.raises(ValidationError):
            services.claim_create(user=member, organisation=OrganisationFactory())

    def test_claim_to_the_current_organisation_is_a_no_op(self, member, school):
        member.organisation = school
        member.save()
        assert services.claim_create(user=member, organisation=school) is None
        assert not OrganisationClaim.objects.exists()

    def test_one_pending_claim_per_member(self, school):
        claim = OrganisationClaimFactory(organisation=school)
        with pytest.raises(IntegrityError):
            OrganisationClaim.objects.create(user=claim.user, organisation=school)

    def test_claimant_who_coordinates_is_not_mailed_about_their_own_claim(
        self, coordinator, school
    ):
        services.claim_create(user=coordinator, organisation=school)
        assert not Notification.objects.filter(kind="network_claim_submitted").exists()

    def test_inactive_coordinators_are_not_mailed(self, coordinator, school):
        coordinator.is_active = False
        coordinator.save()
        services.claim_create(user=UserFactory(), organisation=school)
        assert not Notification.objects.filter(kind="network_claim_submitted").exists()


def test_verified_address_is_not_needed_to_claim(client, school):
    """A claim made at sign-up waits like any other; the address is verified later."""
    client.post("/en/accounts/signup/", signup_data(organisation=school.pk))
    assert not EmailAddress.objects.get(email="elena@example.org").verified
    assert OrganisationClaim.objects.pending().count() == 1
