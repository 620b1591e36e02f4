"""Whole-school areas and education levels become the core's (siehub 0011): their tables
take the core's names first, rows and translations untouched."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("inventory", "0012_pictures_machine_translated")]

    operations = [
        migrations.AlterModelTable(name="area", table="siehub_area"),
        migrations.AlterModelTable(name="educationlevel", table="siehub_educationlevel"),
    ]
