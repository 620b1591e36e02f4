"""Every write of the inventory: drafting, the moderation workflow, comments, search index.

Practices and adaptations share one workflow: a member drafts, submits; a curator
publishes, requests changes or rejects; every transition is recorded and mailed.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.models import Community, Membership
from network.services.communities import can_moderate
from siehub import events, translating
from siehub.i18n import LANGUAGE_CODES, translated_field
from siehub.services import notify
from siehub.text import sanitize_html, slug_base, text_to_html

from .filters import inventory_changed
from .models import (
    Adaptation,
    Attachment,
    Comment,
    CommentReport,
    GatheredPractice,
    OutcomeIndicator,
    Practice,
    Revision,
    Status,
    StatusChange,
)

REVIEW_PERMISSION = "inventory.review"

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


def is_curator(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def curators():
    """Everyone who reviews the inventory (by permission, directly or through a group)."""
    User = get_user_model()
    return User.objects.with_perm(
        REVIEW_PERMISSION, backend="django.contrib.auth.backends.ModelBackend"
    ).filter(is_active=True)


# Text ------------------------------------------------------------------------------------


def clean_section(text: str) -> str:
    """Sections are written as plain text or light HTML; store sanitised HTML."""
    return sanitize_html(text_to_html(text or ""))


def _set_translated(obj, field: str, language: str, value: str) -> None:
    setattr(obj, f"{field}_{language}", value)


def practice_reindex(*, practice_ids) -> None:
    """Bring the search entries of these practices up to date (inventory.search): a
    published one is (re)indexed, any other leaves the list and search."""
    from .search import index_practices

    index_practices(practice_ids=list(practice_ids))


def practices_texts_changed(ids) -> None:
    """After their translations changed: search reads them, lists show them."""
    practice_reindex(practice_ids=ids)
    inventory_changed()


def _unique_slug(model, text: str) -> str:
    base = slug_base(text, fallback="practice")
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


# Drafting --------------------------------------------------------------------------------

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


def _apply_texts(obj, data: dict, plain_fields) -> None:
    """Write the title and sections into the original language's columns, sanitised,
    and the plain fields as given (a practice or an adaptation)."""
    language = data.get("original_language") or obj.original_language
    obj.original_language = language
    if "title" in data:
        _set_translated(obj, "title", language, (data["title"] or "").strip())
    for section in obj.SECTIONS:
        if section in data:
            _set_translated(obj, section, language, clean_section(data[section]))
    for field in plain_fields:
        if field in data:
            setattr(obj, field, data[field])


def _apply_practice_data(practice: Practice, data: dict) -> None:
    _apply_texts(practice, data, PRACTICE_PLAIN_FIELDS)


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
    _set_translated(practice, "title", practice.original_language, title)
    practice.slug = _unique_slug(Practice, title)
    practice.save()
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


# The plain fields an edit after publication is compared on (besides the translated ones).
REVISION_PLAIN_FIELDS = {
    Practice: ("duration", "keywords", "scale", "country", "licence"),
    Adaptation: ("period",),
}


def revision_snapshot(obj) -> dict:
    """The values a revision compares: every translated column and the plain fields."""
    fields = [
        f"{field}_{code}" for field in obj.TRANSLATED_FIELDS for code in LANGUAGE_CODES
    ]
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
        editor=editor, changes=changes, **_subject_kwargs(obj)
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


def _check_transition(obj, actor, to_status: str) -> None:
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
    if who == "curator" and not is_curator(actor):
        raise PermissionDenied


def _subject_kwargs(obj) -> dict:
    return {"practice": obj} if isinstance(obj, Practice) else {"adaptation": obj}


def _transition(obj, *, actor, to_status: str, note: str = ""):
    """Check, change, record and notify: the one path of every status change."""
    model = type(obj)
    obj = model.objects.select_for_update().get(pk=obj.pk)
    _check_transition(obj, actor, to_status)
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
        **_subject_kwargs(obj),
    )
    if isinstance(obj, Adaptation) and Status.PUBLISHED in (from_status, to_status):
        _recount_adaptations(obj.practice_id)
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


def _recount_adaptations(practice_id: int) -> None:
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
        title=_title_in(obj, author.preferred_language),
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
            title=_title_in(obj, curator.preferred_language),
            what=str(_kind_label(obj, curator.preferred_language)),
            author_name=str(obj.author),
        )


def _kind_label(obj, language: str) -> str:
    with translation.override(language):
        return str(obj._meta.verbose_name)


def _title_in(obj, language: str) -> str:
    return translated_field(obj, "title", language)["value"] or str(obj)


def _link_for(obj, member) -> str:
    if isinstance(obj, Practice):
        if obj.is_editable:
            return reverse("inventory:practice-edit", kwargs={"slug": obj.slug})
        return reverse("inventory:practice-detail", kwargs={"slug": obj.slug})
    if obj.is_editable:
        return reverse("inventory:adaptation-edit", kwargs={"pk": obj.pk})
    return reverse("inventory:adaptation-detail", kwargs={"pk": obj.pk})


@transaction.atomic
def practice_submit(*, practice: Practice, author) -> Practice:
    """Send a complete draft (or a returned practice) to the curators."""
    return _transition(practice, actor=author, to_status=Status.SUBMITTED)


@transaction.atomic
def practice_withdraw(*, practice: Practice, author) -> Practice:
    """Take a submitted practice back to draft to keep editing it."""
    return _transition(practice, actor=author, to_status=Status.DRAFT)


@transaction.atomic
def practice_publish(*, practice: Practice, curator, note: str = "") -> Practice:
    """Publish a submitted practice; the author is told."""
    practice = _transition(
        practice, actor=curator, to_status=Status.PUBLISHED, note=note
    )
    practice_reindex(practice_ids=[practice.pk])
    return practice


@transaction.atomic
def practice_request_changes(*, practice: Practice, curator, note: str) -> Practice:
    """Return a submitted practice to its author with the changes needed."""
    return _transition(
        practice, actor=curator, to_status=Status.CHANGES_REQUESTED, note=note
    )


@transaction.atomic
def practice_reject(*, practice: Practice, curator, note: str = "") -> Practice:
    """Decline a submitted practice; the author is told why."""
    return _transition(practice, actor=curator, to_status=Status.REJECTED, note=note)


@transaction.atomic
def practice_archive(*, practice: Practice, curator, note: str = "") -> Practice:
    """Withdraw a published practice from the inventory (kept for the record)."""
    return _transition(practice, actor=curator, to_status=Status.ARCHIVED, note=note)


# Adaptations -----------------------------------------------------------------------------


def _apply_adaptation_data(adaptation: Adaptation, data: dict) -> None:
    _apply_texts(
        adaptation, data, ("school", "period", "video_url", "no_personal_data")
    )


@transaction.atomic
def adaptation_create(*, practice: Practice, author, data: dict) -> Adaptation:
    """Start an adaptation of a published practice as the author's draft."""
    if practice.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published practice can be adapted."))
    school = data.get("school") or author.organisation
    if school is None:
        raise ValidationError(
            _("Choose the school or organisation that adapted the practice.")
        )
    if school.pk == practice.organisation_id:
        raise ValidationError(
            _(
                "An adaptation is made by another school than the one that wrote the practice."
            )
        )
    adaptation = Adaptation(practice=practice, author=author, status=Status.DRAFT)
    _apply_adaptation_data(adaptation, {**data, "school": school})
    language = adaptation.original_language
    if not getattr(adaptation, f"title_{language}"):
        _set_translated(adaptation, "title", language, _title_in(practice, language))
    adaptation.save()
    return adaptation


