"""PostgreSQL search: unaccent and pg_trgm, a GIN index on the stored search vector and
trigram indexes on the titles. On SQLite (the demo) search falls back to plain matching,
so nothing is created there."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

LANGUAGES = ("en", "mk", "bg", "es")


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS inventory_pr_search "
        "ON inventory_practice USING gin (search_vector)"
    )
    for code in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS inventory_pr_title_{code}_trgm "
            f"ON inventory_practice USING gin (title_{code} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS inventory_pr_search")
    for code in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS inventory_pr_title_{code}_trgm")


class Migration(migrations.Migration):
    dependencies = [("inventory", "0001_initial")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
