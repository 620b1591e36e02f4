"""Partner coordinators manage their network on the site: overview, adding and editing
schools, members and claims. A coordinator touches only their own network."""

import pytest

from network.models import Organisation, User
from network.tests.factories import (
    OrganisationClaimFactory,
    OrganisationFactory,
    PartnerFactory,
    UserFactory,
    slugs,
)
from siehub.text import slug_base

pytestmark = pytest.mark.django_db

INDEX = "/en/my/network/"
CREATE = "/en/my/network/organisations/new/"
MEMBERS = "/en/my/network/members/"


def edit_url(organisation, lang="en"):
    return f"/{lang}/my/network/organisations/{organisation.slug}/edit/"


@pytest.fixture
def partner():
    return PartnerFactory(name="Evropsko Gragjanstvo", country="MK", city="Bitola")


@pytest.fixture
def coordinator(partner):
    user = UserFactory(first_name="Vesna")
    partner.coordinators.add(user)
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def school(partner):
    return OrganisationFactory(name="OOU Goce Delchev", partner=partner)


@pytest.fixture
def other_school():
    return OrganisationFactory(name="CEIP Other", partner=PartnerFactory(country="ES"))


def school_data(**overrides):
    data = {
        "name": "ООУ „Гоце Делчев“",
        "kind": "school",
        "country": "MK",
        "city": "Битола",
        "address": "ул. Пеце Матичевски 1",
        "website": "oou-gdelcev.edu.mk",
        "email": "info@oou-gdelcev.edu.mk",
        "phone": "+389 47 000 000",
        "description": "Основно училиште со 600 ученици.",
        "education_levels": ["isced-2", "isced-1"],
        "pupil_count": "600",
        "vulnerable_share": "35",
        "instruction_languages": "Macedonian, Albanian",
    }
    data.update(overrides)
    return data


