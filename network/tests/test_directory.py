"""The directories of organisations and members: order, filters, visibility, queries."""

import re

import pytest
from django.db import connection
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from conftest import warm_site_cache
from inventory.models import Status
from inventory.tests.factories import (
    AdaptationFactory,
    PracticeFactory,
    PublishedPracticeFactory,
)
from network.models import (
    Community,
    Membership,
    Organisation,
    OrganisationKind,
    Position,
    User,
)
from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

ORGANISATIONS = "/en/organisations/"
MEMBERS = "/en/members/"


def card_titles(response):
    """The names on the cards of a directory page, in order."""
    html = response.content.decode()
    return re.findall(r'class="directory-card__title"><a [^>]*>(.*?)</a>', html)


def listed_member(**kwargs):
    return UserFactory(public_profile=True, **kwargs)


def published_adaptation(**kwargs):
    return AdaptationFactory(
        status=Status.PUBLISHED, published_at=timezone.now(), **kwargs
    )


@pytest.fixture
def partners():
    return [
        PartnerFactory(name="Centre Sofia", slug="centre", country="BG", city="Sofia"),
        PartnerFactory(name="Akcija Bitola", slug="akcija", country="MK"),
        PartnerFactory(
            name="San Carlos", slug="san-carlos", country="ES", city="Madrid"
        ),
    ]


# Organisations ---------------------------------------------------------------------------


