"""Staff set up two-factor login and then log in to the admin with a second factor, with
axe-core on every page they pass."""

import re

from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from conftest import PASSWORD
from network.tests.factories import UserFactory
from network.tests.test_staff_login import current_code


def sign_in(page, user, next_url):
    page.goto(f"/en/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_staff_set_up_two_factor_login_and_use_a_recovery_code(page, assert_accessible):
    staff = UserFactory(is_staff=True, is_superuser=True)
    sign_in(page, staff, "/en/accounts/2fa/")
    expect(page).to_have_url(re.compile(r"/en/accounts/2fa/$"))
    expect(
        page.get_by_role("link", name="Two-factor authentication")
    ).to_have_attribute("aria-current", "page")
    assert_accessible(page)

    page.get_by_role("link", name="Activate").click()
    # allauth asks for the password again before the second factor changes.
    expect(page).to_have_url(re.compile(r"/en/accounts/reauthenticate/"))
    assert_accessible(page)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(re.compile(r"/en/accounts/2fa/totp/activate/"))
    expect(
        page.get_by_role("img", name="QR code of the authenticator secret below")
    ).to_be_visible()
    assert_accessible(page)
    secret = page.get_by_label("Authenticator secret").input_value()
    page.get_by_label("Authenticator code").fill(current_code(secret))
    page.get_by_role("button", name="Activate").click()

    expect(page).to_have_url(re.compile(r"/en/accounts/2fa/recovery-codes/$"))
    assert_accessible(page)
    codes = page.get_by_label("Unused codes").input_value().split()
    assert len(codes) == 10
    assert Authenticator.objects.filter(user=staff).count() == 2

    page.get_by_role("button", name="Log out").click()
    sign_in(page, staff, "/en/admin/")
    expect(page).to_have_url(re.compile(r"/en/accounts/2fa/authenticate/$"))
    assert_accessible(page)
    page.get_by_label("Code").fill(codes[0])
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(r"/en/admin/$"))
