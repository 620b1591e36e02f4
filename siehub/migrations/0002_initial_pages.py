"""Seed the content pages (About, Privacy policy, Accessibility statement) in four languages.

Coordinators edit them in admin afterwards; the texts live in _initial_pages.py, frozen with
this migration.
"""

from django.db import migrations

from siehub.migrations._initial_pages import PAGES

LANGUAGES = ("en", "mk", "bg", "es")


def create_pages(apps, schema_editor):
    Page = apps.get_model("siehub", "Page")
    for order, page in enumerate(PAGES):
        values = {"footer_order": order, "show_in_footer": True}
        for code in LANGUAGES:
            values[f"title_{code}"] = page["title"][code]
            values[f"body_{code}"] = page["body"][code]
        values["title"] = page["title"]["en"]
        values["body"] = page["body"]["en"]
        Page.objects.get_or_create(slug=page["slug"], defaults=values)


class Migration(migrations.Migration):
    dependencies = [("siehub", "0001_initial")]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
