"""Practices point at the core's whole-school areas and education levels (siehub 0011);
the inventory's own models of them go. The through tables keep their rows."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("inventory", "0013_vocabularies_tables_to_core"),
        ("siehub", "0011_vocabularies_from_inventory"),
        # Training pointed at the inventory's areas too: moved before they go.
        ("training", "0004_areas_from_core"),
    ]

    operations = [
        migrations.AlterField(
            model_name="practice",
            name="areas",
            field=models.ManyToManyField(
                related_name="practices",
                to="siehub.area",
                verbose_name="whole-school areas",
            ),
        ),
        migrations.AlterField(
            model_name="practice",
            name="education_levels",
            field=models.ManyToManyField(
                related_name="practices",
                to="siehub.educationlevel",
                verbose_name="education levels",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="Area"),
                migrations.DeleteModel(name="EducationLevel"),
            ],
        ),
    ]
