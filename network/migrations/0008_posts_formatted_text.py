"""Community posts become formatted text stored as sanitised HTML, like practices: the
plain posts written so far are converted once (paragraphs, lines and "- " lists kept,
addresses made links), in every language, with their machine translations; a
translation that was current stays current."""

import hashlib

from django.db import migrations, models

LANGUAGES = ("en", "mk", "bg", "es")


def _digest(text):
    # siehub.translating.digest, as it was when this migration was written.
    return hashlib.sha256((text or "").encode()).hexdigest()[:32]


def convert(apps, schema_editor):
    from siehub.text import markdown_to_html, sanitize_html

    def html(text):
        return sanitize_html(markdown_to_html(text))

    Post = apps.get_model("network", "Post")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TextTranslation = apps.get_model("siehub", "TextTranslation")
    content_type = ContentType.objects.filter(app_label="network", model="post").first()
    for post in Post.objects.filter(removed_at__isnull=True).iterator():
        original = getattr(post, f"body_{post.original_language}", "") or ""
        if original.lstrip().startswith("<"):
            continue  # converted already
        changed = []
        for name in ("body", *(f"body_{code}" for code in LANGUAGES)):
            text = getattr(post, name) or ""
            if text:
                setattr(post, name, html(text))
                changed.append(name)
        if changed:
            post.save(update_fields=changed)
        if content_type is None:
            continue
        before, after = _digest(original), _digest(
            getattr(post, f"body_{post.original_language}", "")
        )
        for row in TextTranslation.objects.filter(
            content_type=content_type, object_id=post.pk, field="body"
        ):
            if row.machine_text:
                row.machine_text = html(row.machine_text)
            if row.source_digest == before:
                row.source_digest = after
            row.save(update_fields=["machine_text", "source_digest"])


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0007_posts_removed_in_every_language'),
        ('siehub', '0007_text_translations'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AlterField(
            model_name='post',
            name='body',
            field=models.TextField(verbose_name='message'),
        ),
        migrations.AlterField(
            model_name='post',
            name='body_bg',
            field=models.TextField(null=True, verbose_name='message'),
        ),
        migrations.AlterField(
            model_name='post',
            name='body_en',
            field=models.TextField(null=True, verbose_name='message'),
        ),
        migrations.AlterField(
            model_name='post',
            name='body_es',
            field=models.TextField(null=True, verbose_name='message'),
        ),
        migrations.AlterField(
            model_name='post',
            name='body_mk',
            field=models.TextField(null=True, verbose_name='message'),
        ),
        migrations.RunPython(convert, migrations.RunPython.noop),
    ]
