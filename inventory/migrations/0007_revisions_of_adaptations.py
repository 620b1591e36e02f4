"""The record of edits after publication covers adaptations too (one model, two subjects,
like the audit trail)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("inventory", "0006_published_by_organisation_and_author"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameModel(old_name="PracticeRevision", new_name="Revision"),
        migrations.AlterField(
            model_name="revision",
            name="practice",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="revisions",
                to="inventory.practice",
            ),
        ),
        migrations.AddField(
            model_name="revision",
            name="adaptation",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="revisions",
                to="inventory.adaptation",
            ),
        ),
        migrations.AddConstraint(
            model_name="revision",
            constraint=models.CheckConstraint(
                condition=models.Q(("practice__isnull", True))
                ^ models.Q(("adaptation__isnull", True)),
                name="inventory_revision_one_subject",
            ),
        ),
    ]
