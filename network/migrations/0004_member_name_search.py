"""PostgreSQL trigram indexes for searching the member directory by first and last name.

Partial, like the other directory indexes: only members with a public profile are ever
searched. SQLite (the demo) matches without them, so nothing is created there.
"""

from django.db import migrations

INDEXES = {
    "network_user_first_name_trgm": (
        "network_user USING gin (first_name gin_trgm_ops) "
        "WHERE public_profile AND is_active"
    ),
    "network_user_last_name_trgm": (
        "network_user USING gin (last_name gin_trgm_ops) "
        "WHERE public_profile AND is_active"
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, target in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("network", "0003_directory_indexes")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
