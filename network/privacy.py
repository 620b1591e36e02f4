"""What the network holds about a member, for their export and their account deletion
(the hook that network.services.privacy finds in every app)."""

from allauth.account.models import EmailAddress
from django.apps import apps
from django.utils import timezone

from siehub.i18n import LANGUAGE_CODES
from siehub.text import html_to_text
from siehub.translating import translations_erase

from .models import (
    ContactMessage,
    Membership,
    OrganisationClaim,
    Post,
)
from .services.communities import community_recount


def _organisation(organisation):
    if organisation is None:
        return None
    return {"name": organisation.name, "slug": organisation.slug}


def export(user) -> dict:
    """The member's profile, addresses, organisation and claims, communities, posts and
    contact messages. A message received shows its sender's public name, never their
    address."""
    claims = user.organisation_claims.select_related("organisation").order_by(
        "created_at", "pk"
    )
    memberships = user.memberships.select_related("community").order_by("joined_at")
    posts = user.community_posts.select_related("community").order_by("created_at")
    sent = user.sent_contact_messages.select_related("recipient").order_by("created_at")
    received = user.received_contact_messages.select_related("sender").order_by(
        "created_at"
    )
    return {
        "profile": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "position": user.position,
            "country": user.country,
            "preferred_language": user.preferred_language,
            "bio": user.bio,
            "public_profile": user.public_profile,
            "expertise_areas": [area.slug for area in user.expertise_areas.all()],
            "languages": list(user.languages),
            "allow_contact": user.allow_contact,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "organisation": _organisation(user.organisation),
        "coordinated_organisations": [
            _organisation(o) for o in user.coordinated_organisations.by_name()
        ],
        "translator_roles": [
            {
                "language": role.language,
                "partner": _organisation(role.partner),
                "named_at": role.created_at,
            }
            for role in user.translator_roles.select_related("partner")
        ],
        "organisation_claims": [
            {
                "organisation": _organisation(claim.organisation),
                "status": claim.status,
                "created_at": claim.created_at,
                "decided_at": claim.decided_at,
                "note": claim.note,
            }
            for claim in claims
        ],
        "community_memberships": [
            {
                "community": m.community.name,
                "slug": m.community.slug,
                "role": m.role,
                "email_frequency": m.email_frequency,
                "joined_at": m.joined_at,
            }
            for m in memberships
        ],
        "community_posts": [
            {
                "id": post.pk,
                "community": post.community.name,
                "reply_to": post.parent_id,
                # As the member wrote it (Markdown), not the stored HTML.
                "body": html_to_text(post.body),
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "hidden": post.is_hidden,
            }
            for post in posts
        ],
        "contact_messages_sent": [
            {
                "to": message.recipient.public_name,
                "body": message.body,
                "sent_at": message.created_at,
            }
            for message in sent
        ],
        "contact_messages_received": [
            {
                "from": message.sender.public_name,
                "body": message.body,
                "sent_at": message.created_at,
            }
            for message in received
        ],
    }


def erase(user, *, remove_published: bool) -> None:
    """Delete the member's addresses, claims, memberships and contact messages; blank
    their posts (the threads stay, "removed"); drop their coordinator roles."""
    now = timezone.now()
    EmailAddress.objects.filter(user=user).delete()
    if apps.is_installed("allauth.socialaccount"):
        from allauth.socialaccount.models import SocialAccount

        SocialAccount.objects.filter(user=user).delete()
    OrganisationClaim.objects.filter(user=user).delete()
    ContactMessage.objects.filter(sender=user).delete()
    ContactMessage.objects.filter(recipient=user).delete()
    # Every language's text goes, the machine's translations with it.
    removed = Post.objects.filter(author=user, removed_at__isnull=True)
    translations_erase(removed)
    # rewrite(False): `body` is the column itself, not the active language's.
    removed.rewrite(False).update(
        body="",
        **{f"body_{code}": "" for code in LANGUAGE_CODES},
        machine_translated={},
        removed_at=now,
    )
    community_ids = set(
        Membership.objects.filter(user=user).values_list("community_id", flat=True)
    ) | set(Post.objects.filter(author=user).values_list("community_id", flat=True))
    Membership.objects.filter(user=user).delete()
    # Members and readable posts both changed: the counters are recomputed from rows.
    community_recount(community_ids=community_ids)
    user.coordinated_organisations.clear()
    user.translator_roles.all().delete()
