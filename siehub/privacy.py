"""What the core holds about a member: the notifications written to them (the hook that
network.services.privacy finds in every app)."""

from django.db.models import Q

from .models import Notification


def _of(user):
    # Account mail (verification, password reset) may name the address only.
    return Notification.objects.filter(
        Q(recipient=user) | Q(to_email__iexact=user.email)
    )


def export(user) -> dict:
    """The notifications sent (or still to be sent) to the member: subject and dates."""
    rows = _of(user).order_by("created_at", "pk")
    return {
        "notifications": [
            {
                "kind": row.kind,
                "subject": row.subject,
                "created_at": row.created_at,
                "sent_at": row.sent_at,
                "read_at": row.read_at,
            }
            for row in rows.only("kind", "subject", "created_at", "sent_at", "read_at")
        ]
    }


def erase(user, *, remove_published: bool) -> None:
    """Delete every notification to the member, sent or not."""
    _of(user).delete()