class TestOrganisationList:
    def test_partners_on_top_then_each_network_by_name(self, client, partners):
        sofia, bitola, madrid = partners
        OrganisationFactory(name="Zebra school", partner=bitola)
        OrganisationFactory(name="Alpha school", partner=bitola)
        OrganisationFactory(name="Beta school", partner=sofia, country="BG")
        OrganisationFactory(name="Gamma school", partner=madrid, country="ES")
        OrganisationFactory(name="Independent school", partner=None)
        response = client.get(ORGANISATIONS)
        assert response.status_code == 200
        assert card_titles(response) == [
            # The partners' cards, then the networks in the partners' order.
            "Akcija Bitola",
            "Centre Sofia",
            "San Carlos",
            "Alpha school",
            "Zebra school",
            "Beta school",
            "Gamma school",
            "Independent school",
        ]
        html = response.content.decode()
        assert "Network of Akcija Bitola" in html
        assert "Other organisations" in html

    def test_partners_are_listed_among_the_results_when_filtering(
        self, client, partners
    ):
        sofia, bitola, _madrid = partners
        OrganisationFactory(name="School in Bitola", partner=bitola)
        OrganisationFactory(name="School in Sofia", partner=sofia, country="BG")
        response = client.get(ORGANISATIONS + "?country=MK")
        assert card_titles(response) == ["Akcija Bitola", "School in Bitola"]
        assert "Project partners" not in response.content.decode()

    def test_partner_cards_only_on_the_first_page(self, client, partners):
        OrganisationFactory.create_batch(30, partner=partners[0])
        first = client.get(ORGANISATIONS)
        second = client.get(ORGANISATIONS + "?page=2")
        assert len(card_titles(first)) == 3 + 24
        assert card_titles(second)[:1] != ["Akcija Bitola"]
        assert len(card_titles(second)) == 6
        assert "Project partners" not in second.content.decode()

    def test_filters_by_country(self, client):
        OrganisationFactory(name="Macedonian", country="MK")
        OrganisationFactory(name="Spanish", country="ES")
        assert card_titles(client.get(ORGANISATIONS + "?country=ES")) == ["Spanish"]

    def test_filters_by_kind(self, client):
        OrganisationFactory(name="A school")
        OrganisationFactory(name="A ministry", kind=OrganisationKind.PUBLIC_AUTHORITY)
        response = client.get(ORGANISATIONS + "?kind=public-authority")
        assert card_titles(response) == ["A ministry"]

    def test_filters_by_education_level(self, client):
        OrganisationFactory(name="Primary", education_levels=["isced-1"])
        OrganisationFactory(name="Both", education_levels=["isced-1", "isced-2"])
        OrganisationFactory(name="Kindergarten", education_levels=["isced-0"])
        OrganisationFactory(name="Unknown")
        response = client.get(ORGANISATIONS + "?level=isced-1")
        assert card_titles(response) == ["Both", "Primary"]

    def test_filters_by_partner_network_including_the_partner(self, client, partners):
        sofia, bitola, _madrid = partners
        OrganisationFactory(name="Sofia school", partner=sofia, country="BG")
        OrganisationFactory(name="Bitola school", partner=bitola)
        response = client.get(ORGANISATIONS + "?network=centre")
        assert card_titles(response) == ["Centre Sofia", "Sofia school"]

    def test_searches_names_and_cities_word_by_word(self, client):
        OrganisationFactory(name="Primary school Goce Delcev", city="Bitola")
        OrganisationFactory(name="Primary school Kiril", city="Prilep")
        OrganisationFactory(name="Gymnasium", city="Bitola")
        assert card_titles(client.get(ORGANISATIONS + "?q=bitola")) == [
            "Gymnasium",
            "Primary school Goce Delcev",
        ]
        assert card_titles(client.get(ORGANISATIONS + "?q=PRIMARY+bitola")) == [
            "Primary school Goce Delcev"
        ]
        # A percent sign or an underscore is a character to find, not a wildcard.
        assert card_titles(client.get(ORGANISATIONS + "?q=%25")) == []
        assert card_titles(client.get(ORGANISATIONS + "?q=_")) == []

    def test_filters_combine(self, client, partners):
        OrganisationFactory(
            name="Match", partner=partners[1], education_levels=["isced-2"]
        )
        OrganisationFactory(name="Other level", partner=partners[1])
        OrganisationFactory(name="Other country", country="ES")
        response = client.get(ORGANISATIONS + "?country=MK&kind=school&level=isced-2")
        assert card_titles(response) == ["Match"]

    @pytest.mark.parametrize(
        "query",
        [
            "?country=XX",
            "?kind=castle",
            "?level=isced-9",
            "?network=no-such-partner",
            "?network=school-that-is-not-a-partner",
            "?page=abc",
            "?page=9999",
            "?q=" + "x" * 5000,
            "?q=%00",
            "?country=MK&country=<script>",
            "?unknown=1",
        ],
    )
    def test_invalid_query_strings_never_fail(self, client, query):
        OrganisationFactory(slug="school-that-is-not-a-partner")
        response = client.get(ORGANISATIONS + query)
        assert response.status_code == 200

    def test_invalid_filter_is_ignored_with_a_note(self, client):
        OrganisationFactory(name="Still listed", country="MK")
        OrganisationFactory(name="Filtered out", country="ES")
        response = client.get(ORGANISATIONS + "?country=XX&kind=school&q=listed")
        assert card_titles(response) == ["Still listed"]
        assert "have been ignored" in response.content.decode()
        assert response.context["ignored"] == ["country"]

    def test_empty_result_offers_to_clear_the_filters(self, client):
        OrganisationFactory(country="MK")
        html = client.get(
            ORGANISATIONS + "?country=MK&kind=university"
        ).content.decode()
        assert "No organisation matches" in html
        assert 'href="/en/organisations/">Clear all filters' in html

    def test_pagination_keeps_the_filters(self, client):
        OrganisationFactory.create_batch(30, country="BG")
        html = client.get(ORGANISATIONS + "?country=BG").content.decode()
        assert 'href="?country=BG&amp;page=2"' in html

    def test_works_without_javascript(self, client):
        html = client.get(ORGANISATIONS).content.decode()
        assert '<form class="search-form" method="get"' in html
        assert 'type="submit" class="button">Apply filters' in html

    def test_filters_fold_and_say_how_many_are_applied(self, client):
        html = client.get(ORGANISATIONS + "?q=school").content.decode()
        assert '<details class="filters" id="filters"' in html
        assert "filter applied" not in html  # the search box is not one of them
        OrganisationFactory(country="BG")
        html = client.get(ORGANISATIONS + "?country=BG&kind=school").content.decode()
        assert (
            '<span class="count-badge">2<span class="visually-hidden"> filters applied'
            in html
        )

    def test_query_count_does_not_grow_with_organisations(
        self, client, partners, django_assert_max_num_queries, django_assert_num_queries
    ):
        OrganisationFactory(partner=partners[0], education_levels=["isced-1"])
        warm_site_cache()
        with django_assert_max_num_queries(10) as few:
            client.get(ORGANISATIONS)
        with django_assert_max_num_queries(10) as few_filtered:
            client.get(ORGANISATIONS + "?network=centre&q=school")
        for partner in partners:
            OrganisationFactory.create_batch(5, partner=partner, logo="logos/a.png")
        with django_assert_num_queries(len(few.captured_queries)):
            assert len(card_titles(client.get(ORGANISATIONS))) == 3 + 16
        with django_assert_num_queries(len(few_filtered.captured_queries)):
            client.get(ORGANISATIONS + "?network=centre&q=school")


