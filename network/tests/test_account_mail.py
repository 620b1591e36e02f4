"""allauth's mail (verification, password reset, account notices) is written in its
recipient's language, signed "SIE HUB+" and laid out like every other mail; the footer
of every mail fits members and people who are not (yet) members alike."""

import re

import pytest
from allauth.account.adapter import get_adapter
from allauth.core.context import request_context
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from network.tests.factories import UserFactory
from siehub.models import Notification
from siehub.services import notify

pytestmark = pytest.mark.django_db

LINK = "http://testserver/en/accounts/confirm-email/KEY/"
RESET = "http://testserver/en/accounts/password/reset/key/1-set-password/"
SIGNUP = "http://testserver/en/accounts/signup/"

# Every mail allauth sends through send_mail, with the context it gives it.
MAILS = {
    "email_confirmation_signup": {"activate_url": LINK, "key": "KEY"},
    "email_confirmation": {"activate_url": LINK, "key": "KEY"},
    "password_reset_key": {"password_reset_url": RESET},
    "login_code": {"code": "ABC123"},
    "password_reset_code": {"code": "ABC123"},
}
# The notices about a change to an account (send_notification_mail: no user given).
NOTICES = {
    "password_changed": {},
    "password_set": {},
    "password_reset": {},
    "email_changed": {"from_email": "old@example.org", "to_email": "new@example.org"},
    "email_deleted": {"deleted_email": "old@example.org"},
}
MEMBER_FOOTER = "You receive this email as a member of SIE HUB+"
OTHER_FOOTER = "You receive this email because your address was given on SIE HUB+"


@pytest.fixture
def site_request():
    request = RequestFactory().get("/en/accounts/")
    request.user = AnonymousUser()
    request.session = SessionStore()
    request.META["HTTP_USER_AGENT"] = "Firefox"
    with translation.override("en"), request_context(request):
        yield request


def sent(mailoutbox, django_capture_on_commit_callbacks, send):
    with django_capture_on_commit_callbacks(execute=True):
        send()
    [message] = mailoutbox
    return message


def assert_branded(message, language):
    """Greeted and signed by SIE HUB+ in `language`, HTML in the platform's layout."""
    with translation.override(language):
        hello = gettext("Hello from %(site_name)s!") % {"site_name": "SIE HUB+"}
        funded = gettext("Co-funded by the Erasmus+ Programme of the European Union")
    assert hello != "Hello from SIE HUB+!"  # really translated
    assert hello in message.body
    assert not re.search(r"\s!", message.body)  # no "Hello from !"
    assert message.subject.startswith("[SIE HUB+] ")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'<html lang="{language}">' in html
    assert hello in html
    assert funded in html and funded in message.body
    assert "background:#0b4f6c" in html  # the branded header of emails/base.html


@pytest.mark.parametrize("language", ["mk", "bg"])
@pytest.mark.parametrize("kind", sorted(MAILS))
def test_every_allauth_mail_is_branded_in_the_recipients_language(
    site_request, mailoutbox, django_capture_on_commit_callbacks, kind, language
):
    user = UserFactory(preferred_language=language)
    message = sent(
        mailoutbox,
        django_capture_on_commit_callbacks,
        lambda: get_adapter().send_mail(
            f"account/email/{kind}", user.email, {"user": user, **MAILS[kind]}
        ),
    )
    assert message.to == [user.email]
    assert_branded(message, language)
    notification = Notification.objects.get(kind=kind)
    assert notification.language == language
    # The links lead to the pages in the recipient's language.
    for url in (LINK, RESET):
        if url in MAILS[kind].values():
            assert url.replace("/en/", f"/{language}/") in message.body


@pytest.mark.parametrize("language", ["mk", "bg"])
@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_every_account_notice_is_branded_in_the_owners_language(
    site_request, mailoutbox, django_capture_on_commit_callbacks, kind, language
):
    user = UserFactory(preferred_language=language)
    message = sent(
        mailoutbox,
        django_capture_on_commit_callbacks,
        lambda: get_adapter().send_notification_mail(
            f"account/email/{kind}", user, NOTICES[kind]
        ),
    )
    assert_branded(message, language)
    with translation.override(language):
        as_member = gettext(
            "You receive this email as a member of SIE HUB+ (%(url)s)."
        ) % {"url": "http://testserver"}
    assert as_member in message.body


