"""System checks of the inventory that need the database (`manage.py check --database
default`, in the README's production steps)."""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError, connections


@register(Tags.database)
def search_entries_check(app_configs=None, databases=None, **kwargs):
    """Published practices without a search entry are missing from the list and its
    search: after migrating an existing inventory, the entries must be built once."""
    from .models import Practice

    found = []
    for alias in databases or ():
        if connections[alias].vendor != "postgresql":
            continue
        try:
            missing = (
                Practice.objects.using(alias)
                .published()
                .filter(search_entry__isnull=True)
                .count()
            )
        except DatabaseError:
            continue  # not migrated yet: migrate says so
        if missing:
            found.append(
                Warning(
                    f"{missing} published practice(s) have no search entry: they are "
                    "missing from the list and its search.",
                    hint="Run `manage.py search_index --rebuild` (once, after "
                    "migrating an existing inventory).",
                    id="inventory.W001",
                )
            )
    return found
