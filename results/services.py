"""The results' snapshot: refreshed by Celery, read by every request of the page."""

from django.db import transaction

from . import figures
from .models import Snapshot

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


def current_snapshot() -> Snapshot:
    """The latest snapshot (computed now if there is none yet). Its data is parsed
    once per process: a request asks only for the latest snapshot's id."""
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