@transaction.atomic
def adaptation_update(*, adaptation: Adaptation, editor, data: dict) -> Adaptation:
    """Save the author's edit of an adaptation that is a draft or was returned."""
    adaptation = Adaptation.objects.select_for_update().get(pk=adaptation.pk)
    if adaptation.author_id != editor.pk:
        raise PermissionDenied
    if not adaptation.is_editable:
        raise ValidationError(_("This adaptation can no longer be edited."))
    _apply_adaptation_data(adaptation, data)
    adaptation.save()
    return adaptation


@transaction.atomic
def adaptation_report_outcomes(
    *, adaptation: Adaptation, author, data: dict
) -> Adaptation:
    """Add what came of a published adaptation (results, lessons learned, period) in its
    original language: no new review, but the change is recorded for the curators."""
    adaptation = Adaptation.objects.select_for_update().get(pk=adaptation.pk)
    if not adaptation.outcomes_editable_by(author):
        raise PermissionDenied
    before = revision_snapshot(adaptation)
    language = adaptation.original_language
    for section in Adaptation.OUTCOME_SECTIONS:
        if section in data:
            _set_translated(adaptation, section, language, clean_section(data[section]))
    for field in Adaptation.OUTCOME_FIELDS:
        if field in data:
            setattr(adaptation, field, " ".join((data[field] or "").split()))
    if not (getattr(adaptation, f"results_{language}") or "").strip():
        raise ValidationError(_("A published adaptation keeps its results."))
    adaptation.save()
    revision_record(obj=adaptation, editor=author, before=before)
    translating.text_changed(obj=adaptation)
    return adaptation


