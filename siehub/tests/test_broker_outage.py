"""A broker that hangs (accepts connections, answers nothing) holds a request for a few
seconds at most and never fails one whose change is committed: against a redis-server of
the test's own, frozen with SIGSTOP."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from conftest import celery_broker
from network.models import ContactMessage
from network.tests.factories import UserFactory
from siehub import services
from siehub.models import Notification
from siehub.tasks import deliver_notification

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def test_a_hung_broker_neither_holds_nor_fails_a_committed_request(
    client, redis_server, settings
):
    recipient = UserFactory(public_profile=True)
    sender = UserFactory(public_profile=True)
    client.force_login(sender)
    with celery_broker(redis_server.url):
        redis_server.freeze()
        started = time.monotonic()
        response = client.post(
            f"{recipient.get_absolute_url()}contact/",
            {"body": "Could we visit your school in May?"},
        )
        took = time.monotonic() - started
        redis_server.thaw()
    assert response.status_code == 302
    assert took < 4 * settings.BROKER_TIMEOUT + 2
    assert ContactMessage.objects.count() == 1
    assert Notification.objects.get().sent_at is None

    # Later the sweep sends what the broker never got.
    mail.outbox = []
    Notification.objects.update(created_at=timezone.now() - timezone.timedelta(hours=1))
    assert services.notification_sweep() == 1
    assert [m.to for m in mail.outbox] == [[recipient.email]]


def test_a_request_queuing_many_tasks_waits_for_one_timeout_only(
    redis_server, settings, django_capture_on_commit_callbacks
):
    users = UserFactory.create_batch(5)
    with celery_broker(redis_server.url):
        redis_server.freeze()
        started = time.monotonic()
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            for user in users:
                services.notify(user, "welcome")
        took = time.monotonic() - started
        redis_server.thaw()
        # Not tried again for BROKER_DOWN_SECONDS: one more fails at once...
        started = time.monotonic()
        with pytest.raises(OperationalError):
            deliver_notification.delay(Notification.objects.first().pk)
        assert time.monotonic() - started < 0.5
    assert took < 2 * settings.BROKER_TIMEOUT + 2
    assert Notification.objects.filter(sent_at__isnull=True).count() == 5


def test_publishing_resumes_once_the_broker_answers_again(redis_server, settings):
    settings.BROKER_DOWN_SECONDS = 0.5
    user = UserFactory()
    with celery_broker(redis_server.url) as app:
        redis_server.stop()
        services.notify(user, "welcome")  # autocommit: the publish fails, logged
        time.sleep(0.6)
        redis_server.start()
        mail.outbox = []
        with start_worker(
            app, pool="solo", perform_ping_check=False, shutdown_timeout=10
        ):
            services.notify(user, "welcome")
            deadline = time.monotonic() + 20
            while not mail.outbox and time.monotonic() < deadline:
                time.sleep(0.05)
    assert len(mail.outbox) == 1
    assert Notification.objects.filter(sent_at__isnull=True).count() == 1
