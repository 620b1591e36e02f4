"""Coordinators curate the network in admin: every new model has working pages."""

import pytest

from network.models import (
    ClaimStatus,
    Community,
    Membership,
    MembershipRole,
    OrganisationClaim,
    Post,
    User,
)
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


def test_admin_action_approves_a_pending_claim_and_tells_the_member(
    admin_client, mailoutbox
):
    school = OrganisationFactory()
    member = UserFactory()
    claim = OrganisationClaim.objects.create(user=member, organisation=school)
    response = admin_client.post(
        "/en/admin/network/organisationclaim/",
        {"action": "approve_claims", "_selected_action": [claim.pk]},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    member.refresh_from_db()
    assert claim.status == ClaimStatus.APPROVED
    assert member.organisation == school
    assert [m.to for m in mailoutbox] == [[member.email]]


def test_admin_action_refuses_a_decided_claim(admin_client):
    member = UserFactory()
    claim = OrganisationClaim.objects.create(
        user=member,
        organisation=OrganisationFactory(),
        status=ClaimStatus.DECLINED,
        decided_at="2026-01-01T00:00Z",
    )
    response = admin_client.post(
        "/en/admin/network/organisationclaim/",
        {"action": "approve_claims", "_selected_action": [claim.pk]},
        follow=True,
    )
    assert "already been decided" in response.content.decode()
    member.refresh_from_db()
    assert member.organisation is None


def test_admin_action_deletes_an_account_but_not_the_curators_own(admin_client):
    member = UserFactory(public_profile=True)
    curator = admin_client.session["_auth_user_id"]
    admin_client.post(
        "/en/admin/network/user/",
        {"action": "delete_accounts", "_selected_action": [member.pk, curator]},
    )
    member.refresh_from_db()
    assert member.deleted_at is not None
    assert not member.is_active and not member.public_profile
    assert member.email.endswith("@deleted.invalid")
    assert User.objects.get(pk=curator).deleted_at is None


def test_admin_actions_hide_and_show_posts(admin_client):
    community = Community.objects.create(name="Mediators", slug="mediators")
    post = Post.objects.create(
        community=community, author=UserFactory(), body="Off-topic advert"
    )
    admin_client.post(
        "/en/admin/network/post/",
        {"action": "hide_posts", "_selected_action": [post.pk]},
    )
    post.refresh_from_db()
    assert post.is_hidden
    admin_client.post(
        "/en/admin/network/post/",
        {"action": "unhide_posts", "_selected_action": [post.pk]},
    )
    post.refresh_from_db()
    assert not post.is_hidden
