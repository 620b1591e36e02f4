import re
from functools import lru_cache
from html import unescape

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from siehub import text_search

from ..forms.gathering import GatherForm

register = template.Library()

EXCERPT_WORDS = 45
_TAG = re.compile(r"<[^>]*>")


def _matches(word: str, terms, language: str) -> bool:
    """Whether a word of a text in `language` is one the search matched: its lexeme
    there, as the index has it, is among the query's."""
    return not terms.isdisjoint(_forms(word, language))


@lru_cache(maxsize=50_000)
def _forms(word: str, language: str) -> tuple[str, str]:
    """A word of a text as the index may hold it: its stem, and its unaccented form."""
    lower = word.lower()
    return text_search.stem(lower, language), text_search.unaccent(lower)


def _marked(text: str, terms, language: str) -> str:
    """`text` escaped, with the words the search matched in <mark>."""
    if not terms:
        return escape(text)
    out, position = [], 0
    for found in text_search.WORD.finditer(text):
        if not _matches(found.group(), terms, language):
            continue
        out.append(escape(text[position : found.start()]))
        out.append(f"<mark>{escape(found.group())}</mark>")
        position = found.end()
    out.append(escape(text[position:]))
    return "".join(out)


@register.simple_tag
def highlight(text, terms, language):
    """A title with the words the search matched marked, stems and scripts included
    ("families" for "family", "Битола" for "Bitola"), in the text's own language."""
    return mark_safe(_marked(str(text or ""), terms, language))  # noqa: S308 - escaped


@register.simple_tag
def excerpt(html, terms, language, size=EXCERPT_WORDS):
    """A text's excerpt of `size` words as plain text, around its first word the search
    matched (from the start if none), with those words marked."""
    # The texts are sanitised HTML, and what is shown is escaped again: a pattern
    # removes their tags as well as Django's parser, many times faster.
    words = unescape(_TAG.sub(" ", str(html or ""))).split()
    start = 0
    if terms:
        # Each distinct word is looked at once (a long text repeats its words).
        seen: dict[str, bool] = {}
        for index, word in enumerate(words):
            hit = seen.get(word)
            if hit is None:
                hit = seen[word] = any(
                    _matches(w, terms, language) for w in text_search.WORD.findall(word)
                )
            if hit:
                start = max(0, min(index - size // 3, len(words) - size))
                break
    chosen = " ".join(words[start : start + size])
    text = (
        ("… " if start else "") + chosen + (" …" if start + size < len(words) else "")
    )
    return mark_safe(_marked(text, terms, language))  # noqa: S308 - escaped


@register.inclusion_tag("inventory/includes/_status_badge.html")
def status_badge(obj):
    return {"status": obj.status, "label": obj.get_status_display()}


@register.simple_tag
def figure(value, indicator):
    """An indicator's value with its unit, in the page's number format: "71,5 %",
    "3 pupils", "4.2 days per pupil"."""
    from django.utils.formats import number_format
    from django.utils.translation import gettext, ngettext

    from inventory.models import indicator_unit

    number = float(value)
    shown = number_format(number, decimal_pos=0 if number.is_integer() else 1)
    unit = indicator_unit(indicator)
    if unit == "percent":
        return f"{shown}\N{NO-BREAK SPACE}%"
    if unit == "pupils":
        return ngettext("%(value)s pupil", "%(value)s pupils", int(number)) % {
            "value": shown
        }
    return gettext("%(value)s days per pupil") % {"value": shown}


@register.simple_tag
def gather_form_for(user, practice, form=None):
    """The "gather into a community" form of a practice page, for a logged-in member:
    the bound form a failed POST re-renders, else a new one (one query)."""
    if form:  # a missing context variable arrives as ""
        return form
    if not user.is_authenticated:
        return None
    return GatherForm.for_practice(user=user, practice=practice)
