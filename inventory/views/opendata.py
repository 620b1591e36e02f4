"""Open data of the inventory: the Atom feed and the CSV and JSON exports.

Everything here shows published practices only, to everyone; the exports stream."""

import json
from html import escape

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import (
    Http404,
    HttpResponse,
    StreamingHttpResponse,
)
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View

from siehub.exports import csv_response
from siehub.i18n import (
    MACHINE_TRANSLATED_FROM,
    translated_field,
    translation_fields,
)
from siehub.models import Area, EducationLevel
from siehub.text import html_to_text, sanitize_html

from ..filters import PracticeFilter
from ..models import LANGUAGE_CODES, MeasureType, Practice, TargetGroup

FEED_SIZE = 50
# Rows read per query while exporting; the vocabularies are fetched once per chunk.
EXPORT_CHUNK = 500
# Rows written per chunk of the HTTP response.
EXPORT_FLUSH = 100
# The vocabulary columns: name in the export -> (M2M field, vocabulary model).
EXPORT_VOCABULARIES = {
    "target_groups": TargetGroup,
    "measure_types": MeasureType,
    "areas": Area,
    "education_levels": EducationLevel,
}
# Columns exported as the practice holds them.
PLAIN_COLUMNS = (
    "scale",
    "duration",
    "keywords",
    "licence",
    "published_at",
    "adaptation_count",
)
EXPORT_COLUMNS = [
    "slug",
    "url",
    *translation_fields("title", "summary"),
    "original_language",
    # The languages whose title or summary a machine translated (siehub.translating).
    "machine_translated",
    "country",
    "organisation",
    *EXPORT_VOCABULARIES,
    "evidence_level",
    *PLAIN_COLUMNS,
]
# Columns that hold a list (joined with "|" in CSV).
LIST_COLUMNS = {*EXPORT_VOCABULARIES, "keywords", "machine_translated"}


def _practice_url_prefix() -> str:
    """The absolute address of a practice in the active language, up to its slug."""
    path = reverse("inventory:practice-detail", kwargs={"slug": "-"})
    return f"{settings.SITE_URL}{path[:-2]}"


# Atom feed -------------------------------------------------------------------------------


class PracticeFeed(Feed):
    """The newest published practices, in the language of the URL."""

    feed_type = Atom1Feed

    def title(self):
        return _("New good practices · SIE HUB+")

    def subtitle(self):
        return _(
            "Good practices against early school leaving, newly published in the "
            "SIE HUB+ Inventory of good practices."
        )

    def link(self):
        return settings.SITE_URL + reverse("inventory:practice-list")

    def feed_url(self):
        return settings.SITE_URL + reverse("inventory:practice-feed")

    def author_name(self):
        return "SIE HUB+"

    def items(self):
        # The long sections are not shown: only titles and summaries are read.
        unused = [
            f"{section}_{code}"
            for section in Practice.SECTIONS[1:]
            for code in LANGUAGE_CODES
        ]
        return list(
            Practice.objects.published()
            .select_related("author", "organisation")
            .defer(*Practice.SECTIONS[1:], *unused)
            .prefetch_related(
                Prefetch("target_groups", queryset=TargetGroup.objects.all())
            )
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        # Atom titles are plain text: the feed generator escapes them once.
        return translated_field(item, "title")["value"]

    def item_description(self, item):
        summary = translated_field(item, "summary")
        description = sanitize_html(summary["value"])
        if summary["is_machine"]:
            note = MACHINE_TRANSLATED_FROM[summary["machine_source"]]
            description += f"<p><em>{escape(note)}</em></p>"
        return description

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.published_at)

    def item_author_name(self, item):
        # Members are named only with their consent; otherwise their organisation.
        author = item.author
        if author.public_profile and author.get_full_name():
            return author.get_full_name()
        if item.organisation:
            return item.organisation.name
        return "SIE HUB+"

    def item_categories(self, item):
        return [str(group.name) for group in item.target_groups.all()]


# CSV and JSON export ---------------------------------------------------------------------


