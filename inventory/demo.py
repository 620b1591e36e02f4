"""Demo data of the inventory: practices and adaptations as teachers describe them
(seed_demo calls `seed` after the network's demo data exists)."""

import datetime
from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.db.models import Count, Q
from django.utils import timezone

from network.demo import DEMO_PASSWORD
from network.models import Community, Organisation, User
from siehub.i18n import LANGUAGE_CODES
from siehub.models import Area, EducationLevel
from siehub.pictures import demo_picture

from .demo_content import ADAPTATIONS, AUTHORS, PRACTICES
from .filters import inventory_changed
from .models import (
    Adaptation,
    EvidenceLevel,
    GatheredPractice,
    MeasureType,
    OutcomeIndicator,
    Practice,
    Status,
    TargetGroup,
)
from .services.workflow import clean_section, practice_reindex

VOCABULARY_FIELDS = {
    "target_groups": TargetGroup,
    "measure_types": MeasureType,
    "areas": Area,
    "education_levels": EducationLevel,
}


def _seed_authors():
    for data in AUTHORS:
        data = dict(data)
        data["organisation"] = Organisation.objects.get(slug=data["organisation"])
        user, created = User.objects.update_or_create(
            email=data["email"], defaults=data
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )


def _texts(obj, text: dict, fields) -> None:
    """Set every language of every field: what the demo data leaves out stays empty."""
    for language in LANGUAGE_CODES:
        sections = text.get(language, {})
        for field in fields:
            value = sections.get(field, "")
            if field != "title":
                value = clean_section(value)
            setattr(obj, f"{field}_{language}", value)


def _dates(status: str, days_ago: int) -> dict:
    moment = timezone.now() - timedelta(days=days_ago)
    submitted = moment if status != Status.DRAFT else None
    published = moment if status == Status.PUBLISHED else None
    return {"submitted_at": submitted, "published_at": published}


def _seed_practices():
    users = {user.email: user for user in User.objects.all()}
    organisations = {org.slug: org for org in Organisation.objects.all()}
    evidence = {term.slug: term for term in EvidenceLevel.objects.all()}
    for data in PRACTICES:
        practice = Practice.objects.filter(slug=data["slug"]).first() or Practice(
            slug=data["slug"]
        )
        practice.author = users[data["author"]]
        practice.organisation = organisations[data["organisation"]]
        practice.country = data["country"]
        practice.original_language = data["original_language"]
        practice.status = data["status"]
        practice.featured = data.get("featured", False)
        practice.evidence_level = evidence.get(data.get("evidence_level"))
        practice.scale = data.get("scale", "school")
        practice.duration = data.get("duration", "")
        practice.keywords = data.get("keywords", "")
        practice.no_personal_data = data["status"] != Status.DRAFT
        for field, value in _dates(data["status"], data.get("days_ago", 0)).items():
            setattr(practice, field, value)
        _texts(practice, data["text"], Practice.TRANSLATED_FIELDS)
        practice.save()
        for field, model in VOCABULARY_FIELDS.items():
            getattr(practice, field).set(
                model.objects.filter(slug__in=data.get(field, []))
            )


def _seed_adaptations():
    users = {user.email: user for user in User.objects.all()}
    organisations = {org.slug: org for org in Organisation.objects.all()}
    practices = {p.slug: p for p in Practice.objects.all()}
    for data in ADAPTATIONS:
        practice = practices[data["practice"]]
        school = organisations[data["school"]]
        adaptation = Adaptation.objects.filter(practice=practice, school=school).first()
        adaptation = adaptation or Adaptation(practice=practice, school=school)
        adaptation.author = users[data["author"]]
        adaptation.original_language = data["original_language"]
        adaptation.status = data["status"]
        adaptation.period = data.get("period", "")
        adaptation.no_personal_data = data["status"] != Status.DRAFT
        for field, value in _dates(data["status"], data.get("days_ago", 0)).items():
            setattr(adaptation, field, value)
        _texts(adaptation, data["text"], Adaptation.TRANSLATED_FIELDS)
        adaptation.save()


# Figures the adapting schools reported: (practice, school) -> indicator -> (before,
# after, from, to, how it was measured).
INDICATORS = {
    ("aula-de-bienvenida-alumnado-recien-llegado", "ou-otets-paisiy-pazardzhik"): {
        "attendance": (78, 89, "2022-09-15", "2023-06-30", "monitored"),
        "pupils_reached": (0, 24, "2022-09-15", "2023-06-30", "monitored"),
    },
    ("povik-do-semejstvoto-vtor-den-otsustvo", "ceip-valle-inclan-getafe"): {
        "attendance": (84, 91, "2022-09-08", "2023-06-23", "monitored"),
        "absences": (9.5, 5.2, "2022-09-08", "2023-06-23", "monitored"),
    },
    ("desayunos-con-familias", "oou-goce-delchev-bitola"): {
        "attendance": (71, 80, "2022-09-01", "2023-06-15", "self_reported"),
        "early_leavers": (6, 2, "2022-09-01", "2023-06-15", "self_reported"),
    },
    ("povik-do-semejstvoto-vtor-den-otsustvo", "ou-hristo-botev-kyustendil"): {
        "attendance": (76, 86, "2022-09-15", "2023-06-30", "evaluated"),
        "absences": (11.0, 6.4, "2022-09-15", "2023-06-30", "evaluated"),
        "early_leavers": (4, 1, "2022-09-15", "2023-06-30", "evaluated"),
    },
    ("povik-do-semejstvoto-vtor-den-otsustvo", "oou-bratstvo-prilep"): {
        "attendance": (73, 82, "2023-01-20", "2023-06-15", "monitored"),
    },
    ("tabela-za-rano-preduprereduvanje", "ceip-san-carlos-madrid"): {
        "repetition": (12, 8, "2023-09-08", "2024-03-22", "monitored"),
        "pupils_reached": (0, 37, "2023-09-08", "2024-03-22", "monitored"),
    },
}


