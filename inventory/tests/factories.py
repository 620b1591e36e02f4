import factory
from django.utils import timezone

from inventory.models import Adaptation, Practice, Status
from inventory.services.workflow import practice_reindex
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

    @factory.post_generation
    def terms(obj, create, extracted, **kwargs):
        """`terms=[...]` tags the practice with vocabulary terms of any kind."""
        if create and extracted:
            for term in extracted:
                getattr(obj, TERM_FIELDS[type(term).__name__]).add(term)

    @factory.post_generation
    def search_entry(obj, create, extracted, **kwargs):
        """Published through the services a practice is indexed for the list and search
        (inventory.search); made here it is too, after its terms. A test that changes a
        published practice afterwards calls `reindex(practice)`."""
        if create and obj.status == Status.PUBLISHED:
            reindex(obj)


def reindex(*practices):
    practice_reindex(practice_ids=[practice.pk for practice in practices])


TERM_FIELDS = {
    "TargetGroup": "target_groups",
    "MeasureType": "measure_types",
    "Area": "areas",
    "EducationLevel": "education_levels",
}


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