@transaction.atomic
def adaptation_report_indicators(
    *, adaptation: Adaptation, author, figures: dict[str, dict | None]
) -> list[OutcomeIndicator]:
    """Set the indicators an adaptation's school reports ({indicator: fields}, None to
    remove one): validated by the model's rules, recorded for the curators like the
    other outcomes. Returns the indicators now reported."""
    adaptation = Adaptation.objects.select_for_update().get(pk=adaptation.pk)
    if not adaptation.outcomes_editable_by(author):
        raise PermissionDenied
    reported = {item.indicator: item for item in adaptation.indicators.all()}
    for indicator, fields in figures.items():
        current = reported.get(indicator)
        if fields is None:
            if current is not None:
                current.delete()
                reported.pop(indicator)
            continue
        item = current or OutcomeIndicator(adaptation=adaptation, indicator=indicator)
        for name, value in fields.items():
            setattr(item, name, value)
        item.full_clean(exclude=["adaptation"])
        item.save()
        reported[indicator] = item
    events.publication_changed.send(sender=OutcomeIndicator)
    return sorted(reported.values(), key=lambda item: item.indicator)


@transaction.atomic
def adaptation_submit(*, adaptation: Adaptation, author) -> Adaptation:
    """Send a complete adaptation to the curators."""
    return _transition(adaptation, actor=author, to_status=Status.SUBMITTED)


@transaction.atomic
def adaptation_publish(
    *, adaptation: Adaptation, curator, note: str = ""
) -> Adaptation:
    """Publish a submitted adaptation; the practice's count follows."""
    return _transition(adaptation, actor=curator, to_status=Status.PUBLISHED, note=note)


@transaction.atomic
def adaptation_request_changes(
    *, adaptation: Adaptation, curator, note: str
) -> Adaptation:
    """Return a submitted adaptation with the changes needed."""
    return _transition(
        adaptation, actor=curator, to_status=Status.CHANGES_REQUESTED, note=note
    )


@transaction.atomic
def adaptation_reject(*, adaptation: Adaptation, curator, note: str = "") -> Adaptation:
    """Decline a submitted adaptation."""
    return _transition(adaptation, actor=curator, to_status=Status.REJECTED, note=note)


# Attachments -----------------------------------------------------------------------------


@transaction.atomic
def attachment_add(*, practice: Practice, author, data: dict) -> Attachment:
    """Attach a checked file or a link to the author's editable practice."""
    if not practice.is_editable_by(author):
        raise PermissionDenied
    upload = data.get("file")
    attachment = Attachment(
        practice=practice,
        title=data["title"],
        kind=data["kind"],
        url=data.get("url") or "",
        position=practice.attachments.count(),
    )
    if upload:
        attachment.file = upload
        attachment.size = upload.size
        attachment.content_type = data.get("content_type") or ""
    attachment.save()
    return attachment


@transaction.atomic
def practice_attachments_update(
    *, practice: Practice, author, add=(), remove=()
) -> list[Attachment]:
    """Add checked files and links to the author's editable practice and remove the
    chosen ones, all or nothing; return the added attachments."""
    for attachment in remove:
        if attachment.practice_id != practice.pk:
            raise PermissionDenied
        attachment_delete(attachment=attachment, author=author)
    return [attachment_add(practice=practice, author=author, data=data) for data in add]