def _seed_indicators():
    for (practice, school), figures in INDICATORS.items():
        adaptation = Adaptation.objects.filter(
            practice__slug=practice, school__slug=school
        ).first()
        if adaptation is None:
            continue
        for indicator, (before, after, start, end, how) in figures.items():
            OutcomeIndicator.objects.update_or_create(
                adaptation=adaptation,
                indicator=indicator,
                defaults={
                    "baseline": Decimal(str(before)),
                    "result": Decimal(str(after)),
                    "period_start": datetime.date.fromisoformat(start),
                    "period_end": datetime.date.fromisoformat(end),
                    "measurement": how,
                },
            )


# Practices the network's professional communities gathered: (community, practice, by).
GATHERED = [
    ("families-and-mediators", "desayunos-con-familias", "teacher@demo.siehub.eu"),
    (
        "families-and-mediators",
        "povik-do-semejstvoto-vtor-den-otsustvo",
        "sevdija.ameti@demo.siehub.eu",
    ),
    (
        "early-warning-attendance",
        "tabela-za-rano-preduprereduvanje",
        "zoran.ristovski@demo.siehub.eu",
    ),
    (
        "early-warning-attendance",
        "prevoz-i-topol-obrok-za-uchenicite-od-selata",
        "maestra@demo.siehub.eu",
    ),
    (
        "school-leaders-for-inclusion",
        "inclusive-classroom-management-training-pelagonia",
        "carmen.ruiz@demo.siehub.eu",
    ),
]


def _seed_gathered():
    communities = {c.slug: c for c in Community.objects.all()}
    practices = {p.slug: p for p in Practice.objects.published()}
    users = {user.email: user for user in User.objects.all()}
    for community, practice, email in GATHERED:
        if community in communities and practice in practices:
            GatheredPractice.objects.get_or_create(
                community=communities[community],
                practice=practices[practice],
                defaults={"added_by": users.get(email)},
            )


# Pictures drawn for the demo (siehub/demo_pictures, CC0): the first is the cover.
PICTURES = {
    "aula-de-bienvenida-alumnado-recien-llegado": [
        "welcome-classroom.jpg",
        "family-breakfast.jpg",
        "reading-buddies.jpg",
    ],
    "povik-do-semejstvoto-vtor-den-otsustvo": ["family-call.jpg"],
    "zanimalnya-za-domashni-s-mestno-sdruzhenie": ["homework-club.jpg"],
    "inclusive-classroom-management-training-pelagonia": ["teacher-training.jpg"],
    "letno-uchilishte-romski-devojchinja": ["summer-school.jpg"],
    "desayunos-con-familias": ["family-breakfast.jpg"],
    "padrinos-lectores": ["reading-buddies.jpg", "homework-club.jpg"],
}
ADAPTATION_PICTURES = {
    ("povik-do-semejstvoto-vtor-den-otsustvo", "ceip-valle-inclan-getafe"): [
        "family-call.jpg"
    ],
}


def _seed_pictures():
    """Give the demo practices (and an adaptation) their pictures, once."""
    for slug, names in PICTURES.items():
        practice = Practice.objects.filter(slug=slug).first()
        if practice is None or practice.pictures.exists():
            continue
        _add_pictures(practice, names)
    for (slug, school), names in ADAPTATION_PICTURES.items():
        adaptation = Adaptation.objects.filter(
            practice__slug=slug, school__slug=school
        ).first()
        if adaptation is None or adaptation.pictures.exists():
            continue
        _add_pictures(adaptation, names)


def _add_pictures(owner, names):
    pictures = [
        owner.pictures.create(position=position, **demo_picture(name))
        for position, name in enumerate(names)
    ]
    type(owner).objects.filter(pk=owner.pk).update(cover=pictures[0])


def seed(stdout):
    """Create or update the demo practices and adaptations, then index and count them."""
    _seed_authors()
    _seed_practices()
    _seed_adaptations()
    _seed_pictures()
    _seed_indicators()
    _seed_gathered()
    for practice in Practice.objects.annotate(
        published=Count("adaptations", filter=Q(adaptations__status=Status.PUBLISHED))
    ):
        if practice.adaptation_count != practice.published:
            Practice.objects.filter(pk=practice.pk).update(
                adaptation_count=practice.published
            )
    practice_reindex(practice_ids=Practice.objects.values_list("pk", flat=True))
    inventory_changed()
    published = Practice.objects.published().count()
    stdout.write(
        f"Inventory: {Practice.objects.count()} practices ({published} published), "
        f"{Adaptation.objects.count()} adaptations."
    )
