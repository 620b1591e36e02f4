"""Writes of the professional communities: creating and editing them, membership, the
discussion (posts, one level of replies, moderation) and the mail about new posts, one
mail per post or one daily digest, as each member chooses.

The counters on `Community` are kept here, in the transaction of the change: a join or a
leave moves `member_count` with an F() update, a post moves `post_count` and
`last_post_at`. `post_count` counts what members can read (hidden and removed posts are
left out), so hiding and unhiding recount; `community_recount` recomputes everything for
writers outside this module (an account deletion that removes posts).

Who may do what is network.permissions' to say; each write here asks the predicate its
page asks.
"""

import logging
from datetime import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from siehub import translating
from siehub.i18n import LANGUAGE_CODES
from siehub.services import absolute_url, notify
from siehub.text import (
    html_to_text,
    sanitize_html,
    save_with_unique_slug,
    text_to_html,
)

from ..models import (
    Community,
    EmailFrequency,
    Membership,
    MembershipRole,
    Organisation,
    Post,
    User,
)
from ..permissions import (
    can_create_community,
    can_edit_community,
    can_moderate_community,
    edit_post_refusal,
)

logger = logging.getLogger(__name__)

POST_MAX_LENGTH = 5000
NAME_MAX_LENGTH = 200
THREADS_PER_PAGE = 20
# A digest lists at most this many posts of one community, then says how many more.
DIGEST_POSTS_PER_COMMUNITY = 20
# Paths under /communities/ that a slug must not take.
RESERVED_SLUGS = {"new"}


# Members and facilitators ---------------------------------------------------------------


def membership_of(user, community) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(community=community, user=user).order_by().first()


def facilitator_candidates(*, user, community: Community | None = None) -> QuerySet:
    """Whom a creator or editor may choose as facilitators: members with a public
    profile, the members of the organisations they coordinate, the community's members,
    and themselves. Never anyone who deleted their account."""
    chosen = Q(public_profile=True) | Q(pk=user.pk)
    managed = Organisation.objects.managed_by(user)
    chosen |= Q(organisation__in=managed.values("pk"))
    if community is not None and community.pk:
        chosen |= Q(
            pk__in=Membership.objects.filter(community=community).values("user")
        )
    return User.objects.filter(chosen, is_active=True, deleted_at__isnull=True)


# Communities ---------------------------------------------------------------------------


def _active_language(language: str | None) -> str:
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def _apply_texts(community: Community, data: dict, language: str) -> None:
    """Write the name and description into the columns of `language` (translations of
    the other languages are made in admin)."""
    if "name" in data:
        name = " ".join((data["name"] or "").split())
        if not name:
            raise ValidationError(_("Give the community a name."))
        if len(name) > NAME_MAX_LENGTH:
            raise ValidationError(
                _("A name can have at most %(max)d characters.")
                % {"max": NAME_MAX_LENGTH}
            )
        setattr(community, f"name_{language}", name)
    if "description" in data:
        description = (data["description"] or "").replace("\r\n", "\n").strip()
        setattr(community, f"description_{language}", description)
    if "area" in data:
        community.area = data["area"] or None


def _lock(community: Community) -> Community:
    return Community.objects.select_for_update().get(pk=community.pk)


def _set_facilitators(community: Community, users, *, by) -> None:
    """Make exactly `users` the facilitators: new ones join, former ones stay members;
    those who were not facilitators yet are told (not `by`, who chose them)."""
    wanted = {user.pk for user in users}
    if not wanted:
        raise ValidationError(_("A community needs at least one facilitator."))
    memberships = Membership.objects.filter(community=community)
    already = set(
        memberships.filter(role=MembershipRole.FACILITATOR).values_list(
            "user_id", flat=True
        )
    )
    memberships.filter(role=MembershipRole.FACILITATOR).exclude(
        user_id__in=wanted
    ).update(role=MembershipRole.MEMBER)
    memberships.filter(user_id__in=wanted).exclude(
        role=MembershipRole.FACILITATOR
    ).update(role=MembershipRole.FACILITATOR)
    present = set(memberships.values_list("user_id", flat=True))
    joining = [
        Membership(community=community, user_id=pk, role=MembershipRole.FACILITATOR)
        for pk in sorted(wanted - present)
    ]
    if joining:
        Membership.objects.bulk_create(joining)
        Community.objects.filter(pk=community.pk).update(
            member_count=F("member_count") + len(joining)
        )
    facilitators_appointed(community=community, user_ids=wanted - already, by=by)


