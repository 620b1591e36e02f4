"""seed_demo adds two complete published modules in the four languages and resources."""

import io

import pytest
from django.core.management import call_command

from inventory.models import Practice
from training.models import Choice, Module, ModuleStatus, Question, Resource, Unit

pytestmark = pytest.mark.django_db

ESL = "understanding-early-school-leaving"
FAMILIES = "working-with-roma-and-migrant-families"
LANGUAGES = ["en", "mk", "bg", "es"]


@pytest.fixture
def seeded(demo):
    """The demo, seeded once for the module (conftest's `demo`)."""


def snapshot():
    """Every training row the demo writes, by its content (no timestamps)."""
    return {
        "modules": list(
            Module.objects.order_by("pk").values_list(
                "pk", "slug", "title_mk", "status", "languages", "published_at"
            )
        ),
        "module_areas": list(
            Module.areas.through.objects.order_by("module", "area").values_list(
                "module", "area"
            )
        ),
        "module_practices": list(
            Module.related_practices.through.objects.order_by(
                "module", "practice"
            ).values_list("module", "practice")
        ),
        "units": list(
            Unit.objects.order_by("pk").values_list(
                "pk", "module", "position", "body_bg"
            )
        ),
        "questions": list(
            Question.objects.order_by("pk").values_list("pk", "unit", "text_es")
        ),
        "choices": list(
            Choice.objects.order_by("pk").values_list(
                "pk", "question", "text_mk", "is_correct"
            )
        ),
        "resources": list(
            Resource.objects.order_by("pk").values_list(
                "pk", "slug", "kind", "content_language", "url", "download_count"
            )
        ),
        "resource_areas": list(
            Resource.areas.through.objects.order_by("resource", "area").values_list(
                "resource", "area"
            )
        ),
    }


def test_seeding_twice_gives_the_same_rows(seeded):
    first = snapshot()

    call_command("seed_demo", force=True, stdout=io.StringIO())

    assert snapshot() == first


@pytest.mark.parametrize("slug", [ESL, FAMILIES])
def test_modules_are_published_and_complete_in_four_languages(seeded, slug):
    module = Module.objects.get(slug=slug)

    assert module.status == ModuleStatus.PUBLISHED
    assert module.published_at is not None
    assert module.languages == LANGUAGES
    assert module in Module.objects.published()
    assert module.pass_mark == 70
    assert module.audience
    assert module.authors
    assert module.areas.exists()
    units = list(module.units.all())
    assert 3 <= len(units) <= 4
    assert module.duration_minutes == sum(unit.minutes for unit in units)
    for code in LANGUAGES:
        for field in ("title", "summary", "objectives"):
            assert getattr(module, f"{field}_{code}"), (field, code)
    for unit in units:
        assert 1 <= unit.questions.count() <= 2
        for code in LANGUAGES:
            assert unit.body_en.startswith("<p>")
            assert getattr(unit, f"body_{code}").startswith("<p>"), code
        for question in unit.questions.all():
            choices = list(question.choices.all())
            assert len(choices) == 3
            assert sum(choice.is_correct for choice in choices) == 1
            for code in LANGUAGES:
                assert getattr(question, f"text_{code}"), code
                assert getattr(question, f"explanation_{code}"), code
                assert all(getattr(choice, f"text_{code}") for choice in choices)


def test_modules_link_only_published_practices(seeded):
    practices = Practice.objects.filter(modules__slug__in=[ESL, FAMILIES])
    assert practices.exists()
    assert set(practices.values_list("status", flat=True)) == {"published"}


def test_esl_module_teaches_the_eu_target_in_macedonian(seeded):
    module = Module.objects.get(slug=ESL)
    assert module.title_mk == "Разбирање на раното напуштање на училиштето"
    assert "9%" in module.units.get(position=1).body_mk


def test_resources_of_different_kinds_and_languages(seeded):
    resources = Resource.objects.published()
    assert 4 <= resources.count() <= 6
    assert resources.filter(kind="advocacy", audience__icontains="school-leaders")
    assert len(set(resources.values_list("kind", flat=True))) >= 3
    assert len(set(resources.values_list("content_language", flat=True))) >= 3
    for resource in resources:
        assert resource.url.startswith("https://example.org/")
        for code in LANGUAGES:
            assert getattr(resource, f"title_{code}"), (resource.slug, code)


def test_demo_pages_render_in_macedonian(client, seeded):
    html = client.get("/mk/training/resources/").content.decode()
    assert "Листа за рано предупредување" in html
    response = client.get("/mk/training/resources/every-pupil-counts-school-leaders/")
    assert response.status_code == 200
    module = Module.objects.get(slug=FAMILIES)
    assert client.get(f"/mk{module.get_absolute_url()[3:]}").status_code == 200
