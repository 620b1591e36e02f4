"""Organisations' education levels, members' expertise areas and a community's area become
links to the core's vocabularies (siehub.models.EducationLevel and Area), which curators
translate and edit, instead of slugs the network kept in JSON lists and a text column.

Each stored slug is mapped to the term with that slug; a slug whose term a curator had
deleted gets its term back (with the English name it had here), so nothing is lost. The
JSON columns go with their GIN indexes: the link tables are indexed both ways.
"""

from django.db import migrations, models
import django.db.models.deletion

# The names the network's TextChoices gave these slugs (VOCABULARY.md).
AREAS = {
    "school-governance": "School governance",
    "teachers": "Teachers",
    "support-to-learners": "Support to learners",
    "parental-involvement": "Parental involvement",
    "stakeholders-involvement": "Stakeholders involvement",
}
LEVELS = {
    "isced-0": "Early childhood education (ISCED 0)",
    "isced-1": "Primary education (ISCED 1)",
    "isced-2": "Lower secondary education (ISCED 2)",
    "isced-3": "Upper secondary education (ISCED 3)",
    "isced-4": "Post-secondary and adult education (ISCED 4)",
}


def _terms(model, names, slugs):
    """The terms with these slugs, created where missing; unknown slugs are skipped."""
    wanted = {slug for slug in slugs if slug in names}
    found = {term.slug: term for term in model.objects.filter(slug__in=wanted)}
    for slug in wanted - set(found):
        name = names[slug]
        found[slug] = model.objects.create(slug=slug, name=name, name_en=name)
    return found


def forward(apps, schema_editor):
    Area = apps.get_model("siehub", "Area")
    EducationLevel = apps.get_model("siehub", "EducationLevel")
    Organisation = apps.get_model("network", "Organisation")
    User = apps.get_model("network", "User")
    Community = apps.get_model("network", "Community")

    organisations = Organisation.objects.exclude(education_level_slugs=[])
    levels = _terms(
        EducationLevel,
        LEVELS,
        {slug for o in organisations for slug in o.education_level_slugs or []},
    )
    Organisation.education_levels.through.objects.bulk_create(
        [
            Organisation.education_levels.through(
                organisation_id=o.pk, educationlevel_id=levels[slug].pk
            )
            for o in organisations
            for slug in dict.fromkeys(o.education_level_slugs or [])
            if slug in levels
        ]
    )

    users = User.objects.exclude(expertise_area_slugs=[])
    communities = Community.objects.exclude(area_slug="")
    areas = _terms(
        Area,
        AREAS,
        {slug for u in users for slug in u.expertise_area_slugs or []}
        | {c.area_slug for c in communities},
    )
    User.expertise_areas.through.objects.bulk_create(
        [
            User.expertise_areas.through(user_id=u.pk, area_id=areas[slug].pk)
            for u in users
            for slug in dict.fromkeys(u.expertise_area_slugs or [])
            if slug in areas
        ]
    )
    for community in communities:
        if community.area_slug in areas:
            community.area_id = areas[community.area_slug].pk
            community.save(update_fields=["area"])


def backward(apps, schema_editor):
    Organisation = apps.get_model("network", "Organisation")
    User = apps.get_model("network", "User")
    Community = apps.get_model("network", "Community")
    for o in Organisation.objects.prefetch_related("education_levels"):
        o.education_level_slugs = [level.slug for level in o.education_levels.all()]
        o.save(update_fields=["education_level_slugs"])
    for u in User.objects.prefetch_related("expertise_areas"):
        u.expertise_area_slugs = [area.slug for area in u.expertise_areas.all()]
        u.save(update_fields=["expertise_area_slugs"])
    for c in Community.objects.filter(area__isnull=False).select_related("area"):
        c.area_slug = c.area.slug
        c.save(update_fields=["area_slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0008_posts_formatted_text"),
        ("siehub", "0011_vocabularies_from_inventory"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="community", name="network_community_area"),
        migrations.RenameField("community", "area", "area_slug"),
        migrations.RenameField("organisation", "education_levels", "education_level_slugs"),
        migrations.RenameField("user", "expertise_areas", "expertise_area_slugs"),
        migrations.AddField(
            model_name="community",
            name="area",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="communities",
                to="siehub.area",
                verbose_name="whole-school area",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="education_levels",
            field=models.ManyToManyField(
                blank=True,
                help_text="For schools.",
                related_name="organisations",
                to="siehub.educationlevel",
                verbose_name="education levels",
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="expertise_areas",
            field=models.ManyToManyField(
                blank=True,
                help_text="Areas of the whole-school approach you work in.",
                related_name="experts",
                to="siehub.area",
                verbose_name="expertise areas",
            ),
        ),
        migrations.RunPython(forward, backward),
        migrations.RemoveField("community", "area_slug"),
        migrations.RemoveField("organisation", "education_level_slugs"),
        migrations.RemoveField("user", "expertise_area_slugs"),
    ]
