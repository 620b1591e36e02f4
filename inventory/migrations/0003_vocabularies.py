"""Seed the controlled vocabularies of VOCABULARY.md in four languages.

Curators rename or add terms in admin afterwards; the slugs stay stable. The terms live in
_vocabularies.py, frozen with this migration.
"""

from django.db import migrations

from inventory.migrations._vocabularies import VOCABULARIES

MODELS = {
    "area": "Area",
    "measure_type": "MeasureType",
    "target_group": "TargetGroup",
    "education_level": "EducationLevel",
    "evidence_level": "EvidenceLevel",
}
LANGUAGES = ("en", "mk", "bg", "es")


def create_terms(apps, schema_editor):
    for key, model_name in MODELS.items():
        model = apps.get_model("inventory", model_name)
        for position, term in enumerate(VOCABULARIES[key]):
            values = {"position": position, "name": term["name"]["en"]}
            values["description"] = term.get("description", {}).get("en", "")
            for code in LANGUAGES:
                values[f"name_{code}"] = term["name"][code]
                values[f"description_{code}"] = term.get("description", {}).get(code, "")
            model.objects.get_or_create(slug=term["slug"], defaults=values)


class Migration(migrations.Migration):
    dependencies = [("inventory", "0002_search_indexes")]

    operations = [migrations.RunPython(create_terms, migrations.RunPython.noop)]
