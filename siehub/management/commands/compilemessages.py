"""`compilemessages` that also works without GNU gettext.

Django's command calls `msgfmt`, which a fresh machine may not have: `make run` must work
with Python alone. Where `msgfmt` is missing, the catalogues are compiled with polib,
which, like `msgfmt`, leaves out fuzzy and obsolete entries. Where it is present (CI,
production images), Django's own command runs unchanged, checks included.
"""

import os
from collections.abc import Iterable
from pathlib import Path

import polib
from django.core.management.commands import compilemessages
from django.core.management.utils import find_command


def has_msgfmt() -> bool:
    return find_command(compilemessages.Command.program) is not None


def is_stale(po_path: Path) -> bool:
    """Whether the .mo beside `po_path` is missing or older than the .po."""
    mo_path = po_path.with_suffix(".mo")
    return not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime


def compile_stale(po_paths: Iterable[Path]) -> list[Path]:
    """Compile with polib each catalogue whose .mo is missing or older than its .po, and
    return those compiled. Each .mo is written beside and then moved into place, so a
    process reading it never finds half a file."""
    compiled = []
    for po_path in po_paths:
        if not is_stale(po_path):
            continue
        mo_path = po_path.with_suffix(".mo")
        partial = mo_path.with_name(f".{mo_path.name}.{os.getpid()}")
        polib.pofile(str(po_path)).save_as_mofile(str(partial))
        partial.replace(mo_path)
        compiled.append(po_path)
    return compiled


def catalogues_in(locale_paths: Iterable[Path | str]) -> list[Path]:
    """The .po files of the locale folders `locale_paths` (settings.LOCALE_PATHS)."""
    return sorted(
        po_path
        for base in locale_paths
        for po_path in Path(base).glob("*/LC_MESSAGES/*.po")
    )


class Command(compilemessages.Command):
    def handle(self, **options):
        if has_msgfmt():
            return super().handle(**options)
        ignored = {Path(p).name for p in options.get("ignore_patterns") or []}
        ignored |= {".venv", "node_modules", ".git"}
        locales = set(options.get("locale") or [])
        excluded = set(options.get("exclude") or [])
        chosen = [
            po_path
            for po_path in self.catalogues(Path.cwd(), ignored)
            if not (locales and po_path.parent.parent.name not in locales)
            and po_path.parent.parent.name not in excluded
        ]
        for po_path in compile_stale(chosen):
            if options["verbosity"] > 0:
                self.stdout.write(f"processing file {po_path.name} in {po_path.parent}")

    @staticmethod
    def catalogues(root: Path, ignored: set[str]):
        """The .po files under the LC_MESSAGES folders below `root`."""
        for po_path in sorted(root.rglob("LC_MESSAGES/*.po")):
            if not ignored.intersection(po_path.relative_to(root).parts):
                yield po_path
