"""Language helpers shared by templates and views."""

from django.conf import settings
from django.urls import translate_url

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


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
