"""Fixtures shared by every app's tests."""

import os
import socket
import uuid
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, TestCase
from django.utils import translation
from kombu import pools

PASSWORD = "correct-horse-battery"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str):
    """Skip where a real service is missing on a developer machine; fail in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 is slow by design; tests need speed, not brute-force resistance.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    # A request through LocaleMiddleware leaves its language active in the test thread;
    # every test starts in the default language, so reverse() gives /en/ URLs.
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits live in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


class CommittingClient(Client):
    """The test client, with after-commit work (mail) run as a real commit would run it.

    Tests run inside a transaction that is rolled back, so on_commit callbacks would never
    fire; each request here executes the ones it registered, like production does.
    """

    def request(self, **request):
        # A server thread starts each request afresh; the test thread keeps its language.
        language = translation.get_language()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                return super().request(**request)
        finally:
            translation.activate(language)


@pytest.fixture
def client():
    return CommittingClient()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def member(db):
    from network.tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture(scope="session")
def redis_url():
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1):
            pass
    except OSError:
        require(False, f"Redis is not reachable at {url}")
    return url


@pytest.fixture(autouse=True)
def _skip_postgres_only(request):
    if request.node.get_closest_marker("postgres"):
        from django.db import connection

        if connection.vendor != "postgresql":
            pytest.skip("needs PostgreSQL (set DATABASE_URL); the suite runs on SQLite")


@contextmanager
def celery_broker(url: str):
    """Point the Celery app at a real broker (tasks are queued, not run in-process)."""
    from siehub.celery import app

    keys = ("broker_url", "task_always_eager", "broker_transport_options")
    saved = {key: app.conf[key] for key in keys}

    def drop_connections():
        # kombu keeps connection pools in a global registry keyed by broker URL.
        pools.reset()
        app._pool = None
        if "amqp" in app.__dict__:
            app.amqp._producer_pool = None

    drop_connections()
    # Keys of its own, so test runs sharing a Redis never take each other's tasks.
    app.conf.update(
        broker_url=url,
        task_always_eager=False,
        broker_transport_options={"global_keyprefix": f"test-{uuid.uuid4().hex}:"},
    )
    try:
        yield app
    finally:
        drop_connections()
        app.conf.update(saved)


@pytest.fixture
def curator(db):
    """A staff member with the inventory's review permission (not a superuser)."""
    from django.contrib.auth.models import Permission

    from network.tests.factories import UserFactory

    user = UserFactory(is_staff=True, preferred_language="es")
    user.user_permissions.add(Permission.objects.get(codename="review"))
    return user