@pytest.mark.parametrize("language", ["mk", "bg"])
def test_account_already_exists_goes_to_the_owner_in_her_language(
    site_request, mailoutbox, django_capture_on_commit_callbacks, language
):
    owner = UserFactory(preferred_language=language)
    message = sent(
        mailoutbox,
        django_capture_on_commit_callbacks,
        lambda: get_adapter().send_account_already_exists_mail(owner.email.upper()),
    )
    assert_branded(message, language)
    assert f"http://testserver/{language}/accounts/password/reset/" in message.body


@pytest.mark.parametrize("language", ["mk", "bg"])
def test_mail_to_an_unknown_address_is_in_the_pages_language(
    site_request, mailoutbox, django_capture_on_commit_callbacks, language
):
    with translation.override(language):
        message = sent(
            mailoutbox,
            django_capture_on_commit_callbacks,
            lambda: get_adapter().send_mail(
                "account/email/unknown_account",
                "nobody@example.org",
                {"signup_url": SIGNUP},
            ),
        )
    assert_branded(message, language)
    assert message.to == ["nobody@example.org"]


class TestThroughThePages:
    def test_the_verification_mail_at_sign_up_is_in_the_chosen_language(
        self, client, mailoutbox
    ):
        client.post(
            "/en/accounts/signup/",
            {
                "first_name": "Elena",
                "last_name": "Georgieva",
                "email": "elena@example.org",
                "position": "teacher",
                "country": "BG",
                "preferred_language": "bg",
                "password1": "correct-horse-battery",
                "password2": "correct-horse-battery",
            },
        )
        [message] = mailoutbox
        assert "Здравейте от SIE HUB+!" in message.body
        assert_branded(message, "bg")
        assert "/bg/accounts/confirm-email/" in message.body
        # Not a member until the address is verified: the footer says how it came in.
        with translation.override("bg"):
            as_member = gettext(
                "You receive this email as a member of SIE HUB+ (%(url)s)."
            ) % {"url": "http://testserver"}
        assert as_member != MEMBER_FOOTER + " (http://testserver)."
        assert as_member not in message.body

    def test_the_password_reset_mail_is_in_the_members_language(
        self, client, mailoutbox
    ):
        member = UserFactory(preferred_language="mk")
        client.post("/en/accounts/password/reset/", {"email": member.email})
        [message] = mailoutbox
        assert "Поздрав од SIE HUB+!" in message.body
        assert_branded(message, "mk")
        assert "http://testserver/mk/accounts/password/reset/key/" in message.body


class TestFooter:
    def test_a_member_is_told_she_receives_it_as_a_member(self):
        member = UserFactory()
        notification = notify(member, "welcome", link="/en/my/profile/")
        assert MEMBER_FOOTER in notification.body_text
        assert MEMBER_FOOTER in notification.body_html

    def test_an_invited_colleague_without_an_account_is_not_called_a_member(
        self, mailoutbox, django_capture_on_commit_callbacks
    ):
        from mobilities.services.registrations import registration_register
        from mobilities.tests.factories import QuotaFactory, coordinator_of
        from network.models import Position

        quota = QuotaFactory(seats=2)
        coordinator = coordinator_of(quota.partner, preferred_language="en")
        with django_capture_on_commit_callbacks(execute=True):
            registration_register(
                mobility=quota.mobility,
                coordinator=coordinator,
                partner=quota.partner,
                email="ana.garcia@example.org",
                name="Ana García",
                data={"role": Position.COUNSELLOR},
                language="en",
            )
        [message] = [m for m in mailoutbox if m.to == ["ana.garcia@example.org"]]
        html, _mimetype = message.alternatives[0]
        for body in (message.body, html):
            assert "as a member" not in body
            assert OTHER_FOOTER in body

    def test_a_verification_before_membership_is_not_called_a_member(
        self, site_request, mailoutbox, django_capture_on_commit_callbacks
    ):
        newcomer = UserFactory(preferred_language="en", verified=False)
        message = sent(
            mailoutbox,
            django_capture_on_commit_callbacks,
            lambda: get_adapter().send_mail(
                "account/email/email_confirmation_signup",
                newcomer.email,
                {"user": newcomer, **MAILS["email_confirmation_signup"]},
            ),
        )
        assert OTHER_FOOTER in message.body
        assert "as a member" not in message.alternatives[0][0]
