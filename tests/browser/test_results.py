"""The results page in a real browser, on the demo data: at phone and desktop width, in
English and Macedonian, every chart image loads, every figure has its table, nothing
scrolls sideways and axe-core finds nothing; the country filter narrows the figures. The
author of a published adaptation reports its figures before and after: a share above
100 % is refused with the typed value kept, then the corrected one is shown."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from inventory.models import OutcomeIndicator, Status
from inventory.tests.factories import AdaptationFactory

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
# The Macedonian title is checked for its script only: the wording may change.
TITLES = {"en": "Results and impact", "mk": re.compile(r"^[\u0400-\u04FF\s]+$")}
CHARTS = "img.result-figure__chart"

# Every chart image, loaded or failed: `complete` is true for both; only a loaded SVG
# has a natural width.
CHARTS_STATE = """(selector) => [...document.querySelectorAll(selector)].map((img) => ({
    src: img.getAttribute("src"),
    complete: img.complete,
    width: img.naturalWidth,
}))"""


@pytest.fixture
def demo(transactional_db):
    # `seed_demo` computes the results snapshot last, once every app has seeded.
    call_command("seed_demo", force=True, stdout=io.StringIO())


def charts_loaded(page) -> list[dict]:
    """Scroll every chart into view (they load lazily), wait until each has loaded or
    failed, and return those that show nothing."""
    charts = page.locator(CHARTS)
    for index in range(charts.count()):
        charts.nth(index).scroll_into_view_if_needed()
    page.wait_for_function(
        f"() => ({CHARTS_STATE})({CHARTS!r}).every((img) => img.complete)"
    )
    page.evaluate("window.scrollTo(0, 0)")
    return [
        chart for chart in page.evaluate(CHARTS_STATE, CHARTS) if not chart["width"]
    ]


def assert_fits(page, viewport):
    width = page.evaluate("document.documentElement.scrollWidth")
    inner = page.evaluate("window.innerWidth")
    assert width <= inner, (
        f"{page.url} at {viewport['width']} px is {width} px wide (window {inner} px)"
    )


@pytest.mark.parametrize("language", ["en", "mk"])
def test_results_page_shows_every_chart_and_table_on_phone_and_desktop(
    language, page, demo, assert_accessible
):
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        response = page.goto(f"/{language}/results/")
        assert response.status == 200
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[language])
        expect(page.locator(".key-figures li")).to_have_count(5)

        figures = page.locator("figure.result-figure")
        count = figures.count()
        assert count == 13, f"{count} figures on {page.url}"
        # The demo has data for every figure: each has its chart, its table in a
        # scrolling region, and its CSV file.
        expect(page.get_by_text("Nothing to show")).to_have_count(0)
        # Every figure is drawn but the participants of each mobility (a table only).
        expect(page.locator(CHARTS)).to_have_count(count - 1)
        expect(figures.filter(has_not=page.locator(CHARTS))).to_have_attribute(
            "aria-labelledby", "participants_by_event-title"
        )
        expect(figures.locator(".table-scroll[role=region] table")).to_have_count(count)
        expect(
            figures.locator(f'a[download][href^="/{language}/results/"][href$=".csv"]')
        ).to_have_count(count)
        for index in range(count):
            table = figures.nth(index).locator("table tbody tr")
            assert table.count() > 0, f"figure {index} has an empty table"

        broken = charts_loaded(page)
        assert not broken, f"charts that did not load at {viewport}: {broken}"
        assert_fits(page, viewport)
        assert_accessible(page)


def test_choosing_a_country_narrows_the_figures(page, demo, assert_accessible):
    page.set_viewport_size(DESKTOP)
    page.goto("/en/results/")
    by_year = page.locator("figure.result-figure").filter(
        has=page.get_by_text("Practices published per year")
    )
    header = by_year.locator("thead")
    expect(header).to_contain_text("Spain")
    expect(header).to_contain_text("North Macedonia")

    page.get_by_label("Country", exact=True).select_option("MK")
    page.get_by_role("button", name="Show the figures").click()

    expect(page).to_have_url(re.compile(r"/en/results/\?(.*&)?country=MK(&|$)"))
    expect(page.get_by_label("Country", exact=True)).to_have_value("MK")
    expect(header).to_contain_text("North Macedonia")
    expect(header).not_to_contain_text("Spain")
    # The charts and the CSV files are those of the country chosen.
    chart = by_year.locator(CHARTS)
    expect(chart).to_have_attribute("src", re.compile(r"\?(.*&)?country=MK(&|$)"))
    expect(by_year.locator("a[download]")).to_have_attribute(
        "href", re.compile(r"\.csv\?(.*&)?country=MK(&|$)")
    )
    assert not charts_loaded(page)
    assert_fits(page, DESKTOP)
    assert_accessible(page)


def test_author_reports_attendance_a_share_above_100_is_refused_then_corrected(
    page, login, assert_accessible
):
    adaptation = AdaptationFactory(
        status=Status.PUBLISHED,
        published_at="2026-01-10T10:00:00Z",
        submitted_at="2026-01-09T10:00:00Z",
        results_en="<p>Better attendance.</p>",
    )
    login(adaptation.author)
    page.set_viewport_size(DESKTOP)

    page.goto(adaptation.get_absolute_url())
    expect(page.get_by_role("heading", name="Figures before and after")).to_have_count(
        0
    )
    page.get_by_role("link", name="Add the outcomes").click()
    expect(page).to_have_url(re.compile(rf"/en/adaptations/{adaptation.pk}/outcomes/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Add the outcomes")
    assert_accessible(page)

    attendance = page.get_by_role("group", name="Attendance rate")
    attendance.get_by_label("Before (%)").fill("71")
    attendance.get_by_label("After (%)").fill("140")
    page.locator('input[name="attendance-period_start"]').fill("2025-09-01")
    page.locator('input[name="attendance-period_end"]').fill("2026-06-30")
    page.locator('select[name="attendance-measurement"]').select_option("monitored")
    with page.expect_response(re.compile(r"/outcomes/$")) as refused:
        page.get_by_role("button", name="Publish the outcomes").click()
    assert refused.value.status == 400

    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Please correct the following")
    expect(summary).to_contain_text("Attendance rate")
    expect(summary).to_contain_text("at most 100")
    # What was typed is kept, the wrong figure included.
    expect(page.locator('input[name="attendance-baseline"]')).to_have_value("71")
    expect(page.locator('input[name="attendance-result"]')).to_have_value("140")
    expect(page.locator('input[name="attendance-period_start"]')).to_have_value(
        "2025-09-01"
    )
    expect(page.locator('input[name="attendance-period_end"]')).to_have_value(
        "2026-06-30"
    )
    expect(page.locator('select[name="attendance-measurement"]')).to_have_value(
        "monitored"
    )
    # The summary links to the field to correct.
    result_id = page.locator('input[name="attendance-result"]').get_attribute("id")
    expect(
        summary.get_by_role("link", name=re.compile("at most 100"))
    ).to_have_attribute("href", f"#{result_id}")
    assert_accessible(page)
    assert not OutcomeIndicator.objects.filter(adaptation=adaptation).exists()

    page.locator('input[name="attendance-result"]').fill("84")
    page.get_by_role("button", name="Publish the outcomes").click()

    expect(page).to_have_url(re.compile(rf"/en/adaptations/{adaptation.pk}/$"))
    expect(
        page.get_by_text("The outcomes of your adaptation are published.")
    ).to_be_visible()
    figures = page.get_by_role("region", name="Figures before and after")
    expect(
        figures.get_by_role("heading", name="Figures before and after")
    ).to_be_visible()
    row = figures.get_by_role("row", name=re.compile("Attendance rate"))
    expect(row).to_contain_text("71")
    expect(row).to_contain_text("84")
    assert_accessible(page)
    item = OutcomeIndicator.objects.get(adaptation=adaptation)
    assert (item.indicator, item.baseline, item.result) == ("attendance", 71, 84)
