"""The PDF compendium "Inventory of good practices": requesting it and building it.

A member asks for the compendium of one language (`compendium_request`); a Celery task
claims the row and builds the PDF (`compendium_generate`) with WeasyPrint, reporting its
progress on the row as it goes.

Memory: the practices are read and laid out in batches of BATCH_SIZE, each batch as a
document of its own, so no more than one batch of rows and HTML is held at a time; the
laid-out pages of all batches are kept until the single PDF is written to a temporary
file on disk and then to the default storage. The front matter (title page, contents with
page numbers) is laid out last, once the page of every practice is known; the body pages
are numbered from 1 across batches, the front matter in roman numerals.
"""

import logging
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import connection, models, transaction
from django.db.models import Count, Max, Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from siehub.i18n import translated_field
from siehub.models import Area, EducationLevel
from siehub.pdf import picture_uri, static_files_fetcher, static_path

from ..models import Compendium, MeasureType, Practice, TargetGroup

logger = logging.getLogger(__name__)
# WeasyPrint logs every laid-out page at INFO: thousands of lines per compendium.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

ACTIVE_STATES = (Compendium.State.PENDING, Compendium.State.RUNNING)
# Practices laid out per WeasyPrint document; the progress is saved after each batch.
BATCH_SIZE = 50
# A member may ask for the compendium of one language this often.
REQUEST_INTERVAL = timedelta(minutes=10)
# The Celery task gives up after TIME_LIMIT; a row still pending or running after
# STALE_AFTER was lost (a worker died, the broker dropped it) and no longer blocks.
TIME_LIMIT = timedelta(hours=2)
STALE_AFTER = timedelta(hours=3)
# Ready compendia kept per language; older files are deleted.
KEEP_PER_LANGUAGE = 3
# Share of the progress bar for laying out the practices; the rest is writing the file.
LAYOUT_SHARE = 90


# Requesting ------------------------------------------------------------------------------


