"""Pictures: checked by their content, cleaned, and resized for the screens that show them.

An upload is read by Pillow (not judged by its name): JPEG, PNG or WebP, at most
`PICTURE_MAX_PIXELS` (read from the header before anything is decoded, so a "pixel bomb"
costs nothing). It is cleaned in the request: turned upright, stripped of every metadata
block (EXIF with the camera's GPS position, XMP, comments) and kept at most
`PICTURE_MAX_EDGE` pixels wide or high, so what is stored and served is never the file the
camera wrote. Celery then makes the renditions: each width of `PICTURE_WIDTHS` below the
picture's own, in WebP and JPEG, named after the stored file ("abc.jpg" → "abc-480.webp",
"abc-480.jpg"); templates offer them through `srcset` (siehub/templatetags/siehub.py,
`picture`).

The models share `siehub.models.Picture`: a saved new file queues its renditions after
commit (a broker outage never fails the upload: the periodic sweep makes what is missing),
a deleted row takes its files with it.
"""

import functools
import io
import json
import logging
import threading
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

_TRUNCATION_LOCK = threading.Lock()
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_FORMATS = (("webp", "WEBP"), ("jpg", "JPEG"))
RENDITION_OPTIONS = {
    "WEBP": {"quality": 80, "method": 4},
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
}


def max_pixels() -> int:
    return settings.PICTURE_MAX_PIXELS


def max_bytes() -> int:
    return settings.PICTURE_MAX_BYTES


def widths() -> tuple[int, ...]:
    return tuple(sorted(settings.PICTURE_WIDTHS))


@dataclass
class Cleaned:
    """A cleaned picture, ready to be saved in an ImageField."""

    file: ContentFile
    width: int
    height: int


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, code="picture")


