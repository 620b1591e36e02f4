"""A member's own profile: view, edit, language; organisations and their invariants."""

import io
import re

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from network.models import Organisation, User
from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory
from siehub.models import Page

pytestmark = pytest.mark.django_db

EDIT_URL = "/en/my/profile/edit/"


def profile_data(**overrides):
    data = {
        "first_name": "Ana",
        "last_name": "Stojanovska",
        "organisation": "",
        "position": "counsellor",
        "country": "MK",
        "preferred_language": "en",
        "bio": "Pedagogue in Bitola.",
        "public_profile": "on",
    }
    data.update(overrides)
    return data


def test_anonymous_visitor_is_sent_to_login(client):
    for url in ("/en/my/profile/", EDIT_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/en/accounts/login/?next={url}"


def test_member_sees_own_profile(member_client, member):
    html = member_client.get("/en/my/profile/").content.decode()
    assert member.email in html
    assert member.get_full_name() in html


def test_member_edits_profile(member_client, member):
    school = OrganisationFactory(partner=PartnerFactory())
    response = member_client.post(EDIT_URL, profile_data(organisation=school.pk))
    assert response.status_code == 302
    assert response["Location"] == "/en/my/profile/"
    member.refresh_from_db()
    assert (member.position, member.public_profile) == ("counsellor", True)
    assert member.bio == "Pedagogue in Bitola."
    # The organisation waits for its coordinator's approval (network/tests/test_claims.py).
    assert member.organisation is None
    assert member.organisation_claims.get().organisation == school


def test_new_preferred_language_takes_effect_at_once(member_client, member):
    response = member_client.post(EDIT_URL, profile_data(preferred_language="es"))
    assert response["Location"] == "/es/my/profile/"
    page = member_client.get(response["Location"])
    assert '<html lang="es">' in page.content.decode()


def test_invalid_edit_is_a_400_and_keeps_what_was_typed(member_client, member):
    response = member_client.post(
        EDIT_URL, profile_data(first_name="", bio="Written with care", country="QQ")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Written with care" in html
    assert "error-summary" in html
    assert set(response.context["form"].errors) == {"first_name", "country"}
    member.refresh_from_db()
    assert member.bio == ""


def test_workflow_fields_cannot_be_posted(member_client, member):
    member_client.post(
        EDIT_URL, profile_data(is_staff="on", is_superuser="on", email="x@evil.example")
    )
    member.refresh_from_db()
    assert not member.is_staff and not member.is_superuser
    assert member.email != "x@evil.example"


def test_unknown_organisation_is_refused(member_client):
    response = member_client.post(EDIT_URL, profile_data(organisation=999999))
    assert response.status_code == 400


def test_oversized_bio_is_refused(member_client):
    response = member_client.post(EDIT_URL, profile_data(bio="x" * 2001))
    assert response.status_code == 400


def test_organisation_page_and_unknown_slug(client):
    partner = PartnerFactory(name="Partner of Sofia")
    school = OrganisationFactory(partner=partner, education_levels=["isced-1"])
    html = client.get(f"/en/organisations/{school.slug}/").content.decode()
    assert school.name in html
    assert "Partner of Sofia" in html
    assert "Primary education (ISCED 1)" in html
    assert client.get("/en/organisations/no-such-school/").status_code == 404


def test_a_partner_belongs_to_no_other_network():
    first, second = PartnerFactory(), PartnerFactory()
    with pytest.raises(IntegrityError):
        Organisation.objects.filter(pk=first.pk).update(partner=second)


def test_vulnerable_share_is_a_percentage():
    school = OrganisationFactory()
    with pytest.raises(IntegrityError):
        Organisation.objects.filter(pk=school.pk).update(vulnerable_share=140)


def test_email_must_not_be_empty():
    with pytest.raises(IntegrityError):
        User.objects.create(email="")


class TestSeedDemo:
    def test_creates_partners_schools_and_demo_accounts(self, client):
        out = io.StringIO()
        call_command("seed_demo", force=True, stdout=out)
        assert Organisation.objects.partners().count() == 3
        assert Organisation.objects.filter(partner__isnull=False).count() == 9
        assert set(
            Organisation.objects.partners().values_list("country", flat=True)
        ) == {"MK", "BG", "ES"}
        for email in (
            "teacher@demo.siehub.eu",
            "partner@demo.siehub.eu",
            "curator@demo.siehub.eu",
        ):
            assert email in out.getvalue()
            response = client.post(
                "/en/accounts/login/", {"login": email, "password": "siehub-demo-2026"}
            )
            assert response.status_code == 302, email
            client.post("/en/accounts/logout/")
        curator = User.objects.get(email="curator@demo.siehub.eu")
        assert curator.is_staff and curator.is_superuser
        coordinator = User.objects.get(email="partner@demo.siehub.eu")
        assert coordinator.coordinated_organisations.get().is_partner
        assert not User.objects.get(email="teacher@demo.siehub.eu").is_staff

    def test_prints_every_demo_account_of_the_readme_and_each_logs_in(self, client):
        readme = (settings.BASE_DIR / "README.md").read_text()
        table = readme[readme.index("### Demo accounts") :]
        table = table[: table.index("\n\n", table.index("| --- |"))]
        emails = re.findall(r"`([\w.]+@demo\.siehub\.eu)`", table)
        assert len(emails) == 6
        out = io.StringIO()
        call_command("seed_demo", force=True, stdout=out)
        printed = re.findall(r"[\w.]+@demo\.siehub\.eu", out.getvalue())
        assert printed == emails
        for email in emails:
            response = client.post(
                "/en/accounts/login/", {"login": email, "password": "siehub-demo-2026"}
            )
            assert response.status_code == 302, email
            client.post("/en/accounts/logout/")

    def test_is_idempotent(self):
        call_command("seed_demo", force=True, stdout=io.StringIO())
        counts = (Organisation.objects.count(), User.objects.count())
        call_command("seed_demo", force=True, stdout=io.StringIO())
        assert (Organisation.objects.count(), User.objects.count()) == counts

    def test_refuses_to_publish_demo_passwords_in_production(self, settings):
        settings.DEBUG = False
        with pytest.raises(CommandError):
            call_command("seed_demo", stdout=io.StringIO())
        assert not User.objects.exists()


def test_admin_lists_organisations_and_members(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    PartnerFactory.create_batch(3)
    client.force_login(admin)
    for url in (
        "/en/admin/network/organisation/",
        "/en/admin/network/user/",
        "/en/admin/siehub/page/",
        "/en/admin/siehub/notification/",
        "/en/admin/network/organisation/add/",
        # Its number depends on whether the pages were put back after a flush.
        f"/en/admin/siehub/page/{Page.objects.get(slug='about').pk}/change/",
    ):
        assert client.get(url).status_code == 200, url


def test_admin_is_closed_to_members(member_client):
    response = member_client.get("/en/admin/network/organisation/")
    assert response.status_code == 302