def _lock_language(language: str) -> None:
    """Serialise requests for one language until the transaction ends (PostgreSQL).

    SQLite serialises writing transactions by itself.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))",
                [f"inventory.compendium.{language}"],
            )


def _is_up_to_date(compendium: Compendium | None) -> bool:
    """Whether nothing was published, edited or withdrawn since `compendium` was built."""
    if compendium is None or compendium.finished_at is None:
        return False
    state = Practice.objects.published().aggregate(
        count=Count("pk"), updated=Max("updated_at"), published=Max("published_at")
    )
    changed = [moment for moment in (state["updated"], state["published"]) if moment]
    return state["count"] == compendium.practice_count and all(
        moment <= compendium.created_at for moment in changed
    )


def _queue_generation(compendium_id: int) -> None:
    from ..tasks import generate_compendium

    try:
        generate_compendium.delay(compendium_id)
    except Exception as exc:
        # A broker outage: say so on the page rather than leave the member waiting.
        logger.exception("Compendium %s could not be queued", compendium_id)
        Compendium.objects.filter(
            pk=compendium_id, state=Compendium.State.PENDING
        ).update(
            state=Compendium.State.FAILED,
            error=f"Not queued: {type(exc).__name__}: {exc}"[:2000],
            finished_at=timezone.now(),
        )


@transaction.atomic
def compendium_request(*, user, language: str) -> tuple[Compendium, bool]:
    """Ask for the compendium of `language`; return it and whether a new one was started.

    One compendium per language is generated at a time: while one is waiting or running,
    that one is returned. A ready compendium that is still up to date with the inventory
    is returned as it is. Otherwise a new one is created and its generation is queued
    after commit. A member may start one per language every REQUEST_INTERVAL.
    """
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("This language is not available."), code="invalid")
    _lock_language(language)
    now = timezone.now()
    Compendium.objects.filter(
        language=language, state__in=ACTIVE_STATES, created_at__lt=now - STALE_AFTER
    ).update(
        state=Compendium.State.FAILED,
        error="Abandoned: not finished in time.",
        finished_at=now,
    )
    active = (
        Compendium.objects.filter(language=language, state__in=ACTIVE_STATES)
        .order_by("-created_at")
        .first()
    )
    if active is not None:
        return active, False
    latest = (
        Compendium.objects.filter(language=language, state=Compendium.State.READY)
        .order_by("-created_at")
        .first()
    )
    if latest is not None and _is_up_to_date(latest):
        return latest, False
    last_request = (
        Compendium.objects.filter(
            requested_by=user,
            language=language,
            created_at__gt=now - REQUEST_INTERVAL,
        )
        .order_by("-created_at")
        .first()
    )
    if last_request is not None:
        wait = last_request.created_at + REQUEST_INTERVAL - now
        minutes = max(1, -(-int(wait.total_seconds()) // 60))
        raise ValidationError(
            ngettext(
                "You asked for this compendium a few minutes ago. You can ask again "
                "in %(minutes)d minute.",
                "You asked for this compendium a few minutes ago. You can ask again "
                "in %(minutes)d minutes.",
                minutes,
            )
            % {"minutes": minutes},
            code="too_soon",
        )
    compendium = Compendium.objects.create(language=language, requested_by=user)
    pk = compendium.pk
    transaction.on_commit(lambda: _queue_generation(pk))
    return compendium, True


# Generating ------------------------------------------------------------------------------


def compendium_generate(*, compendium_id: int) -> bool:
    """Build the PDF of a waiting compendium; False if it was not waiting (safe to rerun).

    A conditional UPDATE claims the row, so two workers never build the same compendium.
    Any error marks it failed, with the error kept for the curators and logged.
    """
    claimed = Compendium.objects.filter(
        pk=compendium_id, state=Compendium.State.PENDING
    ).update(state=Compendium.State.RUNNING, progress=0, error="")
    if not claimed:
        return False
    compendium = Compendium.objects.get(pk=compendium_id)
    rows = Compendium.objects.filter(pk=compendium_id)

    def report(done: int, total: int) -> None:
        rows.update(progress=min(LAYOUT_SHARE, LAYOUT_SHARE * done // max(total, 1)))

    try:
        with (
            translation.override(compendium.language),
            tempfile.TemporaryFile(suffix=".pdf") as output,
        ):
            count = build_compendium_pdf(
                language=compendium.language, target=output, on_progress=report
            )
            rows.update(progress=LAYOUT_SHARE + 5)
            output.seek(0)
            stamp = timezone.localdate().isoformat()
            compendium.file.save(
                f"siehub-inventory-{compendium.language}-{stamp}.pdf",
                File(output),
                save=False,
            )
    except Exception as exc:
        logger.exception("Compendium %s failed", compendium_id)
        rows.update(
            state=Compendium.State.FAILED,
            error=f"{type(exc).__name__}: {exc}"[:2000],
            finished_at=timezone.now(),
        )
        return False
    rows.update(
        state=Compendium.State.READY,
        progress=100,
        file=compendium.file.name,
        practice_count=count,
        finished_at=timezone.now(),
    )
    _prune(compendium.language)
    return True


def _prune(language: str) -> None:
    """Delete the files of all but the newest KEEP_PER_LANGUAGE ready compendia."""
    old = Compendium.objects.filter(
        language=language, state=Compendium.State.READY
    ).order_by("-created_at", "-pk")[KEEP_PER_LANGUAGE:]
    for compendium in list(old):
        if compendium.file:
            try:
                compendium.file.delete(save=False)
            except OSError:
                logger.warning("Could not delete %s", compendium.file.name)
        compendium.delete()


# The PDF ---------------------------------------------------------------------------------

# Tagged PDF with a declared language and title, readable by screen readers.
PDF_VARIANT = "pdf/ua-1"
# The only files WeasyPrint may read: the stylesheet and the images of the title page.
PDF_STATIC_FILES = ("css/compendium.css", "img/eu-emblem.svg", "img/logo.svg")


def _render(template: str, context: dict, extra_css: str = "", pictures=()):
    from weasyprint import CSS, HTML

    fetcher = static_files_fetcher(PDF_STATIC_FILES, extra_uris=pictures)
    stylesheet = static_path("css/compendium.css")
    sheets = [CSS(filename=str(stylesheet), url_fetcher=fetcher)]
    if extra_css:
        sheets.append(CSS(string=extra_css, url_fetcher=fetcher))
    return HTML(
        string=render_to_string(template, context),
        base_url=stylesheet.parent.as_uri() + "/",
        url_fetcher=fetcher,
    ).render(stylesheets=sheets, pdf_variant=PDF_VARIANT)


def _published_practices(ids):
    terms: dict[str, type[models.Model]] = {
        "target_groups": TargetGroup,
        "measure_types": MeasureType,
        "areas": Area,
        "education_levels": EducationLevel,
    }
    practices = (
        Practice.objects.filter(pk__in=ids)
        .select_related("organisation", "evidence_level", "cover")
        .prefetch_related(
            "pictures",
            *[
                Prefetch(
                    field, queryset=model._default_manager.order_by("position", "slug")
                )
                for field, model in terms.items()
            ],
        )
        .in_bulk()
    )
    return [practices[pk] for pk in ids if pk in practices]


# A practice's pictures in the compendium: the cover, then a row of at most three more.
PDF_PICTURES = 4


def _pdf_pictures(practice) -> list[dict]:
    """The cover first, then the gallery, as local files WeasyPrint may read, with their
    text alternatives in the compendium's language."""
    pictures = sorted(
        practice.pictures.all(), key=lambda p: (p.pk != practice.cover_id, p.position)
    )
    shown: list[dict] = []
    for picture in pictures[:PDF_PICTURES]:
        uri = picture_uri(picture, width=960 if not shown else 480)
        if uri:
            shown.append(
                {
                    "uri": uri,
                    "alt": translated_field(picture, "alt_text"),
                    "width": picture.width,
                    "height": picture.height,
                }
            )
    return shown


