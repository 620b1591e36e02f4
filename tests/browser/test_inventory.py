"""The Inventory of good practices in the browser: share, curate, find, read.

The issue's journey: a member submits a practice with an attachment, a coordinator
publishes it in admin, a visitor in another language finds it by search and filter;
axe-core finds nothing on these pages. Django admin is the curators' back office: no axe
there.
"""

import re

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD
from inventory.models import Practice, Status, TargetGroup
from inventory.services.workflow import practice_reindex
from inventory.tests.factories import AdaptationFactory, PublishedPracticeFactory
from network.tests.factories import OrganisationFactory, UserFactory

from .conftest import AXE_OPTIONS, format_violations, watch

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TITLE = "Mentoring circles for Roma pupils"


def publish(**kwargs):
    """A published practice with its search vector (PostgreSQL) up to date."""
    practice = PublishedPracticeFactory(**kwargs)
    practice_reindex(practice_ids=[practice.pk])
    return practice


def results_settled(page):
    """Wait until htmx has no request in flight for #results and it is fully opaque.

    While a request runs, #results is dimmed (.htmx-request, opacity 0.6): axe's colour
    checks would measure the dimmed text.
    """
    page.wait_for_function(
        """() => {
            const results = document.querySelector("#results");
            return !document.querySelector(".htmx-request, .htmx-settling, .htmx-swapping")
                && getComputedStyle(results).opacity === "1";
        }"""
    )


@pytest.fixture
def other_page(browser, browser_context_args):
    """A page in a browser context of its own (another person), with its own checks.

    Returns open(**context_options) -> (page, assert_accessible for that page).
    """
    contexts = []

    def open_page(**options):
        context = browser.new_context(**{**browser_context_args, **options})
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        problems = []
        watch(page, problems)

        def assert_accessible(axe):
            page.wait_for_load_state("load")
            assert not problems, f"{page.url} did not load cleanly:\n" + "\n".join(
                problems
            )
            violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
            assert not violations, format_violations(page.url, violations)

        return page, assert_accessible

    yield open_page
    for context in contexts:
        context.close()