def facilitators_appointed(*, community: Community, user_ids, by=None) -> int:
    """Tell each member newly made a facilitator of `community`, in their language,
    what that lets them do (not the one who made the choice); return how many."""
    appointed = User.objects.filter(
        pk__in=set(user_ids) - {getattr(by, "pk", None)},
        is_active=True,
        deleted_at__isnull=True,
    ).order_by("pk")
    told = 0
    for user in appointed:
        with translation.override(user.preferred_language):
            link = community.get_absolute_url()
        notify(
            user,
            "network_facilitator",
            link=link,
            awaiting=community,
            community=community,
            by_name=by.public_name if by is not None else "",
        )
        told += 1
    return told


@transaction.atomic
def community_create(*, creator, data: dict, language: str | None = None) -> Community:
    """Create a community written in `language` (default: the active one); the creator
    and the chosen facilitators are its first members, all facilitators."""
    if not can_create_community(creator):
        raise PermissionDenied
    language = _active_language(language)
    community = Community(created_by=creator, original_language=language)
    _apply_texts(community, {"name": "", **data}, language)
    save_with_unique_slug(
        community,
        getattr(community, f"name_{language}"),
        fallback="community",
        reserved=RESERVED_SLUGS,
    )
    _set_facilitators(community, {creator, *data.get("facilitators", ())}, by=creator)
    community.refresh_from_db()
    translating.text_changed(obj=community)
    return community


@transaction.atomic
def community_update(*, community: Community, editor, data: dict) -> Community:
    """Save an edit of the texts (in the community's original language), the area and
    the facilitators; the slug, and so every link to the community, stays."""
    if not can_edit_community(editor, community):
        raise PermissionDenied
    community = _lock(community)
    _apply_texts(community, data, community.original_language)
    community.save()
    if "facilitators" in data:
        _set_facilitators(community, data["facilitators"], by=editor)
    community.refresh_from_db()
    translating.text_changed(obj=community)
    return community


@transaction.atomic
def community_join(*, community: Community, user) -> Membership:
    """Make the user a member (once: joining twice keeps the first membership)."""
    community = _lock(community)
    if not community.is_active:
        raise ValidationError(_("This community is closed; it accepts no new members."))
    membership, created = Membership.objects.get_or_create(
        community=community, user=user
    )
    if created:
        Community.objects.filter(pk=community.pk).update(
            member_count=F("member_count") + 1
        )
    return membership


@transaction.atomic
def community_leave(*, community: Community, user) -> None:
    """End the user's membership; the last facilitator cannot leave. Posts stay."""
    community = _lock(community)
    membership = membership_of(user, community)
    if membership is None:
        raise ValidationError(_("You are not a member of this community."))
    if (
        membership.is_facilitator
        and not Membership.objects.filter(
            community=community, role=MembershipRole.FACILITATOR
        )
        .exclude(pk=membership.pk)
        .exists()
    ):
        raise ValidationError(
            _(
                "You are the last facilitator of this community. Make another member "
                "a facilitator before you leave."
            )
        )
    membership.delete()
    Community.objects.filter(pk=community.pk).update(member_count=F("member_count") - 1)


@transaction.atomic
def membership_set_email_frequency(
    *, community: Community, user, frequency: str
) -> Membership:
    """Choose the mail about new posts: each post, a daily digest, or none.

    A digest chosen now starts now: what was mailed post by post (or declined) before
    is not sent again.
    """
    if frequency not in EmailFrequency.values:
        raise ValidationError(_("Choose how often you want email about new posts."))
    membership = (
        Membership.objects.select_for_update()
        .filter(community=community, user=user)
        .order_by()
        .first()
    )
    if membership is None:
        raise ValidationError(_("You are not a member of this community."))
    if membership.email_frequency == frequency:
        return membership
    fields = ["email_frequency"]
    if frequency == EmailFrequency.DAILY:
        membership.digest_sent_until = timezone.now()
        fields.append("digest_sent_until")
    membership.email_frequency = frequency
    membership.save(update_fields=fields)
    return membership


