"""Integration: a real Celery worker on the real Redis broker delivers the mail."""

import re
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from conftest import celery_broker
from network.models import User
from siehub import services
from siehub.models import Notification

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_worker_delivers_verification_and_welcome_mail(client, redis_url):
    with celery_broker(redis_url) as app:
        mail.outbox = []
        response = client.post(
            "/en/accounts/signup/",
            {
                "first_name": "Jovana",
                "last_name": "Ristovska",
                "email": "jovana@example.org",
                "position": "teacher",
                "country": "MK",
                "preferred_language": "mk",
                "password1": "correct-horse-battery",
                "password2": "correct-horse-battery",
            },
        )
        assert response.status_code == 302
        # No worker yet: the request only queued the mail on Redis.
        assert mail.outbox == []
        assert Notification.objects.get().sent_at is None

        with start_worker(
            app, pool="solo", perform_ping_check=False, shutdown_timeout=10
        ):
            assert wait_for(lambda: len(mail.outbox) == 1), (
                "verification mail not delivered"
            )
            link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body).group(1)

            assert client.post(link).status_code == 302
            assert wait_for(lambda: len(mail.outbox) == 2), "welcome mail not delivered"
            # The worker records the send after the mail left: wait for that too.
            assert wait_for(
                lambda: not Notification.objects.filter(sent_at__isnull=True).exists()
            ), "the send was not recorded"

    welcome = mail.outbox[1]
    user = User.objects.get(email="jovana@example.org")
    assert welcome.to == [user.email]
    with translation.override("mk"):
        assert welcome.subject == gettext("Welcome to SIE HUB+")
    assert Notification.objects.filter(sent_at__isnull=True).count() == 0
    assert Notification.objects.get(kind="welcome").attempts == 1


def test_worker_retries_a_failed_send_with_back_off(settings, redis_url):
    user = User.objects.create_user("retry@example.org", first_name="Ana")
    settings.OUTBOX_RETRY_SECONDS = 1
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    with (
        celery_broker(redis_url) as app,
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        notification = services.notify(user, "welcome")  # autocommit: queued at once
        # The SMTP server is down: the worker fails, records it and retries.
        assert wait_for(
            lambda: Notification.objects.get(pk=notification.pk).attempts >= 2
        ), "no retry"
        assert Notification.objects.get(pk=notification.pk).sent_at is None
        # The server comes back; a later retry delivers without anyone's help.
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        mail.outbox = []
        assert wait_for(lambda: len(mail.outbox) == 1), "not delivered after recovery"
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert notification.last_error == ""


def test_a_test_broker_leaves_no_keys_on_redis(redis_url):
    import redis

    with celery_broker(redis_url) as app:
        prefix = app.conf.broker_transport_options["global_keyprefix"]
        with start_worker(app, pool="solo", perform_ping_check=False):
            pass
        client = redis.Redis.from_url(redis_url)
        assert list(client.scan_iter(match=f"{prefix}*")), "the worker wrote no keys"
    assert not list(client.scan_iter(match=f"{prefix}*"))
