"""Time search and the inventory's pages over HTTP: `manage.py bench_search`.

Run it against a scratch PostgreSQL database loaded by `bench_inventory` (its name must
contain "bench"). It starts gunicorn with two workers on that database, with production
settings and Redis as the cache, emptied first (it holds the vocabularies' names and
the footer's links; no result, count or facet is cached: every page is computed for
every request), picks the query words from the data itself (a word half the practices
hold, rare words, Cyrillic words, typos of common words), then drives each kind of
request with wrk over a list of URLs and prints the median and the 95th percentile
beside /healthz, a hello-world answered by the same gunicorn through the same
middleware.

    DATABASE_URL=postgres://…/siehub_bench manage.py bench_search --duration 10
"""

import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import redis
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from inventory import search
from inventory.models import PracticeSearch, SearchWord, TargetGroup
from siehub.text_search import CYRILLIC

LATIN_WORD = re.compile(r"^[a-z]{5,}$")
LUA = """
local paths = {%(paths)s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%.2f %%.2f %%.2f\\n", summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000))
end
"""


def typo(word: str, rng: random.Random) -> str:
    """A teacher's slip: a letter left out or two letters swapped, inside the word."""
    position = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:position] + word[position + 1 :]
    return word[:position] + word[position + 1] + word[position] + word[position + 2 :]


