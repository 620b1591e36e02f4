"""One date and time format per language, as teachers there write them; plural forms
wherever a count is shown."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from inventory.tests.factories import PublishedPracticeFactory

SKOPJE = ZoneInfo("Europe/Skopje")
DAY = dt.date(2027, 2, 2)
MOMENT = dt.datetime(2026, 12, 4, 19, 8, tzinfo=SKOPJE)

EXPECTED = {
    "en": ("2 February 2027", "4 December 2026, 19:08", "02/02/2027"),
    "mk": ("2 февруари 2027", "4 декември 2026, 19:08", "02.02.2027"),
    "bg": ("2 февруари 2027 г.", "4 декември 2026 г., 19:08 ч.", "02.02.2027 г."),
    "es": ("2 de febrero de 2027", "4 de diciembre de 2026, 19:08", "02/02/2027"),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_one_long_and_one_short_format_per_language(language):
    long_date, long_datetime, short_date = EXPECTED[language]
    with translation.override(language):
        assert formats.date_format(DAY, "DATE_FORMAT") == long_date
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == long_datetime
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == short_date
        assert formats.time_format(MOMENT.time(), "TIME_FORMAT") == "19:08"


@pytest.mark.parametrize("language", ["mk", "bg"])
def test_months_are_lower_case_in_macedonian_and_bulgarian(language):
    with translation.override(language):
        for month in range(1, 13):
            text = formats.date_format(dt.date(2027, month, 1), "DATE_FORMAT")
            name = text.split()[1]
            assert name == name.lower(), text


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("mk", 1, "1 практика"),
        ("mk", 21, "21 практика"),
        ("mk", 5, "5 практики"),
        ("bg", 1, "1 практика"),
        ("bg", 5, "5 практики"),
        ("es", 1, "1 práctica"),
        ("es", 5, "5 prácticas"),
    ],
)
def test_facet_counts_say_their_number_in_the_right_form(language, count, expected):
    from inventory.filters import FacetOption, practices_text

    template = Template('{% include "inventory/includes/_facets.html" %}')
    with translation.override(language):
        option = FacetOption("roma", "Roma", count, False, practices_text(count))
        facets = {"groups": [("target_group", "Target", [option])], "language": []}
        html = template.render(Context({"facets": facets}))
    assert f'<span class="visually-hidden">{expected}</span>' in html


def test_practice_list_counts_one_practice_as_one(client, db):
    PublishedPracticeFactory()
    html = client.get("/mk/practices/").content.decode()
    assert "1 практики" not in html


FRIDAY = dt.date(2027, 2, 5)
WEEKDAY = {"en": "Friday", "mk": "петок", "bg": "петък", "es": "viernes"}


@pytest.mark.parametrize("language", WEEKDAY)
def test_weekdays_are_written_alike_in_macedonian_and_bulgarian(language):
    # Django's catalogues write "Петок" but "петък": inside a sentence both are lower
    # case (as the months are), at the start of a heading both are capitalised.
    template = Template("{% load siehub %}{{ day|weekday }}/{{ day|weekday|capfirst }}")
    with translation.override(language):
        text = template.render(Context({"day": FRIDAY}))
    name = WEEKDAY[language]
    assert text == f"{name}/{name[0].upper()}{name[1:]}"
