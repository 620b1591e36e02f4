"""The directories in a real browser: filtering without JavaScript of our own, a profile,
writing to a member; axe-core on every page."""

import re

from playwright.sync_api import expect

from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory


def test_visitor_filters_the_organisations_and_opens_one(page, assert_accessible):
    partner = PartnerFactory(name="Centre Sofia", country="BG", city="Sofia")
    OrganisationFactory(name="School in Sofia", partner=partner, country="BG")
    OrganisationFactory(name="School in Bitola", education_levels=["isced-1"])
    page.goto("/en/organisations/")
    expect(page.get_by_role("heading", name="Project partners")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Country").select_option("BG")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"country=BG"))
    results = page.locator("#results")
    expect(results.get_by_role("link", name="School in Sofia")).to_be_visible()
    expect(results.get_by_role("link", name="School in Bitola")).to_have_count(0)
    assert_accessible(page)

    results.get_by_role("link", name="School in Sofia").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("School in Sofia")
    assert_accessible(page)


def test_member_finds_a_colleague_and_writes_to_them(
    page, login, mailoutbox, assert_accessible
):
    colleague = UserFactory(
        first_name="Elena",
        last_name="Ivanova",
        public_profile=True,
        expertise_areas=["parental-involvement"],
        bio="Pedagogue in Sofia.",
    )
    UserFactory(first_name="Hidden", last_name="Member")
    login(UserFactory(public_profile=True))
    page.goto("/en/members/")
    expect(page.get_by_role("link", name="Hidden Member")).to_have_count(0)
    assert_accessible(page)

    page.get_by_label("Search members by name").fill("ivanova")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Elena Ivanova").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Elena Ivanova")
    assert_accessible(page)

    # An empty message is refused with an error summary; the page stays accessible.
    page.get_by_role("button", name="Send the message").click()
    expect(page.get_by_role("alert")).to_contain_text("Please write a message.")
    assert_accessible(page)

    page.get_by_label("Your message").fill("Could we visit your school in May?")
    page.get_by_role("button", name="Send the message").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Your message has been sent to Elena Ivanova."
    )
    assert_accessible(page)
    assert [mail.to for mail in mailoutbox] == [[colleague.email]]
