"""Demo data of the inventory: practices and adaptations as teachers describe them
(seed_demo calls `seed` after the network's demo data exists).

The content is data: inventory/demo_data/authors.yaml, practices.yaml (with their
pictures), adaptations.yaml (with the figures the schools reported and their pictures)
and communities.yaml (the practices the communities gathered), read through
siehub.demo_data. This module turns it into rows."""

from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.db.models import Count, Q
from django.utils import timezone

from network.demo import DEMO_PASSWORD
from network.models import Community, Organisation, User
from siehub import demo_data
from siehub.i18n import LANGUAGE_CODES
from siehub.models import Area, EducationLevel
from siehub.pictures import demo_picture

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


def _data(name: str):
    return demo_data.load("inventory", name)


def _terms(field: str, slugs):
    """The vocabulary terms that the data files name by slug, as the inventory's rows."""
    return VOCABULARY_FIELDS[field].objects.filter(slug__in=slugs)


def _seed_authors():
    for data in _data("authors")["authors"]:
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
    for data in _data("practices")["practices"]:
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
        for field in VOCABULARY_FIELDS:
            getattr(practice, field).set(_terms(field, data.get(field, [])))


def _seed_adaptations():
    users = {user.email: user for user in User.objects.all()}
    organisations = {org.slug: org for org in Organisation.objects.all()}
    practices = {p.slug: p for p in Practice.objects.all()}
    for data in _data("adaptations")["adaptations"]:
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


def _seed_indicators():
    """The figures the adapting schools reported (adaptations.yaml: indicators)."""
    for data in _data("adaptations")["adaptations"]:
        figures = data.get("indicators", {})
        if not figures:
            continue
        adaptation = Adaptation.objects.filter(
            practice__slug=data["practice"], school__slug=data["school"]
        ).first()
        if adaptation is None:
            continue
        for indicator, figure in figures.items():
            OutcomeIndicator.objects.update_or_create(
                adaptation=adaptation,
                indicator=indicator,
                defaults={
                    "baseline": Decimal(str(figure["baseline"])),
                    "result": Decimal(str(figure["result"])),
                    "period_start": figure["period_start"],
                    "period_end": figure["period_end"],
                    "measurement": figure["measurement"],
                },
            )


def _seed_gathered():
    communities = {c.slug: c for c in Community.objects.all()}
    practices = {p.slug: p for p in Practice.objects.published()}
    users = {user.email: user for user in User.objects.all()}
    for gathered in _data("communities")["gathered"]:
        community, practice = gathered["community"], gathered["practice"]
        if community in communities and practice in practices:
            GatheredPractice.objects.get_or_create(
                community=communities[community],
                practice=practices[practice],
                defaults={"added_by": users.get(gathered["added_by"])},
            )


def _seed_pictures():
    """Give the demo practices (and an adaptation) their pictures, once: drawn for the
    demo (siehub/demo_pictures, CC0), the first is the cover."""
    for data in _data("practices")["practices"]:
        names = data.get("pictures", [])
        if not names:
            continue
        practice = Practice.objects.filter(slug=data["slug"]).first()
        if practice is None or practice.pictures.exists():
            continue
        _add_pictures(practice, names)
    for data in _data("adaptations")["adaptations"]:
        names = data.get("pictures", [])
        if not names:
            continue
        adaptation = Adaptation.objects.filter(
            practice__slug=data["practice"], school__slug=data["school"]
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
