"""The notification outbox: written with its cause, delivered after commit, never lost."""

import threading
import time

import pytest
import time_machine
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from conftest import celery_broker
from network.tests.factories import UserFactory
from siehub import services
from siehub.models import Notification
from siehub.tasks import sweep_outbox

pytestmark = pytest.mark.django_db

# A port where nothing listens: connecting fails at once, like a broker or SMTP outage.
DEAD_REDIS = "redis://127.0.0.1:1/0"


def welcome_subject(language):
    with translation.override(language):
        return gettext("Welcome to SIE HUB+")


def test_notification_is_written_in_the_transaction_of_its_cause(
    django_capture_on_commit_callbacks, mailoutbox
):
    user = UserFactory()
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        services.notify(user, "welcome", link="/en/my/profile/")
        assert Notification.objects.filter(recipient=user, kind="welcome").count() == 1
    assert len(callbacks) == 1
    assert mailoutbox == []  # nothing leaves before the commit


def test_rollback_leaves_neither_notification_nor_mail(
    django_capture_on_commit_callbacks, mailoutbox
):
    user = UserFactory()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.notify(user, "welcome")
        raise RuntimeError("the cause failed")
    assert callbacks == []
    assert not Notification.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize("language", ["en", "mk", "bg", "es"])
def test_mail_is_sent_after_commit_in_the_recipients_language(
    django_capture_on_commit_callbacks, mailoutbox, language
):
    user = UserFactory(preferred_language=language, first_name="Ana")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        services.notify(user, "welcome", link=f"/{language}/my/profile/")
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [user.email]
    assert message.subject == welcome_subject(language)
    assert "Ana" in message.body
    assert "http://testserver/" + language + "/my/profile/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'lang="{language}"' in html
    notification = Notification.objects.get()
    assert notification.sent_at is not None
    assert notification.attempts == 1


def test_translated_subjects_differ_from_english():
    for language in ["mk", "bg", "es"]:
        assert welcome_subject(language) != welcome_subject("en"), language


def test_attachments_travel_with_the_mail(mailoutbox):
    user = UserFactory()
    ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    notification = services.notify(
        user, "welcome", attachments=[("event.ics", ics, "text/calendar")]
    )
    assert services.notification_deliver(notification_id=notification.pk)
    assert mailoutbox[0].attachments == [("event.ics", ics, "text/calendar")]