class Command(BaseCommand):
    help = "Time search and the inventory pages over HTTP with gunicorn and wrk."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=10, help="seconds per kind")
        parser.add_argument(
            "--connections",
            type=int,
            default=1,
            help="concurrent connections (1: each request alone, its own latency)",
        )
        parser.add_argument("--port", type=int, default=0)
        parser.add_argument(
            "--kinds",
            default="",
            help="only these kinds, comma-separated (e.g. home,list,filter)",
        )
        parser.add_argument(
            "--cache-url",
            default="redis://127.0.0.1:6379/14",
            help="a Redis database of its own: it is emptied first",
        )

    def handle(self, *args, duration, connections, port, cache_url, kinds, **options):
        if (
            connection.vendor != "postgresql"
            or "bench" not in settings.DATABASES["default"]["NAME"]
        ):
            raise CommandError(
                "Run this against a PostgreSQL scratch database whose name contains "
                "'bench', loaded by bench_inventory."
            )
        if not shutil.which("wrk"):
            raise CommandError("wrk is not installed (apt-get install wrk).")
        total = PracticeSearch.objects.count()
        if total < 1000:
            raise CommandError("Load practices first: manage.py bench_inventory.")
        only = {kind.strip() for kind in kinds.split(",") if kind.strip()}
        kinds = {
            name: paths
            for name, paths in self.requests(total).items()
            if not only or name in only
        }
        self.cache_url = cache_url
        redis.Redis.from_url(cache_url).flushdb()
        port = port or self.free_port()
        server = self.start_gunicorn(port)
        try:
            base = f"http://127.0.0.1:{port}"
            self.stdout.write(
                f"{total} published practices; gunicorn, 2 workers, nothing cached but "
                "the vocabularies' names and the footer's links; wrk, "
                f"{connections} connection(s), {duration} s per kind after 2 s of "
                "warm-up.\n"
            )
            self.stdout.write(
                "The rare words are found in "
                + ", ".join(str(self.found[w]) for w in self.rare)
                + " practices.\n"
            )
            self.stdout.write(
                f"{'kind':<18}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
                "  example"
            )
            for name, paths in kinds.items():
                self.wrk(base, paths, 2, connections)  # warm-up: not counted
                requests, errors, p50, p95, worst = self.wrk(
                    base, paths, duration, connections
                )
                if errors:
                    raise CommandError(f"{name}: {errors} failed requests ({paths[0]})")
                self.stdout.write(
                    f"{name:<18}{requests:>9}{p50:>9.1f}{p95:>9.1f}{worst:>9.1f}"
                    f"  {paths[0]}"
                )
        finally:
            server.terminate()
            server.wait(timeout=20)

    # What to request ------------------------------------------------------------------

    def requests(self, total: int) -> dict[str, list[str]]:
        rng = random.Random(12)
        words = list(
            SearchWord.objects.order_by("-practice_count").values_list(
                "word", "practice_count"
            )
        )
        latin = [(w, n) for w, n in words if LATIN_WORD.match(w)]
        cyrillic = [(w, n) for w, n in words if CYRILLIC.search(w) and len(w) > 4]
        # "Found in half the practices": what the search finds for the word (its
        # forms in every language and script), not only the word itself.
        near = sorted(latin, key=lambda item: abs(item[1] - total / 2))[:40]
        common = [
            word
            for word, _n in near
            if 0.4 * total <= self.matches(word) <= 0.6 * total
        ][:5]
        if not common:
            raise CommandError("No word is found in half the practices.")
        # "Rare": of the lexicon's least frequent words, those the search finds in the
        # fewest practices (the search finds a word's forms in every language and
        # script, so a rare spelling can still be found often).
        candidates = [w for w, n in sorted(latin, key=lambda item: item[1])[:200]]
        found = sorted((self.matches(word), word) for word in candidates)
        rare = [word for n, word in found if n > 0][:5]
        self.found = {word: n for n, word in found}
        self.rare = rare
        slips = []
        for word in common * 4:
            slip = typo(word, rng)
            if not SearchWord.objects.filter(word=slip).exists() and slip not in slips:
                slips.append(slip)
        group = (
            TargetGroup.objects.order_by("pk").values_list("slug", flat=True).first()
        )
        languages = ("en", "mk", "bg", "es")

        def urls(template, values):
            return [
                template.format(lang=languages[i % 4], value=quote(value))
                for i, value in enumerate(values)
            ]

        return {
            "hello-world": ["/healthz"],
            "home": [f"/{lang}/" for lang in languages],
            "list": [f"/{lang}/practices/" for lang in languages],
            "filter": urls(
                "/{lang}/practices/?country={value}&target_group="
                + group
                + "&sort=adapted",
                ["MK", "BG", "ES", "MK"],
            ),
            "search common": urls("/{lang}/practices/?q={value}", common),
            "search rare": urls("/{lang}/practices/?q={value}", rare),
            "search cyrillic": urls(
                "/{lang}/practices/?q={value}", [w for w, _n in cyrillic[:5]]
            ),
            "search typo": urls("/{lang}/practices/?q={value}", slips[:5]),
            "search filtered": urls(
                "/{lang}/practices/?q={value}&country=MK&target_group=" + group,
                common,
            ),
            # The results page (its figures come from the snapshot: results.figures).
            "results": urls("/{lang}/results/?country={value}", ["MK", "BG", "ES", ""]),
        }

    def matches(self, word: str) -> int:
        query = search.compile_query(word)
        return search.PracticeSearchResults(
            query=query, selected={}, sort=""
        )._counted()

    # Running ----------------------------------------------------------------------------

    def free_port(self) -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    def start_gunicorn(self, port: int) -> subprocess.Popen:
        database = settings.DATABASES["default"]
        env = {
            **os.environ,
            "DATABASE_URL": (
                f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
                f"{database['PORT'] or 5432}/{database['NAME']}"
            ),
            "DATABASE_CONN_MAX_AGE": "600",
            "DJANGO_DEBUG": "false",
            "CACHE_URL": self.cache_url,
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_SECURE_COOKIES": "false",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "STATIC_STORAGE_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
            "LOG_LEVEL": "WARNING",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "siehub.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=settings.BASE_DIR,
            env=env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/healthz"
                ) as reply:
                    if reply.status == 200:
                        return server
            except OSError:
                time.sleep(0.3)
        server.terminate()
        raise CommandError("gunicorn did not start.")

    def wrk(self, base, paths, duration, connections):
        quoted = ", ".join('"' + path.replace('"', '\\"') + '"' for path in paths)
        with tempfile.TemporaryDirectory() as folder:
            script = Path(folder) / "paths.lua"
            script.write_text(LUA % {"paths": quoted})
            output = subprocess.run(
                [
                    "wrk",
                    "--threads",
                    "1",
                    "--connections",
                    str(connections),
                    "--duration",
                    f"{duration}s",
                    "--timeout",
                    "10s",
                    "--script",
                    str(script),
                    base,
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        found = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)", output)
        if not found:
            raise CommandError(f"wrk said: {output}")
        requests, errors = int(found.group(1)), int(found.group(2))
        return requests, errors, *(float(found.group(i)) for i in (3, 4, 5))