def test_member_submits_practice_with_attachment_curator_publishes_visitor_finds_it(
    page,
    login,
    other_page,
    axe,
    assert_accessible,
    mailoutbox,
    settings,
    tmp_path,
):
    settings.MEDIA_ROOT = tmp_path / "media"
    member = login(
        UserFactory(organisation=OrganisationFactory(), preferred_language="en")
    )
    curator = UserFactory(is_staff=True, is_superuser=True, preferred_language="en")
    # Found by the same word, in another country: the country filter must drop it.
    other = publish(title_en="Mentoring new teachers in Bitola", country="MK")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(PDF)

    # The member shares a practice. -----------------------------------------------------
    page.goto("/en/practices/")
    page.get_by_role("link", name="Share a practice").click()
    expect(page).to_have_url(re.compile(r"/en/practices/new/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Share a practice")
    assert_accessible(page)

    page.get_by_label("Language you write in").select_option(label="English")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Summary").fill("Older pupils mentor younger Roma pupils weekly.")
    page.get_by_label("Context and needs").fill("A primary school in Granada.")
    page.get_by_label("Objectives").fill("- Fewer absences\n- More pupils go on")
    page.get_by_label("Activities").fill("Weekly circles of six pupils and a mentor.")
    page.get_by_label("Results and evidence").fill("Absences fell by a third.")
    page.get_by_label("Roma pupils", exact=True).check()
    page.get_by_label("Country", exact=True).select_option(label="Spain")
    # The attachment goes with the first save, from the same form.
    attachments = page.locator("#attachments")
    expect(attachments.locator("legend").first).to_have_text("Attachments and links")
    first = attachments.get_by_role("group", name="New attachment 1")
    first.get_by_label("File", exact=True).set_input_files(pdf)
    first.get_by_label("Kind").select_option(label="Document")
    first.get_by_label("Name shown to readers").fill("Action plan")
    page.get_by_role("button", name="Save draft").click()

    expect(page).to_have_url(
        re.compile(r"/en/practices/mentoring-circles-[\w-]+/edit/$")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit practice")
    expect(page.get_by_text("Your draft has been saved.")).to_be_visible()
    expect(page.get_by_label("Title").first).to_have_value(TITLE)
    expect(page.get_by_label("Roma pupils", exact=True)).to_be_checked()
    assert_accessible(page)

    expect(attachments.get_by_role("link", name="Action plan")).to_be_visible()
    expect(attachments).to_contain_text("Document")
    expect(
        attachments.get_by_label("Remove “Action plan” when saving")
    ).not_to_be_checked()

    page.get_by_label("The text and attachments contain no personal data").check()
    page.get_by_role("button", name="Submit for review").click()

    expect(page).to_have_url(re.compile(r"/en/my/practices/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My practices")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=TITLE))
    expect(row).to_contain_text("Submitted for review")
    assert_accessible(page)

    practice = Practice.objects.get(author=member)
    assert practice.status == Status.SUBMITTED
    assert practice.country == "ES"
    assert [a.title for a in practice.attachments.all()] == ["Action plan"]
    to_review = [m for m in mailoutbox if curator.email in m.to]
    assert [m.subject for m in to_review] == [f"To review: {TITLE}"]

    # A curator publishes it from the review queue in admin (no axe: back office). -------
    admin, _unused = other_page()
    # The admin's login is the site's (allauth: throttled, second factor if set up).
    admin.goto("/en/admin/")
    expect(admin).to_have_url(re.compile(r"/en/accounts/login/\?next=%2Fen%2Fadmin%2F"))
    admin.get_by_label("Email").fill(curator.email)
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign In").click()
    admin.get_by_role(
        "link", name=re.compile("^review queue: practices$", re.I)
    ).click()
    expect(admin).to_have_url(re.compile(r"/en/admin/inventory/practicereview/$"))
    expect(admin.get_by_role("link", name=TITLE)).to_be_visible()
    admin.locator(f'input[name="_selected_action"][value="{practice.pk}"]').check()
    admin.locator('select[name="action"]').select_option(
        label="Publish the selected items"
    )
    admin.get_by_role("button", name="Go").click()
    expect(admin.get_by_text("1 item updated.")).to_be_visible()
    expect(admin.get_by_role("link", name=TITLE)).to_have_count(0)

    practice.refresh_from_db()
    assert practice.status == Status.PUBLISHED
    published = [m for m in mailoutbox if member.email in m.to]
    assert [m.subject for m in published] == [f"Published: {TITLE}"]

    # A visitor with a Spanish interface finds it by search and filter. -----------------
    visitor, visitor_accessible = other_page(locale="es-ES")
    visitor.goto("/es/practices/")
    expect(visitor.locator("html")).to_have_attribute("lang", "es")
    results = visitor.locator("#results")
    found = results.get_by_role("link", name=TITLE)
    other_link = results.get_by_role("link", name=other.title_en)

    visitor.get_by_role("searchbox").fill("mentoring")
    visitor.get_by_role("searchbox").press("Enter")
    expect(visitor).to_have_url(re.compile(r"[?&]q=mentoring(&|$)"))
    expect(found).to_be_visible()
    expect(other_link).to_be_visible()
    # The English title shown in a Spanish page says which language it is in.
    expect(found).to_have_attribute("lang", "en")
    results_settled(visitor)
    visitor_accessible(axe)

    # With JavaScript, a filter replaces the results only (htmx) and keeps the URL.
    visitor.evaluate("window.notReloaded = true")
    results.locator(".results__count").evaluate("el => el.dataset.before = 'yes'")
    with visitor.expect_response(
        lambda r: (
            "country=ES" in r.url and r.request.headers.get("hx-request") == "true"
        )
    ):
        visitor.locator("#f-country-ES").check()
    expect(visitor).to_have_url(re.compile(r"[?&]country=ES(&|$)"))
    expect(visitor).to_have_url(re.compile(r"[?&]q=mentoring(&|$)"))
    expect(results.locator("[data-before]")).to_have_count(0)
    expect(found).to_be_visible()
    expect(other_link).to_have_count(0)
    assert visitor.evaluate("window.notReloaded") is True
    # The new count reaches the live region outside the results (out-of-band swap).
    expect(visitor.locator("#results-status")).to_have_count(1)
    expect(visitor.locator("#results-status")).not_to_be_empty()
    expect(visitor.locator("#f-country-ES")).to_be_checked()
    results_settled(visitor)
    visitor_accessible(axe)

    found.click()
    expect(visitor).to_have_url(re.compile(rf"/es/practices/{practice.slug}/$"))
    expect(visitor.locator("html")).to_have_attribute("lang", "es")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor.get_by_role("heading", level=1)).to_have_attribute("lang", "en")
    visitor_accessible(axe)

    with visitor.expect_download() as download_info:
        visitor.get_by_role("link", name="Action plan").click()
    download = download_info.value
    assert download.suggested_filename == "plan.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read() == PDF