class TestOrganisationDetail:
    def test_shows_contact_details_partner_network_and_logo(self, client, partners):
        school = OrganisationFactory(
            name="OU Goce Delcev",
            partner=partners[1],
            address="Ul. Partizanska 1",
            website="https://school.example.org/",
            email="office@school.example.org",
            phone="+389 47 123 456",
            logo="organisations/logos/goce.png",
            education_levels=["isced-1"],
        )
        html = client.get(school.get_absolute_url()).content.decode()
        assert "Ul. Partizanska 1" in html
        assert 'href="https://school.example.org/"' in html
        # The organisation's own contact details are public; its members' are not.
        assert 'href="mailto:office@school.example.org"' in html
        assert 'href="tel:+38947123456"' in html
        assert 'href="/en/organisations/akcija/">Akcija Bitola</a>' in html
        assert 'src="/media/organisations/logos/goce.png"' in html
        assert "Primary education (ISCED 1)" in html

    def test_description_falls_back_to_its_original_language_with_a_note(self, client):
        school = OrganisationFactory(
            original_language="mk", description_mk="Училиште во Битола."
        )
        html = client.get(school.get_absolute_url()).content.decode()
        assert '<div class="prose" lang="mk"><p>Училиште во Битола.</p></div>' in html
        assert "Not yet translated: shown in" in html

    def test_description_in_the_visitors_language_has_no_note(self, client):
        school = OrganisationFactory(
            original_language="mk",
            name_es="Escuela número 1",
            description_mk="Училиште.",
            description_es="Escuela.",
        )
        html = client.get("/es" + school.get_absolute_url()[3:]).content.decode()
        assert "Escuela." in html
        assert "translation-note" not in html

    def test_unknown_slug_is_a_404(self, client):
        assert client.get(ORGANISATIONS + "no-such-school/").status_code == 404

    def test_partner_lists_its_network_and_links_to_the_rest(
        self, client, partners, monkeypatch
    ):
        monkeypatch.setattr("network.views.directory.PAGE_NETWORK", 2)
        sofia = partners[0]
        for name in ("Charlie", "Alpha", "Bravo"):
            OrganisationFactory(name=name, partner=sofia, country="BG")
        OrganisationFactory(name="Not in this network", partner=partners[1])
        html = client.get(sofia.get_absolute_url()).content.decode()
        assert "Alpha" in html and "Bravo" in html
        assert "Charlie" not in html and "Not in this network" not in html
        assert (
            'href="/en/organisations/?network=centre">See all 3 organisations' in html
        )

    def test_shows_published_practices_and_adaptations_only(self, client):
        school = OrganisationFactory()
        PublishedPracticeFactory(organisation=school, title_en="Published practice")
        PracticeFactory(organisation=school, title_en="Draft practice")
        PracticeFactory(
            organisation=school, title_en="Submitted practice", status=Status.SUBMITTED
        )
        published_adaptation(school=school, title_en="Published adaptation")
        AdaptationFactory(school=school, title_en="Draft adaptation")
        html = client.get(school.get_absolute_url()).content.decode()
        assert "Published practice" in html
        assert "Published adaptation" in html
        for hidden in ("Draft practice", "Submitted practice", "Draft adaptation"):
            assert hidden not in html

    def test_caps_practices_and_says_how_many_there_are(self, client):
        school = OrganisationFactory()
        PublishedPracticeFactory.create_batch(12, organisation=school)
        response = client.get(school.get_absolute_url())
        assert len(response.context["practices"]) == 10
        assert "The latest 10 of 12 published practices." in response.content.decode()

    def test_lists_only_members_with_public_profiles_and_never_an_email(self, client):
        school = OrganisationFactory()
        public = listed_member(organisation=school, first_name="Visible")
        private = UserFactory(organisation=school, first_name="Private")
        inactive = UserFactory(
            organisation=school, public_profile=True, is_active=False
        )
        deleted = UserFactory(
            organisation=school, is_active=False, deleted_at=timezone.now()
        )
        PublishedPracticeFactory(organisation=school, author=public)
        html = client.get(school.get_absolute_url()).content.decode()
        assert f'href="{public.get_absolute_url()}">{public.public_name}</a>' in html
        assert private.get_absolute_url() not in html
        assert inactive.get_absolute_url() not in html
        assert deleted.get_absolute_url() not in html
        for user in (public, private, inactive, deleted):
            assert user.email not in html
        assert "@example.org" not in html

    def test_links_to_all_members_when_there_are_more(self, client, monkeypatch):
        monkeypatch.setattr("network.views.directory.PAGE_MEMBERS", 1)
        school = OrganisationFactory(slug="big-school")
        listed_member(organisation=school)
        listed_member(organisation=school)
        html = client.get(school.get_absolute_url()).content.decode()
        assert 'href="/en/members/?organisation=big-school">See all 2 members' in html

    def test_renders_no_mobilities_section_yet(self, client):
        html = client.get(OrganisationFactory().get_absolute_url()).content.decode()
        assert 'id="organisation-mobilities"' not in html

    def test_query_count_does_not_grow_with_items(
        self, client, partners, django_assert_max_num_queries, django_assert_num_queries
    ):
        partner = partners[0]
        school = OrganisationFactory(partner=partner)
        PublishedPracticeFactory(organisation=partner)
        published_adaptation(school=partner)
        listed_member(organisation=partner)
        warm_site_cache()
        with django_assert_max_num_queries(15) as few:
            client.get(partner.get_absolute_url())
        with django_assert_max_num_queries(15) as few_school:
            client.get(school.get_absolute_url())
        OrganisationFactory.create_batch(14, partner=partner)
        PublishedPracticeFactory.create_batch(14, organisation=partner)
        for _ in range(14):
            published_adaptation(school=partner)
        for _ in range(14):
            listed_member(organisation=partner)
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(partner.get_absolute_url())
        assert len(response.context["members"]) == 15
        assert len(response.context["network"]) == 15
        with django_assert_num_queries(len(few_school.captured_queries)):
            client.get(school.get_absolute_url())


