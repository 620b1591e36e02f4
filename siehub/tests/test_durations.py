"""Durations in words: exact, in the active language, with its plural forms."""

import pytest
from django.template import Context, Template
from django.utils import translation

from siehub.text import duration_text


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (1, "1 minute"),
        (55, "55 minutes"),
        (60, "1 hour"),
        (61, "1 hour 1 minute"),
        (90, "1 hour 30 minutes"),
        (120, "2 hours"),
        (185, "3 hours 5 minutes"),
        (0, "0 minutes"),
        (None, "0 minutes"),
    ],
)
def test_duration_is_exact_in_hours_and_minutes(minutes, text):
    with translation.override("en"):
        assert duration_text(minutes) == text


@pytest.mark.parametrize(
    ("language", "minutes", "text"),
    [
        ("mk", 55, "55 минути"),
        ("mk", 90, "1 час 30 минути"),
        ("bg", 120, "2 часа"),
        ("es", 1, "1 minuto"),
    ],
)
def test_duration_is_translated_with_plural_forms(language, minutes, text):
    with translation.override(language):
        assert duration_text(minutes) == text


def test_templates_write_a_duration_with_the_filter():
    template = Template("{% load siehub %}{{ minutes|duration }}")
    with translation.override("en"):
        assert template.render(Context({"minutes": 150})) == "2 hours 30 minutes"
