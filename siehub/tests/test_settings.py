"""Settings read from the environment, with embedded demo defaults and production hardening."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "x7#kq9!vR2mZ8pL4wN6tY1uB3cE5gH0jS8dF2aQ9zX7vM4nK6rT1yU3iO5pW8eR",
    "DJANGO_ALLOWED_HOSTS": "siehub.example.org",
    "SITE_URL": "https://siehub.example.org",
    "DATABASE_URL": "postgres://siehub@127.0.0.1:5432/siehub",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
}


def run_python(code: str, env_overrides: dict) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter whose environment holds only what is given."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "siehub.settings",
        **env_overrides,
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRINT_SETTINGS = """
import django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(db["ENGINE"], db["NAME"], settings.CELERY_TASK_ALWAYS_EAGER, settings.EMAIL_BACKEND,
      settings.DEBUG, db["CONN_HEALTH_CHECKS"], db["CONN_MAX_AGE"],
      settings.STORAGES["default"]["BACKEND"], sep="|")
"""


def test_embedded_defaults_need_no_configuration():
    result = run_python(PRINT_SETTINGS, {})
    assert result.returncode == 0, result.stderr
    engine, name, eager, email, debug, health, max_age, storage = (
        result.stdout.strip().split("|")
    )
    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("var/siehub.sqlite3")
    assert eager == "True"
    assert email == "django.core.mail.backends.console.EmailBackend"
    assert debug == "False"
    assert storage == "django.core.files.storage.FileSystemStorage"


def test_production_variables_select_postgres_redis_smtp_and_s3():
    result = run_python(
        PRINT_SETTINGS, {**PRODUCTION, "AWS_STORAGE_BUCKET_NAME": "siehub-media"}
    )
    assert result.returncode == 0, result.stderr
    engine, name, eager, email, debug, health, max_age, storage = (
        result.stdout.strip().split("|")
    )
    assert engine == "django.db.backends.postgresql"
    assert name == "siehub"
    assert eager == "False"
    assert email == "django.core.mail.backends.smtp.EmailBackend"
    assert health == "True"
    assert int(max_age) > 0
    assert storage == "storages.backends.s3.S3Storage"


def test_check_deploy_reports_nothing_with_production_variables():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level',"
        " 'WARNING'])",
        PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_flags_the_demo_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = run_python(
        "from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level',"
        " 'WARNING'])",
        env,
    )
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


@pytest.mark.django_db
def test_security_headers_are_sent(client):
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "max-age=31536000" in response["Strict-Transport-Security"]
    csp = response["Content-Security-Policy"]
    directives = {
        part.split()[0]: part.split()[1:] for part in csp.split(";") if part.strip()
    }
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp
    assert directives["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_pages_contain_no_inline_script_or_style(client):
    """The CSP forbids inline code, so the HTML must not rely on any."""
    html = client.get("/en/").content.decode()
    assert "<script>" not in html
    assert "style=" not in html
    assert 'src="/static/js/site.js"' in html


def test_tests_keep_uploads_out_of_the_project(settings):
    media = Path(settings.MEDIA_ROOT).resolve()
    assert not media.is_relative_to(settings.BASE_DIR), media


def test_a_fresh_clone_migrates_without_creating_var_first(tmp_path):
    var = tmp_path / "no-such-dir" / "var"
    code = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
    )
    result = run_python(code, {"VAR_DIR": str(var)})
    assert result.returncode == 0, result.stderr
    assert (var / "siehub.sqlite3").is_file()


@pytest.mark.postgres
@pytest.mark.django_db
def test_pages_query_postgresql_without_parallel_workers():
    # A worker's start-up costs more than it saves on a page's short index scans.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"


def test_parallel_workers_can_be_left_to_the_server():
    code = (
        "import django; from django.conf import settings; django.setup();"
        "print(settings.DATABASES['default'].get('OPTIONS', {}).get('options', ''))"
    )
    chosen = run_python(code, {**PRODUCTION, "DATABASE_PARALLEL_WORKERS": "2"})
    assert chosen.stdout.strip() == "-c max_parallel_workers_per_gather=2"
    server = run_python(code, {**PRODUCTION, "DATABASE_PARALLEL_WORKERS": ""})
    assert server.returncode == 0, server.stderr
    assert server.stdout.strip() == ""


def test_production_services_are_given_short_timeouts():
    """No request or worker waits long on a Redis, broker or SMTP server that hangs."""
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        "cache = settings.CACHES['default'];"
        "print(json.dumps([cache['BACKEND'], cache['OPTIONS'],"
        " settings.CELERY_BROKER_TRANSPORT_OPTIONS, settings.EMAIL_TIMEOUT,"
        " settings.CELERY_TASK_TIME_LIMIT]))"
    )
    result = run_python(code, PRODUCTION)
    assert result.returncode == 0, result.stderr
    backend, cache_options, transport, email_timeout, time_limit = json.loads(
        result.stdout
    )
    assert backend == "siehub.cache.ResilientRedisCache"
    assert cache_options["socket_timeout"] <= 1
    assert cache_options["socket_connect_timeout"] <= 1
    assert transport["socket_timeout"] <= 5
    assert transport["socket_connect_timeout"] <= 5
    assert email_timeout <= 30
    assert time_limit <= 3600

    tuned = run_python(
        code, {**PRODUCTION, "CACHE_URL": "redis://127.0.0.1:6379/1?socket_timeout=2"}
    )
    assert json.loads(tuned.stdout)[1]["socket_timeout"] == 2  # the URL's own wins
