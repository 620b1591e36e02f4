"""A practice's attachments and the pictures of practices and adaptations."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max

from ..models import (
    Adaptation,
    Attachment,
    Practice,
)
from ..permissions import can_edit_adaptation, can_edit_practice

# Attachments -----------------------------------------------------------------------------


@transaction.atomic
def attachment_add(*, practice: Practice, author, data: dict) -> Attachment:
    """Attach a checked file or a link to the author's editable practice."""
    if not can_edit_practice(author, practice):
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
    if not can_edit_practice(author, practice):
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
    can_edit = can_edit_practice if isinstance(owner, Practice) else can_edit_adaptation
    if not can_edit(author, owner):
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
