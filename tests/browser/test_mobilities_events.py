"""The public mobility pages in a real browser, on the demo data: the list with its
filters, the Madrid event in Macedonian, the upcoming event with the way to apply, the
calendar file; axe-core on every page."""

import io
import re

from django.core.management import call_command
from playwright.sync_api import expect

MADRID = "initiating-positive-change-madrid-2021"
SOFIA = "families-mediators-schools-sofia"


def test_visitor_browses_the_mobilities_of_the_demo(page, assert_accessible):
    call_command("seed_demo", force=True, stdout=io.StringIO())

    page.goto("/en/")
    upcoming = page.get_by_role("link", name="Families, mediators and schools together")
    expect(upcoming).to_be_visible()
    assert_accessible(page)

    page.goto("/en/mobilities/")
    expect(page.get_by_role("heading", name="Upcoming events")).to_be_visible()
    expect(page.get_by_role("link", name="Initiating positive change")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Country").select_option("BG")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"country=BG"))
    expect(page.get_by_role("link", name="Initiating positive change")).to_have_count(0)
    page.get_by_role("link", name="Families, mediators and schools together").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Families, mediators and schools together"
    )
    expect(page.get_by_role("link", name="Log in to apply")).to_be_visible()
    expect(page.get_by_role("table").first).to_contain_text("Left")
    assert_accessible(page)

    page.goto(f"/mk/mobilities/{MADRID}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Иницирање позитивна промена"
    )
    expect(page.get_by_role("link", name="Ana Stojanovska")).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download:
        page.locator(f'a[href="/mk/mobilities/{MADRID}/programme.ics"]').click()
    assert download.value.suggested_filename == f"{MADRID}-programme.ics"
