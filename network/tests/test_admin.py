"""Coordinators curate the network in admin: every new model has working pages."""

import pytest

from network.models import Community, Membership, MembershipRole, Post
from network.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_admin_pages_of_the_network_answer(admin_client):
    member = UserFactory(expertise_areas=["teachers"], languages=["mk", "rom"])
    community = Community.objects.create(name="Mediators", slug="mediators")
    Membership.objects.create(
        community=community, user=member, role=MembershipRole.FACILITATOR
    )
    post = Post.objects.create(community=community, author=member, body="Hello")
    OrganisationFactory()
    for url in [
        "/en/admin/network/user/",
        f"/en/admin/network/user/{member.pk}/change/",
        "/en/admin/network/community/",
        f"/en/admin/network/community/{community.pk}/change/",
        "/en/admin/network/post/",
        f"/en/admin/network/post/{post.pk}/change/",
        "/en/admin/network/organisationclaim/",
        "/en/admin/network/contactmessage/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_admin_edits_expertise_and_languages_as_checkboxes(admin_client):
    member = UserFactory()
    page = admin_client.get(f"/en/admin/network/user/{member.pk}/change/")
    html = page.content.decode()
    assert 'type="checkbox" name="expertise_areas" value="teachers"' in html
    assert 'type="checkbox" name="languages" value="rom"' in html


def test_contact_messages_cannot_be_added_or_changed_in_admin(admin_client):
    assert admin_client.get("/en/admin/network/contactmessage/add/").status_code == 403
