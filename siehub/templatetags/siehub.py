import datetime

from django import template
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from siehub.formats import WEEKDAYS_IN_LOWER_CASE
from siehub.i18n import (
    LANGUAGE_CODES,
    MACHINE_TRANSLATED_FROM,
    READING_THE_ORIGINAL_IN,
    translated_field,
    urls_in_languages,
)
from siehub.permissions import predicate
from siehub.pictures import rendition_name
from siehub.text import duration_text, html_to_text, sanitize_html

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Each language with the URL of the current page in it, for the switcher and hreflang."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = get_language()
    urls = urls_in_languages(path, [code for code, _name in settings.LANGUAGES])
    return [
        {
            "code": code,
            "name": name,
            "name_en": get_language_info(code)["name"],
            "url": urls[code],
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def can(context, name, *args, **kwargs):
    """Whether the page's user may: `{% can "inventory.edit_practice" practice as
    may_edit %}` asks `inventory.permissions.can_edit_practice(user, practice)` (see
    siehub.permissions)."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user") or AnonymousUser()
    return predicate(name)(user, *args, **kwargs)


@register.inclusion_tag("includes/_nav_link.html", takes_context=True)
def nav_link(context, view_name, *args, label, unread=0):
    """One link of a menu, marked as the page shown when it leads there:
    `{% nav_link "page" "about" label=_("About the project") %}` links to the URL named
    "page" with "about" as its argument; `unread` is a count shown beside the label."""
    url = reverse(view_name, args=args)
    request = context.get("request")
    current = request is not None and request.path == url
    return {"url": url, "label": label, "current": current, "unread": unread}


@register.simple_tag
def column_heads(*labels, actions=""):
    """The header cells of a table (includes/_table.html), one a label:
    `{% column_heads _("Name") _("Email address") actions=_("Actions") %}`; `actions`
    names a last column of buttons and links, to screen readers only."""
    cells = format_html_join(
        "", '<th scope="col">{}</th>', ((label,) for label in labels)
    )
    if actions:
        cells += format_html(
            '<th scope="col"><span class="visually-hidden">{}</span></th>', actions
        )
    return cells


@register.filter
def sanitize(html):
    return mark_safe(sanitize_html(html))  # noqa: S308 - nh3 output is safe


@register.inclusion_tag("includes/_picture.html")
def picture(item, sizes="100vw", alt="", loading="lazy", css_class=""):
    """A picture (siehub.models.Picture) as `<picture>`: its WebP and JPEG widths in
    `srcset` for the browser to choose from `sizes`, its own width and height so the
    page keeps its place, loaded lazily. `alt` is a `translated` result (its language
    marked when it is not the page's) or a string; "" marks a decorative picture (a
    card's cover beside its title). Before Celery made the widths, the cleaned file."""
    widths = item.rendition_widths
    url = default_storage.url
    if widths:
        jpeg = ", ".join(
            f"{url(rendition_name(item.image.name, w, 'jpg'))} {w}w" for w in widths
        )
        webp = ", ".join(
            f"{url(rendition_name(item.image.name, w, 'webp'))} {w}w" for w in widths
        )
        middle = min(widths, key=lambda w: abs(w - 960))
        src = url(rendition_name(item.image.name, middle, "jpg"))
    else:
        jpeg = webp = ""
        src = item.image.url
    if isinstance(alt, dict):
        text, language = alt.get("value") or "", alt.get("language")
        lang = language if alt.get("is_fallback") else ""
    else:
        text, lang = alt or "", ""
    return {
        "src": src,
        "jpeg": jpeg,
        "webp": webp,
        "sizes": sizes,
        "width": item.width,
        "height": item.height,
        "alt": text,
        "lang": lang,
        "loading": loading,
        "css_class": css_class,
    }


@register.filter
def plain_text(html):
    """Stored HTML as readable text, for plain-text mail: the Markdown it was written in
    (paragraphs, "- " lists, [links](…)), unescaped; the mail template escapes nothing."""
    return html_to_text(html)


@register.filter
def weekday(value):
    """The weekday of a date as it is written inside a sentence: "петок", "петък",
    "viernes", "Friday" (`|capfirst` at the start of a heading); siehub.formats says
    why."""
    if not isinstance(value, datetime.date):
        return ""
    name = date_format(value, "l")
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return name.lower() if language in WEEKDAYS_IN_LOWER_CASE else name


@register.filter
def duration(minutes):
    """`{{ module.duration_minutes|duration }}`: "1 hour 30 minutes" (siehub.text)."""
    return duration_text(minutes)


# `?show=original` on a page: its content in the language it was written in.
SHOW_ORIGINAL = "original"


def showing_original(context) -> bool:
    request = context.get("request")
    return bool(request is not None and request.GET.get("show") == SHOW_ORIGINAL)


@register.simple_tag(takes_context=True)
def translated(context, obj, field):
    """A content field in the visitor's language (a person's or a machine's text), else
    in a close language, else its original language; the original with ?show=original."""
    return translated_field(obj, field, show_original=showing_original(context))


@register.filter
def lang_span(text):
    """A text of `{% translated %}` inside a sentence: in a `<span lang>` when it is
    shown in another language than the page's, so that screen readers and hyphenation
    read it as such (`{% blocktranslate with title=title|lang_span %}`)."""
    if not text.get("is_fallback"):
        return text.get("value", "")
    return format_html('<span lang="{}">{}</span>', text["language"], text["value"])


def _flatten(objects):
    """The model objects among `objects`, lists of them and lists of lists (a
    programme's days with their sessions)."""
    for obj in objects:
        if hasattr(obj, "_meta"):
            yield obj
        elif isinstance(obj, list | tuple) or hasattr(obj, "model"):
            yield from _flatten(obj)


@register.simple_tag(takes_context=True)
def translation_notice(context, *objects):
    """What to say once per page about the language of its content (`objects` and what
    is translated along with them): machine-translated from a language, not yet
    translated (shown in another), or the original shown on request, and the link that
    switches between the translation and the original."""
    from siehub import translating

    request = context.get("request")
    original_view = showing_original(context)
    current = get_language()
    machine: dict[str, str] = {}
    fallback: dict[str, str] = {}
    originals: dict[str, None] = {}  # an ordered set of original languages
    for item in _flatten(objects):
        kind = translating.kind_of(item)
        if kind is None:
            continue
        # What the page did not load, it does not show: no query per item for it.
        deferred = item.get_deferred_fields()
        for field in kind.fields:
            if any(f"{field}_{code}" in deferred for code in LANGUAGE_CODES):
                continue
            text = translated_field(item, field, show_original=original_view)
            if not text["value"]:
                continue
            if text["is_machine"]:
                machine[text["machine_source"]] = text["machine_source_name"]
            elif text["is_fallback"] and not original_view:
                fallback[text["language"]] = text["language_name"]
            originals.setdefault(kind.original_language(item), None)
    toggle_url = ""
    if request is not None and (machine or original_view):
        query = request.GET.copy()
        if original_view:
            query.pop("show", None)
        else:
            query["show"] = SHOW_ORIGINAL
        toggle_url = request.path + (f"?{query.urlencode()}" if query else "")
    original_view = original_view and any(code != current for code in originals)
    return {
        "machine": [MACHINE_TRANSLATED_FROM[code] for code in machine],
        "fallback_names": list(fallback.values()),
        "original_view": original_view,
        "original": [
            READING_THE_ORIGINAL_IN[code] for code in originals if code != current
        ],
        "toggle_url": toggle_url,
        "show": bool(machine or fallback or original_view),
    }


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


@register.filter
def translation_state(state):
    """The words for a translation's state ("machine" → "machine-translated")."""
    from siehub.translating import STATE_LABELS

    return STATE_LABELS.get(str(state), state)