def test_a_notification_is_sent_only_once(mailoutbox):
    user = UserFactory()
    notification = services.notify(user, "welcome")
    assert services.notification_deliver(notification_id=notification.pk) is True
    assert services.notification_deliver(notification_id=notification.pk) is False
    assert len(mailoutbox) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_senders_deliver_a_notification_once(mailoutbox):
    user = UserFactory()
    notification = services.notify(user, "welcome")
    Notification.objects.filter(pk=notification.pk).update(sent_at=None, attempts=0)
    mail.outbox.clear()
    barrier = threading.Barrier(4)
    results = []

    def send():
        barrier.wait()
        try:
            results.append(
                services.notification_deliver(notification_id=notification.pk)
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    assert len(mail.outbox) == 1


def test_failed_send_is_recorded_and_the_sweep_retries_it(
    settings, django_capture_on_commit_callbacks
):
    user = UserFactory()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(user, "welcome")  # the SMTP server is down: no exception here
    notification = Notification.objects.get()
    assert notification.sent_at is None
    assert notification.attempts == 1
    assert (
        "Connection refused" in notification.last_error
        or "Errno" in notification.last_error
    )
    assert notification.claimed_at is None
    # Not before its back-off is over, however often the sweep runs.
    backoff = notification.next_attempt_at - timezone.now()
    assert 25 < backoff.total_seconds() <= settings.OUTBOX_RETRY_SECONDS
    assert services.notification_sweep(grace=timezone.timedelta(0)) == 0

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    with time_machine.travel(notification.next_attempt_at, tick=True):
        assert services.notification_sweep(grace=timezone.timedelta(0)) == 1
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert notification.attempts == 2
    assert notification.last_error == ""
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_broker_outage_delays_mail_but_loses_none(
    django_capture_on_commit_callbacks, mailoutbox
):
    user = UserFactory()
    started = time.monotonic()
    with celery_broker(DEAD_REDIS), django_capture_on_commit_callbacks(execute=True):
        services.notify(
            user, "welcome"
        )  # queuing fails after commit, the request goes on
    assert time.monotonic() - started < 15
    notification = Notification.objects.get()
    assert notification.sent_at is None
    assert mailoutbox == []

    # The broker is back; the periodic sweep finds the row.
    sent = sweep_outbox.apply().get()
    assert sent == 0  # younger than the grace period: its own task may still come
    Notification.objects.update(
        created_at=timezone.now() - timezone.timedelta(minutes=5)
    )
    assert sweep_outbox.apply().get() == 1
    assert len(mailoutbox) == 1
    notification.refresh_from_db()
    assert notification.sent_at is not None


def test_sweep_gives_up_after_the_attempt_limit(settings, mailoutbox):
    user = UserFactory()
    notification = services.notify(user, "welcome")
    Notification.objects.filter(pk=notification.pk).update(
        sent_at=None, attempts=settings.OUTBOX_MAX_ATTEMPTS
    )
    assert services.notification_sweep(grace=timezone.timedelta(0)) == 0


def test_sweep_leaves_rows_claimed_by_a_live_sender(mailoutbox):
    user = UserFactory()
    notification = services.notify(user, "welcome")
    Notification.objects.filter(pk=notification.pk).update(
        sent_at=None, claimed_at=timezone.now()
    )
    mail.outbox.clear()
    assert services.notification_sweep(grace=timezone.timedelta(0)) == 0
    Notification.objects.filter(pk=notification.pk).update(
        claimed_at=timezone.now() - timezone.timedelta(hours=1)
    )
    assert services.notification_sweep(grace=timezone.timedelta(0)) == 1


def test_account_mail_secrets_are_erased_once_sent(mailoutbox):
    notification = services.enqueue_email(
        to_email="someone@example.org",
        subject="Reset your password",
        body_text="https://example.org/reset/secret-token/",
        kind="password_reset_key",
        secret=True,
    )
    services.notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert notification.body_text == ""
    assert "secret-token" in mailoutbox[0].body


class TestNotificationsPage:
    url = "/en/my/notifications/"

    def test_anonymous_visitor_is_sent_to_login(self, client):
        response = client.get(self.url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")

    def test_member_sees_own_notifications_only(self, client, mailoutbox):
        owner, other = UserFactory(), UserFactory()
        services.notify(owner, "welcome", link="/en/my/profile/")
        services.notify(other, "welcome")
        services.enqueue_email(
            to_email=owner.email,
            subject="Confirm",
            body_text="x",
            kind="account",
            recipient=owner,
        )
        client.force_login(owner)
        html = client.get(self.url).content.decode()
        assert html.count('class="notification notification--unread"') == 1
        assert "Confirm" not in html
        assert 'href="/en/my/profile/"' in html

    def test_mark_all_read_is_post_only_and_per_member(self, client):
        owner, other = UserFactory(), UserFactory()
        services.notify(owner, "welcome")
        services.notify(other, "welcome")
        client.force_login(owner)
        assert client.get(self.url + "read/").status_code == 405
        response = client.post(self.url + "read/")
        assert response.status_code == 302
        assert not Notification.objects.filter(
            recipient=owner, read_at__isnull=True
        ).exists()
        assert Notification.objects.filter(
            recipient=other, read_at__isnull=True
        ).exists()

    def test_unread_count_shows_in_the_header(self, client):
        owner = UserFactory()
        services.notify(owner, "welcome")
        client.force_login(owner)
        html = client.get("/en/").content.decode()
        assert 'class="count-badge">1<' in html

    def test_query_count_does_not_grow_with_notifications(
        self, client, django_assert_max_num_queries
    ):
        owner = UserFactory()
        client.force_login(owner)
        services.notify(owner, "welcome")
        with django_assert_max_num_queries(7) as first:
            client.get(self.url)
        for _ in range(15):
            Notification.objects.create(
                recipient=owner,
                to_email=owner.email,
                kind="x",
                language="en",
                subject="Hello",
                body_text="Hello",
            )
        with django_assert_max_num_queries(len(first.captured_queries)):
            assert client.get(self.url).status_code == 200