def build_compendium_pdf(*, language: str, target, on_progress=None) -> int:
    """Write the A4 compendium of the published practices in `language` to `target`.

    Call inside translation.override(language). Returns the number of practices.
    """
    ids = list(
        Practice.objects.published()
        .order_by("country", "published_at", "pk")
        .values_list("pk", flat=True)
    )
    total = len(ids)
    detail_path = reverse("inventory:practice-detail", kwargs={"slug": "-"})[:-2]
    body_pages, contents, previous_country = [], [], None
    next_page = 1
    for start in range(0, total, BATCH_SIZE):
        entries, uris = [], []
        for number, practice in enumerate(
            _published_practices(ids[start : start + BATCH_SIZE]), start=start + 1
        ):
            pictures = _pdf_pictures(practice)
            uris += [item["uri"] for item in pictures]
            entries.append(
                {
                    "number": number,
                    "practice": practice,
                    "pictures": pictures,
                    "anchor": f"practice-{practice.pk}",
                    "url": f"{settings.SITE_URL}{detail_path}{practice.slug}/",
                    "new_country": practice.country != previous_country,
                }
            )
            previous_country = practice.country
        document = _render(
            "inventory/pdf/practices.html",
            {"entries": entries, "language": language},
            # The body is numbered from 1 across the batches.
            extra_css=f"@page :first {{ counter-reset: page {next_page} }}",
            pictures=uris,
        )
        first_page: dict[str, int] = {}
        for index, page in enumerate(document.pages):
            for anchor in page.anchors:
                first_page.setdefault(anchor, next_page + index)
        for entry in entries:
            practice = entry["practice"]
            contents.append(
                {
                    "number": entry["number"],
                    "anchor": entry["anchor"],
                    "title": translated_field(practice, "title"),
                    "organisation": (
                        practice.organisation.name if practice.organisation else ""
                    ),
                    "country": practice.get_country_display(),
                    "new_country": entry["new_country"],
                    "page": first_page.get(entry["anchor"], ""),
                }
            )
        next_page += len(document.pages)
        body_pages.extend(document.pages)
        del document, entries
        if on_progress:
            on_progress(min(start + BATCH_SIZE, total), total)
    front = _render(
        "inventory/pdf/front.html",
        {
            "language": language,
            "language_name": get_language_info(language)["name_local"],
            "contents": contents,
            "practice_count": total,
            "generated_at": timezone.localdate(),
            "site_url": settings.SITE_URL,
            "emblem_url": static_path("img/eu-emblem.svg").as_uri(),
            "logo_url": static_path("img/logo.svg").as_uri(),
        },
    )
    front.copy(front.pages + body_pages).write_pdf(
        target=target, pdf_variant=PDF_VARIANT
    )
    return total
