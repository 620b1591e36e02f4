"""Language helpers shared by templates and views."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_choices():
    """The platform's languages as model field choices (a callable: no migration churn)."""
    return settings.LANGUAGES


def translated_field(obj, field: str, language: str | None = None) -> dict:
    """A translated field in `language` (default: the active one), else the object's
    original language, else any language that has it.

    Returns a dict: value, language (code used), language_name, is_fallback, available.
    """
    current = language or get_language()
    original = getattr(obj, "original_language", None) or settings.LANGUAGE_CODE
    available = [code for code in LANGUAGE_CODES if getattr(obj, f"{field}_{code}", "")]
    for code in (current, original, *LANGUAGE_CODES):
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return {
                "value": value,
                "language": code,
                "language_name": get_language_info(code)["name_translated"],
                "is_fallback": code != current,
                "available": available,
            }
    return {"value": "", "language": current, "is_fallback": False, "available": []}


def url_in_language(url: str, code: str) -> str:
    """The same page in another language.

    translate_url() re-reverses the URL pattern (and keeps the query string); a URL that
    does not resolve in the active language (a 404, or a prefix of a third language) gets
    its language prefix swapped instead.
    """
    translated = translate_url(url, code)
    if translated == url:
        parts = url.split("/", 2)
        if len(parts) > 1 and parts[1] in LANGUAGE_CODES:
            parts[1] = code
            translated = "/".join(parts)
    return translated
