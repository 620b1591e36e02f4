"""The demo's content as data: the YAML files under each app's `demo_data/` folder, read
for `manage.py seed_demo` by the app's `demo.py`.

The files hold the texts, names, people, organisations and dates of the demo, so that a
partner can edit them without reading Python; `demo.py` keeps the code that turns them
into rows. `load("network", "people")` reads `network/demo_data/people.yaml` with
`yaml.safe_load` and returns plain values: mappings, lists, strings, numbers, booleans
and dates (YAML's `2021-09-03`).

Two things are done for the files' readers:

- A text written as a block (`|`, one line a paragraph) ends with the line break YAML
  keeps after its last line: it is dropped, so the text is as it would be on one line.
- A key that a mapping lacks is reported with the file and where in it the mapping is
  (`network/demo_data/people.yaml: accounts[2] has no 'email'`), not as a bare KeyError.
  The mappings are dicts (a subclass that only adds that message); `.get()` still
  answers None or its default for a key that may be left out.

A file that is not valid YAML, or that does not hold a mapping at its top, raises
DemoDataError naming the file and the line.
"""

import functools
from pathlib import Path
from typing import Any

import yaml
from django.apps import apps
from django.conf import settings

FOLDER = "demo_data"


class DemoDataError(Exception):
    """A demo data file that cannot be read, or that lacks what the demo needs."""


class MissingKey(DemoDataError, KeyError):
    """A key the demo needs and a mapping of a demo data file lacks."""

    def __str__(self) -> str:  # KeyError would show the message quoted, as a key
        return str(self.args[0])


class Data(dict):
    """A mapping of a demo data file: a missing key names the file and the place."""

    def __init__(self, items: dict, *, source: str, where: str) -> None:
        super().__init__(items)
        self.source = source
        self.where = where

    def __missing__(self, key: Any) -> Any:
        raise MissingKey(f"{self.source}: {self.where} has no {key!r}")


def path(app_label: str, name: str) -> Path:
    """Where the app's demo data file `name` is: `<app>/demo_data/<name>.yaml`."""
    return Path(apps.get_app_config(app_label).path) / FOLDER / f"{name}.yaml"


def load(app_label: str, name: str) -> Data:
    """The app's demo data file `name`, read: a mapping of its top-level keys."""
    return read(path(app_label, name))


def read(file: Path) -> Data:
    """A demo data file, read (`load` finds it by app and name)."""
    try:
        changed = file.stat().st_mtime_ns
    except FileNotFoundError:
        raise DemoDataError(f"{_shown(file)}: no such demo data file") from None
    return _wrap(_parse(file, changed), _shown(file), "the top level")


@functools.lru_cache(maxsize=64)
def _parse(file: Path, changed: int) -> dict:
    # Parsed once per version of the file in a process (the tests seed the demo once
    # per module); `read` copies what it returns, so a caller that changes it does not
    # change the next caller's.
    shown = _shown(file)
    try:
        with open(file, encoding="utf-8") as stream:
            content = yaml.safe_load(stream)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = " ".join(filter(None, [error.context, error.problem]))
        raise DemoDataError(f"{shown}{where}: not valid YAML ({problem})") from None
    except yaml.YAMLError as error:
        raise DemoDataError(f"{shown}: not valid YAML ({error})") from None
    if not isinstance(content, dict):
        found = "nothing" if content is None else type(content).__name__
        raise DemoDataError(
            f"{shown}: should hold keys with their values (name: value) at its top, "
            f"holds {found}"
        )
    return content


def _wrap(value: Any, source: str, where: str) -> Any:
    if isinstance(value, dict):
        return Data(
            {
                key: _wrap(item, source, _inside(where, key))
                for key, item in value.items()
            },
            source=source,
            where=where,
        )
    if isinstance(value, list):
        return [_wrap(item, source, f"{where}[{n}]") for n, item in enumerate(value)]
    if isinstance(value, str) and value.endswith("\n"):
        return value.rstrip("\n")
    return value


def _inside(where: str, key: Any) -> str:
    return str(key) if where == "the top level" else f"{where}.{key}"


def _shown(file: Path) -> str:
    """The file as the project's tree names it (its full path outside the project)."""
    try:
        return file.relative_to(settings.BASE_DIR).as_posix()
    except ValueError:
        return str(file)
