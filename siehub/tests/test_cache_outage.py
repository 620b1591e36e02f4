"""A Redis cache that is down or frozen slows public pages and login a little, never fails
them: against a redis-server of the test's own, stopped or frozen (SIGSTOP)."""

import time

import pytest
import redis
from django.core import mail
from django.core.cache import cache

from conftest import PASSWORD
from inventory.tests.factories import PublishedPracticeFactory, reindex
from network.tests.factories import UserFactory
from siehub.cache import ResilientRedisCache

pytestmark = [pytest.mark.redis, pytest.mark.django_db]

TIMEOUT = 0.3


@pytest.fixture
def redis_cache(settings, redis_server):
    """The site's cache on the test's own Redis, configured as settings.py does it."""
    settings.CACHES = {
        "default": {
            "BACKEND": "siehub.cache.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {
                "socket_timeout": TIMEOUT,
                "socket_connect_timeout": TIMEOUT,
                "down_seconds": 30,
            },
        }
    }
    cache.set("probe", 1)
    assert cache.get("probe") == 1
    return redis_server


def timed(function, *args, **kwargs):
    started = time.monotonic()
    result = function(*args, **kwargs)
    return result, time.monotonic() - started


@pytest.mark.parametrize("fault", ["stop", "freeze"])
def test_practice_list_answers_while_the_cache_is_down(client, redis_cache, fault):
    reindex(PublishedPracticeFactory(title_en="Homework club"))
    assert client.get("/en/practices/?q=homework").status_code == 200
    getattr(redis_cache, fault)()

    response, first = timed(client.get, "/en/practices/?q=homework")
    assert response.status_code == 200
    assert "Homework</mark> club" in response.text
    # One timeout at most for the request that finds Redis gone (several cache calls)...
    assert first < 4 * TIMEOUT + 1.5
    # ...and none for the next ones: the process answers from its memory meanwhile.
    response, then = timed(client.get, "/en/practices/")
    assert response.status_code == 200
    assert then < 1.5


@pytest.mark.parametrize("fault", ["stop", "freeze"])
def test_login_with_the_right_password_works_while_the_cache_is_down(
    client, redis_cache, fault
):
    user = UserFactory()
    getattr(redis_cache, fault)()
    response, took = timed(
        client.post, "/en/accounts/login/", {"login": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert took < 4 * TIMEOUT + 1.5
    assert client.get("/en/my/profile/").status_code == 200


def test_password_reset_is_sent_while_the_cache_is_down(client, redis_cache):
    user = UserFactory()
    redis_cache.freeze()
    mail.outbox = []
    response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_rate_limits_still_count_in_the_process_while_the_cache_is_down(
    client, redis_cache
):
    user = UserFactory()
    redis_cache.stop()
    for _attempt in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": user.email, "password": "wrong"}
        )
        assert response.status_code == 400
    # allauth's "login_failed" limit (5 per 5 minutes per account) holds in memory.
    response = client.post(
        "/en/accounts/login/", {"login": user.email, "password": PASSWORD}
    )
    assert response.status_code in (400, 429)
    assert "_auth_user_id" not in client.session


def test_the_cache_is_back_on_redis_once_it_answers_again(redis_server):
    backend = ResilientRedisCache(
        redis_server.url,
        {"OPTIONS": {"socket_timeout": TIMEOUT, "down_seconds": 0.5}},
    )
    redis_server.freeze()
    backend.set("during", "outage")  # the first call finds Redis frozen
    assert backend.get("during") == "outage"  # kept in the process meanwhile
    redis_server.thaw()
    time.sleep(0.6)
    assert backend.get("during") is None  # Redis again, which never had it
    backend.set("after", "recovery")
    assert redis.Redis.from_url(redis_server.url).exists(backend.make_key("after"))
    # What the process kept during the outage does not come back at the next one.
    redis_server.stop()
    assert backend.get("during") is None
    assert backend.get("after") is None