def test_practice_list_works_without_javascript(other_page):
    author = UserFactory()
    organisation = OrganisationFactory()
    roma = TargetGroup.objects.get(slug="roma")
    wanted = []
    for n in range(21):
        practice = PublishedPracticeFactory(
            title_en=f"Spanish Roma practice {n:02}",
            country="ES",
            author=author,
            organisation=organisation,
            terms=[roma],
        )
        wanted.append(practice)
    unwanted = [
        PublishedPracticeFactory(
            title_en="Spanish practice for migrants",
            country="ES",
            author=author,
            organisation=organisation,
        ),
        PublishedPracticeFactory(
            title_en="Macedonian Roma practice",
            country="MK",
            author=author,
            organisation=organisation,
            terms=[roma],
        ),
    ]

    page, _unused = other_page(java_script_enabled=False)
    page.goto("/en/practices/")
    count = page.locator(".results__count")
    expect(count).to_have_text("23 practices found")

    page.get_by_label("Spain").check()
    page.get_by_label("Roma pupils").check()
    apply = page.get_by_role("button", name="Apply filters")
    expect(apply).to_be_visible()
    apply.click()

    expect(page).to_have_url(re.compile(r"[?&]country=ES(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]target_group=roma(&|$)"))
    expect(count).to_have_text("21 practices found")
    expect(page.get_by_label("Spain")).to_be_checked()
    expect(page.get_by_label("Roma pupils")).to_be_checked()
    cards = page.locator(".practice-card__title")
    expect(cards).to_have_count(20)
    for practice in unwanted:
        expect(page.get_by_role("link", name=practice.title_en)).to_have_count(0)

    pages = page.get_by_role("navigation", name="Pages")
    expect(pages).to_contain_text("Page 1 of 2")
    next_link = pages.get_by_role("link", name="Next page")
    expect(next_link).to_have_attribute("href", re.compile(r"country=ES"))
    expect(next_link).to_have_attribute("href", re.compile(r"target_group=roma"))
    next_link.click()

    expect(page).to_have_url(re.compile(r"[?&]page=2(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]country=ES(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]target_group=roma(&|$)"))
    expect(count).to_have_text("21 practices found")
    expect(pages).to_contain_text("Page 2 of 2")
    expect(cards).to_have_count(1)
    expect(page.get_by_label("Spain")).to_be_checked()
    previous = pages.get_by_role("link", name="Previous page")
    expect(previous).to_have_attribute("href", re.compile(r"country=ES"))
    expect(previous).to_have_attribute("href", re.compile(r"target_group=roma"))


