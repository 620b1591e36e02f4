"""A publication has the figures recomputed soon: in-process for the demo, through the
real broker otherwise (once for a burst of changes), and never fails when it is down."""

import time

import pytest
import redis

from conftest import celery_broker
from inventory.models import Status
from inventory.services.practices import practice_publish
from inventory.tests.factories import PracticeFactory
from network.tests.factories import UserFactory
from results import services
from results.figures import Filters, tables

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"


def publish(practice):
    curator = UserFactory(is_staff=True, is_superuser=True)
    return practice_publish(practice=practice, curator=curator)


def published_total():
    figures = tables(services.current_snapshot().data, Filters(), "en")
    return sum(row[-1] for row in figures["practices_by_year"].rows)


def test_without_a_worker_the_page_shows_a_publication_at_once(
    django_capture_on_commit_callbacks,
):
    assert published_total() == 0
    practice = PracticeFactory(status=Status.SUBMITTED, country="BG")
    with django_capture_on_commit_callbacks(execute=True):
        publish(practice)
    assert published_total() == 1


@pytest.mark.redis
def test_a_burst_of_publications_queues_one_refresh(
    redis_url, settings, django_capture_on_commit_callbacks
):
    with celery_broker(redis_url) as app:
        settings.CELERY_TASK_ALWAYS_EAGER = False
        prefix = app.conf.broker_transport_options["global_keyprefix"]
        for _ in range(3):
            practice = PracticeFactory(status=Status.SUBMITTED)
            with django_capture_on_commit_callbacks(execute=True):
                publish(practice)
        queued = redis.Redis.from_url(redis_url).lrange(f"{prefix}celery", 0, -1)
        # Beside the mail and translations the publications queue: one refresh.
        refreshes = [
            m for m in queued if b'"task": "results.tasks.refresh_results"' in m
        ]
        assert len(refreshes) == 1


def test_an_unavailable_broker_does_not_fail_a_publication(
    settings, django_capture_on_commit_callbacks
):
    started = time.monotonic()
    with celery_broker(DEAD_REDIS):
        settings.CELERY_TASK_ALWAYS_EAGER = False
        practice = PracticeFactory(status=Status.SUBMITTED)
        with django_capture_on_commit_callbacks(execute=True):
            publish(practice)
    assert time.monotonic() - started < 20
    practice.refresh_from_db()
    assert practice.status == Status.PUBLISHED
    from django.core.cache import cache

    assert cache.get(services.SCHEDULED_KEY) is None  # the next publication tries again
