"""Comments: posting, reporting (curators are told once) and hiding."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from siehub.services import notify

from ..models import (
    Comment,
    CommentReport,
    Status,
)
from ..permissions import can_review
from .workflow import curators, subject_kwargs, title_in

# Comments --------------------------------------------------------------------------------


@transaction.atomic
def comment_post(*, subject, author, body: str) -> Comment:
    """A member's comment on a published practice or adaptation."""
    if subject.status != Status.PUBLISHED:
        raise ValidationError(_("Comments are open on published texts only."))
    body = body.strip()
    if not body:
        raise ValidationError(_("Write a comment first."))
    kwargs = subject_kwargs(subject)
    return Comment.objects.create(author=author, body=body, **kwargs)


@transaction.atomic
def comment_report(*, comment: Comment, reporter, reason: str = "") -> bool:
    """Report a comment to the curators once per member; False if already reported."""
    try:
        with transaction.atomic():
            CommentReport.objects.create(
                comment=comment, reporter=reporter, reason=reason[:300]
            )
    except IntegrityError:
        return False
    Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    subject = comment.subject
    for curator in curators():
        with translation.override(curator.preferred_language):
            link = reverse("admin:inventory_comment_change", args=[comment.pk])
        notify(
            curator,
            "inventory_comment_reported",
            link=link,
            title=title_in(subject, curator.preferred_language),
            excerpt=comment.body[:200],
            reason=reason[:300],
        )
    return True


@transaction.atomic
def comment_hide(*, comment: Comment, curator) -> Comment:
    """Hide a comment from the public page (curators only)."""
    if not can_review(curator, comment):
        raise PermissionDenied
    Comment.objects.filter(pk=comment.pk).update(is_hidden=True, hidden_by=curator)
    comment.refresh_from_db()
    return comment
