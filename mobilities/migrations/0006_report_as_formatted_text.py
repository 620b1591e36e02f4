"""Mobility reports become formatted text stored as HTML (like practices): the plain
reports written so far are converted once, keeping their paragraphs and "- " lists."""

from django.db import migrations

LANGUAGES = ("en", "mk", "bg", "es")


def convert(apps, schema_editor):
    from siehub.text import sanitize_html, text_to_html

    Mobility = apps.get_model("mobilities", "Mobility")
    for mobility in Mobility.objects.exclude(report="").iterator():
        changed = []
        for name in ("report", *(f"report_{code}" for code in LANGUAGES)):
            text = getattr(mobility, name) or ""
            if text and not text.lstrip().startswith("<"):
                setattr(mobility, name, sanitize_html(text_to_html(text)))
                changed.append(name)
        if changed:
            mobility.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("mobilities", "0005_machine_translated_fields")]

    operations = [migrations.RunPython(convert, migrations.RunPython.noop)]