# Members ---------------------------------------------------------------------------------


class TestMemberList:
    def test_lists_only_members_with_a_public_profile(self, client):
        listed_member(first_name="Public")
        UserFactory(first_name="Private")
        UserFactory(first_name="Inactive", public_profile=True, is_active=False)
        UserFactory(first_name="Deleted", is_active=False, deleted_at=timezone.now())
        response = client.get(MEMBERS)
        assert response.status_code == 200
        names = card_titles(response)
        assert len(names) == 1 and names[0].startswith("Public ")

    def test_never_shows_an_email_address(self, client):
        members = [listed_member() for _ in range(3)]
        client.force_login(members[0])
        html = client.get(MEMBERS).content.decode()
        for member in members:
            assert member.email not in html
        assert "@example.org" not in html

    def test_card_shows_name_position_organisation_country_expertise(self, client):
        school = OrganisationFactory(name="OU Kiril")
        listed_member(
            first_name="Elena",
            last_name="Ivanova",
            position=Position.COUNSELLOR,
            organisation=school,
            country="BG",
            expertise_areas=["teachers", "support-to-learners"],
        )
        html = client.get(MEMBERS).content.decode()
        assert ">Elena Ivanova</a>" in html
        assert "Pedagogical counsellor or school psychologist" in html
        assert "OU Kiril · Bulgaria" in html
        assert "Teachers, Support to learners" in html

    def test_ordered_by_last_then_first_name(self, client):
        listed_member(first_name="Ana", last_name="Zorova")
        listed_member(first_name="Boris", last_name="Antov")
        listed_member(first_name="Ana", last_name="Antov")
        assert card_titles(client.get(MEMBERS)) == [
            "Ana Antov",
            "Boris Antov",
            "Ana Zorova",
        ]

    def test_filters_by_country(self, client):
        listed_member(first_name="Spanish", country="ES")
        listed_member(first_name="Macedonian", country="MK")
        names = card_titles(client.get(MEMBERS + "?country=ES"))
        assert [name.split()[0] for name in names] == ["Spanish"]

    def test_filters_by_position(self, client):
        listed_member(first_name="Head", position=Position.HEADTEACHER)
        listed_member(first_name="Teacher", position=Position.TEACHER)
        names = card_titles(client.get(MEMBERS + "?position=headteacher"))
        assert [name.split()[0] for name in names] == ["Head"]

    def test_filters_by_expertise_area(self, client):
        listed_member(first_name="Parents", expertise_areas=["parental-involvement"])
        listed_member(
            first_name="Both", expertise_areas=["teachers", "parental-involvement"]
        )
        listed_member(first_name="Teachers", expertise_areas=["teachers"])
        names = card_titles(client.get(MEMBERS + "?expertise=parental-involvement"))
        assert sorted(name.split()[0] for name in names) == ["Both", "Parents"]

    def test_filters_by_language(self, client):
        listed_member(first_name="Romani", languages=["mk", "rom"])
        listed_member(first_name="Macedonian", languages=["mk"])
        names = card_titles(client.get(MEMBERS + "?language=rom"))
        assert [name.split()[0] for name in names] == ["Romani"]

    def test_searches_first_and_last_names(self, client):
        listed_member(first_name="Marija", last_name="Stojanova")
        listed_member(first_name="Stojan", last_name="Petrov")
        listed_member(first_name="Elena", last_name="Ivanova")
        assert card_titles(client.get(MEMBERS + "?q=stojan")) == [
            "Stojan Petrov",
            "Marija Stojanova",
        ]
        assert card_titles(client.get(MEMBERS + "?q=marija+stojanova")) == [
            "Marija Stojanova"
        ]

    def test_search_never_finds_a_private_member(self, client):
        UserFactory(first_name="Hidden", last_name="Person")
        assert card_titles(client.get(MEMBERS + "?q=hidden")) == []

    def test_search_does_not_match_email_addresses(self, client):
        listed_member(email="findme@example.org", first_name="Ana", last_name="B")
        assert card_titles(client.get(MEMBERS + "?q=findme")) == []

    def test_filters_by_organisation_from_its_page(self, client):
        school = OrganisationFactory(name="OU Kiril", slug="ou-kiril")
        listed_member(first_name="Inside", organisation=school)
        listed_member(first_name="Outside")
        response = client.get(MEMBERS + "?organisation=ou-kiril")
        assert [name.split()[0] for name in card_titles(response)] == ["Inside"]
        assert "Members of OU Kiril." in response.content.decode()

    @pytest.mark.parametrize(
        "query",
        [
            "?country=XX",
            "?position=astronaut",
            "?expertise=cooking",
            "?language=klingon",
            "?organisation=no-such-school",
            "?page=abc",
            "?page=9999",
            "?q=" + "x" * 5000,
            "?q=%00",
            "?expertise=%22teachers%22",
        ],
    )
    def test_invalid_query_strings_never_fail(self, client, query):
        listed_member()
        assert client.get(MEMBERS + query).status_code == 200

    def test_invalid_filter_is_ignored_with_a_note(self, client):
        listed_member(first_name="Still", expertise_areas=["teachers"])
        response = client.get(MEMBERS + "?expertise=cooking")
        assert len(card_titles(response)) == 1
        assert "have been ignored" in response.content.decode()

    def test_pagination_keeps_the_filters(self, client):
        for _ in range(30):
            listed_member(country="ES")
        response = client.get(MEMBERS + "?country=ES")
        assert len(card_titles(response)) == 24
        assert 'href="?country=ES&amp;page=2"' in response.content.decode()
        assert len(card_titles(client.get(MEMBERS + "?country=ES&page=2"))) == 6

    def test_unlisted_member_is_invited_to_make_the_profile_public(self, member_client):
        html = member_client.get(MEMBERS).content.decode()
        assert "You are not listed in the directory." in html
        assert 'href="/en/my/profile/edit/"' in html

    def test_query_count_does_not_grow_with_members(
        self, client, django_assert_max_num_queries, django_assert_num_queries
    ):
        listed_member(organisation=OrganisationFactory(), expertise_areas=["teachers"])
        warm_site_cache()
        with django_assert_max_num_queries(8) as few:
            client.get(MEMBERS + "?expertise=teachers&q=marija")
        for _ in range(14):
            listed_member(
                organisation=OrganisationFactory(), expertise_areas=["teachers"]
            )
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(MEMBERS + "?expertise=teachers&q=marija")
        assert len(card_titles(response)) == 15


