"""Text helpers: sanitising user- and curator-written HTML (nh3, an allow-list), plain
text to HTML and back, readable unique slugs for names in any of our scripts, and
durations in words."""

import re
from html import unescape

import nh3
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import ngettext, pgettext
from markdown_it import MarkdownIt

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
    """Keep only harmless markup (an allow-list: no script, no event handler, no style,
    no javascript: link); links get rel="nofollow noopener"."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener",
    )


_MARKUP = re.compile(
    r"<\s*/?\s*(p|ul|ol|li|br|strong|em|a|h[2-4]|blockquote)\b", re.IGNORECASE
)
# Markdown as a teacher types it: CommonMark (no raw HTML: "<script>" stays text), a
# line break where they pressed Enter, "•" bullets pasted from a word processor, a bare
# address ("https://…", "www.…") made a link (linkify-it-py).
_MARKDOWN = MarkdownIt(
    "commonmark", {"html": False, "breaks": True, "linkify": True}
).enable("linkify")
_PASTED_BULLET = re.compile(r"^(\s*)• ", re.MULTILINE)
# Compact output, as the texts were stored before Markdown (one line per block).
_BLOCK_GAPS = re.compile(
    r"(<ul>|<ol>|</li>|<blockquote>)\n|\n(</ul>|</ol>|<li>|</blockquote>)"
)
_HEADING = re.compile(r"<(/?)h([1-6])>")
_LOOSE_ITEM = re.compile(r"<li>\s*<p>((?:(?!</p>).)*)</p>\s*</li>", re.DOTALL)


def _heading_level(match) -> str:
    # A text sits under the page's own h2 headings: "#" and "##" are h3, deeper h4.
    level = 3 if int(match[2]) <= 2 else 4
    return f"<{match[1]}h{level}>"


def text_to_html(text: str) -> str:
    """Text as typed in a textarea (Markdown: paragraphs, "- " lists, "## " headings,
    **bold**, *italic*, [links](https://…), "> " quotes) into HTML; text that already
    holds markup is kept as is. Anything else that looks like HTML is escaped, so
    "<script>" shows as text. The caller sanitises the result (sanitize_html).
    """
    text = (text or "").replace("\r\n", "\n").strip()
    if not text or _MARKUP.search(text):
        return text
    return markdown_to_html(text)


def markdown_to_html(text: str) -> str:
    """Markdown into HTML, whatever the text holds: what looks like a tag is escaped
    (for texts known to be typed, never markup, such as the plain posts of before)."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        return ""
    html = _MARKDOWN.render(_PASTED_BULLET.sub(r"\1- ", text))
    html = html.replace("<br />\n", "<br>")
    html = _BLOCK_GAPS.sub(lambda m: m[1] or m[2], html)
    # A list whose items are separated by blank lines is one list, kept compact.
    html = _LOOSE_ITEM.sub(r"<li>\1</li>", html)
    return _HEADING.sub(_heading_level, html).strip()


_INLINE = [
    (re.compile(r"</?(strong|b)>"), "**"),
    (re.compile(r"</?(em|i)>"), "*"),
    (re.compile(r"</?code>"), "`"),
]
_LINK = re.compile(r'<a\s[^>]*href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def html_to_text(html: str) -> str:
    """The reverse, for editing: the stored HTML back to the Markdown it came from."""
    if not html:
        return ""
    text = _LINK.sub(_link_text, html)
    for pattern, mark in _INLINE:
        text = pattern.sub(mark, text)
    text = re.sub(r"<h3[^>]*>", "## ", text)
    text = re.sub(r"<h4[^>]*>", "### ", text)
    text = re.sub(
        r"<ol[^>]*>(.*?)</ol>",
        lambda m: (
            re.sub(r"<li[^>]*>(.*?)</li>\s*", r"1. \1\n", m[1], flags=re.DOTALL) + "\n"
        ),
        text,
        flags=re.DOTALL,
    )
    text = re.sub(
        r"<blockquote[^>]*>(.*?)</blockquote>",
        lambda m: (
            "\n".join(
                "> " + line if line.strip() else ">"
                for line in _block_text(m[1]).split("\n")
            )
            + "\n\n"
        ),
        text,
        flags=re.DOTALL,
    )
    return unescape(_block_text(text)).strip()


def _link_text(match) -> str:
    href, label = unescape(match[1]), match[2]
    # An address typed bare ("https://…", "www.…", "name@school.mk") comes back bare.
    bare = unescape(label)
    if href in (bare, f"http://{bare}", f"mailto:{bare}"):
        return label
    return f"[{label}]({href})"


def _block_text(html: str) -> str:
    text = re.sub(r"<li[^>]*>", "- ", html)
    text = re.sub(r"</li>\s*", "\n", text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</(p|ul|ol|h[2-4])>\s*", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)([^>]*)>")
_PLAIN_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "code", "h3", "h4"}
_LINK_ATTRIBUTES = re.compile(r'^(\s+(href|rel)="[^"]*")+\s*$')


def is_plain_html(html: str) -> bool:
    """Whether `html` is only what text_to_html() makes from Markdown (paragraphs,
    lists, headings, emphasis, links, quotes, no other attributes), so that
    html_to_text() gives it back without loss."""
    for closing, name, attributes in _TAG.findall(html or ""):
        name = name.lower()
        if name == "a" and (closing or _LINK_ATTRIBUTES.match(attributes)):
            continue
        if name == "blockquote" and not attributes.strip():
            continue
        if name not in _PLAIN_TAGS or attributes.strip(" /"):
            return False
    return True


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
