"""A Redis cache that a Redis outage slows by a fraction of a second, never fails.

Everything the site keeps in its cache can be computed again (facet counts, the footer's
links, the inventory's version token) or is a rate limit, so a page need not fail when
Redis does. `ResilientRedisCache` is Django's own RedisCache with short socket timeouts
(settings: CACHE_TIMEOUT) and a breaker: the first connection error or timeout is logged,
and for the next CACHE_DOWN_SECONDS every call in this process goes, without touching the
network, to a memory cache of the process (as the demo's default cache, so rate limits
still count per process); then Redis is tried again. A frozen Redis (accepting
connections, answering nothing) thus costs one request per process one timeout per
period, and the others nothing.

When Redis answers again, what the memory cache held is dropped: values written there
during the outage must not come back at the next one. Values that Redis held from before
the outage are read as they are, as after any restart of a web process; each carries its
own timeout.
"""

import logging

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .breaker import breaker

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError)


def _degrading(name):
    def method(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    method.__name__ = name
    return method


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that answers from process memory while Redis is down.

    OPTIONS: "down_seconds" (how long a failure sends calls to memory; 10), then those
    of Django's backend (redis-py's "socket_timeout" and "socket_connect_timeout").
    """

    _servers: list[str]  # set by RedisCache.__init__; django-stubs leave it out

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.down_seconds = float(options.pop("down_seconds", 10))
        super().__init__(server, {**params, "OPTIONS": options})
        self._breaker = breaker(f"cache:{','.join(self._servers)}")
        fallback_params = {**params, "OPTIONS": {"MAX_ENTRIES": 5000}}
        # LocMemCache objects of one name share their store, as the threads should.
        self._fallback = LocMemCache(
            f"siehub-redis-fallback:{','.join(self._servers)}", fallback_params
        )

    def _call(self, name, *args, **kwargs):
        if self._breaker.is_open():
            return getattr(self._fallback, name)(*args, **kwargs)
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except OUTAGE_ERRORS as exc:
            if self._breaker.trip(self.down_seconds):
                logger.error(
                    "Cache unreachable (%s: %s): answering from process memory, "
                    "trying Redis again every %g s",
                    type(exc).__name__,
                    exc,
                    self.down_seconds,
                )
            return getattr(self._fallback, name)(*args, **kwargs)
        if self._breaker.reset():
            self._fallback.clear()
            logger.warning("Cache reachable again: back on Redis")
        return result

    add = _degrading("add")
    get = _degrading("get")
    set = _degrading("set")
    touch = _degrading("touch")
    delete = _degrading("delete")
    get_many = _degrading("get_many")
    has_key = _degrading("has_key")
    incr = _degrading("incr")
    set_many = _degrading("set_many")
    delete_many = _degrading("delete_many")
    clear = _degrading("clear")
