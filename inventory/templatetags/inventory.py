import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, query):
    """Escape `text` and mark the words of the search query in it."""
    text = escape(str(text or ""))
    words = [
        re.escape(escape(word)) for word in str(query or "").split() if len(word) > 1
    ]
    if not words:
        return mark_safe(text)  # noqa: S308 - escaped above
    pattern = re.compile(
        "(" + "|".join(sorted(words, key=len, reverse=True)) + ")", re.I
    )
    return mark_safe(pattern.sub(r"<mark>\1</mark>", text))  # noqa: S308 - escaped above


@register.inclusion_tag("inventory/includes/_status_badge.html")
def status_badge(obj):
    return {"status": obj.status, "label": obj.get_status_display()}
