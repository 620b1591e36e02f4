"""Authoring of training modules (called from Django admin): which languages a module is
complete in, publishing it, and duplicating it as the start of a new language version."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from siehub import translating
from siehub.i18n import LANGUAGE_CODES
from siehub.text import save_with_unique_slug

from ..models import Choice, Module, ModuleStatus, Question, Unit

MODULE_TEXT_FIELDS = ("title", "summary")
UNIT_TEXT_FIELDS = ("title", "body")


def _filled(obj, field: str, code: str) -> bool:
    return bool((getattr(obj, f"{field}_{code}", "") or "").strip())


def module_languages(module: Module) -> list[str]:
    """The languages in which the title, the summary and every unit's title and text
    are written (in the order of settings.LANGUAGES)."""
    units = list(module.units.all())
    return [
        code
        for code in LANGUAGE_CODES
        if all(_filled(module, field, code) for field in MODULE_TEXT_FIELDS)
        and all(
            _filled(unit, field, code) for unit in units for field in UNIT_TEXT_FIELDS
        )
    ]


def module_refresh_languages(module: Module) -> Module:
    """Store on the module the languages it is complete in (the catalogue filters on
    them); one UPDATE, only when they changed."""
    languages = module_languages(module)
    if languages != module.languages:
        Module.objects.filter(pk=module.pk).update(languages=languages)
        module.languages = languages
    return module


@transaction.atomic
def module_publish(*, module: Module, by=None) -> Module:
    """Publish a module that has at least one unit: status published, the date of first
    publication kept, the languages refreshed."""
    module = Module.objects.select_for_update().get(pk=module.pk)
    if not module.units.exists():
        raise ValidationError(_("A module needs at least one unit to be published."))
    module.status = ModuleStatus.PUBLISHED
    module.published_at = module.published_at or timezone.now()
    module.save(update_fields=["status", "published_at", "updated_at"])
    translating.text_changed(obj=module)
    return module_refresh_languages(module)


def _as_new(obj, **changes):
    """`obj` turned into an unsaved copy of itself (the next save inserts a row)."""
    obj.pk = None
    obj._state.adding = True
    for name, value in changes.items():
        setattr(obj, name, value)
    return obj


@transaction.atomic
def module_duplicate(*, module: Module, by=None) -> Module:
    """A new draft module with the fields, areas, related practices, units, questions
    and choices of `module` (files are shared, not copied): the starting point of a new
    language version. Its slug is "<slug>-copy" (made unique) and its titles say
    "(copy)" in their language; it remembers the module it was duplicated from."""
    original = Module.objects.get(pk=module.pk)
    areas = list(original.areas.all())
    practices = list(original.related_practices.all())
    units = [
        (
            unit,
            [
                (question, list(question.choices.all()))
                for question in unit.questions.all()
            ],
        )
        for unit in original.units.prefetch_related("questions__choices")
    ]

    copy = _as_new(
        original,
        status=ModuleStatus.DRAFT,
        published_at=None,
        duplicated_from=module,
        languages=[],
    )
    for code in LANGUAGE_CODES:
        if title := getattr(copy, f"title_{code}", ""):
            with translation.override(code):
                suffix = _("(copy)")
            setattr(copy, f"title_{code}", f"{title} {suffix}"[:200])
    save_with_unique_slug(copy, f"{module.slug}-copy", fallback="module-copy")
    copy.areas.set(areas)
    copy.related_practices.set(practices)

    Unit.objects.bulk_create([_as_new(unit, module=copy) for unit, _q in units])
    questions = [
        (_as_new(question, unit=unit), choices)
        for unit, unit_questions in units
        for question, choices in unit_questions
    ]
    Question.objects.bulk_create([question for question, _c in questions])
    Choice.objects.bulk_create(
        [
            _as_new(choice, question=question)
            for question, choices in questions
            for choice in choices
        ]
    )
    return module_refresh_languages(copy)
