"""Fixtures shared by every app's tests."""

import importlib
import io
import os
import shutil
import signal
import socket
import socketserver
import subprocess
import threading
import time
import uuid
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.utils import translation
from kombu import pools
from pytest_django.plugin import blocking_manager_key

PASSWORD = "correct-horse-battery"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str):
    """Skip where a real service is missing on a developer machine; fail in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


def pytest_sessionstart(session):
    """Compile the catalogues whose .mo is missing or older than its .po (a fresh clone
    has none: *.mo is not committed), so that any pytest command reads the translations
    as they are written, not as they were last compiled. Under pytest-xdist the controller
    compiles them before it starts the workers."""
    if hasattr(session.config, "workerinput"):
        return
    from siehub.management.commands.compilemessages import catalogues_in, compile_stale

    compile_stale(catalogues_in(settings.LOCALE_PATHS))


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 is slow by design; tests need speed, not brute-force resistance.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    # A request through LocaleMiddleware leaves its language active in the test thread;
    # every test starts in the default language, so reverse() gives /en/ URLs.
    translation.activate(settings.LANGUAGE_CODE)


# The rows the data migrations create (content pages, the site's name, vocabularies).
MIGRATION_DATA = [
    ("siehub.migrations.0002_initial_pages", "create_pages"),
    ("siehub.migrations.0003_site_name", "name_site"),
    ("inventory.migrations.0003_vocabularies", "create_terms"),
    ("siehub.migrations.0004_privacy_your_data", "add_section"),
    ("siehub.migrations.0006_pages_mark_english_names", "mark"),
]


class CurrentHomes:
    """The app registry as the data migrations name it: a model they seed where it lives
    now (the shared vocabularies moved from the inventory to the core, siehub 0011)."""

    MOVED = {
        ("inventory", "Area"): ("siehub", "Area"),
        ("inventory", "EducationLevel"): ("siehub", "EducationLevel"),
    }

    def __init__(self, apps):
        self.apps = apps

    def get_model(self, app_label: str, model_name: str):
        return self.apps.get_model(
            *self.MOVED.get((app_label, model_name), (app_label, model_name))
        )


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put back what the data migrations wrote once a transactional test has emptied
    the database (pytest-django flushes it): the tests that a worker of pytest-xdist runs
    after it, in any order, find the database as migrations left it."""
    yield
    if nextitem is None or not _is_transactional(item):
        return
    from django.apps import apps

    blocker = item.config.stash[blocking_manager_key]
    with blocker.unblock():
        for module, function in MIGRATION_DATA:
            getattr(importlib.import_module(module), function)(CurrentHomes(apps), None)


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    # Uploads, certificate PDFs and compendiums of a test run go to a directory of the
    # run, never into the project's var/media.
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo (`seed_demo`), seeded once for a module whose tests only read it.

    The seeding runs in a transaction that stays open for the module; each test runs in a
    savepoint inside it (pytest-django's `db`), so what a test changes is undone, and the
    whole demo is rolled back when the module ends. Only for tests that use `db`, not
    `transactional_db`.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("seed_demo", force=True, stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def demo(demo_data, db):
    """The demo data in a test that only reads it (seeded once per module)."""


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


def warm_site_cache():
    """Fill what every page reads from the cache (the footer's links in each language),
    as on a live site, so that a query count measures the page itself."""
    from django.conf import settings
    from django.utils import translation

    from siehub.context_processors import footer_links

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            footer_links()


@pytest.fixture(autouse=True)
def _skip_postgres_only(request):
    if request.node.get_closest_marker("postgres"):
        from django.db import connection

        if connection.vendor != "postgresql":
            pytest.skip("needs PostgreSQL (set DATABASE_URL); the suite runs on SQLite")


@contextmanager
def celery_broker(url: str):
    """Point the Celery app at a real broker (tasks are queued, not run in-process)."""
    from siehub.breaker import breaker
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
    # A failed publish of an earlier test must not keep this one from trying.
    breaker(f"broker:{url}").reset()
    # Keys of its own, so test runs sharing a Redis never take each other's tasks.
    prefix = f"test-{uuid.uuid4().hex}:"
    app.conf.update(
        broker_url=url,
        task_always_eager=False,
        broker_transport_options={
            **saved["broker_transport_options"],
            "global_keyprefix": prefix,
        },
    )
    try:
        yield app
    finally:
        drop_connections()
        app.conf.update(saved)
        remove_keys(url, prefix)


def remove_keys(url: str, prefix: str) -> None:
    """Delete what a test left on a Redis (queues, kombu's bindings), if it is reachable:
    those keys have no expiry and would pile up run after run."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
        keys = list(client.scan_iter(match=f"{prefix}*", count=500))
        if keys:
            client.delete(*keys)
    except (redis.ConnectionError, redis.TimeoutError):
        pass


@pytest.fixture
def curator(db):
    """A staff member with the inventory's review permission (not a superuser)."""
    from django.contrib.auth.models import Permission

    from network.tests.factories import UserFactory

    user = UserFactory(is_staff=True, preferred_language="es")
    user.user_permissions.add(Permission.objects.get(codename="review"))
    return user


def jpeg_upload(name="photo.jpg", width=900, height=600):
    """A small JPEG as a browser uploads it (for tests of pictures)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


# Services that misbehave ------------------------------------------------------------------
# A second Redis and an SMTP server of the test's own, on free ports, which a test stops or
# freezes to reproduce an outage against the real thing (siehub/tests/test_*_outage.py).


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A redis-server process of a test's own: `stop()` makes it refuse connections,
    `freeze()` (SIGSTOP) makes it accept them and answer nothing, as a hung server does."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None
        self.frozen = False

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--loglevel",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def freeze(self):
        self.process.send_signal(signal.SIGSTOP)
        self.frozen = True

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)
        self.frozen = False

    def stop(self):
        if self.process is None:
            return
        if self.frozen:
            self.thaw()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@pytest.fixture
def redis_server():
    """A Redis of the test's own, stopped (and thawed first) however the test ends."""
    require(shutil.which("redis-server") is not None, "redis-server is not installed")
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.stop()


class _SMTPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        sink = self.server.sink
        if sink.frozen.is_set():
            # Accepted, never answered: what a hung server does.
            sink.thawed.wait()
            return
        self.wfile.write(b"220 sink ESMTP\r\n")
        while line := self.rfile.readline():
            command = line.strip().split(b" ", 1)[0].upper()
            if command in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 sink\r\n")
            elif command == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                data = []
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk)
                sink.messages.append(b"".join(data))
                self.wfile.write(b"250 queued\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


class _SMTPServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class SMTPSink:
    """An SMTP server of a test's own that keeps what it receives (`messages`):
    `stop()` closes its port (connections refused), `start()` opens it again on the same
    port, `freeze()` makes it accept connections and answer nothing."""

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.frozen = threading.Event()
        self.thawed = threading.Event()
        self.server = None

    def start(self):
        self.server = _SMTPServer(("127.0.0.1", self.port), _SMTPHandler)
        self.server.sink = self
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def freeze(self):
        self.thawed.clear()
        self.frozen.set()

    def thaw(self):
        self.frozen.clear()
        self.thawed.set()

    def close(self):
        self.thaw()
        self.stop()


@pytest.fixture
def smtp_sink(settings):
    """An SMTP server of the test's own, which Django's SMTP backend sends to."""
    sink = SMTPSink().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield sink
    finally:
        sink.close()
