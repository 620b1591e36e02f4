"""Who may do what in the inventory: curators review practices and adaptations (and
hide comments); authors edit their texts while they are drafts or returned, and report
the outcomes of their published adaptations; members report others' comments;
facilitators and curators take gathered practices out of a community. Views, services,
admin and templates ask these predicates (siehub.permissions says how); the reads of
the same rules are `visible_to`, `editable_by` and `outcomes_editable_by` on the
practices' and adaptations' QuerySets."""

from network.permissions import can_moderate_community

from .models import Status

REVIEW_PERMISSION = "inventory.review"
GATHERED_PERMISSION = "inventory.delete_gatheredpractice"


def can_review(user, text=None) -> bool:
    """Curators (the review permission) publish, return, reject and archive texts."""
    return bool(user and user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def _author_edits(user, text) -> bool:
    return text.is_editable and text.author_id == getattr(user, "pk", None)


def can_edit_practice(user, practice) -> bool:
    """Its author edits a practice while it is a draft or returned for changes."""
    return _author_edits(user, practice)


def can_edit_adaptation(user, adaptation) -> bool:
    """Its author edits an adaptation while it is a draft or returned for changes."""
    return _author_edits(user, adaptation)


def can_report_outcomes(user, adaptation) -> bool:
    """Its author adds the outcomes of a published adaptation, without a new review."""
    return adaptation.status == Status.PUBLISHED and adaptation.author_id == getattr(
        user, "pk", None
    )


def can_report_comment(user, comment) -> bool:
    """Members report a comment of someone else's to the curators."""
    return bool(user.is_authenticated and user.pk != comment.author_id)


def can_remove_gathered_practice(user, gathered) -> bool:
    """The community's facilitators, and curators allowed to, take a practice out."""
    return can_moderate_community(user, gathered.community) or user.has_perm(
        GATHERED_PERMISSION
    )