def _export_queryset(queryset):
    columns = [
        "slug",
        *translation_fields("title", "summary"),
        "original_language",
        "machine_translated",
        "country",
        *translation_fields("name", prefix="organisation__"),
        "evidence_level__slug",
        *PLAIN_COLUMNS,
    ]
    return (
        queryset.select_related("organisation", "evidence_level")
        .only(*columns)
        .prefetch_related(
            *[
                Prefetch(field, queryset=model.objects.only("slug"))
                for field, model in EXPORT_VOCABULARIES.items()
            ]
        )
    )


def export_rows(queryset, url_prefix: str):
    """One dict per practice, read in chunks: memory does not grow with the inventory.

    `url_prefix` is computed by the caller: a stream is consumed after the view returned,
    when the request's language may no longer be active.
    """
    # iterator() with prefetch_related fetches the vocabularies once per chunk.
    for practice in _export_queryset(queryset).iterator(chunk_size=EXPORT_CHUNK):
        row = {"slug": practice.slug, "url": f"{url_prefix}{practice.slug}/"}
        for code in LANGUAGE_CODES:
            row[f"title_{code}"] = getattr(practice, f"title_{code}") or ""
        for code in LANGUAGE_CODES:
            row[f"summary_{code}"] = html_to_text(
                getattr(practice, f"summary_{code}") or ""
            )
        row["original_language"] = practice.original_language
        row["machine_translated"] = [
            code
            for code in LANGUAGE_CODES
            if {"title", "summary"} & set(practice.machine_translated.get(code, {}))
        ]
        row["country"] = practice.country
        row["organisation"] = (
            practice.organisation.name if practice.organisation else ""
        )
        for field in EXPORT_VOCABULARIES:
            row[field] = [term.slug for term in getattr(practice, field).all()]
        row["evidence_level"] = (
            practice.evidence_level.slug if practice.evidence_level else ""
        )
        row["scale"] = practice.scale
        row["duration"] = practice.duration
        row["keywords"] = practice.keyword_list
        row["licence"] = practice.licence
        row["published_at"] = (
            practice.published_at.isoformat() if practice.published_at else ""
        )
        row["adaptation_count"] = practice.adaptation_count
        yield row


def _csv_row(row: dict) -> list:
    """A row of `export_rows` as CSV cells (siehub.exports guards them): lists joined."""
    return [
        "|".join(row[column]) if column in LIST_COLUMNS else row[column]
        for column in EXPORT_COLUMNS
    ]


def stream_json(rows):
    buffer, first = ["["], True
    for row in rows:
        buffer.append(("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False))
        first = False
        if len(buffer) >= EXPORT_FLUSH:
            yield "".join(buffer)
            buffer = []
    buffer.append("\n]\n")
    yield "".join(buffer)


EXPORT_FORMATS = ("csv", "json")
EXPORT_PARAMETERS = set(PracticeFilter.base_filters)


class PracticeExportView(View):
    """All published practices matching the filters of the list page, as CSV or JSON.

    The parameters are those of the list page (unknown ones, like `page`, are ignored);
    an invalid value is answered with 400 and a message naming it, rather than with an
    export of something else than what was asked for.
    """

    http_method_names = ["get", "head", "options"]

    def get(self, request, fmt):
        if fmt not in EXPORT_FORMATS:
            raise Http404
        data = request.GET.copy()
        for key in list(data):
            if key not in EXPORT_PARAMETERS:
                del data[key]
        filterset = PracticeFilter(
            data, queryset=Practice.objects.published(), request=request
        )
        if not filterset.is_valid():
            return self.invalid(filterset)
        rows = export_rows(filterset.qs, _practice_url_prefix())
        stamp = timezone.localdate().isoformat()
        filename = f"siehub-practices-{get_language()}-{stamp}.{fmt}"
        if fmt == "csv":
            response = csv_response(
                EXPORT_COLUMNS, map(_csv_row, rows), filename=filename
            )
        else:
            response = StreamingHttpResponse(
                stream_json(rows), content_type="application/json; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-cache"
        return response

    def invalid(self, filterset):
        lines = [_("The export was not made: some parameters are not valid.")]
        for field, errors in filterset.errors.items():
            label = filterset.form.fields[field].label if field != "__all__" else ""
            for error in errors:
                lines.append(f"- {field} ({label}): {error}" if label else f"- {error}")
        lines.append(
            _("Remove or correct them and try again, for example from the list page.")
        )
        return HttpResponse(
            "\n".join(lines) + "\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
