"""The catalogues compile on a machine without GNU gettext, to the same translations."""

import gettext
import shutil

import pytest
from django.core.management import call_command

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
