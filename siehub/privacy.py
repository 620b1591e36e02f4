"""What the core holds about a member: the notifications written to them and the
certificates issued to them (the hook that network.services.privacy finds in every app).

Certificates outlive the account. A certificate is the partnership's record that a named
person attended an event or completed a module, and the holder may have shown it to an
employer: the verification page must go on confirming it. So when a member deletes their
account their certificates stay, with the name and the text they state, but the link to
the account goes and the stored PDF copy is deleted (nobody can download it any more; the
verification page shows what it stated).
"""

from django.db import transaction
from django.db.models import Q

from .models import Certificate, Notification


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
        ],
        "certificates": [
            {
                "code": certificate.code,
                "kind": certificate.kind,
                "title": certificate.title,
                "holder_name": certificate.holder_name,
                "issued_at": certificate.issued_at,
                "revoked_at": certificate.revoked_at,
            }
            for certificate in Certificate.objects.filter(holder=user).order_by(
                "issued_at", "pk"
            )
        ],
    }


def erase(user, *, remove_published: bool) -> None:
    """Delete every notification to the member, sent or not. Keep their certificates
    for verification (the name and what they state) but unlink them from the account
    and delete their PDF files after commit."""
    _of(user).delete()
    certificates = Certificate.objects.filter(holder=user)
    files = [
        (certificate.pdf.storage, certificate.pdf.name)
        for certificate in certificates.exclude(pdf="").only("pdf")
    ]
    certificates.update(holder=None, pdf="")

    def delete_files():
        for storage, name in files:
            storage.delete(name)

    if files:
        transaction.on_commit(delete_files)
