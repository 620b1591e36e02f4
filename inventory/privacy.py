"""What the inventory holds about a member, for their export and their account deletion
(the hook that network.services.privacy finds in every app).

On deletion, what the member never got published goes (drafts, texts under review,
returned or rejected, with their files); what is published stays, attributed to "a former
member", unless they ask to remove it: then it is archived, as a curator would, with a
status change on record.
"""

from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from siehub.i18n import LANGUAGE_CODES

from .filters import inventory_changed
from .models import (
    Adaptation,
    Attachment,
    Comment,
    CommentReport,
    GatheredPractice,
    Practice,
    Status,
    StatusChange,
)
from .services.workflow import recount_adaptations

# What was never published: deleted with the account.
UNPUBLISHED = (
    Status.DRAFT,
    Status.SUBMITTED,
    Status.CHANGES_REQUESTED,
    Status.REJECTED,
)


def _texts(obj) -> dict:
    """The translated fields, by field and language, where written."""
    texts = {}
    for field in obj.TRANSLATED_FIELDS:
        values = {
            code: getattr(obj, f"{field}_{code}")
            for code in LANGUAGE_CODES
            if getattr(obj, f"{field}_{code}", "")
        }
        if values:
            texts[field] = values
    return texts


def _attachment(attachment: Attachment) -> dict:
    return {
        "title": attachment.title,
        "kind": attachment.kind,
        "link": attachment.url,
        "file": attachment.file.name if attachment.file else "",
        "content_type": attachment.content_type,
        "size": attachment.size,
        "created_at": attachment.created_at,
    }


def _subject(comment: Comment) -> dict:
    subject = comment.practice or comment.adaptation
    return {
        "kind": subject._meta.model_name,
        "title": str(subject),
        "url": subject.get_absolute_url(),
    }


def export(user) -> dict:
    """The member's practices (with attachments), adaptations, comments and reports."""
    practices = (
        Practice.objects.filter(author=user)
        .select_related("organisation")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )
    adaptations = (
        Adaptation.objects.filter(author=user)
        .select_related("practice", "school")
        .order_by("created_at", "pk")
    )
    comments = (
        Comment.objects.filter(author=user)
        .select_related("practice", "adaptation")
        .order_by("created_at", "pk")
    )
    reports = (
        CommentReport.objects.filter(reporter=user)
        .select_related("comment__practice", "comment__adaptation")
        .order_by("created_at", "pk")
    )
    return {
        "practices": [
            {
                "slug": practice.slug,
                "url": practice.get_absolute_url(),
                "status": practice.status,
                "original_language": practice.original_language,
                "texts": _texts(practice),
                "organisation": practice.organisation.name
                if practice.organisation
                else None,
                "country": practice.country,
                "scale": practice.scale,
                "duration": practice.duration,
                "keywords": practice.keywords,
                "licence": practice.licence,
                "created_at": practice.created_at,
                "updated_at": practice.updated_at,
                "submitted_at": practice.submitted_at,
                "published_at": practice.published_at,
                "attachments": [_attachment(a) for a in practice.attachments.all()],
            }
            for practice in practices
        ],
        "adaptations": [
            {
                "id": adaptation.pk,
                "url": adaptation.get_absolute_url(),
                "practice": adaptation.practice.slug,
                "school": adaptation.school.name,
                "status": adaptation.status,
                "original_language": adaptation.original_language,
                "texts": _texts(adaptation),
                "period": adaptation.period,
                "created_at": adaptation.created_at,
                "updated_at": adaptation.updated_at,
                "published_at": adaptation.published_at,
            }
            for adaptation in adaptations
        ],
        "comments": [
            {
                "on": _subject(comment),
                "body": comment.body,
                "hidden": comment.is_hidden,
                "created_at": comment.created_at,
            }
            for comment in comments
        ],
        "comment_reports": [
            {
                "on": _subject(report.comment),
                "reason": report.reason,
                "created_at": report.created_at,
            }
            for report in reports
        ],
    }


def _delete_unpublished(user) -> None:
    # A practice another school has adapted is protected by its adaptations: it stays.
    practices = Practice.objects.filter(author=user, status__in=UNPUBLISHED).exclude(
        pk__in=Adaptation.objects.values("practice_id")
    )
    files = [
        (attachment.file.storage, attachment.file.name)
        for attachment in Attachment.objects.filter(practice__in=practices).exclude(
            file=""
        )
    ]
    practices.delete()
    Adaptation.objects.filter(author=user, status__in=UNPUBLISHED).delete()

    def delete_files():
        for storage, name in files:
            storage.delete(name)

    if files:
        transaction.on_commit(delete_files)


def _archive_published(user) -> None:
    note = _("Archived at the author's request when they deleted their account.")
    now = timezone.now()
    practices = list(
        Practice.objects.select_for_update().filter(
            author=user, status=Status.PUBLISHED
        )
    )
    adaptations = list(
        Adaptation.objects.select_for_update().filter(
            author=user, status=Status.PUBLISHED
        )
    )
    for obj in [*practices, *adaptations]:
        obj.status = Status.ARCHIVED
        obj.updated_at = now
        obj.save(update_fields=["status", "updated_at"])
    StatusChange.objects.bulk_create(
        [
            StatusChange(
                practice=p,
                actor=user,
                from_status=Status.PUBLISHED,
                to_status=Status.ARCHIVED,
                note=note,
            )
            for p in practices
        ]
        + [
            StatusChange(
                adaptation=a,
                actor=user,
                from_status=Status.PUBLISHED,
                to_status=Status.ARCHIVED,
                note=note,
            )
            for a in adaptations
        ]
    )
    for practice_id in {a.practice_id for a in adaptations}:
        recount_adaptations(practice_id)
    if practices:
        transaction.on_commit(inventory_changed)


def _delete_comments_and_reports(user) -> None:
    Comment.objects.filter(author=user).delete()
    reported = list(
        CommentReport.objects.filter(reporter=user).values_list("comment_id", flat=True)
    )
    CommentReport.objects.filter(reporter=user).delete()
    if reported:
        remaining = (
            CommentReport.objects.filter(comment=OuterRef("pk"))
            .order_by()
            .values("comment")
            .annotate(n=Count("pk"))
            .values("n")[:1]
        )
        Comment.objects.filter(pk__in=reported).update(
            report_count=Coalesce(Subquery(remaining), 0)
        )


def erase(user, *, remove_published: bool) -> None:
    """Delete what the member never got published and their comments and reports;
    archive what they published if they ask (else it stays, "by a former member")."""
    _delete_unpublished(user)
    if remove_published:
        _archive_published(user)
    _delete_comments_and_reports(user)
    GatheredPractice.objects.filter(added_by=user).update(added_by=None)
