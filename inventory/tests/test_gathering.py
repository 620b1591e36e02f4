"""Members gather published practices into their professional communities; the
community's facilitators take them out again."""

import pytest
from django.core.exceptions import ValidationError

from conftest import warm_site_cache
from inventory.models import GatheredPractice, Status
from inventory.services.gathering import practice_gather
from inventory.tests.factories import PracticeFactory, PublishedPracticeFactory
from network.tests.factories import (
    CommunityFactory,
    FacilitatorFactory,
    MembershipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(db):
    return PublishedPracticeFactory(title_en="Homework club")


@pytest.fixture
def community(db):
    return CommunityFactory(name_en="Roma mediators", slug="roma-mediators")


def gather_url(practice):
    return f"/en/practices/{practice.slug}/gather/"


def remove_url(gathered):
    return f"/en/gathered/{gathered.pk}/remove/"


class TestGathering:
    def test_a_member_gathers_a_practice_into_their_community(
        self, member_client, member, practice, community
    ):
        MembershipFactory(community=community, user=member)
        html = member_client.get(practice.get_absolute_url()).content.decode()
        assert "Gather into a community" in html
        assert f'<option value="{community.pk}">Roma mediators</option>' in html
        response = member_client.post(
            gather_url(practice),
            {"community": community.pk, "note": "  Works with  older pupils "},
        )
        assert response.status_code == 302
        assert response["Location"] == practice.get_absolute_url() + "#gather"
        gathered = GatheredPractice.objects.get()
        assert (gathered.community, gathered.practice, gathered.added_by) == (
            community,
            practice,
            member,
        )
        assert gathered.note == "Works with older pupils"
        page = member_client.get(community.get_absolute_url()).content.decode()
        assert "Homework club" in page and "Works with older pupils" in page
        # Gathered already: the practice page says where, and offers no second time.
        html = member_client.get(practice.get_absolute_url()).content.decode()
        assert "Gathered in:" in html
        assert f'<option value="{community.pk}"' not in html

    def test_gathering_twice_is_a_friendly_message(
        self, member_client, member, practice, community
    ):
        MembershipFactory(community=community, user=member)
        GatheredPractice.objects.create(community=community, practice=practice)
        response = member_client.post(gather_url(practice), {"community": community.pk})
        assert response.status_code == 400
        assert "already gathered in “Roma mediators”" in response.content.decode()
        assert GatheredPractice.objects.count() == 1

    def test_a_non_member_cannot_gather(
        self, member_client, member, practice, community
    ):
        response = member_client.post(gather_url(practice), {"community": community.pk})
        assert response.status_code == 400
        assert not GatheredPractice.objects.exists()
        with pytest.raises(ValidationError, match="Join the community"):
            practice_gather(practice=practice, community=community, user=member)

    def test_only_published_practices_are_gathered(
        self, member_client, member, community
    ):
        MembershipFactory(community=community, user=member)
        draft = PracticeFactory(author=member, status=Status.DRAFT)
        assert (
            member_client.post(
                gather_url(draft), {"community": community.pk}
            ).status_code
            == 404
        )
        with pytest.raises(ValidationError, match="published"):
            practice_gather(practice=draft, community=community, user=member)

    def test_a_closed_community_gathers_nothing(self, member, practice):
        closed = CommunityFactory(is_active=False)
        MembershipFactory(community=closed, user=member)
        with pytest.raises(ValidationError, match="closed"):
            practice_gather(practice=practice, community=closed, user=member)

    def test_a_note_that_is_too_long_answers_400_and_is_kept(
        self, member_client, member, practice, community
    ):
        MembershipFactory(community=community, user=member)
        note = "Why " * 100
        response = member_client.post(
            gather_url(practice), {"community": community.pk, "note": note}
        )
        assert response.status_code == 400
        assert note.strip() in response.content.decode()
        assert not GatheredPractice.objects.exists()

    def test_anonymous_visitors_are_sent_to_login(self, client, practice, community):
        response = client.post(gather_url(practice), {"community": community.pk})
        assert response.status_code == 302
        assert not GatheredPractice.objects.exists()


class TestTheFormOnThePracticePage:
    def test_only_members_of_a_community_see_it(self, client, practice, community):
        assert "Gather into a community" not in (
            client.get(practice.get_absolute_url()).content.decode()
        )
        member = UserFactory()
        client.force_login(member)
        assert "Gather into a community" not in (
            client.get(practice.get_absolute_url()).content.decode()
        )
        MembershipFactory(community=community, user=member)
        assert "Gather into a community" in (
            client.get(practice.get_absolute_url()).content.decode()
        )

    def test_inactive_communities_are_not_offered(
        self, member_client, member, practice
    ):
        MembershipFactory(
            community=CommunityFactory(name_en="Closed one", is_active=False),
            user=member,
        )
        html = member_client.get(practice.get_absolute_url()).content.decode()
        assert "Closed one" not in html

    def test_query_count_does_not_grow_with_a_members_communities(
        self,
        member_client,
        member,
        practice,
        django_assert_max_num_queries,
        django_assert_num_queries,
    ):
        MembershipFactory(user=member)
        warm_site_cache()
        with django_assert_max_num_queries(30) as few:
            member_client.get(practice.get_absolute_url())
        for _ in range(8):
            community = MembershipFactory(user=member).community
            GatheredPractice.objects.create(community=community, practice=practice)
        with django_assert_num_queries(len(few.captured_queries)):
            response = member_client.get(practice.get_absolute_url())
        assert response.content.decode().count('href="/en/communities/') >= 8


class TestRemoving:
    @pytest.fixture
    def gathered(self, practice, community):
        return GatheredPractice.objects.create(community=community, practice=practice)

    def test_a_facilitator_removes_a_gathered_practice(
        self, client, gathered, community
    ):
        facilitator = FacilitatorFactory(community=community).user
        client.force_login(facilitator)
        assert "Remove from the community" in (
            client.get(community.get_absolute_url()).content.decode()
        )
        response = client.post(remove_url(gathered))
        assert response.status_code == 302
        assert response["Location"] == community.get_absolute_url() + "#practices"
        assert not GatheredPractice.objects.exists()

    def test_a_plain_member_cannot_remove_it(self, client, gathered, community):
        member = MembershipFactory(community=community).user
        client.force_login(member)
        assert "Remove from the community" not in (
            client.get(community.get_absolute_url()).content.decode()
        )
        assert client.post(remove_url(gathered)).status_code == 404
        assert GatheredPractice.objects.exists()

    def test_the_facilitator_of_another_community_cannot_remove_it(
        self, client, gathered
    ):
        client.force_login(FacilitatorFactory().user)
        assert client.post(remove_url(gathered)).status_code == 404
        assert GatheredPractice.objects.exists()

    def test_anonymous_visitors_are_sent_to_login(self, client, gathered):
        assert client.post(remove_url(gathered)).status_code == 302
        assert GatheredPractice.objects.exists()

    def test_unpublished_practices_are_not_listed_on_the_community(
        self, client, gathered, community, practice
    ):
        practice.status = Status.ARCHIVED
        practice.save(update_fields=["status"])
        assert "Homework club" not in (
            client.get(community.get_absolute_url()).content.decode()
        )


def test_gathered_practices_are_listed_in_admin(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    community = CommunityFactory(name_en="Mediators")
    GatheredPractice.objects.create(
        community=community, practice=PublishedPracticeFactory()
    )
    response = client.get("/en/admin/inventory/gatheredpractice/")
    assert response.status_code == 200
    assert "Mediators" in response.content.decode()