class TestMemberDetail:
    def test_shows_the_public_profile(self, client):
        school = OrganisationFactory(name="OU Kiril")
        member = listed_member(
            first_name="Elena",
            last_name="Ivanova",
            position=Position.MEDIATOR,
            organisation=school,
            country="BG",
            bio="Mediator for <b>ten</b> years.",
            expertise_areas=["parental-involvement"],
            languages=["bg", "rom"],
        )
        html = client.get(member.get_absolute_url()).content.decode()
        assert "<h1" in html and "Elena Ivanova</h1>" in html
        assert "Roma or community mediator" in html
        assert f'href="{school.get_absolute_url()}">OU Kiril</a>' in html
        assert "Bulgaria" in html
        assert "Mediator for &lt;b&gt;ten&lt;/b&gt; years." in html
        assert "Parental involvement" in html
        assert "Bulgarian, Romani" in html
        assert member.email not in html

    @pytest.mark.parametrize(
        "hidden",
        [
            {"public_profile": False},
            {"public_profile": True, "is_active": False},
            {"public_profile": False, "is_active": False, "deleted_at": "now"},
        ],
    )
    def test_an_unlisted_profile_is_a_404_for_everyone_else(self, client, hidden):
        if hidden.get("deleted_at") == "now":
            hidden["deleted_at"] = timezone.now()
        member = UserFactory(**hidden)
        url = member.get_absolute_url()
        assert client.get(url).status_code == 404
        client.force_login(UserFactory(public_profile=True))
        assert client.get(url).status_code == 404
        client.force_login(UserFactory(is_staff=True))
        assert client.get(url).status_code == 404

    def test_unknown_member_is_a_404(self, client):
        assert client.get(MEMBERS + "999999/").status_code == 404

    def test_member_sees_own_private_profile_as_others_would(
        self, member_client, member
    ):
        member.bio = "My bio"
        member.save()
        response = member_client.get(member.get_absolute_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert "This is how other members see your profile." in html
        assert "Your profile is not public" in html
        assert 'href="/en/my/profile/edit/"' in html
        assert "My bio" in html
        assert member.email not in html
        assert "Write to" not in html  # no form to write to oneself

    def test_own_public_profile_has_the_note_but_not_the_privacy_warning(self, client):
        member = listed_member()
        client.force_login(member)
        html = client.get(member.get_absolute_url()).content.decode()
        assert "This is how other members see your profile." in html
        assert "Your profile is not public" not in html

    def test_shows_published_practices_and_adaptations_only(self, client):
        member = listed_member()
        PublishedPracticeFactory(author=member, title_en="Published practice")
        PracticeFactory(author=member, title_en="Draft practice")
        published_adaptation(author=member, title_en="Published adaptation")
        AdaptationFactory(author=member, title_en="Draft adaptation")
        html = client.get(member.get_absolute_url()).content.decode()
        assert "Published practice" in html and "Published adaptation" in html
        assert "Draft practice" not in html and "Draft adaptation" not in html

    def test_shows_active_communities(self, client):
        try:
            reverse("network:community-detail", kwargs={"slug": "x"})
        except NoReverseMatch:
            pytest.skip(
                "the community page (network:community-detail) is not there yet"
            )
        member = listed_member()
        active = Community.objects.create(name_en="Mediators", slug="mediators")
        closed = Community.objects.create(
            name_en="Old group", slug="old", is_active=False
        )
        Membership.objects.create(community=active, user=member)
        Membership.objects.create(community=closed, user=member)
        html = client.get(member.get_absolute_url()).content.decode()
        assert f'href="{active.get_absolute_url()}">Mediators</a>' in html
        assert "Old group" not in html

    def test_anonymous_visitor_is_invited_to_log_in_to_write(self, client):
        member = listed_member()
        html = client.get(member.get_absolute_url()).content.decode()
        assert f'action="{member.get_absolute_url()}contact/"' not in html
        assert (
            f'href="/en/accounts/login/?next={member.get_absolute_url()}">Log in to write'
            in html
        )

    def test_member_sees_the_contact_form(self, client):
        member = listed_member(first_name="Elena", last_name="Ivanova")
        client.force_login(UserFactory())
        html = client.get(member.get_absolute_url()).content.decode()
        assert f'action="{member.get_absolute_url()}contact/"' in html
        assert "Share my email address with Elena Ivanova" in html

    def test_no_contact_form_for_a_member_who_accepts_no_messages(self, client):
        member = listed_member(allow_contact=False)
        client.force_login(UserFactory())
        html = client.get(member.get_absolute_url()).content.decode()
        assert "contact/" not in html
        assert "does not receive messages" in html

    def test_a_name_is_escaped_in_the_contact_form_help(self, client):
        member = listed_member(first_name="<i>Ana</i>", last_name="B")
        client.force_login(UserFactory())
        html = client.get(member.get_absolute_url()).content.decode()
        assert "<i>Ana</i>" not in html
        assert "&lt;i&gt;Ana&lt;/i&gt; B receives it by email" in html

    def test_query_count_does_not_grow_with_items(
        self, client, django_assert_max_num_queries, django_assert_num_queries
    ):
        member = listed_member(organisation=OrganisationFactory())
        community_page = True
        try:
            reverse("network:community-detail", kwargs={"slug": "x"})
        except NoReverseMatch:
            community_page = False

        def add_items(count):
            for n in range(count):
                PublishedPracticeFactory(author=member)
                published_adaptation(author=member)
                if community_page:
                    community = Community.objects.create(
                        name_en=f"Community {n} {count}", slug=f"c-{n}-{count}"
                    )
                    Membership.objects.create(community=community, user=member)

        add_items(1)
        client.force_login(UserFactory())
        warm_site_cache()
        with django_assert_max_num_queries(15) as few:
            client.get(member.get_absolute_url())
        add_items(14)
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(member.get_absolute_url())
        assert response.context["practice_count"] == 15


# Names and cities are content, in the reader's language ------------------------------


class TestCountryFilters:
    def test_organisations_offer_the_countries_they_are_in(self, client, partners):
        html = client.get(ORGANISATIONS).content.decode()
        select = html[html.index('name="country"') : html.index("</select>")]
        assert re.findall(r'<option value="(\w*)"', select) == ["", "MK", "BG", "ES"]

    def test_members_offer_the_countries_of_listed_members(self, client):
        listed_member(country="BG")
        UserFactory(country="ES")  # no public profile: not a reason to offer Spain
        html = client.get(MEMBERS).content.decode()
        select = html[html.index('name="country"') : html.index("</select>")]
        assert re.findall(r'<option value="(\w*)"', select) == ["", "BG"]


class TestOrganisationNamesInEveryLanguage:
    @pytest.fixture
    def school(self):
        return OrganisationFactory(
            slug="goce-delchev",
            original_language="mk",
            name_en="“Goce Delchev” Primary School",
            name_mk="ООУ „Гоце Делчев“",
            name_bg="",
            city_en="Bitola",
            city_mk="Битола",
            city_bg="Битоля",
        )

    def test_page_shows_the_name_and_city_of_the_readers_language(self, client, school):
        html = client.get("/mk/organisations/goce-delchev/").content.decode()
        assert (
            '<h1 id="organisation-title" class="page-title">ООУ „Гоце Делчев“</h1>'
            in html
        )
        assert "<dd>Битола</dd>" in html
        assert "translation-note" not in html

    def test_a_missing_name_shows_the_original_with_a_note(self, client, school):
        html = client.get("/bg/organisations/goce-delchev/").content.decode()
        assert 'lang="mk">ООУ „Гоце Делчев“</h1>' in html
        assert 'class="translation-note"' in html
        assert "<dd>Битоля</dd>" in html

    @pytest.mark.parametrize("words", ["Гоце", "goce delchev", "Битоля", "bitola"])
    def test_directory_search_finds_the_name_or_city_in_any_language(
        self, client, school, words
    ):
        response = client.get(f"/es/organisations/?q={words}")
        assert card_titles(response) == ["“Goce Delchev” Primary School"]

    def test_directory_sorts_by_the_name_shown(self, client, partners):
        bitola = partners[1]
        OrganisationFactory(name_en="Zebra", name_mk="Алфа", partner=bitola)
        OrganisationFactory(name_en="Alpha", name_mk="", partner=bitola)
        # In Macedonian: "Алфа" and, with no Macedonian name, "Alpha" as shown.
        response = client.get("/mk/organisations/?network=akcija")
        assert card_titles(response)[-2:] == ["Alpha", "Алфа"]


# PostgreSQL: the searches are served by the trigram indexes -----------------------------


def plan(queryset, table: str, indexes: tuple[str, ...]) -> str:
    """PostgreSQL's plan for `queryset` once `table` is analysed and the GIN `indexes`
    have their pending entries merged (what autovacuum does in production)."""
    with connection.cursor() as cursor:
        for index in indexes:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        cursor.execute(f"ANALYZE {table}")
        sql, params = queryset.order_by().query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.postgres
def test_organisation_search_uses_the_trigram_indexes():
    from network.filters import OrganisationFilter, words_in_fields

    Organisation.objects.bulk_create(
        Organisation(name=f"School {n}", slug=f"s-{n}", kind="school", country="MK")
        for n in range(3000)
    )
    fields = OrganisationFilter.search_fields
    indexes = tuple(f"network_org_{field}_trgm" for field in fields)
    queryset = Organisation.objects.filter(words_in_fields("bitola", fields))
    # Eight ORed columns over 3,000 rows: the planner may rightly prefer one scan of
    # the table; what matters is that every column's match can use its index.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    explained = plan(queryset, "network_organisation", indexes)
    for index in indexes:
        assert f"Bitmap Index Scan on {index}" in explained


@pytest.mark.postgres
def test_member_search_uses_the_trigram_indexes():
    from network.filters import words_in_fields

    User.objects.bulk_create(
        User(
            email=f"m{n}@example.org",
            first_name=f"First{n}",
            last_name=f"Last{n}",
            public_profile=True,
        )
        for n in range(3000)
    )
    indexes = ("network_user_first_name_trgm", "network_user_last_name_trgm")
    queryset = User.objects.listed().filter(
        words_in_fields("petrov", ("first_name", "last_name"))
    )
    explained = plan(queryset, "network_user", indexes)
    for index in indexes:
        assert f"Bitmap Index Scan on {index}" in explained
