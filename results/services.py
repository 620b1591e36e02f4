"""The results' snapshot: refreshed by Celery, read by every request of the page."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from . import figures
from .models import Snapshot

logger = logging.getLogger(__name__)

# After a publication, the figures are recomputed this many seconds later, once for
# however many changes come meanwhile (beat recomputes them periodically anyway).
REFRESH_DELAY = 60
SCHEDULED_KEY = "results:refresh-scheduled"
STALE_KEY = "results:stale"

# Snapshots kept after a refresh (older ones only show how figures moved).
KEEP = 5

_parsed: dict = {}


@transaction.atomic
def results_refresh() -> Snapshot:
    """Compute the platform's figures now and keep them as the current snapshot."""
    snapshot = Snapshot.objects.create(data=figures.compute())
    old = Snapshot.objects.order_by("-computed_at", "-pk").values_list("pk", flat=True)
    Snapshot.objects.filter(pk__in=list(old[KEEP:])).delete()
    return snapshot


def publication_changed(**kwargs) -> None:
    """Receiver of siehub.events.publication_changed: after the commit, have the figures
    recomputed soon."""
    transaction.on_commit(_schedule_refresh, robust=True)


def _schedule_refresh() -> None:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        # No worker (the demo): the page recomputes them when it is next shown.
        cache.set(STALE_KEY, True, timeout=None)
        return
    if not cache.add(SCHEDULED_KEY, True, timeout=REFRESH_DELAY):
        return  # already on its way
    from .tasks import refresh_results

    try:
        refresh_results.apply_async(countdown=REFRESH_DELAY)
    except Exception:
        # The broker is down: beat's periodic refresh will catch up.
        cache.delete(SCHEDULED_KEY)
        logger.warning("results refresh not queued: broker unavailable", exc_info=True)


def current_snapshot() -> Snapshot:
    """The latest snapshot (computed now if there is none yet, or if a publication
    changed the figures where no worker recomputes them). Its data is parsed once per
    process: a request asks only for the latest snapshot's id."""
    if settings.CELERY_TASK_ALWAYS_EAGER and cache.get(STALE_KEY):
        cache.delete(STALE_KEY)
        results_refresh()
    latest = (
        Snapshot.objects.order_by("-computed_at", "-pk")
        .only("pk", "computed_at")
        .first()
    )
    if latest is None:
        latest = results_refresh()
        _parsed.clear()
        _parsed[_key(latest)] = latest.data
        return latest
    key = _key(latest)
    if key not in _parsed:
        data = Snapshot.objects.values_list("data", flat=True).get(pk=latest.pk)
        _parsed.clear()
        _parsed[key] = data
    latest.data = _parsed[key]
    return latest


def _key(snapshot: Snapshot) -> tuple:
    # The time too: a restored backup or a rolled-back test may give an id again.
    return (snapshot.pk, snapshot.computed_at)
