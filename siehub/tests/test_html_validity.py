"""Valid HTML: the machine-readable values of <time datetime="…">."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone

# The filter for <time datetime="…"> --------------------------------------------------------


def render_datetime(value) -> str:
    return Template("{% load siehub %}{{ value|html_datetime }}").render(
        Context({"value": value})
    )


def test_aware_datetime_is_a_global_date_time_without_fraction(settings):
    settings.TIME_ZONE = "Europe/Sofia"
    value = dt.datetime(2026, 12, 4, 18, 8, 0, 123456, tzinfo=dt.UTC)
    assert render_datetime(value) == "2026-12-04T20:08:00+02:00"


def test_aware_datetime_follows_the_active_time_zone():
    value = dt.datetime(2021, 9, 3, 7, 30, 15, 999999, tzinfo=dt.UTC)
    with timezone.override(ZoneInfo("Europe/Skopje")):
        assert render_datetime(value) == "2021-09-03T09:30:15+02:00"


def test_naive_datetime_is_a_local_date_time_without_fraction():
    value = dt.datetime(2026, 12, 4, 19, 8, 5, 42)
    assert render_datetime(value) == "2026-12-04T19:08:05"


def test_date_is_a_date_only():
    assert render_datetime(dt.date(2027, 2, 4)) == "2027-02-04"


def test_time_is_a_time_without_fraction():
    assert render_datetime(dt.time(9, 30, 0, 500)) == "09:30:00"


@pytest.mark.parametrize("value", [None, "", "2026-12-04", 42])
def test_anything_else_gives_an_empty_value(value):
    assert render_datetime(value) == ""
