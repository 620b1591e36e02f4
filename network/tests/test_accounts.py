"""Accounts: sign-up with mandatory verification, login, reset, change, rate limits."""

import re

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.utils import timezone

from network.models import User
from network.tests.factories import UserFactory
from siehub.models import Notification

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
NEW_PASSWORD = "another-Long-passphrase-42"
LINK = re.compile(r"http://testserver(/\S+)")


def signup_data(**overrides):
    data = {
        "first_name": "Elena",
        "last_name": "Georgieva",
        "email": "elena@example.org",
        "position": "teacher",
        "country": "BG",
        "preferred_language": "bg",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


def link_in(message):
    return LINK.search(message.body).group(1)


class TestSignup:
    url = "/en/accounts/signup/"

    def test_sign_up_records_profile_and_asks_to_verify(self, client, mailoutbox):
        response = client.post(self.url, signup_data())
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/confirm-email/"
        user = User.objects.get(email="elena@example.org")
        assert (user.first_name, user.last_name, user.position, user.country) == (
            "Elena",
            "Georgieva",
            "teacher",
            "BG",
        )
        assert user.preferred_language == "bg"
        assert not EmailAddress.objects.get(user=user).verified
        # Not logged in until the address is verified.
        assert client.get("/en/my/profile/").status_code == 302
        assert len(mailoutbox) == 1
        # The mail and its link are in the language the member chose.
        assert "/bg/accounts/confirm-email/" in link_in(mailoutbox[0])
        assert Notification.objects.get(to_email="elena@example.org").sent_at

    def test_verification_link_confirms_logs_in_and_welcomes(self, client, mailoutbox):
        client.post(self.url, signup_data())
        link = link_in(mailoutbox[0])
        page = client.get(link)
        assert page.status_code == 200
        response = client.post(link)
        assert response.status_code == 302
        user = User.objects.get(email="elena@example.org")
        assert EmailAddress.objects.get(user=user).verified
        # Logged in, and the member continues in the preferred language.
        assert response["Location"].startswith("/bg/")
        assert client.get("/bg/my/profile/").status_code == 200
        welcome = [m for m in mailoutbox if m.to == [user.email]][-1]
        assert "SIE HUB+" in welcome.subject
        assert Notification.objects.filter(recipient=user, kind="welcome").count() == 1

    def test_welcome_is_sent_once_even_if_the_link_is_used_twice(
        self, client, mailoutbox
    ):
        client.post(self.url, signup_data())
        link = link_in(mailoutbox[0])
        client.post(link)
        client.post("/bg/accounts/logout/")
        client.post(link)
        assert Notification.objects.filter(kind="welcome").count() == 1

    def test_taken_email_creates_no_account_and_reveals_nothing(
        self, client, mailoutbox
    ):
        """allauth prevents account enumeration: the page answers as for a new address,
        and the owner of the address is told by mail instead."""
        owner = UserFactory(email="elena@example.org")
        response = client.post(self.url, signup_data(email="Elena@Example.org"))
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/confirm-email/"
        assert User.objects.filter(email__iexact="elena@example.org").count() == 1
        assert [m.to for m in mailoutbox] == [[owner.email]]
        owner.refresh_from_db()
        assert owner.check_password(PASSWORD)

    def test_invalid_signup_keeps_what_was_typed(self, client):
        response = client.post(self.url, signup_data(email="not-an-email"))
        assert response.status_code == 400
        html = response.content.decode()
        assert "error-summary" in html
        assert 'value="Georgieva"' in html
        assert 'value="not-an-email"' in html
        assert not User.objects.exists()

    def test_missing_and_mismatched_fields_are_explained(self, client):
        response = client.post(
            self.url, signup_data(first_name="", password2="something-else-entirely")
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert "first_name" in form.errors
        assert "password2" in form.errors
        assert not User.objects.exists()

    def test_error_messages_are_translated(self, client):
        response = client.post("/es/accounts/signup/", signup_data(first_name=""))
        assert response.status_code == 400
        html = response.content.decode()
        assert "This field is required." not in html
        assert "Este campo es obligatorio." in html

    def test_weak_password_is_refused(self, client):
        response = client.post(self.url, signup_data(password1="123", password2="123"))
        assert response.status_code == 400
        assert not User.objects.exists()

    def test_unknown_choice_is_refused(self, client):
        response = client.post(
            self.url, signup_data(preferred_language="xx", country="QQ")
        )
        assert response.status_code == 400
        assert set(response.context["form"].errors) >= {"preferred_language", "country"}


class TestEmailVerification:
    def test_unknown_link_is_a_clear_400(self, client):
        response = client.get("/en/accounts/confirm-email/not-a-real-key/")
        assert response.status_code == 400
        assert "expired or is invalid" in response.content.decode()

    def test_expired_link_does_not_verify(self, client, mailoutbox, settings):
        client.post("/en/accounts/signup/", signup_data())
        link = link_in(mailoutbox[0])
        later = timezone.now() + timezone.timedelta(
            days=settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS + 1
        )
        with time_machine.travel(later):
            assert client.get(link).status_code == 400
            response = client.post(link)
        assert response.status_code == 404
        assert not EmailAddress.objects.get(email="elena@example.org").verified

    def test_unverified_member_cannot_log_in(self, client, mailoutbox):
        UserFactory(email="late@example.org", verified=False)
        response = client.post(
            "/en/accounts/login/", {"login": "late@example.org", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/confirm-email/"
        assert client.get("/en/my/profile/").status_code == 302
        assert "/accounts/confirm-email/" in link_in(mailoutbox[-1])


class TestLogin:
    url = "/en/accounts/login/"

    def test_login_continues_in_the_preferred_language(self, client):
        UserFactory(email="ana@example.org", preferred_language="mk")
        response = client.post(
            self.url, {"login": "ana@example.org", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert response["Location"] == "/mk/my/profile/"

    def test_next_is_kept_but_moved_to_the_preferred_language(self, client):
        UserFactory(email="ana@example.org", preferred_language="es")
        response = client.post(
            self.url + "?next=/en/my/notifications/",
            {"login": "ana@example.org", "password": PASSWORD},
        )
        assert response["Location"] == "/es/my/notifications/"

    def test_next_to_another_site_is_ignored(self, client):
        UserFactory(email="ana@example.org")
        response = client.post(
            self.url + "?next=https://evil.example.com/",
            {"login": "ana@example.org", "password": PASSWORD},
        )
        assert response.status_code == 302
        assert "evil" not in response["Location"]

    def test_email_is_case_insensitive(self, client):
        UserFactory(email="ana@example.org")
        response = client.post(
            self.url, {"login": "ANA@Example.org", "password": PASSWORD}
        )
        assert response.status_code == 302

    def test_wrong_password_is_refused_and_email_kept(self, client):
        UserFactory(email="ana@example.org")
        response = client.post(
            self.url, {"login": "ana@example.org", "password": "nope"}
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert 'value="ana@example.org"' in html
        assert "error-summary" in html
        assert "_auth_user_id" not in client.session

    def test_failed_logins_are_rate_limited(self, client):
        UserFactory(email="ana@example.org")
        for _ in range(5):
            client.post(self.url, {"login": "ana@example.org", "password": "wrong"})
        # Even the right password is refused while the limit holds.
        response = client.post(
            self.url, {"login": "ana@example.org", "password": PASSWORD}
        )
        assert response.status_code == 400
        assert "Too many failed login attempts" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_logout_is_post_only(self, client):
        user = UserFactory()
        client.force_login(user)
        client.get("/en/accounts/logout/")
        assert "_auth_user_id" in client.session
        response = client.post("/en/accounts/logout/")
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session


def test_too_many_signups_from_one_address_get_a_translated_429(client):
    responses = [
        client.post(
            "/bg/accounts/signup/",
            signup_data(email=f"x{i}@example.org", first_name=""),
        )
        for i in range(21)
    ]
    assert responses[-1].status_code == 429
    html = responses[-1].content.decode()
    assert '<html lang="bg">' in html
    assert "Too many attempts" not in html


class TestPasswordReset:
    url = "/en/accounts/password/reset/"

    def test_reset_by_link_sets_a_new_password(self, client, mailoutbox):
        UserFactory(email="ana@example.org")
        response = client.post(self.url, {"email": "ana@example.org"})
        assert response.status_code == 302
        link = link_in(mailoutbox[-1])
        response = client.get(link)
        assert response.status_code == 302  # allauth hides the key in the session
        set_url = response["Location"]
        response = client.post(
            set_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
        )
        assert response.status_code == 302
        assert client.login(email="ana@example.org", password=NEW_PASSWORD)
        # The reset link contains a secret: the outbox keeps no copy once sent.
        assert not Notification.objects.filter(body_text__contains=link).exists()

    def test_unknown_address_reveals_nothing(self, client, mailoutbox):
        response = client.post(self.url, {"email": "nobody@example.org"})
        assert response.status_code == 302
        assert mailoutbox == []

    def test_bad_key_is_refused(self, client):
        user = UserFactory()
        response = client.get(f"/en/accounts/password/reset/key/{user.pk}-bad-key/")
        assert (
            "bad token" in response.content.decode().lower()
            or response.status_code >= 400
        )

    def test_invalid_email_is_a_400(self, client):
        response = client.post(self.url, {"email": "not an email"})
        assert response.status_code == 400


class TestPasswordChange:
    url = "/en/accounts/password/change/"

    def test_wrong_old_password_is_refused(self, client):
        user = UserFactory()
        client.force_login(user)
        response = client.post(
            self.url,
            {
                "oldpassword": "wrong",
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
            },
        )
        assert response.status_code == 400
        user.refresh_from_db()
        assert user.check_password(PASSWORD)

    def test_password_is_changed(self, client):
        user = UserFactory()
        client.force_login(user)
        response = client.post(
            self.url,
            {
                "oldpassword": PASSWORD,
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
            },
        )
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.check_password(NEW_PASSWORD)

    def test_anonymous_is_sent_to_login(self, client):
        response = client.get(self.url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


class TestEmailChange:
    url = "/en/accounts/email/"

    def test_new_address_becomes_primary_after_verification(self, client, mailoutbox):
        user = UserFactory(email="old@example.org")
        client.force_login(user)
        response = client.post(self.url, {"action_add": "", "email": "new@example.org"})
        assert response.status_code == 302
        link = link_in(mailoutbox[-1])
        assert mailoutbox[-1].to == ["new@example.org"]
        client.post(link)
        user.refresh_from_db()
        assert user.email == "new@example.org"
        # An address change is not a new member: no second welcome.
        assert not Notification.objects.filter(recipient=user, kind="welcome").exists()

    def test_address_of_another_member_is_not_taken_over(self, client, mailoutbox):
        other = UserFactory(email="taken@example.org")
        user = UserFactory()
        client.force_login(user)
        client.post(self.url, {"action_add": "", "email": "taken@example.org"})
        # Even the link sent to that mailbox cannot move the address to this account.
        for message in mailoutbox:
            if LINK.search(message.body):
                client.post(link_in(message))
        user.refresh_from_db()
        assert user.email != "taken@example.org"
        assert not EmailAddress.objects.filter(
            user=user, email="taken@example.org", verified=True
        ).exists()
        owner = EmailAddress.objects.get(email="taken@example.org", verified=True).user
        assert owner == other

    def test_invalid_address_is_a_400(self, client):
        user = UserFactory()
        client.force_login(user)
        response = client.post(self.url, {"action_add": "", "email": "nope"})
        assert response.status_code == 400
