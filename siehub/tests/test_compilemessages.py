"""The catalogues compile on a machine without GNU gettext, to the same translations,
and a test session compiles those a fresh clone lacks."""

import gettext
import os
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command

from conftest import pytest_sessionstart
from siehub.management.commands import compilemessages


@pytest.fixture
def catalogue(tmp_path, monkeypatch, settings):
    target = tmp_path / "locale" / "mk" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(settings.BASE_DIR / "locale/mk/LC_MESSAGES/django.po", target)
    monkeypatch.chdir(tmp_path)
    return target


def read(mo_path) -> gettext.GNUTranslations:
    with open(mo_path, "rb") as handle:
        return gettext.GNUTranslations(handle)


def test_without_msgfmt_the_catalogues_compile_with_python(catalogue, monkeypatch):
    monkeypatch.setattr(compilemessages, "has_msgfmt", lambda: False)
    call_command("compilemessages", verbosity=0)
    translations = read(catalogue / "django.mo")
    assert translations.gettext("Practices") == "Практики"
    assert translations.ngettext(
        "%(counter)s practice", "%(counter)s practices", 5
    ) == ("%(counter)s практики")
    assert translations.pgettext("date range", "until") != "until"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU gettext")
def test_python_and_msgfmt_give_the_same_translations(catalogue, monkeypatch, tmp_path):
    call_command("compilemessages", verbosity=0)
    by_msgfmt = read(catalogue / "django.mo")
    (catalogue / "django.mo").unlink()
    monkeypatch.setattr(compilemessages, "has_msgfmt", lambda: False)
    call_command("compilemessages", verbosity=0)
    by_python = read(catalogue / "django.mo")
    # Every message alike; only the header entry ("") is written differently.
    by_python._catalog.pop("")
    by_msgfmt._catalog.pop("")
    assert by_python._catalog == by_msgfmt._catalog
    assert by_python.plural(21) == by_msgfmt.plural(21) == 0


@pytest.fixture
def fresh_clone(tmp_path, settings):
    """Locale folders as a fresh clone has them: catalogues, no compiled .mo."""
    paths = [tmp_path / "locale", tmp_path / "locale" / "vendor"]
    for source, target in zip(settings.LOCALE_PATHS, paths, strict=True):
        for po_path in Path(source).glob("*/LC_MESSAGES/*.po"):
            folder = target / po_path.relative_to(source).parent
            folder.mkdir(parents=True)
            shutil.copy(po_path, folder)
    settings.LOCALE_PATHS = paths
    return paths


def test_a_test_session_compiles_the_catalogues_a_fresh_clone_lacks(fresh_clone):
    pytest_sessionstart(SimpleNamespace(config=SimpleNamespace()))
    mo_path = fresh_clone[0] / "mk/LC_MESSAGES/django.mo"
    assert read(mo_path).gettext("Practices") == "Практики"
    assert (fresh_clone[1] / "mk/LC_MESSAGES/django.mo").exists()


def test_a_test_session_recompiles_only_the_stale_catalogues(fresh_clone):
    bg, mk = (fresh_clone[0] / f"{code}/LC_MESSAGES" for code in ("bg", "mk"))
    for folder in (bg, mk):
        (folder / "django.mo").write_bytes(b"compiled before")
    # The Macedonian catalogue changed after it was compiled (a pull, an edit).
    then = time.time() - 60
    os.utime(mk / "django.mo", (then, then))
    pytest_sessionstart(SimpleNamespace(config=SimpleNamespace()))
    assert read(mk / "django.mo").gettext("Practices") == "Практики"
    assert (bg / "django.mo").read_bytes() == b"compiled before"


def test_a_worker_of_pytest_xdist_leaves_the_catalogues_to_the_controller(fresh_clone):
    pytest_sessionstart(SimpleNamespace(config=SimpleNamespace(workerinput={})))
    assert not list(fresh_clone[0].glob("*/LC_MESSAGES/*.mo"))
