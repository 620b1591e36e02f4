"""Staff log in to the admin through the site's login: throttled, with a second factor."""

import re
from unittest import mock

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.hashers import MD5PasswordHasher

from conftest import PASSWORD
from network.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADMIN = "/en/admin/"
LOGIN = "/en/accounts/login/"
TWO_FACTOR = "/en/accounts/2fa/"


@pytest.fixture
def staff():
    return UserFactory(is_staff=True, is_superuser=True)


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def with_authenticator_app(user) -> str:
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def log_in(client, user, password=PASSWORD, next_url=ADMIN):
    return client.post(
        f"{LOGIN}?next={next_url}", {"login": user.email, "password": password}
    )


def confirm_password(client, next_url):
    """allauth asks for the password again before two-factor settings change."""
    response = client.get(next_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_admin_sends_to_the_sites_login(client, staff):
    response = client.get(f"{ADMIN}login/?next={ADMIN}")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=")
    # The admin's own form checks no password any more.
    client.post(f"{ADMIN}login/", {"username": staff.email, "password": PASSWORD})
    assert not logged_in(client)

    response = log_in(client, staff)
    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_member_who_is_not_staff_is_refused_the_admin(client):
    member = UserFactory()
    client.force_login(member)
    assert client.get(f"{ADMIN}login/").status_code == 403
    assert client.get(ADMIN).status_code == 302  # the admin's "not staff" redirect


def test_fifty_wrong_passwords_lock_the_account_before_the_right_one(client, staff):
    verify = MD5PasswordHasher.verify
    with mock.patch.object(
        MD5PasswordHasher, "verify", autospec=True, side_effect=verify
    ) as hashed:
        statuses = {log_in(client, staff, "wrong-guess").status_code for _ in range(50)}
        assert statuses <= {400, 429}
        # Only the first five guesses cost a password hash (two: Django's backend and
        # allauth's each check it); the rest are turned away before hashing.
        assert hashed.call_count <= 10
        response = log_in(client, staff)
    assert response.status_code in (400, 429)
    assert not logged_in(client)
    assert client.get(ADMIN).status_code == 302


def test_staff_with_an_authenticator_app_log_in_with_a_code(client, staff):
    secret = with_authenticator_app(staff)
    response = log_in(client, staff)
    assert response.status_code == 302
    assert response["Location"] == f"{TWO_FACTOR}authenticate/"
    assert not logged_in(client)
    assert client.get(ADMIN).status_code == 302

    page = client.get(f"{TWO_FACTOR}authenticate/")
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.text
    response = client.post(f"{TWO_FACTOR}authenticate/", {"code": "000000"})
    assert response.status_code == 400
    assert not logged_in(client)

    response = client.post(f"{TWO_FACTOR}authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_wrong_codes_are_throttled_too(client, staff):
    secret = with_authenticator_app(staff)
    log_in(client, staff)
    for _ in range(6):
        client.post(f"{TWO_FACTOR}authenticate/", {"code": "000000"})
    client.post(f"{TWO_FACTOR}authenticate/", {"code": current_code(secret)})
    assert not logged_in(client)


def test_staff_set_up_an_authenticator_app_and_recovery_codes(client, staff):
    client.force_login(staff)
    page = client.get(TWO_FACTOR)
    assert page.status_code == 200
    assert f'href="{TWO_FACTOR}totp/activate/"' in page.text

    confirm_password(client, f"{TWO_FACTOR}totp/activate/")
    page = client.get(f"{TWO_FACTOR}totp/activate/")
    assert page.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in page.text
    secret = re.search(r'id="authenticator_secret" value="(\w+)"', page.text)
    assert secret, "the secret is shown for typing in by hand"
    response = client.post(
        f"{TWO_FACTOR}totp/activate/", {"code": current_code(secret.group(1))}
    )
    assert response.status_code == 302
    assert Authenticator.objects.filter(
        user=staff, type=Authenticator.Type.TOTP
    ).exists()

    page = client.get(f"{TWO_FACTOR}recovery-codes/")
    assert page.status_code == 200
    codes = Authenticator.objects.get(
        user=staff, type=Authenticator.Type.RECOVERY_CODES
    ).wrap()
    assert codes.get_unused_codes()[0] in page.text


class TestRequiredForStaff:
    @pytest.fixture(autouse=True)
    def _required(self, settings):
        settings.MFA_REQUIRED_FOR_STAFF = True

    def test_staff_without_an_authenticator_app_are_sent_to_set_one_up(
        self, client, staff
    ):
        log_in(client, staff)
        response = client.get(f"{ADMIN}network/user/")
        assert response.status_code == 302
        assert response["Location"] == (
            f"{TWO_FACTOR}totp/activate/?next=%2Fen%2Fadmin%2Fnetwork%2Fuser%2F"
        )
        # The rest of the site stays open, the set-up pages among them.
        assert client.get("/en/my/profile/").status_code == 200
        confirm_password(client, f"{TWO_FACTOR}totp/activate/")
        assert client.get(f"{TWO_FACTOR}totp/activate/").status_code == 200

    def test_staff_with_one_open_the_admin(self, client, staff):
        with_authenticator_app(staff)
        client.force_login(staff)
        assert client.get(ADMIN).status_code == 200

    def test_members_are_not_asked(self, client):
        client.force_login(UserFactory())
        assert client.get("/en/my/profile/").status_code == 200
