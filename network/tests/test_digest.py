"""The daily digest of community posts: one mail per member across their communities,
only what is new, never twice, in the member's language."""

import datetime as dt

import pytest
from django.utils import timezone

from network.models import Membership, Post
from network.services import communities as services
from network.tasks import send_community_digests
from network.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    PostFactory,
    UserFactory,
)
from siehub.models import Notification

pytestmark = pytest.mark.django_db

KIND = "network_community_digest"


def days_ago(days: float) -> dt.datetime:
    return timezone.now() - dt.timedelta(days=days)


def daily_member(community, user=None, *, joined=None, sent_until=None):
    """A member who chose the digest, joined `joined` (default: a week ago)."""
    membership = MembershipFactory(
        community=community,
        user=user or UserFactory(),
        email_frequency="daily",
        digest_sent_until=sent_until,
    )
    Membership.objects.filter(pk=membership.pk).update(joined_at=joined or days_ago(7))
    return membership.user


def post(community, *, at=None, **kwargs):
    created = PostFactory(community=community, **kwargs)
    Post.objects.filter(pk=created.pk).update(created_at=at or days_ago(0.5))
    created.refresh_from_db()
    return created


def digests(user=None):
    rows = Notification.objects.filter(kind=KIND)
    return rows.filter(recipient=user) if user else rows


def test_one_digest_covers_all_of_a_members_communities(
    mailoutbox, django_capture_on_commit_callbacks
):
    mediators = CommunityFactory(name_en="Roma mediators")
    parents = CommunityFactory(name_en="Parents as partners")
    member = UserFactory(first_name="Elena")
    daily_member(mediators, member)
    daily_member(parents, member)
    post(mediators, body="We call families on day two.")
    post(parents, body="Coffee mornings work.")
    post(parents, body="And open classrooms.")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.community_digests_send() == 1
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [member.email]
    assert mail.subject == "Your daily digest: 3 new posts in your communities"
    for text in (
        "Roma mediators",
        "Parents as partners",
        "We call families on day two.",
        "Coffee mornings work.",
        "And open classrooms.",
    ):
        assert text in mail.body
        assert text in mail.alternatives[0][0]


def test_nothing_is_sent_when_nothing_is_new():
    community = CommunityFactory()
    daily_member(community)
    post(community, at=days_ago(30))  # before the member joined
    assert services.community_digests_send() == 0
    assert not digests().exists()


def test_running_twice_sends_once_and_then_only_what_is_new():
    community = CommunityFactory()
    member = daily_member(community)
    post(community, body="First news")
    assert services.community_digests_send() == 1
    assert services.community_digests_send() == 0
    assert digests(member).count() == 1
    membership = Membership.objects.get(user=member)
    assert membership.digest_sent_until is not None
    post(community, body="Second news", at=timezone.now() + dt.timedelta(seconds=1))
    assert (
        services.community_digests_send(now=timezone.now() + dt.timedelta(minutes=1))
        == 1
    )
    latest = digests(member).order_by("-pk").first()
    assert "Second news" in latest.body_text
    assert "First news" not in latest.body_text


def test_a_membership_claimed_by_another_run_is_not_sent_again():
    community = CommunityFactory()
    member = daily_member(community)
    post(community)
    stale = Membership.objects.get(user=member)
    # Another worker claims it between this run's read and its update.
    Membership.objects.filter(pk=stale.pk).update(digest_sent_until=timezone.now())
    assert not services._claim(stale, timezone.now())
    assert services.community_digests_send(now=days_ago(0.01)) == 0


def test_posts_hidden_before_the_digest_are_left_out():
    community = CommunityFactory()
    member = daily_member(community)
    post(community, body="Buy cheap pills", is_hidden=True)
    post(community, body="", removed_at=timezone.now())
    post(community, body="A real question")
    services.community_digests_send()
    body = digests(member).get().body_text
    assert "A real question" in body
    assert "cheap pills" not in body
    assert "1 new post" in digests(member).get().subject


def test_only_posts_since_joining_count():
    community = CommunityFactory()
    member = daily_member(community, joined=days_ago(1))
    post(community, body="Before joining", at=days_ago(2))
    post(community, body="After joining", at=days_ago(0.5))
    services.community_digests_send()
    body = digests(member).get().body_text
    assert "After joining" in body
    assert "Before joining" not in body


def test_only_posts_since_the_last_digest_count():
    community = CommunityFactory()
    member = daily_member(community, sent_until=days_ago(1))
    post(community, body="Already sent", at=days_ago(2))
    post(community, body="Fresh", at=days_ago(0.5))
    services.community_digests_send()
    body = digests(member).get().body_text
    assert "Fresh" in body and "Already sent" not in body


def test_a_members_own_posts_and_other_preferences_are_left_out():
    community = CommunityFactory()
    member = daily_member(community)
    MembershipFactory(community=community, email_frequency="each")
    MembershipFactory(community=community, email_frequency="never")
    post(community, author=member, body="My own post")
    assert services.community_digests_send() == 0
    post(community, body="Someone else")
    assert services.community_digests_send() == 1
    assert list(digests().values_list("recipient", flat=True)) == [member.pk]


def test_inactive_communities_and_deleted_accounts_get_no_digest():
    closed = CommunityFactory(is_active=False)
    daily_member(closed)
    post(closed)
    community = CommunityFactory()
    gone = UserFactory(is_active=False, deleted_at=timezone.now())
    daily_member(community, gone)
    post(community)
    assert services.community_digests_send() == 0


def test_the_digest_is_written_in_the_members_language():
    community = CommunityFactory(name_en="Mediators", name_mk="Медијатори")
    member = daily_member(community, UserFactory(preferred_language="mk"))
    reply_to = post(community)
    post(community, parent=reply_to)
    services.community_digests_send()
    notification = digests(member).get()
    assert notification.language == "mk"
    assert "Медијатори" in notification.body_text
    assert f"/mk/communities/{community.slug}/posts/{reply_to.pk}/" in (
        notification.body_text
    )
    assert notification.link == "/mk/communities/?mine=1"


def test_a_busy_community_lists_the_latest_posts_and_counts_the_rest():
    community = CommunityFactory()
    member = daily_member(community)
    for n in range(services.DIGEST_POSTS_PER_COMMUNITY + 3):
        post(community, body=f"Post number {n:02d}", at=days_ago(0.5 - n / 1000))
    services.community_digests_send()
    notification = digests(member).get()
    assert "and 3 earlier posts" in notification.body_text
    assert "Post number 00" not in notification.body_text
    assert "Post number 22" in notification.body_text
    assert "23 new posts" in notification.subject


def test_the_beat_task_calls_the_service():
    community = CommunityFactory()
    daily_member(community)
    post(community)
    assert send_community_digests.apply().get() == 1
    assert send_community_digests.apply().get() == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runs_send_one_digest():
    """The second run waits on the row the first one claimed, then finds it taken."""
    import threading
    import time

    from django.db import connection, transaction

    community = CommunityFactory()
    member = daily_member(community)
    post(community)
    now = timezone.now()
    results = {}

    def second_run():
        try:
            results["second"] = services.community_digest_send(
                user_id=member.pk, now=now
            )
        finally:
            connection.close()

    with transaction.atomic():
        assert services.community_digest_send(user_id=member.pk, now=now)
        other = threading.Thread(target=second_run)
        other.start()
        time.sleep(0.5)  # the second run is now blocked on the claimed row
        assert other.is_alive()
    other.join(timeout=10)
    assert results == {"second": False}
    assert digests(member).count() == 1