class TestAccess:
    @pytest.mark.parametrize("url", [INDEX, CREATE, MEMBERS])
    def test_anonymous_is_sent_to_login(self, client, url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/en/accounts/login/?next={url}"

    def test_anonymous_edit_is_sent_to_login(self, client, school):
        response = client.get(edit_url(school))
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")

    @pytest.mark.parametrize("url", [INDEX, CREATE, MEMBERS])
    def test_plain_member_is_forbidden(self, member_client, url):
        assert member_client.get(url).status_code == 403
        assert member_client.post(url, school_data()).status_code in (403, 405)
        assert not Organisation.objects.filter(name=school_data()["name"]).exists()

    def test_plain_member_cannot_edit_a_school(self, member_client, school):
        assert member_client.get(edit_url(school)).status_code == 404
        assert member_client.post(edit_url(school), school_data()).status_code == 404

    def test_coordinator_of_another_network_cannot_edit_the_school(
        self, coordinator_client, other_school
    ):
        assert coordinator_client.get(edit_url(other_school)).status_code == 404
        response = coordinator_client.post(edit_url(other_school), school_data())
        assert response.status_code == 404
        other_school.refresh_from_db()
        assert other_school.name == "CEIP Other"

    def test_coordinator_of_a_single_school_manages_it_but_adds_none(
        self, client, school
    ):
        head = UserFactory()
        school.coordinators.add(head)
        client.force_login(head)
        assert client.get(INDEX).status_code == 200
        assert client.get(edit_url(school)).status_code == 200
        assert client.get(CREATE).status_code == 403
        assert client.post(CREATE, school_data()).status_code == 403


class TestOverview:
    def test_lists_the_network_and_pending_claims(
        self, coordinator_client, partner, school, other_school
    ):
        OrganisationClaimFactory(organisation=school)
        UserFactory(organisation=school)
        response = coordinator_client.get(INDEX)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Evropsko Gragjanstvo" in html
        assert "OOU Goce Delchev" in html
        assert "CEIP Other" not in html
        assert "1 member asks to belong" in html
        rows = {
            o.name: (o.member_count, o.pending_count)
            for o in response.context["organisations"]
        }
        assert rows == {"Evropsko Gragjanstvo": (0, 0), "OOU Goce Delchev": (1, 1)}
        assert f'href="{edit_url(school)}"' in html

    def test_query_count_does_not_grow_with_organisations(
        self, coordinator_client, partner, django_assert_max_num_queries
    ):
        OrganisationFactory(partner=partner)
        with django_assert_max_num_queries(20) as few:
            coordinator_client.get(INDEX)
        for school in OrganisationFactory.create_batch(15, partner=partner):
            UserFactory.create_batch(2, organisation=school)
            OrganisationClaimFactory(organisation=school)
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = coordinator_client.get(INDEX)
        assert len(response.context["organisations"]) == 17


class TestCreate:
    def test_coordinator_adds_a_school_with_a_cyrillic_name(
        self, client, coordinator, partner
    ):
        client.force_login(coordinator)
        other_partner = PartnerFactory()
        page = client.get("/mk/my/network/organisations/new/")
        assert page.status_code == 200
        assert 'name="partner"' not in page.content.decode()
        response = client.post(
            "/mk/my/network/organisations/new/",
            school_data(partner=other_partner.pk, is_partner="on", slug="evil"),
        )
        assert response.status_code == 302
        assert response["Location"] == "/mk/my/network/"
        school = Organisation.objects.get(name_mk="ООУ „Гоце Делчев“")
        assert school.slug == "oou-goce-delchev"
        assert school.partner == partner
        assert not school.is_partner
        assert school.description_mk == "Основно училиште со 600 ученици."
        assert school.original_language == "mk"
        assert slugs(school.education_levels) == ["isced-1", "isced-2"]
        assert (school.pupil_count, school.vulnerable_share) == (600, 35)
        assert school.website == "https://oou-gdelcev.edu.mk"
        assert school in Organisation.objects.managed_by(coordinator)
        assert coordinator not in school.coordinators.all()
        assert client.get(f"/mk/organisations/{school.slug}/").status_code == 200

    def test_same_name_gets_the_next_free_slug(self, coordinator_client):
        coordinator_client.post(CREATE, school_data())
        coordinator_client.post(CREATE, school_data())
        assert set(Organisation.objects.values_list("slug", flat=True)) >= {
            "oou-goce-delchev",
            "oou-goce-delchev-2",
        }

    @pytest.mark.parametrize(
        ("name", "slug"),
        [
            ("ООУ „Гоце Делчев“", "oou-goce-delchev"),
            ("СУ „Христо Ботев“ – София", "su-hristo-botev-sofiya"),
            ("Щастливо училище", "shtastlivo-uchilishte"),
            ("C.E.I.P. San Carlos, Madrid", "ceip-san-carlos-madrid"),
            ("Colegio Educación Ñandú", "colegio-educacion-nandu"),
            ("„“ – ★", "organisation"),
        ],
    )
    def test_slugs_of_names_in_every_script(self, name, slug):
        assert slug_base(name, fallback="organisation") == slug

    def test_bad_input_is_a_400_and_keeps_what_was_typed(self, coordinator_client):
        response = coordinator_client.post(
            CREATE, school_data(name="", vulnerable_share="150", pupil_count="-3")
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert set(form.errors) == {"name", "vulnerable_share", "pupil_count"}
        html = response.content.decode()
        assert "error-summary" in html
        assert 'value="150"' in html
        assert "Основно училиште со 600 ученици." in html
        assert 'value="info@oou-gdelcev.edu.mk"' in html
        assert not Organisation.objects.filter(partner__isnull=False).exists()

    def test_blank_name_and_unknown_choices_are_refused(self, coordinator_client):
        response = coordinator_client.post(
            CREATE,
            school_data(
                name="   ", kind="castle", country="QQ", education_levels=["x"]
            ),
        )
        assert response.status_code == 400
        assert set(response.context["form"].errors) == {
            "name",
            "kind",
            "country",
            "education_levels",
        }

    def test_coordinator_of_two_partners_chooses_among_them_only(
        self, coordinator_client, coordinator, partner
    ):
        second = PartnerFactory(name="Second partner")
        second.coordinators.add(coordinator)
        stranger = PartnerFactory(name="Stranger partner")
        html = coordinator_client.get(CREATE).content.decode()
        assert 'name="partner"' in html
        assert "Second partner" in html
        assert "Stranger partner" not in html
        response = coordinator_client.post(CREATE, school_data(partner=stranger.pk))
        assert response.status_code == 400
        assert "partner" in response.context["form"].errors
        response = coordinator_client.post(CREATE, school_data(partner=second.pk))
        assert response.status_code == 302
        assert Organisation.objects.get(slug="oou-goce-delchev").partner == second


class TestEdit:
    def test_coordinator_edits_a_school_of_their_network(
        self, coordinator_client, school, partner
    ):
        school.description_en = "An English description."
        school.save()
        slug = school.slug
        page = coordinator_client.get(edit_url(school))
        assert page.status_code == 200
        assert "An English description." in page.content.decode()
        response = coordinator_client.post(
            edit_url(school),
            school_data(
                name="OOU Goce Delchev Bitola",
                description="Updated in English.",
                partner=PartnerFactory().pk,
                is_partner="on",
            ),
        )
        assert response.status_code == 302
        school.refresh_from_db()
        assert school.name == "OOU Goce Delchev Bitola"
        assert school.slug == slug  # its address does not change with the name
        assert school.partner == partner
        assert not school.is_partner
        assert school.description_en == "Updated in English."

    def test_edit_in_another_language_keeps_the_others(
        self, coordinator_client, school
    ):
        school.description_en = "In English."
        school.original_language = "en"
        school.save()
        coordinator_client.post(
            edit_url(school, "mk"), school_data(description="На македонски.")
        )
        school.refresh_from_db()
        assert (school.description_en, school.description_mk) == (
            "In English.",
            "На македонски.",
        )
        assert school.original_language == "en"

    def test_coordinator_edits_their_partner_but_not_its_status(
        self, coordinator_client, partner
    ):
        response = coordinator_client.post(
            edit_url(partner), school_data(name="Renamed partner", kind="civil-society")
        )
        assert response.status_code == 302
        partner.refresh_from_db()
        assert partner.name == "Renamed partner"
        assert partner.is_partner and partner.partner is None

    def test_invalid_edit_is_a_400_and_changes_nothing(
        self, coordinator_client, school
    ):
        response = coordinator_client.post(
            edit_url(school), school_data(vulnerable_share="150")
        )
        assert response.status_code == 400
        school.refresh_from_db()
        assert school.name == "OOU Goce Delchev"


class TestMembers:
    def test_shows_only_the_members_of_the_network(
        self, coordinator_client, partner, school, other_school
    ):
        mine = UserFactory(
            first_name="Ana", last_name="Trajkovska", organisation=school
        )
        at_partner = UserFactory(last_name="Partnerova", organisation=partner)
        theirs = UserFactory(last_name="Garcia", organisation=other_school)
        gone = UserFactory(last_name="Former", organisation=school)
        User.objects.filter(pk=gone.pk).update(
            deleted_at="2024-01-01T00:00Z", is_active=False
        )
        claim = OrganisationClaimFactory(organisation=school)
        foreign_claim = OrganisationClaimFactory(organisation=other_school)
        response = coordinator_client.get(MEMBERS)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Ana Trajkovska" in html and mine.email in html
        assert at_partner.email in html
        assert theirs.email not in html and "Garcia" not in html
        assert gone.email not in html
        assert claim.user.email in html
        assert foreign_claim.user.email not in html
        assert f'action="/en/my/network/claims/{claim.pk}/approve/"' in html
        assert f'formaction="/en/my/network/claims/{claim.pk}/decline/"' in html

    def test_filter_by_organisation(self, coordinator_client, partner, school):
        UserFactory(last_name="AtSchool", organisation=school)
        UserFactory(last_name="AtPartner", organisation=partner)
        html = coordinator_client.get(
            f"{MEMBERS}?organisation={school.slug}"
        ).content.decode()
        assert "AtSchool" in html and "AtPartner" not in html
        # An unknown or foreign value shows everyone rather than failing.
        html = coordinator_client.get(f"{MEMBERS}?organisation=nope").content.decode()
        assert "AtSchool" in html and "AtPartner" in html

    def test_query_count_is_constant(
        self, coordinator_client, school, django_assert_max_num_queries
    ):
        UserFactory(organisation=school)
        OrganisationClaimFactory(organisation=school)
        with django_assert_max_num_queries(20) as few:
            coordinator_client.get(MEMBERS)
        UserFactory.create_batch(30, organisation=school)
        for _ in range(10):
            OrganisationClaimFactory(organisation=school)
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = coordinator_client.get(MEMBERS)
        assert len(response.context["members"]) == 31
        assert len(response.context["claims"]) == 11

    def test_members_are_paginated(self, coordinator_client, school):
        UserFactory.create_batch(51, organisation=school)
        response = coordinator_client.get(MEMBERS)
        assert len(response.context["members"]) == 50
        assert 'href="?page=2"' in response.content.decode()
        response = coordinator_client.get(f"{MEMBERS}?page=2")
        assert len(response.context["members"]) == 1
        assert coordinator_client.get(f"{MEMBERS}?page=abc").status_code == 200
