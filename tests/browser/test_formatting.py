"""Formatted text in the browser: the toolbar inserts Markdown, the preview shows it as it
will be stored, and the form passes axe with the toolbar in place."""

from playwright.sync_api import expect

from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import OrganisationFactory, UserFactory


def test_toolbar_formats_and_previews_a_section(page, login, assert_accessible):
    PublishedPracticeFactory()  # the vocabularies and a published practice exist
    member = UserFactory(organisation=OrganisationFactory())
    login(member)
    page.goto("/en/practices/new/")
    summary = page.locator("textarea[name=summary]")
    toolbar = page.locator(".markdown-toolbar").first
    expect(toolbar).to_be_visible()
    assert_accessible(page)

    summary.fill("Mediators")
    summary.select_text()
    toolbar.get_by_role("button", name="Bold").click()
    expect(summary).to_have_value("**Mediators**")
    summary.press("End")
    summary.type("\n")
    toolbar.get_by_role("button", name="List", exact=True).click()
    summary.type("call families")
    expect(summary).to_have_value("**Mediators**\n- call families")

    toolbar.get_by_role("button", name="Preview").click()
    preview = page.locator(".markdown-preview").first
    expect(preview.locator("strong")).to_have_text("Mediators")
    expect(preview.locator("li")).to_have_text("call families")
    expect(summary).to_be_hidden()
    assert_accessible(page)
    toolbar.get_by_role("button", name="Preview").click()
    expect(summary).to_be_visible()
    expect(summary).to_have_value("**Mediators**\n- call families")
