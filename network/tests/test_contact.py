"""Members writing to each other from a public profile: who may, limits, the mail."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import ContactMessage
from network.services.directory import ContactRateLimited, contact_send
from network.tests.factories import UserFactory
from siehub.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def recipient():
    return UserFactory(
        first_name="Elena",
        last_name="Ivanova",
        email="elena.private@example.org",
        public_profile=True,
    )


@pytest.fixture
def sender():
    return UserFactory(
        first_name="Marko",
        last_name="Petrov",
        email="marko.private@example.org",
        public_profile=True,
    )


@pytest.fixture
def sender_client(client, sender):
    client.force_login(sender)
    return client


def contact_url(member):
    return f"{member.get_absolute_url()}contact/"


def write(client, member, body="Could we visit your school in May?", **extra):
    return client.post(contact_url(member), {"body": body, **extra})


# Who may write to whom -------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_log_in_and_back_to_the_profile(
    client, recipient, mailoutbox
):
    response = write(client, recipient)
    assert response.status_code == 302
    assert response["Location"] == (
        f"/en/accounts/login/?next={recipient.get_absolute_url()}"
    )
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


def test_the_contact_address_accepts_only_post(sender_client, recipient):
    assert sender_client.get(contact_url(recipient)).status_code == 405


def test_writing_to_oneself_is_refused(sender_client, sender, mailoutbox):
    assert write(sender_client, sender).status_code == 404
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    "hidden",
    [
        {"public_profile": False},
        {"public_profile": True, "is_active": False},
        {"public_profile": True, "allow_contact": False},
    ],
    ids=["private", "inactive", "no-contact"],
)
def test_only_listed_members_who_accept_messages_can_be_written_to(
    sender_client, hidden, mailoutbox
):
    member = UserFactory(**hidden)
    assert write(sender_client, member).status_code == 404
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


def test_a_deleted_account_cannot_be_written_to(sender_client, mailoutbox):
    member = UserFactory(
        public_profile=False, is_active=False, deleted_at=timezone.now()
    )
    assert write(sender_client, member).status_code == 404
    assert mailoutbox == []


def test_unknown_member_is_a_404(sender_client):
    assert (
        sender_client.post("/en/members/999999/contact/", {"body": "Hi"}).status_code
        == 404
    )


# Bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["", "   \n\t  "])
def test_an_empty_message_is_a_400_with_a_message(
    sender_client, recipient, body, mailoutbox
):
    response = write(sender_client, recipient, body=body)
    assert response.status_code == 400
    html = response.content.decode()
    assert "error-summary" in html
    assert "Please write a message." in html
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


def test_an_oversized_message_is_a_400_and_keeps_the_text(
    sender_client, recipient, mailoutbox
):
    body = "Dear colleague, " + "we would like to learn from you. " * 100
    assert len(body) > 3000
    response = write(sender_client, recipient, body=body)
    assert response.status_code == 400
    html = response.content.decode()
    assert body.strip() in html
    assert "at most 3000 characters" in html
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


def test_line_breaks_count_as_one_character_like_the_browser_counts_them(
    sender_client, recipient
):
    line = "x" * 99
    body = "\r\n".join([line] * 30)  # 2,999 characters with \n, 3,028 with \r\n
    response = write(sender_client, recipient, body=body)
    assert response.status_code == 302
    assert ContactMessage.objects.get().body == "\n".join([line] * 30)


def test_the_service_checks_the_message_too(sender, recipient):
    with pytest.raises(ValidationError, match="Please write a message."):
        contact_send(sender=sender, recipient=recipient, body="  ")
    with pytest.raises(ValidationError, match="at most 3000 characters"):
        contact_send(sender=sender, recipient=recipient, body="x" * 3001)
    with pytest.raises(ValidationError, match="cannot write to yourself"):
        contact_send(sender=sender, recipient=sender, body="Hello")
    private = UserFactory()
    with pytest.raises(ValidationError, match="does not accept messages"):
        contact_send(sender=sender, recipient=private, body="Hello")
    assert not ContactMessage.objects.exists()


# Rate limits -----------------------------------------------------------------------------


def test_hourly_limit_answers_429_keeps_the_text_and_sends_nothing(
    sender_client, recipient, settings, mailoutbox
):
    settings.CONTACT_MESSAGES_PER_HOUR = 2
    assert write(sender_client, recipient).status_code == 302
    assert write(sender_client, recipient).status_code == 302
    assert len(mailoutbox) == 2
    response = write(sender_client, recipient, body="My third message, kept.")
    assert response.status_code == 429
    html = response.content.decode()
    assert "My third message, kept." in html
    assert "at most 2 messages an hour" in html
    assert ContactMessage.objects.count() == 2
    assert len(mailoutbox) == 2


def test_the_limits_count_messages_to_anyone(sender, recipient, settings):
    settings.CONTACT_MESSAGES_PER_HOUR = 1
    contact_send(sender=sender, recipient=recipient, body="First")
    other = UserFactory(public_profile=True)
    with pytest.raises(ContactRateLimited):
        contact_send(sender=sender, recipient=other, body="Second")


def test_daily_limit_counts_the_last_24_hours(
    sender_client, sender, recipient, settings, mailoutbox
):
    settings.CONTACT_MESSAGES_PER_HOUR = 5
    settings.CONTACT_MESSAGES_PER_DAY = 3
    for hours_ago in (2, 5, 23):
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, body="Earlier"
        )
        ContactMessage.objects.filter(pk=message.pk).update(
            created_at=timezone.now() - timedelta(hours=hours_ago)
        )
    old = ContactMessage.objects.create(sender=sender, recipient=recipient, body="Old")
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(hours=25)
    )
    response = write(sender_client, recipient)
    assert response.status_code == 429
    assert "at most 3 messages a day" in response.content.decode()
    assert mailoutbox == []
    # An hour later the oldest of the three is out of the window.
    ContactMessage.objects.filter(body="Earlier").update(
        created_at=timezone.now() - timedelta(hours=30)
    )
    assert write(sender_client, recipient).status_code == 302
    assert len(mailoutbox) == 1


@pytest.mark.postgres
def test_the_sender_row_is_locked_before_counting(sender, recipient):
    with CaptureQueriesContext(connection) as queries:
        contact_send(sender=sender, recipient=recipient, body="Hello")
    sql = [query["sql"] for query in queries.captured_queries]
    lock = next(i for i, q in enumerate(sql) if "FOR UPDATE" in q)
    count = next(i for i, q in enumerate(sql) if "COUNT" in q and "contactmessage" in q)
    assert lock < count
    assert f'"network_user"."id" = {sender.pk}' in sql[lock]


# The message and its mail ----------------------------------------------------------------


def test_success_sends_one_mail_to_the_recipient_without_the_senders_address(
    sender_client, sender, recipient, mailoutbox
):
    response = write(sender_client, recipient, body="Could we visit you in May?")
    assert response.status_code == 302
    assert response["Location"] == recipient.get_absolute_url()
    page = sender_client.get(response["Location"])
    html = page.content.decode()
    assert "Your message has been sent to Elena Ivanova." in html
    assert recipient.email not in html
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [recipient.email]
    assert mail.subject == "Marko Petrov wrote to you on SIE HUB+"
    assert "Could we visit you in May?" in mail.body
    assert sender.email not in mail.body
    assert sender.email not in mail.alternatives[0][0]
    # The way back: the sender's public profile, which has the same form.
    assert f"http://testserver{sender.get_absolute_url()}" in mail.body
    message = ContactMessage.objects.get()
    assert (message.sender, message.recipient) == (sender, recipient)


def test_the_senders_address_is_in_the_mail_only_when_shared(
    sender_client, sender, recipient, mailoutbox
):
    response = write(sender_client, recipient, share_email="on")
    assert response.status_code == 302
    assert (
        recipient.email not in sender_client.get(response["Location"]).content.decode()
    )
    mail = mailoutbox[0]
    assert sender.email in mail.body
    assert f'href="mailto:{sender.email}"' in mail.alternatives[0][0]


def test_a_sender_without_public_profile_is_told_and_the_mail_says_so(
    client, recipient, mailoutbox
):
    private_sender = UserFactory(first_name="Ana", last_name="Private")
    client.force_login(private_sender)
    page = client.get(recipient.get_absolute_url()).content.decode()
    assert "can only reply if you share your email address" in page
    assert write(client, recipient).status_code == 302
    body = mailoutbox[0].body
    assert "cannot be answered" in body
    assert private_sender.get_absolute_url() not in body
    assert Notification.objects.get().link == ""


def test_the_html_mail_escapes_the_message(sender_client, recipient, mailoutbox):
    write(sender_client, recipient, body='<script>alert("x")</script>\nSecond line')
    html = mailoutbox[0].alternatives[0][0]
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<br>Second line" in html
    # The plain text is not HTML: it is left as written.
    assert '<script>alert("x")</script>' in mailoutbox[0].body


def test_the_subject_is_plain_text(client, recipient, mailoutbox):
    sender = UserFactory(first_name="Seán", last_name="O'Brien", public_profile=True)
    client.force_login(sender)
    write(client, recipient)
    assert mailoutbox[0].subject == "Seán O'Brien wrote to you on SIE HUB+"


def test_the_mail_is_written_in_the_recipients_language(
    sender_client, sender, mailoutbox
):
    recipient = UserFactory(public_profile=True, preferred_language="es")
    write(sender_client, recipient)
    notification = Notification.objects.get(kind="network_contact")
    assert notification.language == "es"
    assert notification.recipient == recipient
    # The link back opens the sender's profile in the recipient's language.
    assert notification.link == f"/es/members/{sender.pk}/"
    assert len(mailoutbox) == 1
