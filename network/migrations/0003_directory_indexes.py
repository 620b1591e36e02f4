"""PostgreSQL indexes for the directories: GIN (jsonb_path_ops) on the JSON lists that the
filters test for containment, and trigram indexes for searching names and cities. SQLite
(the demo) matches without them, so nothing is created there."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = {
    "network_org_levels_gin": (
        "network_organisation USING gin (education_levels jsonb_path_ops)"
    ),
    "network_org_name_trgm": "network_organisation USING gin (name gin_trgm_ops)",
    "network_org_city_trgm": "network_organisation USING gin (city gin_trgm_ops)",
    "network_user_expertise_gin": (
        "network_user USING gin (expertise_areas jsonb_path_ops) "
        "WHERE public_profile AND is_active"
    ),
    "network_user_languages_gin": (
        "network_user USING gin (languages jsonb_path_ops) "
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
    dependencies = [("network", "0002_directory_communities")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
