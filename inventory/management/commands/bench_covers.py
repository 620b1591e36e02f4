"""Give a share of the benchmark's practices a cover picture, or take the covers away:
`manage.py bench_covers --share 0.5` (or `--remove`), after bench_inventory.

Every cover is a row of its own (as members' uploads would be) pointing at one cleaned
demo picture whose renditions are made once, so that the list pages render what they
would in production: a join to the covers and a `srcset` per card. Run it against the
scratch benchmark database only.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from inventory.models import Practice, PracticePicture
from siehub.pictures import demo_picture, make_renditions

BATCH = 5000


class Command(BaseCommand):
    help = "Give a share of the benchmark's practices a cover (or remove the covers)."

    def add_arguments(self, parser):
        parser.add_argument("--share", type=float, default=0.5)
        parser.add_argument("--remove", action="store_true")

    def handle(self, *args, share, remove, **options):
        if "bench" not in settings.DATABASES["default"]["NAME"]:
            raise CommandError("Run this against the scratch benchmark database.")
        with transaction.atomic():
            Practice.objects.update(cover=None)
            PracticePicture.objects.all().delete()
        if remove:
            self.stdout.write("Covers removed.")
            return
        template = PracticePicture(practice=Practice.objects.first(), position=0)
        for field, value in demo_picture("welcome-classroom.jpg").items():
            setattr(template, field, value)
        template.save()  # stores the cleaned file once
        made = make_renditions(template.image.name, template.width)
        renditions = ",".join(str(width) for width in made)
        PracticePicture.objects.filter(pk=template.pk).update(renditions=renditions)
        ids = list(
            Practice.objects.published()
            .exclude(pk=template.practice_id)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        chosen = ids[:: max(1, round(1 / share))] if share > 0 else []
        fields = {
            f.attname: getattr(template, f.attname)
            for f in PracticePicture._meta.concrete_fields
            if f.attname not in ("id", "practice_id")
        }
        for start in range(0, len(chosen), BATCH):
            PracticePicture.objects.bulk_create(
                [
                    PracticePicture(practice_id=pk, **fields)
                    for pk in chosen[start : start + BATCH]
                ]
            )
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE inventory_practice p SET cover_id = c.id "
                "FROM inventory_practicepicture c WHERE c.practice_id = p.id"
            )
            cursor.execute("VACUUM ANALYZE inventory_practice")
            cursor.execute("VACUUM ANALYZE inventory_practicepicture")
        self.stdout.write(
            f"{len(chosen) + 1} of {len(ids) + 1} published practices have a cover."
        )
