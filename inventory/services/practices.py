"""Practices: drafting, editing, their moderation transitions and the search index."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from siehub.text import save_with_unique_slug

from ..filters import inventory_changed
from ..models import (
    Practice,
    Status,
)
from .workflow import apply_texts, practice_reindex, set_translated, transition


def practices_texts_changed(ids) -> None:
    """After their translations changed: search reads them, lists show them."""
    practice_reindex(practice_ids=ids)
    inventory_changed()


# Drafting --------------------------------------------------------------------------------

# What the author sets besides the texts, and the vocabularies the practice is classified
# by (the form's fields too).
PRACTICE_PLAIN_FIELDS = (
    "organisation",
    "country",
    "evidence_level",
    "scale",
    "duration",
    "keywords",
    "licence",
    "video_url",
    "no_personal_data",
)
PRACTICE_M2M_FIELDS = ("target_groups", "measure_types", "areas", "education_levels")


def _apply_practice_data(practice: Practice, data: dict) -> None:
    apply_texts(practice, data, PRACTICE_PLAIN_FIELDS)


def _apply_m2m(practice: Practice, data: dict) -> None:
    for field in PRACTICE_M2M_FIELDS:
        if field in data:
            getattr(practice, field).set(data[field])


@transaction.atomic
def practice_create(*, author, data: dict) -> Practice:
    """Save a new practice as the author's draft, in the language it was written in."""
    practice = Practice(author=author, status=Status.DRAFT)
    if "organisation" not in data:
        data = {**data, "organisation": author.organisation}
    if not data.get("country"):
        data = {**data, "country": author.country or "ZZ"}
    _apply_practice_data(practice, data)
    title = getattr(practice, f"title_{practice.original_language}") or _(
        "Untitled practice"
    )
    set_translated(practice, "title", practice.original_language, title)
    save_with_unique_slug(practice, title, fallback="practice")
    _apply_m2m(practice, data)
    practice_reindex(practice_ids=[practice.pk])
    return practice


@transaction.atomic
def practice_update(*, practice: Practice, editor, data: dict) -> Practice:
    """Save the author's edit of a draft or of a practice returned with requested changes."""
    practice = Practice.objects.select_for_update().get(pk=practice.pk)
    if practice.author_id != editor.pk:
        raise PermissionDenied
    if not practice.is_editable:
        raise ValidationError(_("This practice can no longer be edited."))
    _apply_practice_data(practice, data)
    practice.save()
    _apply_m2m(practice, data)
    practice_reindex(practice_ids=[practice.pk])
    return practice


@transaction.atomic
def practice_submit(*, practice: Practice, author) -> Practice:
    """Send a complete draft (or a returned practice) to the curators."""
    return transition(practice, actor=author, to_status=Status.SUBMITTED)


@transaction.atomic
def practice_withdraw(*, practice: Practice, author) -> Practice:
    """Take a submitted practice back to draft to keep editing it."""
    return transition(practice, actor=author, to_status=Status.DRAFT)


@transaction.atomic
def practice_publish(*, practice: Practice, curator, note: str = "") -> Practice:
    """Publish a submitted practice; the author is told."""
    practice = transition(
        practice, actor=curator, to_status=Status.PUBLISHED, note=note
    )
    practice_reindex(practice_ids=[practice.pk])
    return practice


@transaction.atomic
def practice_request_changes(*, practice: Practice, curator, note: str) -> Practice:
    """Return a submitted practice to its author with the changes needed."""
    return transition(
        practice, actor=curator, to_status=Status.CHANGES_REQUESTED, note=note
    )


@transaction.atomic
def practice_reject(*, practice: Practice, curator, note: str = "") -> Practice:
    """Decline a submitted practice; the author is told why."""
    return transition(practice, actor=curator, to_status=Status.REJECTED, note=note)


@transaction.atomic
def practice_archive(*, practice: Practice, curator, note: str = "") -> Practice:
    """Withdraw a published practice from the inventory (kept for the record)."""
    return transition(practice, actor=curator, to_status=Status.ARCHIVED, note=note)
