"""Sanitising of user- and curator-written HTML (nh3, an allow-list)."""

import re
from html import escape, unescape

import nh3

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
    "strong",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}


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
