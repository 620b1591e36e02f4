"""Spanish: "4 de diciembre de 2026", "04/12/2026", "19:08"."""

from django.conf.locale.es.formats import *  # noqa: F403 - Django's input formats

DATE_FORMAT = r"j \d\e E \d\e Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"j \d\e E \d\e Y, H:i"
YEAR_MONTH_FORMAT = r"E \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e E"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
