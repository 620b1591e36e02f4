"""The partnership's report as a spreadsheet (openpyxl): a sheet per table of the
results page, and a sheet defining every figure."""

import io

from django.utils import formats
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from siehub.countries import country_name

from .figures import Table, small_count_note


def definitions() -> list[tuple[str, str]]:
    return [
        (_("Practices"), _("Published practices, by the year they were published.")),
        (
            _("Adaptations"),
            _(
                "Published adaptations of published practices, by the year published; "
                "a school is counted once per practice."
            ),
        ),
        (
            _("Reported outcomes"),
            _(
                "Indicators reported by adapting schools: the mean before and after over "
                "the schools that reported them, by the year the period ended."
            ),
        ),
        (
            _("Schools and members"),
            _(
                "Schools registered and active member accounts, by the year they joined; "
                "a member counts in the network of their organisation's partner."
            ),
        ),
        (
            _("Enrolments and completions"),
            _("Enrolments by the year they started; a completion earns a certificate."),
        ),
        (
            _("Mobility participants"),
            _(
                "Registered people present on at least one day of an event, by the "
                "country of their sending partner and the year the event began."
            ),
        ),
        (
            _("Small counts"),
            small_count_note(),
        ),
    ]


def _sheet_title(text: str, used: set) -> str:
    # Excel: at most 31 characters, none of []:*?/\, unique in the workbook.
    cleaned = "".join(c for c in text if c not in "[]:*?/\\")[:31]
    title, n = cleaned, 2
    while title in used:
        suffix = f" {n}"
        title, n = cleaned[: 31 - len(suffix)] + suffix, n + 1
    used.add(title)
    return title


def workbook(snapshot, filters, tables: dict) -> bytes:
    book = Workbook()
    about = book.active
    about.title = _sheet_title(_("About"), set())
    used = {about.title}
    bold = Font(bold=True)
    period = (
        f"{filters.year_from or '…'}–{filters.year_to or '…'}"
        if filters.year_from or filters.year_to
        else _("All years")
    )
    about.append([_("SIE HUB+ results")])
    about["A1"].font = Font(bold=True, size=14)
    about.append(
        [
            _("Country"),
            country_name(filters.country) if filters.country else _("All countries"),
        ]
    )
    about.append([_("Period"), period])
    about.append(
        [
            _("Figures as of"),
            formats.date_format(snapshot.computed_at, "DATETIME_FORMAT"),
        ]
    )
    about.append([])
    about.append([_("Definitions")])
    about.cell(row=about.max_row, column=1).font = bold
    for term, meaning in definitions():
        about.append([term, meaning])
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 100
    for table in tables.values():
        if not isinstance(table, Table):
            continue
        sheet = book.create_sheet(_sheet_title(table.title, used))
        sheet.append([table.title])
        sheet["A1"].font = bold
        sheet.append(table.columns)
        for cell in sheet[2]:
            cell.font = bold
        for row in table.rows:
            sheet.append(row)
        if table.note:
            sheet.append([])
            sheet.append([table.note])
        sheet.column_dimensions["A"].width = 48
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
