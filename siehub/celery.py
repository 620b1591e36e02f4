"""The Celery application: configured from Django settings (CELERY_*), tasks autodiscovered.

Publishing a task from a request is bounded: the broker's socket timeouts (settings:
BROKER_TIMEOUT) end a try on a broker that hangs, and after a failure the process does
not try again for BROKER_DOWN_SECONDS but fails at once, as if the broker had refused.
Every caller publishes after commit and copes with a failure (the outbox sweep sends the
mail, beat refreshes the results, a page asks for its PDF again), so a request that
queues several tasks waits for one timeout at most, never for one per task.
"""

import logging
import os

from celery import Celery
from celery import Task as BaseTask
from django.conf import settings
from kombu.exceptions import OperationalError

from .breaker import breaker

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siehub.settings")

logger = logging.getLogger(__name__)


class Task(BaseTask):
    def apply_async(self, *args, **kwargs):
        if self.app.conf.task_always_eager:
            return super().apply_async(*args, **kwargs)
        publishing = breaker(f"broker:{self.app.conf.broker_url}")
        if publishing.is_open():
            raise OperationalError("broker taken for down: not tried again yet")
        try:
            result = super().apply_async(*args, **kwargs)
        except OperationalError as exc:
            if publishing.trip(settings.BROKER_DOWN_SECONDS):
                logger.error(
                    "Broker unreachable (%s): tasks not queued for %g s",
                    exc,
                    settings.BROKER_DOWN_SECONDS,
                )
            raise
        if publishing.reset():
            logger.warning("Broker reachable again: queuing tasks")
        return result


app = Celery("siehub", task_cls=Task)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
