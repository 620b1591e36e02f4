"""`compilemessages` that also works without GNU gettext.

Django's command calls `msgfmt`, which a fresh machine may not have: `make run` must work
with Python alone. Where `msgfmt` is missing, the catalogues are compiled with polib,
which, like `msgfmt`, leaves out fuzzy and obsolete entries. Where it is present (CI,
production images), Django's own command runs unchanged, checks included.
"""

from pathlib import Path

import polib
from django.core.management.commands import compilemessages
from django.core.management.utils import find_command


def has_msgfmt() -> bool:
    return find_command(compilemessages.Command.program) is not None


class Command(compilemessages.Command):
    def handle(self, **options):
        if has_msgfmt():
            return super().handle(**options)
        ignored = {Path(p).name for p in options.get("ignore_patterns") or []}
        ignored |= {".venv", "node_modules", ".git"}
        locales = set(options.get("locale") or [])
        excluded = set(options.get("exclude") or [])
        for po_path in self.catalogues(Path.cwd(), ignored):
            locale = po_path.parent.parent.name
            if (locales and locale not in locales) or locale in excluded:
                continue
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            if options["verbosity"] > 0:
                self.stdout.write(f"processing file {po_path.name} in {po_path.parent}")

    @staticmethod
    def catalogues(root: Path, ignored: set[str]):
        """The .po files under the LC_MESSAGES folders below `root`."""
        for po_path in sorted(root.rglob("LC_MESSAGES/*.po")):
            if not ignored.intersection(po_path.relative_to(root).parts):
                yield po_path
