import factory
from django.utils import timezone

from inventory.models import Adaptation, Practice, Status
from network.tests.factories import OrganisationFactory, UserFactory

SECTIONS = {
    "summary": "<p>Mediators call families after the second day of absence.</p>",
    "context": "<p>A primary school with many Roma pupils and frequent absences.</p>",
    "objectives": "<p>Fewer unexcused absences; families who trust the school.</p>",
    "activities": "<p>Daily attendance check, phone calls, home visits.</p>",
    "resources": "<p>Two mediators, a phone, one hour a day.</p>",
    "results": "<p>Absences fell from 18% to 11% in two years.</p>",
    "transferability": "<p>Any school with a mediator can start tomorrow.</p>",
}


class PracticeFactory(factory.django.DjangoModelFactory):
    """A complete practice written in English; `status` and `published_at` as given."""

    class Meta:
        model = Practice

    title_en = factory.Sequence(lambda n: f"Attendance mediators number {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    original_language = "en"
    author = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    country = "MK"
    status = Status.DRAFT
    no_personal_data = True
    summary_en = SECTIONS["summary"]
    context_en = SECTIONS["context"]
    objectives_en = SECTIONS["objectives"]
    activities_en = SECTIONS["activities"]
    resources_en = SECTIONS["resources"]
    results_en = SECTIONS["results"]
    transferability_en = SECTIONS["transferability"]


class PublishedPracticeFactory(PracticeFactory):
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    submitted_at = factory.LazyFunction(timezone.now)


class AdaptationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Adaptation

    practice = factory.SubFactory(PublishedPracticeFactory)
    title_en = factory.Sequence(lambda n: f"Our adaptation {n}")
    school = factory.SubFactory(OrganisationFactory)
    author = factory.SubFactory(UserFactory)
    original_language = "en"
    status = Status.DRAFT
    no_personal_data = True
    context_en = "<p>Older pupils, a Spanish town.</p>"
    changes_en = "<p>Teachers make the calls.</p>"
    results_en = "<p>Absences fell.</p>"