def clean_upload(upload) -> Cleaned:
    """Check an uploaded file by its content and return it cleaned (upright, without
    metadata, at most PICTURE_MAX_EDGE pixels on its longer side), or raise a
    ValidationError that says what is wrong in the reader's language."""
    size = getattr(upload, "size", None) or 0
    if size > max_bytes():
        raise _refuse(
            _("The picture is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes())}
        )
    upload.seek(0)
    try:
        # Image.open reads the header only: the size is known before any decoding.
        image = Image.open(upload)
        kind = image.format
        width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise _refuse(
            _("This file is not a picture we can show. Use a JPEG, PNG or WebP image.")
        ) from None
    if kind not in ACCEPTED_FORMATS:
        raise _refuse(
            _("This file is not a picture we can show. Use a JPEG, PNG or WebP image.")
        )
    if width * height > max_pixels():
        raise _refuse(
            _(
                "The picture has %(pixels)s megapixels; at most %(limit)s are accepted. "
                "Save it smaller (for example 3000 pixels wide) and choose it again."
            )
            % {
                "pixels": round(width * height / 1_000_000),
                "limit": round(max_pixels() / 1_000_000),
            }
        )
    try:
        cleaned = _clean(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        # A valid header over a broken or truncated body.
        raise _refuse(
            _("This picture is damaged and cannot be read. Please choose another file.")
        ) from None
    return cleaned


def _clean(image: Image.Image) -> Cleaned:
    edge = settings.PICTURE_MAX_EDGE
    if image.format == "JPEG":
        # Decode at a reduced scale when the picture is far larger than kept (fast).
        image.draft("RGB", (edge, edge))
    # WeasyPrint, once imported, tells Pillow to accept truncated files process-wide:
    # an upload is refused when it is cut short, whatever else the process loaded.
    with _TRUNCATION_LOCK:
        accepting = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            image.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = accepting
    # The camera's orientation applied to the pixels, since the EXIF block goes.
    image = ImageOps.exif_transpose(image)
    transparent = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if transparent else "RGB")
    image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    # Saved afresh without exif=, xmp= or icc_profile=: no metadata block survives.
    if transparent:
        image.save(buffer, "PNG", optimize=True)
        extension = "png"
    else:
        image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
        extension = "jpg"
    name = f"{uuid.uuid4().hex}.{extension}"
    return Cleaned(ContentFile(buffer.getvalue(), name=name), *image.size)


def rendition_name(name: str, width: int, extension: str) -> str:
    stem = name.rsplit(".", 1)[0]
    return f"{stem}-{width}.{extension}"


def rendition_widths(width: int) -> list[int]:
    """The widths made for a picture `width` pixels wide: each smaller standard width,
    and its own width up to the largest standard one (1200 → 480, 960, 1200; 3000 →
    480, 960, 1600; 300 → 300)."""
    made = [w for w in widths() if w < width]
    top = min(width, max(widths()))
    return made if top in made else [*made, top]


def make_renditions(name: str, width: int) -> list[int]:
    """Write the WebP and JPEG renditions of the stored picture `name`; return the
    widths made. Running it again rewrites the same files."""
    with default_storage.open(name, "rb") as stored:
        image: Image.Image = Image.open(stored)
        image.load()
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    made = []
    for target in rendition_widths(width or image.width):
        copy = image.copy()
        if target < copy.width:
            copy.thumbnail(
                (target, round(copy.height * target / copy.width) or 1),
                Image.Resampling.LANCZOS,
            )
        for extension, kind in RENDITION_FORMATS:
            frame = copy if kind != "JPEG" else copy.convert("RGB")
            buffer = io.BytesIO()
            frame.save(buffer, kind, **RENDITION_OPTIONS[kind])
            path = rendition_name(name, target, extension)
            if default_storage.exists(path):
                default_storage.delete(path)
            default_storage.save(path, ContentFile(buffer.getvalue()))
        made.append(target)
    return made


def delete_files(name: str, made: list[int]) -> None:
    """Remove a picture's file and its renditions (after its row is deleted)."""
    paths = [name] + [
        rendition_name(name, width, extension)
        for width in made
        for extension, _kind in RENDITION_FORMATS
    ]
    for path in paths:
        try:
            default_storage.delete(path)
        except OSError:  # pragma: no cover - a storage that is away: log, go on
            logger.warning("Could not delete %s", path)


# The models' side ------------------------------------------------------------------------


def picture_models() -> list:
    """Every concrete model with pictures (subclasses of siehub.models.Picture)."""
    from django.apps import apps

    from .models import Picture

    return [m for m in apps.get_models() if issubclass(m, Picture)]


def queue_renditions(*, picture, replaced: str = "", replaced_widths=()) -> None:
    """After commit: ask Celery for the renditions of a new file, and remove the file it
    replaced (with its renditions)."""
    label, pk = picture._meta.label_lower, picture.pk
    old_widths = list(replaced_widths)

    def queue():
        from .tasks import picture_renditions

        picture_renditions.delay(label, pk)

    def forget():
        delete_files(replaced, old_widths)

    transaction.on_commit(queue, robust=True)
    if replaced:
        transaction.on_commit(forget, robust=True)


def renditions_make(*, label: str, pk: int) -> list[int]:
    """The Celery task's work: make the renditions of one picture and record them, unless
    its file was replaced meanwhile (the new file has its own task)."""
    from django.apps import apps

    model = apps.get_model(label)
    picture = model.objects.filter(pk=pk).only("image", "width").first()
    if picture is None or not picture.image:
        return []
    made = make_renditions(picture.image.name, picture.width)
    model.objects.filter(pk=pk, image=picture.image.name).update(
        renditions=",".join(str(width) for width in made)
    )
    return made


def renditions_sweep(*, limit: int = 200) -> int:
    """Periodic: make the renditions that no task made (a broker that was away, a worker
    that died); returns how many pictures it did."""
    done = 0
    for model in picture_models():
        for pk in (
            model.objects.filter(renditions="")
            .exclude(image="")
            .values_list("pk", flat=True)[:limit]
        ):
            try:
                renditions_make(label=model._meta.label_lower, pk=pk)
            except (OSError, ValueError) as error:
                logger.warning("Renditions of %s %s failed: %s", model, pk, error)
                continue
            done += 1
    return done


def forget_files(sender, instance, **kwargs) -> None:
    """post_delete of a picture: its files go once the deletion is committed."""
    name, made = instance.image.name, instance.rendition_widths
    if name:
        transaction.on_commit(lambda: delete_files(name, made), robust=True)


# The demo's pictures -----------------------------------------------------------------------

DEMO_FOLDER = settings.BASE_DIR / "siehub" / "demo_pictures"


@functools.cache
def _demo_entries() -> dict:
    entries = json.loads((DEMO_FOLDER / "pictures.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in entries}


def demo_picture(name: str) -> dict:
    """A picture drawn for the demo (siehub/demo_pictures, CC0, CREDITS.md), cleaned as
    an upload would be, with its texts in the four languages: the model's fields."""
    entry = _demo_entries()[name]
    with open(DEMO_FOLDER / name, "rb") as file:
        cleaned = clean_upload(File(file, name=name))
    return {
        "image": cleaned.file,
        "credit": entry["credit"],
        "faces_consent": True,
        **{f"alt_text_{code}": text for code, text in entry["alt"].items()},
        **{f"caption_{code}": text for code, text in entry["caption"].items()},
    }
