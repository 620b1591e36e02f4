"""Bulgarian: "4 декември 2026 г.", "04.12.2026 г.", "4 декември 2026 г., 19:08 ч."."""

from django.conf.locale.bg.formats import *  # noqa: F403 - Django's input formats

DATE_FORMAT = r"j E Y \г."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"j E Y \г., H:i \ч."
YEAR_MONTH_FORMAT = r"E Y \г."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = r"d.m.Y \г."
SHORT_DATETIME_FORMAT = r"d.m.Y \г., H:i \ч."
FIRST_DAY_OF_WEEK = 1
