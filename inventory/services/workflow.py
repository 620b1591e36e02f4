"""What practices and adaptations share: drafting their texts, revisions, and the
moderation workflow (a member drafts and submits; a curator publishes, requests changes
or rejects; every transition is recorded and mailed)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from siehub import events, translating
from siehub.i18n import translated_field, translation_fields
from siehub.services import notify
from siehub.text import sanitize_html, text_to_html

from ..filters import inventory_changed
from ..models import (
    Adaptation,
    Practice,
    Revision,
    Status,
    StatusChange,
)
from ..permissions import REVIEW_PERMISSION, can_review

# Which transitions exist, and who makes them: the author or a curator.
TRANSITIONS: dict[tuple[str, str], str] = {
    (Status.DRAFT, Status.SUBMITTED): "author",
    (Status.CHANGES_REQUESTED, Status.SUBMITTED): "author",
    (Status.SUBMITTED, Status.DRAFT): "author",  # withdraw to keep editing
    (Status.SUBMITTED, Status.PUBLISHED): "curator",
    (Status.SUBMITTED, Status.CHANGES_REQUESTED): "curator",
    (Status.SUBMITTED, Status.REJECTED): "curator",
    (Status.PUBLISHED, Status.ARCHIVED): "curator",
    (Status.ARCHIVED, Status.PUBLISHED): "curator",
}
# The mail the author receives after each curator decision.
AUTHOR_MAIL: dict[str, str] = {
    Status.PUBLISHED: "inventory_published",
    Status.CHANGES_REQUESTED: "inventory_changes_requested",
    Status.REJECTED: "inventory_rejected",
    Status.ARCHIVED: "inventory_archived",
}


def curators():
    """Everyone who reviews the inventory (by permission, directly or through a group)."""
    User = get_user_model()
    return User.objects.with_perm(
        REVIEW_PERMISSION, backend="django.contrib.auth.backends.ModelBackend"
    ).filter(is_active=True)


def practice_reindex(*, practice_ids) -> None:
    """Bring the search entries of these practices up to date (inventory.search): a
    published one is (re)indexed, any other leaves the list and search."""
    from ..search import index_practices

    index_practices(practice_ids=list(practice_ids))


# Text ------------------------------------------------------------------------------------


def clean_section(text: str) -> str:
    """Sections are written as plain text or light HTML; store sanitised HTML."""
    return sanitize_html(text_to_html(text or ""))


def set_translated(obj, field: str, language: str, value: str) -> None:
    setattr(obj, f"{field}_{language}", value)


def apply_texts(obj, data: dict, plain_fields) -> None:
    """Write the title and sections into the original language's columns, sanitised,
    and the plain fields as given (a practice or an adaptation)."""
    language = data.get("original_language") or obj.original_language
    obj.original_language = language
    if "title" in data:
        set_translated(obj, "title", language, (data["title"] or "").strip())
    for section in obj.SECTIONS:
        if section in data:
            set_translated(obj, section, language, clean_section(data[section]))
    for field in plain_fields:
        if field in data:
            setattr(obj, field, data[field])


# The plain fields an edit after publication is compared on (besides the translated ones).
REVISION_PLAIN_FIELDS = {
    Practice: ("duration", "keywords", "scale", "country", "licence"),
    Adaptation: ("period",),
}


def revision_snapshot(obj) -> dict:
    """The values a revision compares: every translated column and the plain fields."""
    fields = list(translation_fields(*obj.TRANSLATED_FIELDS))
    fields += REVISION_PLAIN_FIELDS[type(obj)]
    # An empty translation is None or "" depending on who saved it: the same to a reader.
    return {field: getattr(obj, field) or "" for field in fields}


def revision_record(*, obj, editor, before: dict) -> Revision | None:
    """Record which fields of a published practice or adaptation changed, from what to
    what and by whom (None when it is not published or nothing changed)."""
    if obj.status != Status.PUBLISHED:
        return None
    after = revision_snapshot(obj)
    changes = {
        field: [old, after[field]]
        for field, old in before.items()
        if old != after.get(field)
    }
    if isinstance(obj, Practice):
        practice_reindex(practice_ids=[obj.pk])
    if not changes:
        return None
    return Revision.objects.create(
        editor=editor, changes=changes, **subject_kwargs(obj)
    )


def missing_sections(obj) -> list[str]:
    """The required fields still empty in the original language (their labels)."""
    language = obj.original_language
    missing = []
    for field in ("title", *obj.REQUIRED_SECTIONS):
        if not (getattr(obj, f"{field}_{language}") or "").strip():
            missing.append(str(obj._meta.get_field(field).verbose_name))
    return missing


# Workflow --------------------------------------------------------------------------------


def check_transition(obj, actor, to_status: str) -> None:
    who = TRANSITIONS.get((obj.status, to_status))
    if who is None:
        raise ValidationError(
            _("A %(kind)s cannot go from “%(from)s” to “%(to)s”.")
            % {
                "kind": obj._meta.verbose_name,
                "from": obj.get_status_display(),
                "to": Status(to_status).label,
            }
        )
    if who == "author" and obj.author_id != actor.pk:
        raise PermissionDenied
    if who == "curator" and not can_review(actor, obj):
        raise PermissionDenied


def subject_kwargs(obj) -> dict:
    return {"practice": obj} if isinstance(obj, Practice) else {"adaptation": obj}


def transition(obj, *, actor, to_status: str, note: str = ""):
    """Check, change, record and notify: the one path of every status change."""
    model = type(obj)
    obj = model.objects.select_for_update().get(pk=obj.pk)
    check_transition(obj, actor, to_status)
    from_status = obj.status
    now = timezone.now()
    if to_status == Status.SUBMITTED:
        missing = missing_sections(obj)
        if missing:
            raise ValidationError(
                _("Please complete these sections before submitting: %(sections)s.")
                % {"sections": ", ".join(missing)}
            )
        if not obj.no_personal_data:
            raise ValidationError(
                _("Please confirm that the text holds no personal data of pupils.")
            )
        obj.submitted_at = now
    if to_status == Status.CHANGES_REQUESTED and not note.strip():
        raise ValidationError(_("Tell the author which changes are needed."))
    first_publication = to_status == Status.PUBLISHED and obj.published_at is None
    if first_publication:
        obj.published_at = now
    obj.status = to_status
    obj.save(update_fields=["status", "submitted_at", "published_at", "updated_at"])
    StatusChange.objects.create(
        actor=actor,
        from_status=from_status,
        to_status=to_status,
        note=note,
        **subject_kwargs(obj),
    )
    if isinstance(obj, Adaptation) and Status.PUBLISHED in (from_status, to_status):
        recount_adaptations(obj.practice_id)
    if isinstance(obj, Adaptation) and first_publication:
        _notify_adapted(obj)
    if isinstance(obj, Practice) and Status.PUBLISHED in (from_status, to_status):
        practice_reindex(practice_ids=[obj.pk])
        transaction.on_commit(inventory_changed)
    if Status.PUBLISHED in (from_status, to_status):
        events.publication_changed.send(sender=type(obj))
    if to_status == Status.PUBLISHED:
        # Readable in every language: machine translations follow after commit.
        translating.text_changed(obj=obj)
    if to_status == Status.SUBMITTED:
        _notify_curators(obj)
    elif to_status in AUTHOR_MAIL and obj.author_id != actor.pk:
        _notify_author(obj, AUTHOR_MAIL[to_status], note)
    return obj


def recount_adaptations(practice_id: int) -> None:
    count = Adaptation.objects.filter(
        practice_id=practice_id, status=Status.PUBLISHED
    ).count()
    Practice.objects.filter(pk=practice_id).update(adaptation_count=count)
    practice_reindex(practice_ids=[practice_id])


def _notify_author(obj, kind: str, note: str) -> None:
    author = obj.author
    with translation.override(author.preferred_language):
        link = _link_for(obj, author)
    notify(
        author,
        kind,
        link=link,
        title=title_in(obj, author.preferred_language),
        what=str(_kind_label(obj, author.preferred_language)),
        note=note,
    )


def _notify_adapted(adaptation: Adaptation) -> None:
    """Tell the author of a practice that another school's adaptation of it is published
    (not when she adapted it herself, nor once she has left)."""
    practice = adaptation.practice
    author = practice.author
    if author.pk == adaptation.author_id:
        return
    if not author.is_active or author.deleted_at is not None:
        return
    with translation.override(author.preferred_language):
        link = reverse("inventory:adaptation-detail", kwargs={"pk": adaptation.pk})
    # The titles are read in the templates, so that a mail held for the adaptation's
    # machine translation (notify) is rendered again with it.
    notify(
        author,
        "inventory_adapted",
        link=link,
        awaiting=adaptation,
        practice=practice,
        school=adaptation.school,
        school_name=adaptation.school.name,
        adaptation=adaptation,
    )


def _notify_curators(obj) -> None:
    for curator in curators().exclude(pk=obj.author_id):
        with translation.override(curator.preferred_language):
            link = reverse(
                f"admin:inventory_{obj._meta.model_name}_change", args=[obj.pk]
            )
        notify(
            curator,
            "inventory_submitted",
            link=link,
            title=title_in(obj, curator.preferred_language),
            what=str(_kind_label(obj, curator.preferred_language)),
            author_name=str(obj.author),
        )


def _kind_label(obj, language: str) -> str:
    with translation.override(language):
        return str(obj._meta.verbose_name)


def title_in(obj, language: str) -> str:
    return translated_field(obj, "title", language)["value"] or str(obj)


def _link_for(obj, member) -> str:
    if isinstance(obj, Practice):
        if obj.is_editable:
            return reverse("inventory:practice-edit", kwargs={"slug": obj.slug})
        return reverse("inventory:practice-detail", kwargs={"slug": obj.slug})
    if obj.is_editable:
        return reverse("inventory:adaptation-edit", kwargs={"pk": obj.pk})
    return reverse("inventory:adaptation-detail", kwargs={"pk": obj.pk})
