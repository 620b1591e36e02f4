"""Load test data and time the inventory's pages: `manage.py bench_inventory --practices N`.

Creates N synthetic published practices in four languages (bulk inserts, vocabularies
linked, search entries written by inventory.search), then requests the list, search, filter and
detail pages repeatedly through Django's test client and prints the median and 95th
percentile. Run it against a scratch PostgreSQL database, never production:
DATABASE_URL=postgres://…/siehub_bench manage.py migrate && … bench_inventory.
"""

import random
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from inventory import search
from inventory.models import MeasureType, Practice, TargetGroup
from inventory.services.workflow import practice_reindex
from network.models import Organisation, User
from siehub.models import Area, EducationLevel

WORDS = [
    "school",
    "family",
    "attendance",
    "mediator",
    "roma",
    "pupils",
    "homework",
    "club",
    "reading",
    "mentoring",
    "breakfast",
    "summer",
    "teachers",
    "counsellor",
    "transport",
    "meals",
    "community",
    "early",
    "warning",
    "училиште",
    "семејство",
    "медијатор",
    "ученици",
    "домашна",
    "читање",
    "летно",
    "наставници",
    "училище",
    "семейство",
    "медиатор",
    "ученици",
    "четене",
    "лятно",
    "учители",
    "escuela",
    "familia",
    "mediador",
    "alumnado",
    "deberes",
    "lectura",
    "verano",
    "profesorado",
    "educación",
]


# Real texts draw on a large vocabulary in which a few words are common and most are rare
# (Zipf's law); the theme words above appear now and then, like real search terms.
SYLLABLES = "ka lo mi ne ra su ti vo ze ba de fi gu ho ja ku le mo".split()  # noqa: SIM905
FILLER = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES[:10]]
FILLER_WEIGHTS = [1 / (rank + 1) for rank in range(len(FILLER))]


def sentence(rng, n):
    words = rng.choices(FILLER, weights=FILLER_WEIGHTS, k=n)
    for position in range(0, n, 12):
        if rng.random() < 0.3:
            words[position] = rng.choice(WORDS)
    return " ".join(words).capitalize() + "."


class Command(BaseCommand):
    help = "Create synthetic practices and time the inventory pages (scratch databases only)."

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=100_000)
        parser.add_argument("--requests", type=int, default=40)
        parser.add_argument("--skip-load", action="store_true")

    def handle(self, *args, practices, requests, skip_load, **options):
        if not settings.DEBUG and "bench" not in connection.settings_dict["NAME"]:
            raise CommandError(
                "Run this against a scratch database whose name contains 'bench'."
            )
        if not skip_load:
            self.load(practices)
        if requests:
            self.measure(requests)

    def load(self, count):
        rng = random.Random(7)
        # One author and one school hold every practice: the worst case for their pages.
        author, _ = User.objects.get_or_create(
            email="bench@example.org",
            defaults={
                "first_name": "Bench",
                "last_name": "Mark",
                "public_profile": True,
            },
        )
        organisation, _ = Organisation.objects.get_or_create(
            slug="bench-school",
            defaults={"name": "Bench school", "kind": "school", "country": "MK"},
        )
        existing = Practice.objects.filter(slug__startswith="bench-").count()
        now = timezone.now()
        vocabularies = {
            "target_groups": list(TargetGroup.objects.all()),
            "measure_types": list(MeasureType.objects.all()),
            "areas": list(Area.objects.all()),
            "education_levels": list(EducationLevel.objects.all()),
        }
        started = time.monotonic()
        batch = 2000
        for start in range(existing, count, batch):
            rows = []
            for i in range(start, min(start + batch, count)):
                values = {}
                for code in ("en", "mk", "bg", "es"):
                    if code == "en" or rng.random() < 0.5:
                        values[f"title_{code}"] = sentence(rng, 6)
                        values[f"summary_{code}"] = f"<p>{sentence(rng, 30)}</p>"
                        for section in Practice.SECTIONS[1:]:
                            values[f"{section}_{code}"] = f"<p>{sentence(rng, 60)}</p>"
                rows.append(
                    Practice(
                        slug=f"bench-{i}",
                        author=author,
                        organisation=organisation,
                        country=rng.choice(["MK", "BG", "ES", "IT", "RO"]),
                        original_language="en",
                        status="published",
                        no_personal_data=True,
                        published_at=now - timezone.timedelta(minutes=i),
                        submitted_at=now,
                        adaptation_count=rng.randint(0, 5),
                        **values,
                    )
                )
            with transaction.atomic():
                created = Practice.objects.bulk_create(rows)
                for field, terms in vocabularies.items():
                    through = getattr(Practice, field).through
                    target = Practice._meta.get_field(field).m2m_reverse_field_name()
                    links = []
                    for practice in created:
                        for term in rng.sample(terms, k=min(2, len(terms))):
                            links.append(
                                through(
                                    practice_id=practice.pk, **{f"{target}_id": term.pk}
                                )
                            )
                    through.objects.bulk_create(links)
            self.stdout.write(f"  {start + len(rows)} practices")
        if search.is_supported():
            # One pass with the vector index built at the end: minutes, not hours.
            search.rebuild()
        else:
            practice_reindex(
                practice_ids=Practice.objects.filter(status="published").values_list(
                    "pk", flat=True
                )
            )
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Statistics for the planner, and the visibility map that lets counts
                # answer from the indexes alone (what autovacuum leaves on a live site;
                # measured before it, an organisation's page took 130 ms, not 40).
                cursor.execute("VACUUM ANALYZE")
        self.stdout.write(f"Loaded in {time.monotonic() - started:.0f} s.")

    def measure(self, requests):
        client = Client()
        author = User.objects.get(email="bench@example.org")
        slugs = list(Practice.objects.published().values_list("slug", flat=True)[:500])
        pages = {
            "list": lambda i: "/en/practices/",
            "list page 50": lambda i: "/en/practices/?page=50",
            "search": lambda i: f"/es/practices/?q={WORDS[i % len(WORDS)]}",
            "filter": lambda i: (
                "/mk/practices/?country=MK&target_group=roma&sort=adapted"
            ),
            "detail": lambda i: f"/en/practices/{slugs[i % len(slugs)]}/",
            "organisation": lambda i: "/en/organisations/bench-school/",
            "member": lambda i: f"/en/members/{author.pk}/",
            "directories": lambda i: ("/en/organisations/", "/en/members/")[i % 2],
        }
        for name, url in pages.items():
            client.get(url(0), secure=True)  # warm caches, as a running site has them
            timings = []
            for i in range(requests):
                started = time.perf_counter()
                response = client.get(url(i), secure=True)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url(i), response.status_code)
            timings.sort()
            p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
            self.stdout.write(
                f"{name:<14} median {statistics.median(timings):6.1f} ms   p95 {p95:6.1f} ms"
            )
