"""Demo data: each app's `demo.seed()` in the order of INSTALLED_APPS.

Idempotent: running it again updates the same rows instead of adding new ones. The demo
passwords are public (README), so the command refuses to run with DEBUG off unless --force.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from siehub import machine_translation as mt
from siehub import translating


class Command(BaseCommand):
    help = "Create or update the demo data of every app (partners, accounts, practices...)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Seed even with DEBUG off (the demo passwords are public).",
        )

    @transaction.atomic
    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with public passwords; with DEBUG off pass --force."
            )
        for app_config in apps.get_app_configs():
            module = f"{app_config.name}.demo"
            if app_config.name.startswith("django") or find_spec(module) is None:
                continue
            import_module(module).seed(stdout=self.stdout)
        self.machine_translate()
        self.stdout.write(self.style.SUCCESS("Demo data ready."))

    def machine_translate(self):
        """Where an engine is installed, the demo shows machine translations beside the
        people's ones, as a platform with some months of use would."""
        if not mt.available(wait=True):
            self.stdout.write("Machine translation is off: no engine installed.")
            return
        reports = translating.machine_translate_all()
        written = sum(report.written for report in reports.values())
        self.stdout.write(f"Machine translation: {written} texts translated.")
