"""Translations of the platform's texts, field by field and language by language.

Each app registers what it translates (`register` in its translation.py, beside the
modeltranslation options): the model, its translated fields, which of them hold HTML, how
to find its original language and which objects are public. For every field of every
object in every language other than the original, a TextTranslation row says how the text
in the model's column came about:

- machine-translated (engine, date, the original's digest), written by `machine_translate`
  after publication and after each change of an original (a Celery task);
- translated by a person (the side-by-side editor, or admin's language tabs), which a
  machine never overwrites: a fresh machine text is kept as a suggestion instead;
- reviewed (by whom, when).

When an original changes, `text_changed` marks the translations made from the old text as
outdated; machine ones are made again. Readers get the best text of their language from
the column, and `machine_translated` on the object tells them, without a query, which
fields a machine wrote and from which language.
"""

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import machine_translation as mt
from .i18n import LANGUAGE_CODES
from .models import TextTranslation, TranslationStatus
from .permissions import can_curate_translations, can_translate
from .text import sanitize_html, text_to_html

logger = logging.getLogger(__name__)

PROGRESS_SECONDS = 600


# Registry -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """A model whose texts are translated, as an app registered it."""

    key: str
    model: type[Model]
    fields: tuple[str, ...]
    html_fields: frozenset[str]
    label: str
    label_plural: str
    original_language_of: Callable[[Any], str | None]
    public_of: Callable[[QuerySet[Any]], QuerySet[Any]]
    after_change: str | None
    title_field: str
    children_of: Callable[[Any], Iterable[Model]] | None = None

    def original_language(self, obj) -> str:
        return self.original_language_of(obj) or settings.LANGUAGE_CODE

    def public(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        return self.public_of(queryset)

    def original_text(self, obj, field_name: str) -> str:
        return getattr(obj, f"{field_name}_{self.original_language(obj)}") or ""

    def children(self, obj) -> list:
        """Objects translated along with `obj` (an event's programme, a module's units),
        which change public when it does."""
        return list(self.children_of(obj)) if self.children_of else []

    def changed(self, ids) -> None:
        """What the app does after texts of these objects changed (a search index)."""
        if self.after_change and ids:
            module, _dot, name = self.after_change.rpartition(".")
            getattr(import_module(module), name)(ids)


REGISTRY: dict[str, Kind] = {}


def register(
    model,
    *,
    key: str,
    fields,
    label,
    label_plural,
    html_fields=(),
    original_language=None,
    public=None,
    after_change: str | None = None,
    title_field: str = "title",
    children=None,
) -> Kind:
    """Register `model`'s translated `fields` (modeltranslation columns) for the
    translation workflow. `original_language(obj)` defaults to `obj.original_language`,
    `public(queryset)` to every object; `after_change` names a function that takes the
    ids of objects whose texts changed; `children(obj)` gives the registered objects
    translated along with it."""
    kind = Kind(
        key=key,
        model=model,
        fields=tuple(fields),
        html_fields=frozenset(html_fields),
        label=label,
        label_plural=label_plural,
        original_language_of=original_language
        or (lambda obj: getattr(obj, "original_language", "")),
        public_of=public or (lambda queryset: queryset),
        after_change=after_change,
        title_field=title_field,
        children_of=children,
    )
    REGISTRY[key] = kind
    return kind


def kinds() -> list[Kind]:
    return list(REGISTRY.values())


def kind_of(obj_or_model: Model | type[Model]) -> Kind | None:
    """The registered kind of a model or object, None if its texts are not translated."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    model = getattr(model._meta, "concrete_model", model)
    for kind in REGISTRY.values():
        if kind.model is model or issubclass(model, kind.model):
            return kind
    return None


def registered_kind(obj_or_model: Model | type[Model]) -> Kind:
    """The kind of a model or object the caller knows to be registered."""
    kind = kind_of(obj_or_model)
    if kind is None:
        raise LookupError(f"{obj_or_model!r} is not registered for translation")
    return kind


def digest(text: str) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()[:32]


def _content_type(kind: Kind) -> ContentType:
    return ContentType.objects.get_for_model(kind.model)


def _rows(kind: Kind, ids, *, language=None):
    rows = TextTranslation.objects.filter(
        content_type=_content_type(kind), object_id__in=list(ids)
    )
    return rows.filter(language=language) if language else rows


# Reading --------------------------------------------------------------------------------


@dataclass
class FieldState:
    """Where the text of one field in one language comes from."""

    field: str
    language: str
    status: str  # original, machine, human, reviewed, missing, empty
    text: str = ""
    original: str = ""
    original_language: str = ""
    outdated: bool = False
    row: TextTranslation | None = None
    suggestion: str = ""

    @property
    def needs_work(self) -> bool:
        return self.status in ("missing", "machine") or self.outdated


def field_states(obj, language: str) -> list[FieldState]:
    """Every registered field of `obj` in `language`: its text and its state."""
    kind = registered_kind(obj)
    original_language = kind.original_language(obj)
    rows = {}
    if language != original_language:
        rows = {row.field: row for row in _rows(kind, [obj.pk], language=language)}
    states = []
    for name in kind.fields:
        original = kind.original_text(obj, name)
        text = getattr(obj, f"{name}_{language}") or ""
        row = rows.get(name)
        if language == original_language:
            status = "original"
        elif not original:
            status = "empty"
        elif not text:
            status = "missing"
        elif row is None:
            status = TranslationStatus.HUMAN
        else:
            status = row.status
        outdated = bool(row and row.outdated) or bool(
            row and original and row.source_digest != digest(original)
        )
        states.append(
            FieldState(
                field=name,
                language=language,
                status=str(status),
                text=text,
                original=original,
                original_language=original_language,
                outdated=outdated and status not in ("missing", "original", "empty"),
                row=row,
                suggestion=(row.machine_text if row else ""),
            )
        )
    return states


def machine_source(obj, field_name: str, language: str) -> str | None:
    """The language `field_name` was machine-translated from into `language`, or None
    (a person's text, the original, or not known: the summary was not loaded)."""
    summary = obj.__dict__.get("machine_translated")
    if not summary:
        return None
    return summary.get(language, {}).get(field_name)


# Writing --------------------------------------------------------------------------------


def _summary(kind: Kind, obj) -> dict:
    summary: dict = {}
    for row in _rows(kind, [obj.pk]).filter(status=TranslationStatus.MACHINE):
        summary.setdefault(row.language, {})[row.field] = row.source_language
    return summary


def _save_summary(kind: Kind, obj, extra_fields=()) -> None:
    obj.machine_translated = _summary(kind, obj)
    obj.save(update_fields=["machine_translated", *extra_fields])


def _bump() -> None:
    try:
        cache.incr("translations-version")
    except ValueError:
        cache.set("translations-version", 1, None)


@transaction.atomic
def text_changed(*, obj) -> None:
    """The originals of `obj` may have changed (or its original language): translations
    made from another text are outdated; machine ones are made again after commit."""
    kind = registered_kind(obj)
    original_language = kind.original_language(obj)
    rows = list(_rows(kind, [obj.pk]).select_for_update())
    for row in rows:
        if row.language == original_language:
            row.delete()
            continue
        current = digest(kind.original_text(obj, row.field))
        changed = []
        if row.source_digest != current and not row.outdated:
            row.outdated = True
            changed.append("outdated")
        if row.machine_text and row.suggestion_digest != current:
            # A suggestion made for an earlier original is no use any more, however
            # many times it changed since the person translated it.
            row.machine_text = ""
            row.suggestion_digest = ""
            changed += ["machine_text", "suggestion_digest"]
        if changed:
            row.save(update_fields=changed)
    _save_summary(kind, obj)
    _bump()
    schedule_machine_translation(obj)


def schedule_machine_translation(obj) -> None:
    """Queue the machine translation of a public `obj`, and of what is translated along
    with it, after commit (nothing when machine translation is off). A broker outage
    does not fail the request: the next change, or `translate_texts`, catches up."""
    if not mt.available():
        return
    kind = registered_kind(obj)
    batches: dict[str, list[int]] = {}
    for item in [obj, *kind.children(obj)]:
        item_kind = registered_kind(item)
        batches.setdefault(item_kind.key, []).append(item.pk)
    for key, ids in batches.items():
        item_kind = REGISTRY[key]
        public = list(
            item_kind.public(
                item_kind.model._default_manager.filter(pk__in=ids)
            ).values_list("pk", flat=True)
        )
        if public:
            transaction.on_commit(_queue(key, public), robust=True)


def _queue(key: str, ids: list[int]):
    def queue():
        from .tasks import machine_translate_objects

        machine_translate_objects.delay(key, ids)

    return queue


@dataclass
class _Work:
    obj: Model
    field: str
    target: str
    source: str
    digest: str
    seen: str  # the column's text when the work was planned
    write: bool  # into the column (else: a suggestion beside a person's text)
    result: str = ""


@dataclass
class Report:
    """What a machine translation run did."""

    written: int = 0
    suggested: int = 0
    adopted: int = 0
    no_path: set[tuple[str, str]] = field(default_factory=set)
    failed: list[tuple[str, str, str]] = field(default_factory=list)


# A text found in a column with no record (written in admin): the object, field, target
# language, original language, the original’s digest.
_Adopt = tuple[Model, str, str, str, str]


def _plan(kind: Kind, objects, rows) -> tuple[list[_Work], list[_Adopt]]:
    work: list[_Work] = []
    adopt: list[_Adopt] = []
    for obj in objects:
        source = kind.original_language(obj)
        for name in kind.fields:
            original = kind.original_text(obj, name)
            if not original:
                continue
            current = digest(original)
            for target in LANGUAGE_CODES:
                if target == source:
                    continue
                row = rows.get((obj.pk, name, target))
                text = getattr(obj, f"{name}_{target}") or ""
                if row is None and text:
                    adopt.append((obj, name, target, source, current))
                    continue
                if row is not None and row.status != TranslationStatus.MACHINE:
                    # Beside a person's outdated text: a suggestion, unless there is
                    # one already for this very original.
                    if (
                        row.source_digest != current
                        and row.suggestion_digest != current
                    ):
                        work.append(
                            _Work(obj, name, target, source, current, text, False)
                        )
                    continue
                if row is not None and row.source_digest == current and text:
                    continue
                work.append(_Work(obj, name, target, source, current, text, True))
    return work, adopt


def machine_translate(*, kind_key: str, ids, engines=None) -> Report:
    """Machine-translate the public objects `ids` of a kind into every language where no
    up-to-date translation exists; beside a person's outdated translation keep the
    machine text as a suggestion. One engine call per language path for all of them."""
    kind = REGISTRY[kind_key]
    report = Report()
    objects = list(kind.public(kind.model._default_manager.filter(pk__in=list(ids))))
    if not objects:
        return report
    rows = {
        (row.object_id, row.field, row.language): row
        for row in _rows(kind, [obj.pk for obj in objects])
    }
    work, adopt = _plan(kind, objects, rows)
    by_pair: dict[tuple[str, str], list[_Work]] = {}
    for item in work:
        by_pair.setdefault((item.source, item.target), []).append(item)
    engine_names = {}
    for (source, target), items in by_pair.items():
        segments = []
        for item in items:
            text = kind.original_text(item.obj, item.field)
            segments.append(
                text if item.field in kind.html_fields else mt.plain_to_html(text)
            )
        try:
            results, path = mt.translate(segments, source, target, engines)
        except mt.NoPath:
            report.no_path.add((source, target))
            continue
        except mt.MachineTranslationError as error:
            logger.warning(
                "Machine translation %s→%s failed: %s", source, target, error
            )
            report.failed.append((source, target, str(error)))
            continue
        engine_names[(source, target)] = path
        for item, result in zip(items, results, strict=True):
            if item.field in kind.html_fields:
                item.result = sanitize_html(result)
            else:
                item.result = mt.html_to_plain(result).strip()
    done = [item for item in work if item.result]
    touched = {obj.pk for obj, *_rest in adopt} | {item.obj.pk for item in done}
    for pk in touched:
        _apply(
            kind,
            pk,
            [item for item in done if item.obj.pk == pk],
            [entry for entry in adopt if entry[0].pk == pk],
            engine_names,
            report,
        )
    if touched:
        _bump()
        transaction.on_commit(lambda: kind.changed(sorted(touched)))
    return report


@transaction.atomic
def _apply(kind: Kind, pk: int, items, adopt, engine_names, report: Report) -> None:
    """Write one object's machine translations, under its lock: a person's translation
    saved meanwhile, or a changed original, wins over what the engine made."""
    obj = kind.model._default_manager.select_for_update().get(pk=pk)
    content_type = _content_type(kind)
    rows = {
        (row.field, row.language): row for row in _rows(kind, [pk]).select_for_update()
    }
    now = timezone.now()
    columns = []
    for _obj, name, target, source, current in adopt:
        if (name, target) in rows or not getattr(obj, f"{name}_{target}"):
            continue
        TextTranslation.objects.create(
            content_type=content_type,
            object_id=pk,
            field=name,
            language=target,
            status=TranslationStatus.HUMAN,
            source_language=source,
            source_digest=current,
        )
        report.adopted += 1
    for item in items:
        if digest(kind.original_text(obj, item.field)) != item.digest:
            continue  # the original changed meanwhile: the next run translates it
        row = rows.get((item.field, item.target))
        column = f"{item.field}_{item.target}"
        engine = engine_names[(item.source, item.target)]
        if item.write and (row is None or row.status == TranslationStatus.MACHINE):
            if (getattr(obj, column) or "") != item.seen and row is None:
                continue  # a person wrote a text meanwhile, not through the editor
            setattr(obj, column, item.result)
            columns.append(column)
            TextTranslation.objects.update_or_create(
                content_type=content_type,
                object_id=pk,
                field=item.field,
                language=item.target,
                defaults={
                    "status": TranslationStatus.MACHINE,
                    "source_language": item.source,
                    "source_digest": item.digest,
                    "outdated": False,
                    "engine": engine,
                    "machine_text": "",
                    "translated_at": now,
                    "translated_by": None,
                    "reviewed_at": None,
                    "reviewed_by": None,
                },
            )
            report.written += 1
        elif row is not None and row.status != TranslationStatus.MACHINE:
            row.machine_text = item.result
            row.suggestion_digest = item.digest
            row.outdated = True
            row.engine = engine
            row.save(
                update_fields=[
                    "machine_text",
                    "suggestion_digest",
                    "outdated",
                    "engine",
                ]
            )
            report.suggested += 1
    _save_summary(kind, obj, columns)


def translation_languages(user) -> list[str]:
    """The languages `user` translates into, in the platform's order."""
    if not user.is_authenticated:
        return []
    if can_curate_translations(user):
        return list(LANGUAGE_CODES)
    mine = set(user.translator_roles.values_list("language", flat=True))
    return [code for code in LANGUAGE_CODES if code in mine]


def _as_stored(kind: Kind, name: str, text: str) -> str:
    text = (text or "").strip()
    if name in kind.html_fields:
        return sanitize_html(text_to_html(text))
    return text


def _record(kind, obj, field: str, language: str, values: dict) -> None:
    """Write what is known of one field's translation into `language` (its row)."""
    TextTranslation.objects.update_or_create(
        content_type=_content_type(kind),
        object_id=obj.pk,
        field=field,
        language=language,
        defaults=values,
    )


def _locked_translation(obj, language: str, person, in_original: str):
    """What a person's translation or review of `obj` into `language` starts from: its
    kind, the object locked, and its original language; refused where `person` may not
    translate into `language` or `language` is the original (`in_original` says so)."""
    if not can_translate(person, language):
        raise PermissionDenied
    kind = registered_kind(obj)
    obj = kind.model._default_manager.select_for_update().get(pk=obj.pk)
    original_language = kind.original_language(obj)
    if language == original_language:
        raise ValidationError(in_original)
    return kind, obj, original_language


@transaction.atomic
def translation_save(
    *, obj, language: str, texts: dict, translator, reviewed: bool = False
) -> object:
    """Save a person's translation of `obj` into `language` (only the given fields), as
    translated by `translator`, and reviewed by them if `reviewed`."""
    kind, obj, original_language = _locked_translation(
        obj,
        language,
        translator,
        _("This is the original text: edit it where it is written."),
    )
    unknown = set(texts) - set(kind.fields)
    if unknown:
        raise ValidationError(_("These fields cannot be translated here."))
    now = timezone.now()
    columns = []
    for name, text in texts.items():
        value = _as_stored(kind, name, text)
        original = kind.original_text(obj, name)
        if not original:
            continue
        setattr(obj, f"{name}_{language}", value)
        columns.append(f"{name}_{language}")
        defaults = {
            "status": TranslationStatus.REVIEWED
            if reviewed
            else TranslationStatus.HUMAN,
            "source_language": original_language,
            "source_digest": digest(original),
            "outdated": False,
            "engine": "",
            "machine_text": "",
            "translated_at": now,
            "translated_by": translator,
            "reviewed_at": now if reviewed else None,
            "reviewed_by": translator if reviewed else None,
        }
        if not value:
            _rows(kind, [obj.pk], language=language).filter(field=name).delete()
            continue
        _record(kind, obj, name, language, defaults)
    _save_summary(kind, obj, columns)
    _bump()
    transaction.on_commit(lambda: kind.changed([obj.pk]))
    return obj


@transaction.atomic
def translation_review(*, obj, language: str, reviewer) -> int:
    """Mark the translations of `obj` into `language` as reviewed by `reviewer`: they fit
    the current original (a machine's text becomes a reviewed one). Returns how many."""
    kind, obj, original_language = _locked_translation(
        obj,
        language,
        reviewer,
        _("This is the original text: there is nothing to review."),
    )
    rows = {row.field: row for row in _rows(kind, [obj.pk], language=language)}
    now = timezone.now()
    count = 0
    for name in kind.fields:
        original = kind.original_text(obj, name)
        if not original or not getattr(obj, f"{name}_{language}"):
            continue
        values = {
            "status": TranslationStatus.REVIEWED,
            "source_language": original_language,
            "source_digest": digest(original),
            "outdated": False,
            "machine_text": "",
            "reviewed_at": now,
            "reviewed_by": reviewer,
        }
        row = rows.get(name)
        if row is None:
            TextTranslation.objects.create(
                content_type=_content_type(kind),
                object_id=obj.pk,
                field=name,
                language=language,
                **values,
            )
        else:
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        count += 1
    _save_summary(kind, obj)
    _bump()
    transaction.on_commit(lambda: kind.changed([obj.pk]))
    return count


@transaction.atomic
def record_edits(*, obj, columns, editor) -> None:
    """Translated columns a person changed outside the editor (admin's language tabs):
    they are a person's translation now, and the original may have changed too."""
    kind = registered_kind(obj)
    original_language = kind.original_language(obj)
    now = timezone.now()
    for column in columns:
        name, _sep, language = column.rpartition("_")
        if name not in kind.fields or language not in LANGUAGE_CODES:
            continue
        if language == original_language:
            continue
        text = getattr(obj, column) or ""
        rows = _rows(kind, [obj.pk], language=language).filter(field=name)
        if not text:
            rows.delete()
            continue
        _record(
            kind,
            obj,
            name,
            language,
            {
                "status": TranslationStatus.HUMAN,
                "source_language": original_language,
                "source_digest": digest(kind.original_text(obj, name)),
                "outdated": False,
                "engine": "",
                "machine_text": "",
                "translated_at": now,
                "translated_by": editor,
                "reviewed_at": None,
                "reviewed_by": None,
            },
        )
    text_changed(obj=obj)


def translations_erase(queryset) -> int:
    """Forget the translation records of these objects (their texts are being erased,
    for instance with their author's account)."""
    kind = registered_kind(queryset.model)
    deleted, _counts = TextTranslation.objects.filter(
        content_type=_content_type(kind), object_id__in=queryset.values("pk")
    ).delete()
    return deleted


# The translators' queue and progress ----------------------------------------------------


STATES = ("missing", "machine", "outdated", "human", "reviewed")
STATE_LABELS = {
    "original": gettext_lazy("original"),
    "missing": gettext_lazy("not translated"),
    "machine": gettext_lazy("machine-translated"),
    "outdated": gettext_lazy("outdated"),
    "human": gettext_lazy("translated by a person"),
    "reviewed": gettext_lazy("reviewed"),
    "empty": gettext_lazy("nothing to translate"),
}


def _missing_q(kind: Kind, language: str) -> Q:
    """Objects with an original text in some field and nothing in `language`."""
    condition = Q()
    for source in LANGUAGE_CODES:
        if source == language:
            continue
        for name in kind.fields:
            condition |= (
                Q(original_language=source)
                & ~Q(**{f"{name}_{source}": ""})
                & Q(**{f"{name}_{source}__isnull": False})
                & (
                    Q(**{f"{name}_{language}": ""})
                    | Q(**{f"{name}_{language}__isnull": True})
                )
            )
    return condition


def _has_original_language_field(kind: Kind) -> bool:
    try:
        kind.model._meta.get_field("original_language")
    except Exception:
        return False
    return True


def queue_queryset(kind: Kind, language: str, state: str):
    """The public objects of `kind` whose texts in `language` are in `state`."""
    public = kind.public(kind.model._default_manager.all())
    if _has_original_language_field(kind):
        public = public.exclude(original_language=language)
    rows = _rows_of_kind(kind, language)
    if state == "missing":
        if _has_original_language_field(kind):
            return public.filter(_missing_q(kind, language))
        return public.filter(
            pk__in=[obj.pk for obj in public if _any_missing(kind, obj, language)]
        )
    if state == "outdated":
        return public.filter(pk__in=rows.filter(outdated=True).values("object_id"))
    if state == "machine":
        return public.filter(
            pk__in=rows.filter(status=TranslationStatus.MACHINE, outdated=False).values(
                "object_id"
            )
        )
    if state == "human":
        return public.filter(
            pk__in=rows.filter(status=TranslationStatus.HUMAN).values("object_id")
        ).exclude(
            pk__in=rows.exclude(status=TranslationStatus.HUMAN).values("object_id")
        )
    if state == "reviewed":
        return public.filter(
            pk__in=rows.filter(status=TranslationStatus.REVIEWED).values("object_id")
        ).exclude(
            pk__in=rows.exclude(status=TranslationStatus.REVIEWED).values("object_id")
        )
    raise ValueError(state)


def _rows_of_kind(kind: Kind, language: str):
    return TextTranslation.objects.filter(
        content_type=_content_type(kind), language=language
    )


def missing_in(obj, language: str) -> bool:
    """Whether a reader of `language` lacks a text of `obj` (an original is there and
    no translation into `language`)."""
    return _any_missing(registered_kind(obj), obj, language)


def _any_missing(kind: Kind, obj, language: str) -> bool:
    if kind.original_language(obj) == language:
        return False
    return any(
        kind.original_text(obj, name) and not getattr(obj, f"{name}_{language}")
        for name in kind.fields
    )


def summary_state(states: list[FieldState]) -> str:
    """One word for an object's texts in a language, the most urgent first."""
    relevant = [state for state in states if state.status != "empty"]
    if not relevant or relevant[0].status == "original":
        return "original"
    if any(state.status == "missing" for state in relevant):
        return "missing"
    if any(state.outdated for state in relevant):
        return "outdated"
    if any(state.status == TranslationStatus.MACHINE for state in relevant):
        return "machine"
    if all(state.status == TranslationStatus.REVIEWED for state in relevant):
        return "reviewed"
    return "human"


def progress(kind: Kind, language: str, *, exact: bool = True) -> dict:
    """How much of a kind's public objects a reader of `language` can read (in its
    language, by a person or a machine), and how much is reviewed or written in it.

    Exact (translators, admin): recomputed after any change of a translation. Else (the
    public list pages, which must stay fast at 100,000 practices): at most a few minutes
    old, whatever changed meanwhile."""
    version = cache.get("translations-version", 0) if exact else "recent"
    key = f"translation-progress:{kind.key}:{language}:{version}"
    figures = cache.get(key)
    if figures is not None:
        return figures
    public = kind.public(kind.model._default_manager.all())
    total = public.count()
    if _has_original_language_field(kind):
        originals = public.filter(original_language=language)
        others = public.exclude(original_language=language)
        missing = others.filter(_missing_q(kind, language)).count()
        rows = _rows_of_kind(kind, language)
        reviewed = (
            others.exclude(_missing_q(kind, language))
            .filter(pk__in=rows.values("object_id"))
            .exclude(
                pk__in=rows.filter(
                    Q(outdated=True) | ~Q(status=TranslationStatus.REVIEWED)
                ).values("object_id")
            )
            .count()
        )
        figures = {
            "total": total,
            "readable": total - missing,
            "reviewed": reviewed + originals.count(),
        }
    else:
        objects = list(public)
        missing = sum(_any_missing(kind, obj, language) for obj in objects)
        figures = {"total": total, "readable": total - missing, "reviewed": None}
    cache.set(key, figures, PROGRESS_SECONDS)
    return figures


def machine_translate_all(*, engines=None, kinds_keys=None) -> dict[str, Report]:
    """Every public object of every kind (the demo, a new engine, a backfill)."""
    reports = {}
    for kind in kinds():
        if kinds_keys and kind.key not in kinds_keys:
            continue
        ids = list(
            kind.public(kind.model._default_manager.all()).values_list("pk", flat=True)
        )
        reports[kind.key] = machine_translate(
            kind_key=kind.key, ids=ids, engines=engines
        )
    return reports