def test_similar_practices_are_offered_while_typing(page, login, assert_accessible):
    original = publish(title_en="Homework club with volunteers")
    login(UserFactory(organisation=OrganisationFactory()))

    page.goto("/en/practices/new/")
    similar = page.locator("#similar")
    expect(similar).to_be_empty()
    with page.expect_response(re.compile(r"/en/practices/similar/\?")):
        page.get_by_label("Title").press_sequentially("Homework club", delay=20)

    expect(similar).to_contain_text("Similar practices are already published")
    expect(similar.get_by_role("link", name=original.title_en)).to_have_attribute(
        "href", f"/en/practices/{original.slug}/"
    )
    expect(similar.get_by_role("link", name="Adapt this practice")).to_have_attribute(
        "href", f"/en/practices/{original.slug}/adapt/"
    )
    assert_accessible(page)


def test_visitor_reads_a_practice_in_another_language_with_fallback_note(
    page, assert_accessible
):
    empty = {f"{field}_en": "" for field in Practice.TRANSLATED_FIELDS}
    practice = publish(
        **empty,
        original_language="mk",
        country="MK",
        title_mk="Клуб за домашни задачи",
        summary_mk="<p>Волонтери им помагаат на учениците секое попладне.</p>",
        context_mk="<p>Основно училиште во Битола.</p>",
        objectives_mk="<p>Помалку изостаноци.</p>",
        activities_mk="<p>Секое попладне, два часа.</p>",
        results_mk="<p>Изостаноците се намалија.</p>",
    )

    page.goto(f"/en/practices/{practice.slug}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Клуб за домашни задачи")
    expect(heading).to_have_attribute("lang", "mk")

    summary = page.locator("section").filter(
        has=page.get_by_role("heading", name="Summary")
    )
    # Said once for the page, not in every section.
    expect(page.locator(".translation-note")).to_have_count(1)
    expect(page.locator(".translation-notice")).to_contain_text(
        "Not yet translated: shown in Macedonian."
    )
    expect(summary.locator(".prose")).to_have_attribute("lang", "mk")
    expect(summary.locator(".prose")).to_contain_text("Волонтери")
    # The sections the author left empty are not shown at all.
    expect(page.get_by_role("heading", name="Resources")).to_have_count(0)

    languages = page.get_by_role("navigation", name="Languages of this practice")
    expect(languages.get_by_role("link")).to_have_count(1)
    expect(languages.get_by_role("link")).to_have_attribute("hreflang", "mk")
    assert_accessible(page)


def test_author_adds_the_outcomes_of_her_published_adaptation(
    page, login, assert_accessible
):
    adaptation = AdaptationFactory(
        author=login(UserFactory(preferred_language="en")),
        status=Status.PUBLISHED,
        published_at="2026-01-10T10:00:00Z",
        results_en="<p>Too early to tell.</p>",
    )
    page.goto("/en/my/practices/")
    page.get_by_role("link", name=f"Add the outcomes {adaptation.title_en}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add the outcomes")
    assert_accessible(page)

    page.get_by_label("Results").fill("")
    page.get_by_label("Lessons learned").fill("Start with the families.")
    page.get_by_role("button", name="Publish the outcomes").click()
    expect(page.get_by_role("alert")).to_contain_text("Results")
    expect(page.get_by_label("Lessons learned")).to_have_value(
        "Start with the families."
    )
    assert_accessible(page)

    page.get_by_label("Results").fill("Absences fell from 20% to 12%.")
    page.get_by_label("Period").fill("September 2025 to June 2026")
    page.get_by_role("button", name="Publish the outcomes").click()
    expect(page).to_have_url(re.compile(rf"/en/adaptations/{adaptation.pk}/$"))
    expect(page.get_by_text("Absences fell from 20% to 12%.")).to_be_visible()
    expect(page.get_by_text("September 2025 to June 2026")).to_be_visible()
    assert_accessible(page)
