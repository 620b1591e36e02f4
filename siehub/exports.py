"""CSV downloads: every export of the site writes its file here.

One writer for all of them, so every file is UTF-8 with a byte order mark (Excel then
reads Cyrillic as Cyrillic) and every cell is guarded against spreadsheet formulas
(CSV injection): text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
gets a leading apostrophe, and the spreadsheet shows it as text instead of running it.
"""

import csv
from collections.abc import Iterable, Iterator
from decimal import Decimal

from django.http import HttpResponse, StreamingHttpResponse

CONTENT_TYPE = "text/csv; charset=utf-8"
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Rows written per chunk of a streamed response.
CHUNK_ROWS = 100


def guard(value) -> str | int | float | Decimal:
    """A cell as the file holds it: numbers as they are (a negative number is not a
    formula), anything else as text, with an apostrophe before a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class _Echo:
    """A file-like object for csv.writer that hands each line back instead of storing
    it."""

    def write(self, value):
        return value


def csv_chunks(header: Iterable, rows: Iterable[Iterable]) -> Iterator[str]:
    """The file in chunks of `CHUNK_ROWS` lines: the byte order mark and `header`, then
    `rows`, every cell guarded. Rows are read as they are written: a queryset iterator
    keeps memory flat however long the file."""
    writer = csv.writer(_Echo())
    chunk = ["\ufeff" + writer.writerow([guard(cell) for cell in header])]
    for row in rows:
        chunk.append(writer.writerow([guard(cell) for cell in row]))
        if len(chunk) >= CHUNK_ROWS:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def csv_response(
    header: Iterable,
    rows: Iterable[Iterable],
    *,
    filename: str,
    streaming: bool = True,
) -> StreamingHttpResponse | HttpResponse:
    """A CSV download named `filename`: streamed, unless `streaming=False` for a file
    small enough to build at once (one event's participants, one table of figures)."""
    chunks = csv_chunks(header, rows)
    response: StreamingHttpResponse | HttpResponse
    if streaming:
        response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPE)
    else:
        response = HttpResponse("".join(chunks), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
