"""Modules and resources point at the core's whole-school areas (siehub 0011), so training
no longer reads the inventory's models to filter by area. The through tables keep their
rows."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0003_machine_translated_fields"),
        ("siehub", "0011_vocabularies_from_inventory"),
    ]

    operations = [
        migrations.AlterField(
            model_name="module",
            name="areas",
            field=models.ManyToManyField(
                blank=True,
                related_name="modules",
                to="siehub.area",
                verbose_name="whole-school areas",
            ),
        ),
        migrations.AlterField(
            model_name="resource",
            name="areas",
            field=models.ManyToManyField(
                blank=True,
                related_name="resources",
                to="siehub.area",
                verbose_name="whole-school areas",
            ),
        ),
    ]
