"""The one CSV writer of the site: guarded cells, UTF-8 with a byte order mark."""

import csv
import io
from decimal import Decimal

import pytest
from django.http import HttpResponse, StreamingHttpResponse

from siehub.exports import CHUNK_ROWS, csv_response, guard


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_a_spreadsheet_would_run_is_shown_as_text(start):
    assert guard(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"


def test_numbers_empty_cells_and_plain_text_stay_as_they_are():
    assert [guard(-3), guard(-1.5), guard(Decimal("-2")), guard(None)] == [
        -3,
        -1.5,
        Decimal("-2"),
        "",
    ]
    assert guard("Ана Трајковска") == "Ана Трајковска"


def read(body: str) -> list[list[str]]:
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_streamed_file_guards_header_and_every_row_in_chunks():
    rows = [[f"=row {n}", n] for n in range(CHUNK_ROWS + 1)]
    response = csv_response(["@name", "n"], iter(rows), filename="rows.csv")
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="rows.csv"'
    chunks = [chunk.decode("utf-8") for chunk in response.streaming_content]
    assert len(chunks) == 2
    lines = read("".join(chunks))
    assert lines[0] == ["'@name", "n"]
    assert lines[1] == ["'=row 0", "0"]
    assert len(lines) == CHUNK_ROWS + 2


def test_small_file_can_be_built_at_once():
    response = csv_response(["a"], [["+1"]], filename="a.csv", streaming=False)
    assert isinstance(response, HttpResponse)
    assert read(response.content.decode("utf-8")) == [["a"], ["'+1"]]
