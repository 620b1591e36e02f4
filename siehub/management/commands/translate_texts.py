"""Machine-translate the public texts that lack an up-to-date translation, now.

What the Celery task does after each publication, for everything at once: after
installing an engine, after an outage of the broker, or to fill the demo. With
--measure, it times the engine per practice and reports how much of the inventory each
language can read (the figures of README).
"""

import statistics
import time

from django.core.management.base import BaseCommand

from siehub import machine_translation as mt
from siehub import translating
from siehub.i18n import LANGUAGE_CODES
from siehub.models import TextTranslation, TranslationStatus


class Command(BaseCommand):
    help = "Machine-translate every public text that lacks an up-to-date translation."

    def add_arguments(self, parser):
        parser.add_argument(
            "--kind",
            action="append",
            choices=sorted(translating.REGISTRY),
            help="Only this kind of text (repeatable).",
        )
        parser.add_argument(
            "--measure",
            action="store_true",
            help="Translate the practices one by one and report the time each took.",
        )

    def handle(self, *args, kind=None, measure=False, **options):
        if not mt.available(wait=True):
            self.stdout.write(
                "Machine translation is off: no engine is installed or configured "
                "(MACHINE_TRANSLATION_ENGINES)."
            )
            return
        if measure:
            self.measure()
        reports = translating.machine_translate_all(kinds_keys=kind)
        for key, report in reports.items():
            line = f"{key}: {report.written} written, {report.suggested} suggested"
            if report.adopted:
                line += f", {report.adopted} kept as a person's"
            if report.no_path:
                paths = ", ".join(f"{s}→{t}" for s, t in sorted(report.no_path))
                line += f"; no engine path for {paths}"
            self.stdout.write(line)
        self.report_readability()

    def measure(self):
        kind = translating.REGISTRY["practice"]
        ids = list(
            kind.public(kind.model._default_manager.all()).values_list("pk", flat=True)
        )
        timings = []
        for pk in ids:
            # From scratch, as for a practice just published: its machine texts go.
            practice = kind.model._default_manager.get(pk=pk)
            machine = TextTranslation.objects.of(practice).filter(
                status=TranslationStatus.MACHINE
            )
            for row in machine:
                setattr(practice, f"{row.field}_{row.language}", "")
            practice.save()
            machine.delete()
            started = time.perf_counter()
            translating.machine_translate(kind_key="practice", ids=[pk])
            timings.append(time.perf_counter() - started)
        if timings:
            timings.sort()
            p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
            self.stdout.write(
                f"Machine translation of one practice into every language, "
                f"{len(timings)} practices: median {statistics.median(timings):.2f} s, "
                f"p95 {p95:.2f} s"
            )

    def report_readability(self):
        for key in ("practice", "adaptation", "module", "mobility"):
            kind = translating.REGISTRY.get(key)
            if kind is None:
                continue
            cells = []
            for code in LANGUAGE_CODES:
                figures = translating.progress(kind, code)
                cells.append(
                    f"{code} {figures['readable']}/{figures['total']} readable"
                    + (
                        f", {figures['reviewed']} reviewed or original"
                        if figures["reviewed"] is not None
                        else ""
                    )
                )
            self.stdout.write(f"{kind.label_plural}: " + "; ".join(cells))
