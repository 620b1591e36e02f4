"""Search entries (inventory.search) for the whole inventory: brought up to date online,
or rebuilt from scratch after migrating an existing inventory."""

import time

from django.core.management.base import BaseCommand, CommandError

from inventory import search
from inventory.filters import inventory_changed


class Command(BaseCommand):
    help = (
        "Bring the search entries, the lexicon and the facet counts of every practice "
        "up to date (PostgreSQL); --rebuild writes them from scratch."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help=(
                "Start from empty tables and build the vector index once at the end: "
                "many times faster for a whole inventory (after a migration), but "
                "searches wait until it is done."
            ),
        )

    def handle(self, *args, rebuild, **options):
        if not search.is_supported():
            raise CommandError(
                "Search entries are kept on PostgreSQL only; SQLite matches the texts "
                "directly and needs no index."
            )
        started = time.perf_counter()
        count = search.rebuild() if rebuild else search.refresh()
        inventory_changed()
        self.stdout.write(
            f"Indexed {count} practices in {time.perf_counter() - started:.1f} s."
        )
