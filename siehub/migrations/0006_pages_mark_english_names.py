"""Mark the English names in the content pages of other languages as English.

The project's full name and the title of the first joint staff training are quoted in
English in the Macedonian, Bulgarian and Spanish pages; a screen reader should read them
in English, and the page check for English words left in a translation skips them once
they say so. Idempotent: a text that no longer holds the plain phrase is left alone.
"""

from django.db import migrations

PHRASES = ("School Integration Exchange Hub+", "Initiating positive change")
LANGUAGES = ("mk", "bg", "es")


def mark(apps, schema_editor):
    Page = apps.get_model("siehub", "Page")
    for page in Page.objects.all():
        changed = []
        for code in LANGUAGES:
            body = getattr(page, f"body_{code}") or ""
            marked = body
            for phrase in PHRASES:
                if f'<span lang="en">{phrase}</span>' not in marked:
                    marked = marked.replace(phrase, f'<span lang="en">{phrase}</span>')
            if marked != body:
                setattr(page, f"body_{code}", marked)
                changed.append(f"body_{code}")
        if changed:
            page.save(update_fields=changed)


def unmark(apps, schema_editor):
    Page = apps.get_model("siehub", "Page")
    for page in Page.objects.all():
        for code in LANGUAGES:
            body = getattr(page, f"body_{code}") or ""
            for phrase in PHRASES:
                body = body.replace(f'<span lang="en">{phrase}</span>', phrase)
            setattr(page, f"body_{code}", body)
        page.save()


class Migration(migrations.Migration):
    dependencies = [("siehub", "0005_certificates_attachments")]

    operations = [migrations.RunPython(mark, unmark)]
