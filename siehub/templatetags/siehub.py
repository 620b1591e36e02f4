import datetime

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from siehub.i18n import translated_field, url_in_language
from siehub.text import duration_text, sanitize_html

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Each language with the URL of the current page in it, for the switcher and hreflang."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "name_en": get_language_info(code)["name"],
            "url": url_in_language(path, code),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.filter
def sanitize(html):
    return mark_safe(sanitize_html(html))  # noqa: S308 - nh3 output is safe


@register.filter
def duration(minutes):
    """`{{ module.duration_minutes|duration }}`: "1 hour 30 minutes" (siehub.text)."""
    return duration_text(minutes)


@register.simple_tag
def translated(obj, field):
    """A content field in the visitor's language, else its original language, else any."""
    return translated_field(obj, field)


@register.filter
def html_datetime(value):
    """The machine-readable value of `<time datetime="…">`: a date as 2026-12-04, a time
    as 19:08 (19:08:30 with seconds), an aware datetime in the current time zone with its
    offset and no fraction of a second (2026-12-04T19:08:00+01:00), a naive one as a local
    date and time; empty for anything else. Django's `date:"c"` keeps the microseconds,
    which HTML forbids."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        precision = "seconds" if value.second else "minutes"
        return value.replace(tzinfo=None).isoformat(timespec=precision)
    return ""
