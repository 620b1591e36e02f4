"""Dates and times as a teacher writes them in each language (FORMAT_MODULE_PATH).

One long format and one short format per language, used on every page, in mail and in
admin: "4 декември 2026", "4 декември 2026 г.", "4 de diciembre de 2026", "4 December
2026"; times on the 24-hour clock. Django's own formats mixed "02 Февруари 2027",
"2. Јануари 2027 23:00" and, where a language has none, the American "Dec. 4, 2026, 7:08
p.m.".

Macedonian and Bulgarian write month names in lower case, which Django's catalogues
capitalise. The long formats use "E", the month of the "alt. month" context, which our
catalogues translate; the names are listed here so that makemessages keeps them.

Weekday names too are written in lower case inside a sentence in Macedonian, Bulgarian
and Spanish ("Ден 1: петок, 4 декември 2027"); Django's Macedonian catalogue capitalises
them ("Петок") and its Bulgarian one does not ("петък"). `{{ day|weekday }}` (siehub's
template tags) writes them as in a sentence, `{{ day|weekday|capfirst }}` at the start of
a heading or a line, the same in every language.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)

# The languages that write weekday names in lower case inside a sentence (English
# capitalises them).
WEEKDAYS_IN_LOWER_CASE = {"mk", "bg", "es"}
