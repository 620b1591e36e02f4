"""What every PDF of the platform (compendium, certificates) needs from WeasyPrint: the
project's static files by path, and a fetcher that reads those and nothing else."""

from pathlib import Path

from django.contrib.staticfiles import finders


def static_path(name: str) -> Path:
    found = finders.find(name)
    if not found:
        raise FileNotFoundError(f"static file {name} not found")
    return Path(found).resolve()


def static_files_fetcher(names, extra_uris=()):
    """A URL fetcher of these static files (and the local `extra_uris`, the pictures of
    a document) only: no text laid out makes us fetch a URL (a link to an intranet
    address in a practice, say)."""
    from weasyprint.urls import URLFetcher

    allowed = {static_path(name).as_uri() for name in names} | set(extra_uris)

    class StaticFilesOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if url.split("?")[0] not in allowed:
                raise ValueError(f"Not fetched into a PDF: {url}")
            return super().fetch(url, headers)

    return StaticFilesOnly(allowed_protocols=("file",))


def picture_uri(picture, width: int = 960) -> str:
    """The local file of a picture's rendition closest to `width` (the cleaned file
    before Celery made them), as a file: URI for WeasyPrint; "" where the storage has no
    local files (S3): the PDF then goes without the picture."""
    from django.core.files.storage import default_storage

    from .pictures import rendition_name

    widths = picture.rendition_widths
    name = picture.image.name
    if widths:
        name = rendition_name(name, min(widths, key=lambda w: abs(w - width)), "jpg")
    try:
        path = Path(default_storage.path(name))
    except NotImplementedError:
        return ""
    return path.resolve().as_uri() if path.exists() else ""
