"""A member's rights over their data: export everything, delete the account.

Each app that holds personal data has a `privacy` module with two functions:

    export(user) -> dict                               what it holds about the member
    erase(user, *, remove_published: bool) -> None     delete or anonymise it

They are found across INSTALLED_APPS (as `seed_demo` finds the `demo` modules), so the
network, which sits below the other apps, never imports them.
"""

from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from ..models import User

EXPORT_FORMAT_VERSION = 1
# Session stores that keep rows in the database, where a deleted member's sessions can be
# found and removed. Other stores (cache, signed cookies) lose them anyway: the member's
# password hash changes, so Django refuses those sessions on their next request.
DATABASE_SESSION_ENGINES = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cached_db",
}


def privacy_modules() -> list[tuple[str, ModuleType]]:
    """(app label, module) of every installed app that has a `privacy` module, in the
    order of INSTALLED_APPS."""
    found = []
    for app_config in apps.get_app_configs():
        if app_config.name.startswith("django"):
            continue
        name = f"{app_config.name}.privacy"
        try:
            spec = find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is not None:
            found.append((app_config.label, import_module(name)))
    return found


def privacy_export(*, user: User) -> dict:
    """Everything the platform holds about `user`, by app, as JSON-ready data."""
    data = {
        "format": EXPORT_FORMAT_VERSION,
        "exported_at": timezone.now(),
        "site": settings.SITE_URL,
    }
    for label, module in privacy_modules():
        data[label] = module.export(user)
    return data


def former_member_email(user: User) -> str:
    """A unique address that can never receive mail (RFC 2606 reserves .invalid)."""
    return f"former-member-{user.pk}@deleted.invalid"


@transaction.atomic
def account_delete(*, user: User, remove_published: bool) -> User:
    """Delete a member's account: every app erases or anonymises what it holds, then the
    member row is anonymised (it stays, so what they published remains attributed to "a
    former member"), their addresses, sessions and permissions go, and they can never log
    in again. Published practices and adaptations are archived if `remove_published`."""
    user = User.objects.select_for_update().get(pk=user.pk)
    # The apps above the network first: they may point at what the lower ones hold.
    for _label, module in reversed(privacy_modules()):
        module.erase(user, remove_published=remove_published)
    _delete_sessions(user)
    user.email = former_member_email(user)
    user.first_name = ""
    user.last_name = ""
    user.bio = ""
    user.position = ""
    user.country = ""
    user.organisation = None
    user.languages = []
    user.public_profile = False
    user.allow_contact = False
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.expertise_areas.clear()
    user.groups.clear()
    user.user_permissions.clear()
    return user


def _delete_sessions(user: User) -> int:
    """Remove the member's stored sessions (database session stores only).

    A session keeps the user id only inside its encoded data, so this decodes the
    unexpired ones: linear in the number of live sessions, which is fine for an action
    as rare as deleting an account.
    """
    if settings.SESSION_ENGINE not in DATABASE_SESSION_ENGINES:
        return 0
    keys = []
    sessions = Session.objects.filter(expire_date__gt=timezone.now())
    for session in sessions.only("session_key", "session_data").iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            keys.append(session.session_key)
    if keys:
        Session.objects.filter(session_key__in=keys).delete()
        if settings.SESSION_ENGINE.endswith("cached_db"):
            from django.contrib.sessions.backends.cached_db import SessionStore

            for key in keys:
                SessionStore(session_key=key).delete(key)
    return len(keys)
