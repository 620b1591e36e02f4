"""Issue 11's journey in a real browser: a visitor reads a Macedonian practice in
Bulgarian (Apertium's translation, marked once), switches to the original and back
without losing her place; the Bulgarian translator finds it in her queue, corrects it
beside the original and marks it reviewed. axe-core checks every page."""

import re
import shutil

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from conftest import require
from inventory.tests.factories import PublishedPracticeFactory
from network.models import Translator
from network.tests.factories import PartnerFactory, UserFactory
from siehub import translating
from siehub.countries import Country
from siehub.i18n import MACHINE_TRANSLATED_FROM
from siehub.models import TranslationStatus

TITLE = "Училиштето ги кани семејствата секој месец"


def bg(text: str) -> str:
    with translation.override("bg"):
        return gettext(text)


@pytest.fixture
def practice(settings):
    require(
        shutil.which("apertium") is not None,
        "APERTIUM IS NOT INSTALLED: apt-get install apertium apertium-mkd-bul "
        "apertium-mkd-eng apertium-eng-spa",
    )
    settings.MACHINE_TRANSLATION_ENGINES = ["apertium"]
    sections = {
        "summary": "<p>Училиштето ги кани семејствата секој месец.</p>",
        "context": "<p>Основно училиште во Битола со многу ромски ученици.</p>",
        "objectives": "<p>Помалку изостаноци и семејства што му веруваат на училиштето.</p>",
        "activities": "<p>Медијаторите ги посетуваат децата дома.</p>"
        + "<p>Наставниците се јавуваат по вториот ден отсуство.</p>" * 12,
        "resources": "<p>Двајца медијатори и телефон.</p>",
        "results": "<p>Изостаноците паднаа од 18% на 11%.</p>",
        "transferability": "<p>Секое училиште со медијатор може да почне утре.</p>",
    }
    practice = PublishedPracticeFactory(
        original_language="mk",
        title_en="",
        title_mk=TITLE,
        **{f"{name}_en": "" for name in sections},
        **{f"{name}_mk": text for name, text in sections.items()},
    )
    translating.machine_translate(kind_key="practice", ids=[practice.pk])
    return practice


def test_a_visitor_reads_it_in_bulgarian_and_a_translator_reviews_it(
    page, login, practice, assert_accessible
):
    page.goto(f"/bg/practices/{practice.slug}/")
    with translation.override("bg"):
        note = str(MACHINE_TRANSLATED_FROM["mk"])
    notice = page.locator(".translation-notice")
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text(note)
    expect(page.get_by_role("heading", level=1)).not_to_have_text(TITLE)
    assert_accessible(page)

    # Reading on, far down the page: the switch is in sight and keeps the place.
    page.locator("#section-results").scroll_into_view_if_needed()
    notice.get_by_role("link", name=bg("Show the original")).click()
    expect(page).to_have_url(re.compile(r"\?show=original#section-"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(TITLE)
    expect(heading).to_have_attribute("lang", "mk")
    # Back where she was reading (the page scrolls to the section, smoothly).
    page.wait_for_function("() => window.scrollY > 400")
    assert_accessible(page)

    page.locator(".translation-notice").get_by_role(
        "link", name=bg("Show the translation")
    ).click()
    expect(page).to_have_url(re.compile(rf"/bg/practices/{practice.slug}/#section-"))
    expect(page.get_by_role("heading", level=1)).not_to_have_text(TITLE)

    translator = login(UserFactory(preferred_language="bg"))
    Translator.objects.create(user=translator, language="bg", partner=PartnerFactory())
    page.goto("/bg/my/translations/bg/")
    assert_accessible(page)
    page.get_by_role("link", name=TITLE).click()
    # The original beside the translation, each in its language.
    expect(
        page.locator(".translation-editor__original .prose").first
    ).to_have_attribute("lang", "mk")
    assert_accessible(page)
    title = page.get_by_role("textbox", name=re.compile(bg("Title")))
    title.fill("Училището кани семействата всеки месец")
    page.get_by_role("button", name=bg("Save and mark as reviewed")).click()
    expect(
        page.get_by_text(bg("The translation is saved and reviewed."))
    ).to_be_visible()
    assert_accessible(page)

    practice.refresh_from_db()
    assert practice.title_bg == "Училището кани семействата всеки месец"
    states = translating.field_states(practice, "bg")
    assert {state.status for state in states if state.status != "empty"} == {
        TranslationStatus.REVIEWED
    }
    page.goto(f"/bg/practices/{practice.slug}/")
    expect(page.locator(".translation-notice")).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Училището кани семействата всеки месец"
    )


def test_a_coordinator_names_a_translator(page, login, assert_accessible):
    partner = PartnerFactory(country=Country.BULGARIA)  # names Bulgarian or English
    coordinator = login(UserFactory())
    partner.coordinators.add(coordinator)
    colleague = UserFactory(
        organisation=partner, first_name="Elena", last_name="Dimova"
    )

    page.goto("/en/my/network/")
    page.get_by_role("link", name="Name and see the translators").click()
    assert_accessible(page)
    page.get_by_label("Member").select_option(str(colleague.pk))
    page.get_by_label("Translates into").select_option("bg")
    page.get_by_role("button", name="Name translator").click()
    expect(
        page.get_by_text("Elena Dimova can now translate into Bulgarian.")
    ).to_be_visible()
    assert_accessible(page)
    assert Translator.objects.filter(user=colleague, language="bg").exists()


def test_a_translator_of_two_languages_sees_what_is_readable_in_each(
    page, login, assert_accessible
):
    PublishedPracticeFactory()
    translator = login(UserFactory())
    for language in ("bg", "es"):
        Translator.objects.create(
            user=translator, language=language, partner=PartnerFactory()
        )

    page.goto("/en/my/translations/")
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=2)).to_have_text(["Bulgarian", "Spanish"])
    expect(main.get_by_role("table")).to_have_count(2)
    assert_accessible(page)
    page.get_by_role("link", name="Open the queue: Spanish").click()
    expect(page).to_have_url(re.compile(r"/en/my/translations/es/$"))
