"""A circuit breaker: after a service failed, skip it for a while instead of waiting on it.

One per service and process, shared by its threads. Used by the cache (siehub/cache.py)
and by Celery's publishing (siehub/celery.py): a frozen Redis costs one request per
process one timeout per period, and the others nothing.
"""

import threading
import time


class Breaker:
    def __init__(self):
        self._lock = threading.Lock()
        self._open_until = 0.0
        self._outage = False

    def is_open(self) -> bool:
        """Whether the service is taken for down: do not call it."""
        return time.monotonic() < self._open_until

    def trip(self, seconds: float) -> bool:
        """The service failed: skip it for `seconds`; True for the first failure of an
        outage (log that one)."""
        with self._lock:
            self._open_until = time.monotonic() + seconds
            first, self._outage = not self._outage, True
            return first

    def reset(self) -> bool:
        """The service answered; True for the first answer after an outage."""
        if not self._outage:
            return False
        with self._lock:
            ended, self._outage = self._outage, False
            self._open_until = 0.0
            return ended


_breakers: dict[str, Breaker] = {}
_breakers_lock = threading.Lock()


def breaker(name: str) -> Breaker:
    """The breaker of a service (by name or address) in this process."""
    with _breakers_lock:
        return _breakers.setdefault(name, Breaker())
