"""A mail server that is down for hours, or hangs, delays mail and loses none: against an
SMTP server of the test's own (conftest.SMTPSink), stopped or frozen."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from conftest import celery_broker
from network.tests.factories import UserFactory
from siehub import services
from siehub.celery import app
from siehub.models import Notification
from siehub.tasks import deliver_notification, sweep_outbox

pytestmark = pytest.mark.django_db

SWEEP = timedelta(minutes=5)  # beat's default OUTBOX_SWEEP_SECONDS


def notify_all(users, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for user in users:
            services.notify(user, "welcome")


@pytest.mark.parametrize("outage", [timedelta(minutes=4), timedelta(hours=8)])
def test_an_smtp_outage_delays_mail_but_loses_none(
    smtp_sink, settings, django_capture_on_commit_callbacks, outage
):
    users = UserFactory.create_batch(3)
    smtp_sink.stop()  # connections refused
    notify_all(users, django_capture_on_commit_callbacks)
    assert Notification.objects.filter(attempts=1, sent_at__isnull=True).count() == 3

    with time_machine.travel(timezone.now(), tick=False) as clock:
        waited = timedelta(0)
        while waited < outage:
            clock.shift(SWEEP)
            waited += SWEEP
            assert services.notification_sweep() == 0
        # Attempts back off in time: eight in the first hour at most, then one an hour.
        most = max(Notification.objects.values_list("attempts", flat=True))
        assert most <= 8 + outage / timedelta(hours=1)
        assert most < settings.OUTBOX_MAX_ATTEMPTS

        smtp_sink.start()  # the server is back, on the same port
        clock.shift(timedelta(seconds=settings.OUTBOX_RETRY_MAX_SECONDS))
        assert services.notification_sweep() == 3

    assert len(smtp_sink.messages) == 3
    assert not Notification.objects.filter(sent_at__isnull=True).exists()
    assert set(Notification.objects.values_list("next_attempt_at", "last_error")) == {
        (None, "")
    }


def test_a_hung_smtp_server_holds_a_send_for_email_timeout_only(
    smtp_sink, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_TIMEOUT = 1
    users = UserFactory.create_batch(3)
    smtp_sink.freeze()  # accepts connections, answers nothing
    started = time.monotonic()
    notify_all(users[:1], django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 3
    notification = Notification.objects.get()
    assert "timed out" in notification.last_error
    assert notification.next_attempt_at > timezone.now()

    notify_all(users[1:], django_capture_on_commit_callbacks)
    with time_machine.travel(timezone.now() + timedelta(hours=1), tick=True):
        # The sweep stops at the first timeout instead of waiting for each row.
        started = time.monotonic()
        assert services.notification_sweep() == 0
        assert time.monotonic() - started < 3
        assert Notification.objects.filter(attempts=2).count() == 1

        smtp_sink.thaw()
        assert services.notification_sweep() == 2  # the third is not due yet
    assert len(smtp_sink.messages) == 2


def test_no_task_holds_a_worker_for_good(settings):
    assert settings.EMAIL_TIMEOUT <= 30
    assert deliver_notification.soft_time_limit < deliver_notification.time_limit <= 120
    assert (
        sweep_outbox.time_limit
        < settings.CELERY_BEAT_SCHEDULE["outbox-sweep"]["schedule"]
    )
    # Tasks that name no limits of their own get the app's.
    assert app.conf.task_soft_time_limit < app.conf.task_time_limit <= 3600


def test_retry_sending_in_admin_makes_mail_due_again_even_with_the_broker_down(
    admin_client, settings
):
    user = UserFactory()
    notification = services.notify(user, "welcome")
    Notification.objects.filter(pk=notification.pk).update(
        sent_at=None,
        attempts=settings.OUTBOX_MAX_ATTEMPTS,
        next_attempt_at=timezone.now() + timedelta(hours=1),
    )
    with celery_broker("redis://127.0.0.1:1/0"):  # nothing listens there
        response = admin_client.post(
            "/en/admin/siehub/notification/",
            {"action": "send_again", "_selected_action": [notification.pk]},
        )
    assert response.status_code == 302
    notification.refresh_from_db()
    assert (notification.attempts, notification.next_attempt_at) == (0, None)
    assert Notification.objects.deliverable().filter(pk=notification.pk).exists()