@transaction.atomic
def attachment_delete(*, attachment: Attachment, author) -> None:
    """Remove an attachment (and its file) from the author's editable practice."""
    practice = attachment.practice
    if not practice.is_editable_by(author):
        raise PermissionDenied
    file = attachment.file
    attachment.delete()
    if file:
        storage, stored = file.storage, file.name
        transaction.on_commit(lambda: storage.delete(stored))


# Pictures --------------------------------------------------------------------------------


@transaction.atomic
def pictures_update(
    *, owner: Practice | Adaptation, author, add=(), remove=(), cover=None
):
    """Add cleaned pictures to the author's editable practice or adaptation, remove the
    chosen ones and set its cover (the chosen picture, else the first), all or nothing.

    Each new picture's text alternative and caption are written in the owner's language
    (the translation workflow takes them from there); the author's word about pupils'
    faces is recorded on each. Returns the added pictures."""
    if not owner.is_editable_by(author):
        raise PermissionDenied
    pictures = owner.pictures
    own = set(pictures.values_list("pk", flat=True))
    removed = {picture.pk for picture in remove}
    if not removed <= own:
        raise PermissionDenied
    language = owner.original_language
    position = (pictures.aggregate(last=Max("position"))["last"] or 0) + 1
    added = [
        pictures.create(
            image=data["image"],
            credit=(data.get("credit") or "").strip(),
            position=position + offset,
            faces_consent=True,
            **{
                f"alt_text_{language}": data["alt_text"],
                f"caption_{language}": (data.get("caption") or "").strip(),
            },
        )
        for offset, data in enumerate(add)
    ]
    for picture in remove:
        picture.delete()
    if cover is not None and (cover.pk in removed or cover.pk not in own):
        cover = None
    if cover is None:
        cover = pictures.order_by("position", "pk").first()
    type(owner).objects.filter(pk=owner.pk).update(cover=cover)
    owner.cover = cover
    return added


# Comments --------------------------------------------------------------------------------


@transaction.atomic
def comment_post(*, subject, author, body: str) -> Comment:
    """A member's comment on a published practice or adaptation."""
    if subject.status != Status.PUBLISHED:
        raise ValidationError(_("Comments are open on published texts only."))
    body = body.strip()
    if not body:
        raise ValidationError(_("Write a comment first."))
    kwargs = _subject_kwargs(subject)
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
            title=_title_in(subject, curator.preferred_language),
            excerpt=comment.body[:200],
            reason=reason[:300],
        )
    return True


@transaction.atomic
def comment_hide(*, comment: Comment, curator) -> Comment:
    """Hide a comment from the public page (curators only)."""
    if not is_curator(curator):
        raise PermissionDenied
    Comment.objects.filter(pk=comment.pk).update(is_hidden=True, hidden_by=curator)
    comment.refresh_from_db()
    return comment


# Professional communities ----------------------------------------------------------------


@transaction.atomic
def practice_gather(
    *, practice: Practice, community: Community, user, note: str = ""
) -> GatheredPractice:
    """Gather a published practice into a community the user is a member of (once)."""
    if practice.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published practice can be gathered."))
    if not community.is_active:
        raise ValidationError(_("This community is closed."))
    if not Membership.objects.filter(community=community, user=user).exists():
        raise ValidationError(_("Join the community to gather practices for it."))
    try:
        with transaction.atomic():
            return GatheredPractice.objects.create(
                community=community,
                practice=practice,
                added_by=user,
                note=" ".join((note or "").split())[:300],
            )
    except IntegrityError:
        raise ValidationError(
            _("This practice is already gathered in “%(community)s”.")
            % {"community": translated_field(community, "name")["value"]}
        ) from None


@transaction.atomic
def gathered_practice_remove(*, gathered: GatheredPractice, user) -> None:
    """Take a practice out of a community (its facilitators and curators only)."""
    if not (
        can_moderate(user, gathered.community)
        or user.has_perm("inventory.delete_gatheredpractice")
    ):
        raise PermissionDenied
    gathered.delete()
