"""The training's acceptance journey on the demo data, in a real browser and in
Macedonian: a teacher enrols in "Understanding early school leaving", works through every
unit and its self-assessment (one wrong answer first, then right), completes the module,
downloads her certificate and anyone verifies its code. axe-core checks every page."""

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from network.models import User
from training.models import Enrolment, Module

SLUG = "understanding-early-school-leaving"


def mk(text: str) -> str:
    """The interface string as the Macedonian catalogue has it."""
    with translation.override("mk"):
        return gettext(text)


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", force=True, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_a_teacher_completes_a_module_in_macedonian_and_verifies_her_certificate(
    page, login, demo, assert_accessible
):
    teacher = login(User.objects.get(email="teacher@demo.siehub.eu"))
    module = Module.objects.get(slug=SLUG)
    assert "mk" in module.languages

    page.goto("/mk/training/")
    assert_accessible(page)
    page.get_by_role("link", name=module.title_mk).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(module.title_mk)
    assert_accessible(page)
    page.get_by_role("button", name=mk("Enrol")).click()

    units = list(module.units.order_by("position"))
    for index, unit in enumerate(units):
        page.goto(f"/mk/training/{SLUG}/units/{unit.position}/")
        expect(page.get_by_role("heading", level=1)).to_contain_text(unit.title_mk)
        assert_accessible(page)
        questions = list(unit.questions.prefetch_related("choices"))
        if questions:
            if index == 0:
                # A wrong answer first: the feedback says so and explains.
                for question in questions:
                    wrong = next(c for c in question.choices.all() if not c.is_correct)
                    page.check(f"input[value='{wrong.pk}']")
                page.get_by_role("button", name=mk("Check my answers")).click()
                assert_accessible(page)
            for question in questions:
                right = next(c for c in question.choices.all() if c.is_correct)
                page.check(f"input[value='{right.pk}']")
            button = mk("Answer again") if index == 0 else mk("Check my answers")
            page.get_by_role("button", name=button).click()
            assert_accessible(page)
        page.get_by_role("button", name=mk("Mark this unit complete")).click()

    enrolment = Enrolment.objects.get(user=teacher, module=module)
    assert enrolment.completed_at is not None
    assert enrolment.score >= module.pass_mark
    certificate = enrolment.certificate
    assert certificate.language == "mk"
    assert certificate.title == module.title_mk

    page.goto("/mk/my/learning/")
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=mk("Download your certificate")).first.click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.context.clear_cookies()
    page.goto(f"/mk/verify/{certificate.code}/")
    expect(page.get_by_text(mk("This certificate is genuine"))).to_be_visible()
    expect(page.get_by_text(certificate.holder_name).first).to_be_visible()
    assert_accessible(page)