def community_recount(*, community_ids) -> None:
    """Recompute the counters of these communities from their rows."""
    community = OuterRef("pk")
    members = (
        Membership.objects.filter(community=community)
        .order_by()
        .values("community")
        .annotate(n=Count("pk"))
        .values("n")
    )
    visible = Post.objects.visible().filter(community=community).order_by()
    posts = visible.values("community").annotate(n=Count("pk")).values("n")
    latest = visible.order_by("-created_at").values("created_at")[:1]
    Community.objects.filter(pk__in=list(community_ids)).update(
        member_count=Coalesce(Subquery(members), 0),
        post_count=Coalesce(Subquery(posts), 0),
        last_post_at=Subquery(latest),
    )


# The discussion ------------------------------------------------------------------------


def _clean_body(body: str) -> str:
    """The post as typed (Markdown, bare addresses made links) into the sanitised HTML
    that is stored, translated and shown; the limit counts what the author typed."""
    body = (body or "").replace("\r\n", "\n").strip()
    if len(body) > POST_MAX_LENGTH:
        raise ValidationError(
            _("A message can have at most %(max)d characters; this one has %(count)d.")
            % {"max": POST_MAX_LENGTH, "count": len(body)}
        )
    html = sanitize_html(text_to_html(body))
    if not html_to_text(html).strip():
        raise ValidationError(_("Write a message first."))
    return html


def post_url(post: Post) -> str:
    """The post's own address, which leads to the page of the discussion holding it."""
    return reverse(
        "network:post-detail", kwargs={"slug": post.community.slug, "pk": post.pk}
    )


@transaction.atomic
def post_create(
    *, community: Community, author, body: str, parent: Post | None = None
) -> Post:
    """Publish a member's post, or a reply (a reply to a reply joins the thread's
    root); the members who chose it get a mail each."""
    if not community.is_active:
        raise ValidationError(_("This community is closed; it accepts no new posts."))
    body = _clean_body(body)
    if not Membership.objects.filter(community=community, user=author).exists():
        raise ValidationError(_("Join the community to take part in its discussion."))
    if parent is not None:
        if parent.community_id != community.pk:
            raise ValidationError(_("You can only reply to a post of this community."))
        if parent.parent_id:
            parent = Post.objects.get(pk=parent.parent_id)
        if parent.is_hidden:
            raise ValidationError(_("This post is hidden; it takes no replies."))
    # Written in the author's language; readers of others get it translated.
    language = author.preferred_language or settings.LANGUAGE_CODE
    post = Post.objects.create(
        community=community,
        parent=parent,
        author=author,
        original_language=language,
        # Only the column of its language (`body=` would write the active language's).
        **{f"body_{language}": body},
    )
    Community.objects.filter(pk=community.pk).update(
        post_count=F("post_count") + 1, last_post_at=post.created_at
    )
    translating.text_changed(obj=post)
    _notify_each_post(post, author)
    return post


def _notify_each_post(post: Post, author) -> None:
    """One mail per member who chose "each post" (not the author), in their language."""
    recipients = (
        Membership.objects.filter(
            community=post.community,
            email_frequency=EmailFrequency.EACH_POST,
            user__is_active=True,
            user__deleted_at__isnull=True,
        )
        .exclude(user=author)
        .select_related("user")
    )
    for membership in recipients:
        member = membership.user
        with translation.override(member.preferred_language):
            link = post_url(post)
            preferences = post.community.get_absolute_url() + "#email"
        notify(
            member,
            "network_community_post",
            link=link,
            # Held for the machine translation into the member's language (notify).
            awaiting=post,
            community=post.community,
            post=post,
            author_name=author.public_name,
            is_reply=post.parent_id is not None,
            preferences_link=absolute_url(preferences),
        )


@transaction.atomic
def post_edit(*, post: Post, editor, body: str) -> Post:
    """Save the author's correction within the edit window; the post says "edited"."""
    post = Post.objects.select_for_update().get(pk=post.pk)
    refusal = edit_post_refusal(editor, post)
    if refusal:
        raise ValidationError(refusal)
    body = _clean_body(body)
    column = f"body_{post.original_language}"
    if body != getattr(post, column):
        setattr(post, column, body)
        post.edited_at = timezone.now()
        post.save(update_fields=[column, "edited_at"])
        translating.text_changed(obj=post)
    return post


