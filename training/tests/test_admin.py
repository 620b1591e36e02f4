"""Authors write modules in Django admin: units inline, questions and choices one page
down, publish and duplicate actions, a preview of the public page, the resource library,
and read-only enrolments and feedback."""

import pytest
from django.utils import timezone

from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import UserFactory
from training.models import (
    Choice,
    Feedback,
    Module,
    ModuleStatus,
    Question,
    Resource,
    ResourceKind,
    Unit,
)
from training.services.modules import (
    module_duplicate,
    module_languages,
    module_publish,
    module_refresh_languages,
)
from training.tests.factories import (
    AreaFactory,
    DraftModuleFactory,
    EnrolmentFactory,
    ModuleFactory,
    QuestionFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

MODULES = "/en/admin/training/module/"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def in_four_languages(prefix: str) -> dict:
    return {f"{prefix}_{code}": f"{prefix} {code}" for code in ("en", "mk", "bg", "es")}


@pytest.fixture
def module():
    """A published module with two units, a question with three choices each, an area
    and a related practice, written in English and Macedonian."""
    module = ModuleFactory(
        title_en="Understanding early school leaving",
        title_mk="Разбирање на раното напуштање на училиштето",
        summary_mk="Зошто учениците рано го напуштаат училиштето.",
        slug="understanding-esl",
        areas=[AreaFactory(slug="teachers")],
    )
    module.related_practices.add(PublishedPracticeFactory())
    for position in (1, 2):
        UnitFactory(
            module=module,
            position=position,
            title_mk=f"Дел {position}",
            body_mk="<p>Текст.</p>",
            questions=1,
        )
    return module


def test_admin_pages_render(admin_client, module):
    unit = module.units.first()
    question = unit.questions.first()
    resource = Resource.objects.create(
        title_en="Checklist",
        slug="checklist",
        kind=ResourceKind.DOCUMENT,
        url="https://example.org/c.pdf",
        content_language="en",
    )
    enrolment = EnrolmentFactory(module=module)
    Feedback.objects.create(enrolment=enrolment, rating=4, comment="Useful")
    for path in [
        MODULES,
        MODULES + "?status__exact=draft&level__exact=advanced",
        MODULES + "?q=early",
        MODULES + "add/",
        f"{MODULES}{module.pk}/change/",
        f"/en/admin/training/unit/{unit.pk}/change/",
        f"/en/admin/training/question/{question.pk}/change/",
        "/en/admin/training/resource/",
        "/en/admin/training/resource/add/",
        f"/en/admin/training/resource/{resource.pk}/change/",
        "/en/admin/training/enrolment/",
        "/en/admin/training/enrolment/?completed_at__isempty=1",
        f"/en/admin/training/enrolment/{enrolment.pk}/change/",
        "/en/admin/training/feedback/",
        f"/en/admin/training/feedback/{enrolment.feedback.pk}/change/",
    ]:
        assert admin_client.get(path).status_code == 200, path


def test_module_page_has_units_in_order_with_a_link_to_their_questions(
    admin_client, module
):
    second, first = module.units.order_by("-position")
    html = admin_client.get(f"{MODULES}{module.pk}/change/").content.decode()
    assert html.index("Дел 1") < html.index("Дел 2")
    assert f"/en/admin/training/unit/{first.pk}/change/" in html
    assert "1 question: edit the questions" in html


def test_module_list_links_to_the_public_page(admin_client, module):
    html = admin_client.get(MODULES).content.decode()
    assert f'href="{module.get_absolute_url()}"' in html


def test_staff_preview_a_draft_on_the_public_page(admin_client):
    draft = DraftModuleFactory(units=1)
    assert admin_client.get(draft.get_absolute_url()).status_code == 200
    assert Module.objects.visible_to(UserFactory()).filter(pk=draft.pk).count() == 0


def module_form_data(**changes) -> dict:
    return {
        "status": "draft",
        "slug": "families",
        "original_language": "en",
        "level": "introductory",
        "duration_minutes": "30",
        "pass_mark": "70",
        "audience": ["teachers", "mediators"],
        **in_four_languages("title"),
        **in_four_languages("summary"),
        "units-TOTAL_FORMS": "1",
        "units-INITIAL_FORMS": "0",
        "units-MIN_NUM_FORMS": "0",
        "units-MAX_NUM_FORMS": "1000",
        "units-0-position": "1",
        "units-0-minutes": "10",
        "units-0-title_en": "Trust",
        "units-0-body_en": "<p>Start with good news.</p>",
        "units-0-title_es": "Confianza",
        "units-0-body_es": "<p>Empezar con buenas noticias.</p>",
        **changes,
    }


def test_saving_a_module_in_admin_refreshes_its_languages(admin_client):
    response = admin_client.post(MODULES + "add/", module_form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    module = Module.objects.get(slug="families")
    assert module.audience == ["teachers", "mediators"]
    assert module.units.get().title_es == "Confianza"
    assert module.languages == ["en", "es"]
    assert module.published_at is None


def test_saving_a_unit_in_admin_refreshes_its_module_languages(admin_client, module):
    unit = module.units.get(position=1)
    response = admin_client.post(
        f"/en/admin/training/unit/{unit.pk}/change/",
        {
            "position": "1",
            "minutes": "10",
            "title_en": unit.title_en,
            "body_en": unit.body_en,
            "title_mk": "",
            "body_mk": "",
            "questions-TOTAL_FORMS": "0",
            "questions-INITIAL_FORMS": "0",
            "questions-MIN_NUM_FORMS": "0",
            "questions-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    module.refresh_from_db()
    assert module.languages == ["en"]


def test_publishing_a_module_in_the_form_gives_it_a_date(admin_client):
    response = admin_client.post(MODULES + "add/", module_form_data(status="published"))
    assert response.status_code == 302
    module = Module.objects.get(slug="families")
    assert module.status == ModuleStatus.PUBLISHED
    assert module.published_at is not None


def test_publish_action_sets_status_date_and_languages(admin_client):
    draft = DraftModuleFactory(title_mk="Семејства", summary_mk="Краток опис.", units=1)
    unit = draft.units.get()
    Unit.objects.filter(pk=unit.pk).update(title_mk="Доверба", body_mk="<p>Текст.</p>")
    assert draft.languages == ["en"]

    response = admin_client.post(
        MODULES, {"action": "publish_modules", "_selected_action": [draft.pk]}
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == ModuleStatus.PUBLISHED
    assert draft.published_at is not None
    assert draft.languages == ["en", "mk"]


def test_publishing_keeps_the_date_of_first_publication(module):
    first = module.published_at
    module_publish(module=module)
    module.refresh_from_db()
    assert module.published_at == first


def test_a_module_without_units_is_not_published(admin_client):
    empty = DraftModuleFactory()
    response = admin_client.post(
        MODULES,
        {"action": "publish_modules", "_selected_action": [empty.pk]},
        follow=True,
    )
    assert "at least one unit" in response.content.decode()
    empty.refresh_from_db()
    assert empty.status == ModuleStatus.DRAFT


def test_languages_need_title_summary_and_every_unit():
    module = ModuleFactory(
        title_bg="Заглавие", summary_bg="Резюме.", title_es="Título", summary_es=""
    )
    UnitFactory(module=module, title_bg="Част", body_bg="<p>Текст.</p>")
    UnitFactory(module=module, title_bg="Част 2", body_bg="   ")
    assert module_languages(module) == ["en"]
    Unit.objects.filter(module=module).update(body_bg="<p>Текст.</p>")
    module_refresh_languages(module)
    module.refresh_from_db()
    assert module.languages == ["en", "bg"]


def test_duplicate_action_makes_a_draft_copy(admin_client, module):
    response = admin_client.post(
        MODULES,
        {"action": "duplicate_modules", "_selected_action": [module.pk]},
        follow=True,
    )
    copy = Module.objects.get(duplicated_from=module)
    assert copy.status == ModuleStatus.DRAFT
    assert f"/en/admin/training/module/{copy.pk}/change/" in response.content.decode()


def test_duplicate_copies_fields_units_questions_and_choices(module):
    original_units = Unit.objects.count()
    original_questions = Question.objects.count()
    original_choices = Choice.objects.count()

    copy = module_duplicate(module=module, by=UserFactory())

    assert copy.pk != module.pk
    assert copy.slug == "understanding-esl-copy"
    assert copy.status == ModuleStatus.DRAFT
    assert copy.published_at is None
    assert copy.duplicated_from == module
    assert copy.title_en == "Understanding early school leaving (copy)"
    assert copy.title_mk.startswith("Разбирање на раното напуштање на училиштето ")
    for field in (
        "summary_en",
        "summary_mk",
        "objectives_en",
        "audience",
        "level",
        "duration_minutes",
        "pass_mark",
        "authors",
        "original_language",
    ):
        assert getattr(copy, field) == getattr(module, field), field
    assert list(copy.areas.all()) == list(module.areas.all())
    assert list(copy.related_practices.all()) == list(module.related_practices.all())
    assert copy.languages == ["en", "mk"]

    def tree(m):
        return [
            (
                unit.position,
                unit.title_en,
                unit.title_mk,
                unit.body_en,
                unit.minutes,
                [
                    (
                        question.position,
                        question.text_en,
                        question.explanation_en,
                        [
                            (choice.position, choice.text_en, choice.is_correct)
                            for choice in question.choices.all()
                        ],
                    )
                    for question in unit.questions.all()
                ],
            )
            for unit in m.units.all()
        ]

    assert tree(copy) == tree(module)
    assert Unit.objects.count() == 2 * original_units
    assert Question.objects.count() == 2 * original_questions
    assert Choice.objects.count() == 2 * original_choices
    # New rows, not moved ones: the original keeps its own.
    assert not set(copy.units.values_list("pk", flat=True)) & set(
        module.units.values_list("pk", flat=True)
    )
    module.refresh_from_db()
    assert module.status == ModuleStatus.PUBLISHED
    assert module.units.count() == 2


def test_duplicating_twice_gives_unique_slugs(module):
    first = module_duplicate(module=module)
    second = module_duplicate(module=module)
    assert {first.slug, second.slug} == {
        "understanding-esl-copy",
        "understanding-esl-copy-2",
    }


def test_a_duplicate_of_a_module_without_units_is_an_empty_draft():
    module = ModuleFactory(published_at=timezone.now())
    copy = module_duplicate(module=module)
    assert copy.units.count() == 0
    assert copy.status == ModuleStatus.DRAFT


def test_question_page_saves_choices(admin_client):
    question = QuestionFactory(choices=0)
    url = f"/en/admin/training/question/{question.pk}/change/"
    data = {
        "position": "1",
        "text_en": "Which sign comes first?",
        "choices-TOTAL_FORMS": "2",
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "0",
        "choices-MAX_NUM_FORMS": "1000",
        "choices-0-position": "1",
        "choices-0-text_en": "Absences",
        "choices-0-is_correct": "on",
        "choices-1-position": "2",
        "choices-1-text_en": "Shoe size",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert list(question.choices.values_list("text_en", "is_correct")) == [
        ("Absences", True),
        ("Shoe size", False),
    ]


def test_resource_needs_a_file_or_a_link(admin_client):
    data = {
        "is_published": "on",
        "kind": "document",
        "title_en": "Checklist",
        "slug": "checklist",
        "original_language": "en",
        "content_language": "en",
    }
    response = admin_client.post("/en/admin/training/resource/add/", data)
    assert response.status_code == 200
    assert "Upload a file or give a link." in response.content.decode()
    response = admin_client.post(
        "/en/admin/training/resource/add/",
        {**data, "url": "https://example.org/c.pdf", "audience": ["school-leaders"]},
    )
    assert response.status_code == 302
    resource = Resource.objects.get(slug="checklist")
    assert resource.audience == ["school-leaders"]
    assert resource.download_count == 0


def test_enrolments_and_feedback_are_read_only(admin_client, module):
    enrolment = EnrolmentFactory(module=module)
    assert admin_client.get("/en/admin/training/enrolment/add/").status_code == 403
    response = admin_client.post(
        f"/en/admin/training/enrolment/{enrolment.pk}/change/", {"score": "100"}
    )
    assert response.status_code == 403
