"""Text helpers: sanitising user- and curator-written HTML (nh3, an allow-list), plain
text to HTML and back, readable unique slugs for names in any of our scripts, and
durations in words."""

import re
from html import escape, unescape

import nh3
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import ngettext, pgettext

ALLOWED_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "ul",
}
# `lang` marks a phrase in another language (a name quoted in English), for screen
# readers and the check for untranslated words.
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang", "lang"},
    "abbr": {"title", "lang"},
    "span": {"lang"},
    "p": {"lang"},
}


def sanitize_html(html: str) -> str:
    """Keep only harmless markup; links get rel=noopener noreferrer."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


_MARKUP = re.compile(
    r"<\s*/?\s*(p|ul|ol|li|br|strong|em|a|h[2-4]|blockquote)\b", re.IGNORECASE
)
_BULLET = ("- ", "* ", "• ")


def text_to_html(text: str) -> str:
    """Plain text as typed in a textarea into paragraphs and lists; markup is kept as is.

    Blank lines separate paragraphs; a paragraph whose every line starts with "- " is a
    list. Anything that is not markup is escaped, so "<script>" shows as text.
    """
    text = (text or "").replace("\r\n", "\n").strip()
    if not text or _MARKUP.search(text):
        return text
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if all(line.startswith(_BULLET) for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def html_to_text(html: str) -> str:
    """The reverse, for editing: paragraphs and lists back to plain text."""
    if not html:
        return ""
    text = re.sub(r"<li[^>]*>", "- ", html)
    text = re.sub(r"</li>\s*", "\n", text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</(p|ul|ol|h[2-4]|blockquote)>\s*", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return unescape(text).strip()


_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)([^>]*)>")
_PLAIN_TAGS = {"p", "br", "ul", "li"}


def is_plain_html(html: str) -> bool:
    """Whether `html` is only what text_to_html() makes (paragraphs, line breaks, "- "
    lists, no attributes), so that html_to_text() gives it back without loss."""
    return all(
        name.lower() in _PLAIN_TAGS and not attributes.strip(" /")
        for _closing, name, attributes in _TAG.findall(html or "")
    )


# Cyrillic of the region (Macedonian, Bulgarian, Serbian, Russian, Ukrainian) in Latin
# letters, so that a slug made of a Cyrillic name still says something (slugify drops it).
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "ђ": "dj", "е": "e",
    "ё": "yo", "є": "ye", "ж": "zh", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "yi",
    "й": "y", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj", "ћ": "c", "у": "u",
    "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "џ": "dz", "ш": "sh",
    "щ": "sht", "ъ": "a", "ы": "y", "ь": "y", "э": "e", "ю": "yu", "я": "ya", "ґ": "g",
}  # fmt: skip
# Room for a "-<n>" suffix within a slug field of 200 characters.
SLUG_BASE_MAX = 190


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin (keeping the case of the first letter)."""
    out = []
    for char in text:
        latin = CYRILLIC_TO_LATIN.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def slug_base(text: str, *, fallback: str) -> str:
    """An ASCII slug of a name in any of the platform's scripts; never empty."""
    base = slugify(transliterate(text or ""), allow_unicode=False)
    return base[:SLUG_BASE_MAX].strip("-") or fallback


def save_with_unique_slug(obj, text: str, *, fallback: str, reserved=()) -> None:
    """Save a new `obj` under the first free slug made from `text` (base, base-2, ...).

    A concurrent creation that takes the same slug first makes the save fail on the
    unique index inside a savepoint; the next number is tried instead of failing.
    """
    model = type(obj)
    base = slug_base(text, fallback=fallback)
    taken = set(
        model._default_manager.filter(slug__startswith=base).values_list(
            "slug", flat=True
        )
    )
    taken |= set(reserved)
    n = 1
    while True:
        slug = base if n == 1 else f"{base}-{n}"
        n += 1
        if slug in taken:
            continue
        obj.slug = slug
        try:
            with transaction.atomic():
                obj.save()
            return
        except IntegrityError:
            if not model._default_manager.filter(slug=slug).exists():
                raise


def duration_text(minutes: int | None) -> str:
    """An exact duration in the active language, with its plural forms: "55 minutes",
    "1 hour", "1 hour 30 minutes". The one way the platform writes an estimated time
    (catalogue, module and unit pages, certificates): never rounded."""
    minutes = max(int(minutes or 0), 0)
    hours, rest = divmod(minutes, 60)
    # The same messages as the templates' {% blocktranslate count counter=... %}.
    minutes_text = ngettext("%(counter)s minute", "%(counter)s minutes", rest) % {
        "counter": rest
    }
    if not hours:
        return minutes_text
    hours_text = ngettext("%(counter)s hour", "%(counter)s hours", hours) % {
        "counter": hours
    }
    if not rest:
        return hours_text
    return pgettext("duration: hours then minutes", "%(hours)s %(minutes)s") % {
        "hours": hours_text,
        "minutes": minutes_text,
    }
