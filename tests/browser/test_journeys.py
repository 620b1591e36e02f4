"""The main journeys of a visitor and a member, with axe-core on every page they pass."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD
from network.tests.factories import UserFactory

CONFIRM_LINK = re.compile(r"https?://\S+/accounts/confirm-email/[^/\s]+/")


def on_live_server(live_server, url: str) -> str:
    """The mail carries SITE_URL's host; the browser must go to the live server."""
    parts = urlsplit(url)
    return f"{live_server.url}{parts.path}"


def test_visitor_signs_up_verifies_email_and_lands_logged_in(
    page, live_server, mailoutbox, assert_accessible
):
    page.goto("/en/")
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Join the network").click()
    expect(page).to_have_url(re.compile(r"/en/accounts/signup/$"))
    assert_accessible(page)

    # An empty form is refused with an error summary, and the page stays accessible.
    page.get_by_role("button", name="Sign Up").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Please correct the following")
    expect(summary).to_be_focused()
    assert_accessible(page)

    page.get_by_label("First name").fill("Elena")
    page.get_by_label("Last name").fill("Stojanovska")
    page.get_by_label("Email").fill("elena@example.org")
    page.get_by_label("Position").select_option(label="Teacher")
    page.get_by_label("Country").select_option(label="North Macedonia")
    page.get_by_label("Preferred language").select_option(label="English")
    # The label reads "Password:"; "Password (again):" must not match.
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-and-unusual-passphrase")
    page.get_by_label("Password (again)").fill("a-long-and-unusual-passphrase")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("verify your email", re.IGNORECASE)
    )
    assert_accessible(page)

    assert len(mailoutbox) == 1, [m.subject for m in mailoutbox]
    verification = mailoutbox[0]
    assert verification.to == ["elena@example.org"]
    link = CONFIRM_LINK.search(verification.body)
    assert link, verification.body

    page.goto(on_live_server(live_server, link.group(0)))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("confirm email address", re.IGNORECASE)
    )
    assert_accessible(page)

    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Elena Stojanovska")

    welcome = [m for m in mailoutbox if "Welcome" in m.subject]
    assert len(welcome) == 1, [m.subject for m in mailoutbox]
    assert welcome[0].to == ["elena@example.org"]


def test_member_logs_in_and_lands_in_preferred_language(page, assert_accessible):
    member = UserFactory(preferred_language="bg")

    page.goto("/en/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    expect(page).to_have_url(re.compile(r"/bg/my/profile/$"))
    expect(page.locator("html")).to_have_attribute("lang", "bg")
    expect(page.get_by_role("heading", level=1)).to_have_text(member.get_full_name())
    assert_accessible(page)


def test_wrong_password_shows_error_and_keeps_email(page, assert_accessible):
    member = UserFactory()

    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign In").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Please correct the following")
    expect(summary).to_contain_text("not correct")
    expect(summary).to_be_focused()
    expect(page.get_by_label("Email")).to_have_value(member.email)
    expect(page.get_by_label("Password")).to_have_value("")
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)
    assert_accessible(page)


ABOUT_TITLES = {
    "en": "About SIE HUB+",
    "mk": "За SIE HUB+",
    "es": "Sobre SIE HUB+",
    "bg": "За SIE HUB+",
}


def test_language_switcher_keeps_the_page(page, assert_accessible):
    page.goto("/en/pages/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text(ABOUT_TITLES["en"])
    assert_accessible(page)

    expect(page.get_by_role("navigation", name="Language")).to_be_visible()
    # The switcher's own label is translated too; after the first switch, find it by
    # what it holds (links to the page in other languages).
    switcher = page.get_by_role("navigation").filter(has=page.locator("a[hreflang]"))
    for code, name in [("mk", "Македонски"), ("es", "Español"), ("bg", "Български")]:
        switcher.get_by_role("link", name=name).click()
        expect(page).to_have_url(re.compile(rf"/{code}/pages/about/$"))
        expect(page.locator("html")).to_have_attribute("lang", code)
        expect(page.get_by_role("heading", level=1)).to_have_text(ABOUT_TITLES[code])
        expect(switcher.get_by_role("link", name=name)).to_have_attribute(
            "aria-current", "true"
        )
        assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "mk", "bg", "es"])
def test_home_page_in_each_language_has_no_wcag_violations(
    page, language, assert_accessible
):
    page.goto(f"/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/en/pages/privacy/",
        "/en/pages/accessibility/",
        "/en/accounts/password/reset/",
    ],
)
def test_public_page_has_no_wcag_violations(page, path, assert_accessible):
    response = page.goto(path)
    assert response.status == 200
    assert_accessible(page)


def test_missing_page_answers_404_without_wcag_violations(page, assert_accessible):
    response = page.goto("/en/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    assert_accessible(page)


def test_password_reset_with_errors_has_no_wcag_violations(page, assert_accessible):
    page.goto("/en/accounts/password/reset/")
    page.get_by_label("Email").fill("not-an-address")
    page.get_by_role("button", name=re.compile("reset", re.IGNORECASE)).click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)


@pytest.fixture
def member_with_notification(db):
    from siehub.models import Notification

    member = UserFactory()
    Notification.objects.create(
        recipient=member,
        to_email=member.email,
        kind="welcome",
        language="en",
        subject="Welcome to SIE HUB+",
        body_text="Welcome.",
        link="/en/my/profile/",
    )
    return member


@pytest.mark.parametrize(
    "path",
    ["/en/my/profile/", "/en/my/profile/edit/", "/en/my/notifications/"],
)
def test_member_page_has_no_wcag_violations(
    page, login, member_with_notification, path, assert_accessible
):
    login(member_with_notification)
    response = page.goto(path)
    assert response.status == 200
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    assert_accessible(page)


def test_profile_edit_with_errors_keeps_input_and_has_no_wcag_violations(
    page, login, assert_accessible
):
    login(UserFactory())
    page.goto("/en/my/profile/edit/")
    page.get_by_label("First name").fill("")
    page.get_by_label("About me").fill("Teacher of mathematics in Bitola.")
    page.get_by_role("button", name="Save profile").click()

    expect(page.get_by_role("alert")).to_contain_text("First name")
    expect(page.get_by_label("About me")).to_have_value(
        "Teacher of mathematics in Bitola."
    )
    assert_accessible(page)