def _moderated(post: Post, moderator) -> Post:
    post = Post.objects.select_for_update().select_related("community").get(pk=post.pk)
    if not can_moderate_community(moderator, post.community):
        raise PermissionDenied
    return post


@transaction.atomic
def post_hide(*, post: Post, moderator) -> Post:
    """Hide a post from the members (facilitators and staff still see it)."""
    post = _moderated(post, moderator)
    if not post.is_hidden:
        post.is_hidden = True
        post.hidden_by = moderator
        post.save(update_fields=["is_hidden", "hidden_by"])
        community_recount(community_ids=[post.community_id])
    return post


@transaction.atomic
def post_unhide(*, post: Post, moderator) -> Post:
    """Show a hidden post again."""
    post = _moderated(post, moderator)
    if post.is_hidden:
        post.is_hidden = False
        post.hidden_by = None
        post.save(update_fields=["is_hidden", "hidden_by"])
        community_recount(community_ids=[post.community_id])
    return post


# The daily digest ----------------------------------------------------------------------


def community_digests_send(*, now: datetime | None = None) -> int:
    """Write one digest per member who chose the daily digest in at least one community
    and has something new; return how many were written.

    Safe to run twice and concurrently: each membership is claimed with a conditional
    UPDATE before its posts go into a digest, so no post is mailed to a member twice.
    """
    now = now or timezone.now()
    members = (
        Membership.objects.filter(
            email_frequency=EmailFrequency.DAILY,
            community__is_active=True,
            user__is_active=True,
            user__deleted_at__isnull=True,
        )
        .order_by("user_id")
        .values_list("user_id", flat=True)
        .distinct()
    )
    written = 0
    for user_id in list(members):
        try:
            written += community_digest_send(user_id=user_id, now=now)
        except Exception:
            # One member's failure (a template, a lock timeout) must not stop the rest;
            # their memberships stay unclaimed and the next run takes them.
            logger.exception("Community digest for member %s failed", user_id)
    return written


@transaction.atomic
def community_digest_send(*, user_id: int, now: datetime) -> bool:
    """Write one member's digest of the visible posts by others since their last digest
    (or since they joined) up to `now`; False when there is nothing new or another run
    took it."""
    memberships = list(
        Membership.objects.filter(
            user_id=user_id,
            email_frequency=EmailFrequency.DAILY,
            community__is_active=True,
        ).select_related("community", "user")
    )
    if not memberships:
        return False
    member = memberships[0].user
    since = Q()
    for membership in memberships:
        start = max(
            membership.digest_sent_until or membership.joined_at, membership.joined_at
        )
        since |= Q(community_id=membership.community_id, created_at__gt=start)
    posts = (
        Post.objects.visible()
        .filter(since, created_at__lte=now)
        .exclude(author_id=user_id)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    by_community: dict[int, list[Post]] = {}
    for post in posts:
        by_community.setdefault(post.community_id, []).append(post)
    sections = []
    with translation.override(member.preferred_language):
        for membership in memberships:
            found = by_community.get(membership.community_id)
            if not found or not _claim(membership, now):
                continue
            community = membership.community
            for post in found:
                post.community = community
            shown = found[-DIGEST_POSTS_PER_COMMUNITY:]
            sections.append(
                {
                    "community": community,
                    "url": absolute_url(community.get_absolute_url()),
                    "posts": [
                        {
                            "author_name": post.author.public_name,
                            "body": post.body,
                            "created_at": post.created_at,
                            "is_reply": post.parent_id is not None,
                            "url": absolute_url(post_url(post)),
                        }
                        for post in shown
                    ],
                    "more": len(found) - len(shown),
                    "count": len(found),
                }
            )
        if not sections:
            return False
        link = reverse("network:community-list") + "?mine=1"
    notify(
        member,
        "network_community_digest",
        link=link,
        sections=sections,
        post_total=sum(section["count"] for section in sections),
        community_total=len(sections),
    )
    return True


def _claim(membership: Membership, now: datetime) -> bool:
    """Take the membership's posts up to `now` for this digest, unless another run did."""
    previous = membership.digest_sent_until
    unchanged = (
        Q(digest_sent_until__isnull=True)
        if previous is None
        else Q(digest_sent_until=previous)
    )
    return bool(
        Membership.objects.filter(
            unchanged, pk=membership.pk, email_frequency=EmailFrequency.DAILY
        ).update(digest_sent_until=now)
    )
