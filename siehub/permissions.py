"""Who may do what: the core's own rules (translating the platform's texts) and the one way
a template asks any app's.

Every app keeps its rules in `<app>/permissions.py`, each a predicate named
`can_<verb>[_<noun>](user, obj=None, ...) -> bool` with a one-line docstring. Views,
services (which raise PermissionDenied when a predicate says no) and templates ask the
same predicate; what a user may see or change in bulk is a read on the model's QuerySet
(`visible_to(user)`, `editable_by(user)`, `managed_by(user)`), through which views find
their objects, so that another member's object is a 404.

A template names a predicate as Django names a permission, "<app label>.<action>", and
the `can` tag of the siehub library asks it for the page's user (the request's), with
the tag's other arguments after the user::

    {% load siehub %}
    {% can "inventory.edit_practice" practice as may_edit %}
    {% if may_edit %}<a href="…">…</a>{% endif %}

asks `inventory.permissions.can_edit_practice(request.user, practice)`. A name that
names no predicate is an error, never a silent "no". A view that computes an answer
anyway (to spare a query with what it holds) passes the predicate's result instead; no
template derives a rule itself.
"""

from collections.abc import Callable
from functools import cache
from importlib import import_module

from django.apps import apps

from .i18n import LANGUAGE_CODES

TRANSLATION_PERMISSION = "siehub.change_texttranslation"


@cache
def predicate(name: str) -> Callable[..., bool]:
    """The predicate that `name` ("<app label>.<action>") names: `can_<action>` of the
    app's permissions module. LookupError when there is none."""
    label, _dot, action = name.partition(".")
    if not label or not action:
        raise LookupError(f"{name!r} names no predicate: write '<app label>.<action>'.")
    module = import_module(f"{apps.get_app_config(label).name}.permissions")
    found = getattr(module, f"can_{action}", None)
    if not callable(found):
        raise LookupError(f"{module.__name__} has no predicate can_{action}.")
    return found


def can_use_admin(user) -> bool:
    """Staff open the administration (the admin site's own rule: an active staff account)."""
    return bool(user.is_active and user.is_staff)


# Translating -----------------------------------------------------------------------------


def can_curate_translations(user) -> bool:
    """Curators (staff who may change translations in admin) translate every language."""
    return bool(
        user.is_authenticated
        and user.is_staff
        and user.has_perm(TRANSLATION_PERMISSION)
    )


def can_translate(user, language: str) -> bool:
    """Translators named for `language`, and curators, translate and review into it."""
    if not user.is_authenticated or language not in LANGUAGE_CODES:
        return False
    if can_curate_translations(user):
        return True
    return user.translator_roles.filter(language=language).exists()
