"""What every PDF of the platform (compendium, certificates) needs from WeasyPrint: the
project's static files by path, and a fetcher that reads those and nothing else."""

from pathlib import Path

from django.contrib.staticfiles import finders


def static_path(name: str) -> Path:
    found = finders.find(name)
    if not found:
        raise FileNotFoundError(f"static file {name} not found")
    return Path(found).resolve()


def static_files_fetcher(names):
    """A URL fetcher of these static files only: no text laid out makes us fetch a URL
    (a link to an intranet address in a practice, say)."""
    from weasyprint.urls import URLFetcher

    allowed = {static_path(name).as_uri() for name in names}

    class StaticFilesOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if url.split("?")[0] not in allowed:
                raise ValueError(f"Not fetched into a PDF: {url}")
            return super().fetch(url, headers)

    return StaticFilesOnly(allowed_protocols=("file",))
