"""Demo data of the training modules (seed_demo calls `seed` after the inventory's demo
data exist, before the mobilities'): two published modules in the four languages with
units and self-assessment questions, and a few resources of the library.

The content is data: training/demo_data/modules.yaml (modules, units, questions),
library.yaml (resources) and pilot.yaml (who followed the modules), read through
siehub.demo_data. This module turns it into rows.

Idempotent: a second run finds the same rows by their natural keys (slugs, positions)
and updates them; enrolments made on the site with the demo accounts stay as they are.
"""

import datetime as dt

from django.utils import timezone

from inventory.models import Practice
from network.models import User
from siehub import demo_data
from siehub.models import Area

from .models import (
    Choice,
    Enrolment,
    Feedback,
    Module,
    ModuleStatus,
    Question,
    Resource,
    Unit,
)
from .services.modules import module_refresh_languages


def _data(name: str):
    return demo_data.load("training", name)


def _areas(slugs):
    """The whole-school areas that the data files name by slug, as the inventory's rows."""
    return Area.objects.filter(slug__in=slugs)


def _html(text: str) -> str:
    """A unit's body as stored: modules.yaml writes one HTML block a line; a line break
    between two tags goes, any other stands for a space."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    html = lines[0] if lines else ""
    for before, line in zip(lines, lines[1:], strict=False):
        html += ("" if before.endswith(">") and line.startswith("<") else " ") + line
    return html


def _texts(values: dict, text: dict) -> dict:
    """`{field: {code: value}}` as the model's translated columns."""
    for field, by_language in text.items():
        # The base column first: modeltranslation writes it to the active language.
        values[field] = by_language["en"]
        for code, value in by_language.items():
            values[f"{field}_{code}"] = value
    return values


def _seed_units(module: Module, units: list) -> None:
    for position, data in enumerate(units, start=1):
        unit, _created = Unit.objects.update_or_create(
            module=module,
            position=position,
            defaults=_texts(
                {"minutes": data["minutes"]},
                {
                    "title": data["title"],
                    "body": {code: _html(body) for code, body in data["body"].items()},
                },
            ),
        )
        for q_position, q_data in enumerate(data["questions"], start=1):
            question, _created = Question.objects.update_or_create(
                unit=unit,
                position=q_position,
                defaults=_texts(
                    {},
                    {"text": q_data["text"], "explanation": q_data["explanation"]},
                ),
            )
            for c_position, choice in enumerate(q_data["choices"], start=1):
                Choice.objects.update_or_create(
                    question=question,
                    position=c_position,
                    defaults=_texts(
                        {"is_correct": choice.get("correct", False)},
                        {"text": choice["text"]},
                    ),
                )


def _published_practices(slugs: list[str]):
    return Practice.objects.published().filter(slug__in=slugs)


def _seed_modules() -> dict[str, Module]:
    content = _data("modules")
    modules = {}
    for data in content["modules"]:
        published_on = data["published_on"]
        module, _created = Module.objects.update_or_create(
            slug=data["slug"],
            defaults=_texts(
                {
                    "original_language": "en",
                    "level": data["level"],
                    "duration_minutes": data["duration_minutes"],
                    "pass_mark": data["pass_mark"],
                    "audience": [str(a) for a in data["audience"]],
                    "status": ModuleStatus.PUBLISHED,
                    "published_at": timezone.make_aware(
                        dt.datetime.combine(published_on, dt.time(9))
                    ),
                },
                {
                    "title": data["title"],
                    "summary": data["summary"],
                    "objectives": data["objectives"],
                    "authors": content["authors"],
                },
            ),
        )
        module.areas.set(_areas(data["areas"]))
        module.related_practices.set(_published_practices(data["practices"]))
        _seed_units(module, data["units"])
        module_refresh_languages(module)
        modules[module.slug] = module
    return modules


def _seed_resources(modules: dict[str, Module]) -> None:
    for data in _data("library")["resources"]:
        resource, _created = Resource.objects.update_or_create(
            slug=data["slug"],
            defaults=_texts(
                {
                    "kind": data["kind"],
                    "original_language": "en",
                    "content_language": data["content_language"],
                    "url": data["url"],
                    "audience": [str(a) for a in data["audience"]],
                    "module": modules.get(data.get("module")),
                    "is_published": True,
                },
                {"title": data["title"], "description": data["description"]},
            ),
        )
        resource.areas.set(_areas(data["areas"]))


def _seed_pilot() -> None:
    """The pilot (pilot.yaml): recorded as the state a pilot leaves (certificates are
    issued when a member asks for theirs), not replayed unit by unit."""
    pilot = _data("pilot")["pilot"]
    modules = list(Module.objects.published().order_by("pk"))
    members = {
        user.email: user
        for user in User.objects.filter(email__in=[p["member"] for p in pilot])
    }
    if not modules:
        return
    now = timezone.now()
    for index, entry in enumerate(pilot):
        completed, rating = entry["completed"], entry.get("rating")
        member = members.get(entry["member"])
        if member is None:
            continue
        module = modules[index % len(modules)]
        enrolment, _created = Enrolment.objects.get_or_create(
            user=member, module=module
        )
        if not completed:
            continue
        if enrolment.completed_at is None:
            enrolment.completed_at = now - dt.timedelta(days=10 + index)
            enrolment.save(update_fields=["completed_at"])
        Feedback.objects.get_or_create(enrolment=enrolment, defaults={"rating": rating})


def seed(stdout):
    """Create or update the demo training modules, the resource library and a pilot."""
    modules = _seed_modules()
    _seed_resources(modules)
    _seed_pilot()
    stdout.write(
        f"Training: {Module.objects.published().count()} published modules, "
        f"{Unit.objects.count()} units, {Resource.objects.count()} resources."
    )
