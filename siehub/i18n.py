"""Language helpers shared by templates and views."""

from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.db.models import CharField, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import (
    get_language,
    get_language_info,
    gettext_noop,
    ngettext_lazy,
    override,
)
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import resolution_order

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The platform's languages named in the reader's language ("англиски" on a Macedonian
# page). settings.LANGUAGES names each in itself, which suits only the language switcher.
LANGUAGE_NAMES = {
    "en": _("English"),
    "mk": _("Macedonian"),
    "bg": _("Bulgarian"),
    "es": _("Spanish"),
}

# Whole sentences per language, so that each catalogue writes the language's name in the
# form the sentence needs ("машински преведено од македонски").
MACHINE_TRANSLATED_FROM = {
    "en": _("Machine-translated from English: it may contain mistakes."),
    "mk": _("Machine-translated from Macedonian: it may contain mistakes."),
    "bg": _("Machine-translated from Bulgarian: it may contain mistakes."),
    "es": _("Machine-translated from Spanish: it may contain mistakes."),
}
READING_THE_ORIGINAL_IN = {
    "en": _("You are reading the original text, in English."),
    "mk": _("You are reading the original text, in Macedonian."),
    "bg": _("You are reading the original text, in Bulgarian."),
    "es": _("You are reading the original text, in Spanish."),
}


def language_choices():
    """The platform's languages as choices of model and form fields, named in the
    reader's language (a callable: no migration churn)."""
    return [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES]


# Django's own Macedonian catalogue has these help texts of its password validators only
# with a straight apostrophe, so its current wording showed in English on the sign-up
# page. Our catalogues (LOCALE_PATHS) come first and translate them; listed here so that
# makemessages keeps them.
DJANGO_STRINGS = (
    gettext_noop(
        "Your password can’t be too similar to your other personal information."
    ),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    # Translated in Django's catalogues, but Spanish there says "usted" where we say "tú".
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
)


def original_language_of(obj) -> str:
    """The language `obj`'s texts were written in (a programme session's is its
    event's): as the translation workflow knows it, else `obj.original_language`."""
    from .translating import kind_of

    kind = kind_of(obj) if hasattr(obj, "_meta") else None
    if kind is not None:
        return kind.original_language(obj)
    return getattr(obj, "original_language", None) or settings.LANGUAGE_CODE


def translated_field(
    obj, field: str, language: str | None = None, *, show_original: bool = False
) -> dict:
    """A translated field in `language` (default: the active one), else in a language
    close to it (settings.MODELTRANSLATION_FALLBACK_LANGUAGES), else in the object's
    original language, else in any language that has it. With `show_original`, the
    original text, whatever the language (where the object's original language is
    loaded).

    Returns a dict: value, language (code used), language_name, is_fallback (not in the
    reader's language), is_machine and machine_source_name (a machine translated it,
    from that language), available (the languages that have it).
    """
    current = language or get_language()
    # What the page did not load, it does not read (a query per object): where a list
    # loads an object's names without its original language, they fall back through the
    # close languages, then any.
    deferred = obj.get_deferred_fields() if hasattr(obj, "get_deferred_fields") else ()
    original = () if "original_language" in deferred else (original_language_of(obj),)
    available = [code for code in LANGUAGE_CODES if getattr(obj, f"{field}_{code}", "")]
    close = settings.MODELTRANSLATION_FALLBACK_LANGUAGES.get(current, ())
    order = (current, *close, *original, *LANGUAGE_CODES)
    if show_original:
        order = (*original, *order)
    for code in order:
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            summary = obj.__dict__.get("machine_translated") or {}
            source = summary.get(code, {}).get(field)
            return {
                "value": value,
                "language": code,
                "language_name": get_language_info(code)["name_translated"],
                "is_fallback": code != current,
                "is_machine": bool(source),
                "machine_source": source or "",
                "machine_source_name": (
                    get_language_info(source)["name_translated"] if source else ""
                ),
                "available": available,
            }
    return {
        "value": "",
        "language": current,
        "is_fallback": False,
        "is_machine": False,
        "available": [],
    }


def translation_fields(*fields: str, prefix: str = "") -> tuple[str, ...]:
    """The columns of translated `fields` for `.only()`: each language's (modeltranslation
    rewrites a model's own fields in `.only()`, not those across a relation)."""
    return tuple(
        f"{prefix}{field}_{code}" for field in fields for code in LANGUAGE_CODES
    )


def translated_columns(*fields: str, prefix: str = "") -> tuple[str, ...]:
    """The columns `{% translated %}` reads for `fields`: the base and every language's,
    for `.only()` on a list page (the base holds the original language's name)."""
    return tuple(
        column
        for field in fields
        for column in (f"{prefix}{field}", *translation_fields(field, prefix=prefix))
    )


def translated_sql(field: str, language: str | None = None):
    """A translated field as SQL, in `language` (default: the active one) with the same
    fallback as the model attribute (modeltranslation's resolution order), for ordering
    and annotating: `order_by("name")` would sort a missing translation ("" or NULL) as
    if it were a name. `field` may cross relations ("partner__name")."""
    codes = resolution_order(language or get_language() or settings.LANGUAGE_CODE)
    text: CharField[str, str] = CharField()
    columns = [
        NullIf(F(f"{field}_{code}"), Value(""), output_field=text) for code in codes
    ]
    # NULL where no language has it (a school without a partner network).
    return Coalesce(*columns, output_field=text)


def url_in_language(url: str, code: str) -> str:
    """The same page in another language (urls_in_languages for one)."""
    return urls_in_languages(url, [code])[code]


def urls_in_languages(url: str, codes) -> dict[str, str]:
    """The same page in each of these languages, the URL resolved once.

    Like translate_url(), the URL pattern is reversed again in each language (the query
    string kept); a URL that does not resolve in the active language (a 404, or a prefix
    of a third language) gets its language prefix swapped instead.
    """
    parts = urlsplit(url)
    try:
        match = resolve(unquote(parts.path))
    except Resolver404:
        match = None
    found = {}
    for code in codes:
        translated = url
        if match is not None:
            name = (
                f"{match.namespace}:{match.url_name}"
                if match.namespace
                else match.url_name
            )
            with override(code):
                try:
                    path = reverse(name, args=match.args, kwargs=match.kwargs)
                except NoReverseMatch:
                    pass
                else:
                    translated = urlunsplit(parts._replace(path=path))
        if translated == url:
            pieces = url.split("/", 2)
            if len(pieces) > 1 and pieces[1] in LANGUAGE_CODES:
                pieces[1] = code
                translated = "/".join(pieces)
        found[code] = translated
    return found
