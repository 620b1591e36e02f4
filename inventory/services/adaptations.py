"""Adaptations: drafting, editing, their outcomes and moderation transitions."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from siehub import events, translating

from ..models import (
    Adaptation,
    OutcomeIndicator,
    Practice,
    Status,
)
from ..permissions import can_report_outcomes
from .workflow import (
    apply_texts,
    clean_section,
    revision_record,
    revision_snapshot,
    set_translated,
    title_in,
    transition,
)

# What the author sets besides the texts (the form's fields too).
ADAPTATION_PLAIN_FIELDS = ("school", "period", "video_url", "no_personal_data")


def _apply_adaptation_data(adaptation: Adaptation, data: dict) -> None:
    apply_texts(adaptation, data, ADAPTATION_PLAIN_FIELDS)


@transaction.atomic
def adaptation_create(*, practice: Practice, author, data: dict) -> Adaptation:
    """Start an adaptation of a published practice as the author's draft."""
    if practice.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published practice can be adapted."))
    school = data.get("school") or author.organisation
    if school is None:
        raise ValidationError(
            _("Choose the school or organisation that adapted the practice.")
        )
    if school.pk == practice.organisation_id:
        raise ValidationError(
            _(
                "An adaptation is made by another school than the one that wrote the practice."
            )
        )
    adaptation = Adaptation(practice=practice, author=author, status=Status.DRAFT)
    _apply_adaptation_data(adaptation, {**data, "school": school})
    language = adaptation.original_language
    if not getattr(adaptation, f"title_{language}"):
        set_translated(adaptation, "title", language, title_in(practice, language))
    adaptation.save()
    return adaptation


@transaction.atomic
def adaptation_update(*, adaptation: Adaptation, editor, data: dict) -> Adaptation:
    """Save the author's edit of an adaptation that is a draft or was returned."""
    adaptation = Adaptation.objects.select_for_update().get(pk=adaptation.pk)
    if adaptation.author_id != editor.pk:
        raise PermissionDenied
    if not adaptation.is_editable:
        raise ValidationError(_("This adaptation can no longer be edited."))
    _apply_adaptation_data(adaptation, data)
    adaptation.save()
    return adaptation


@transaction.atomic
def adaptation_report_outcomes(
    *, adaptation: Adaptation, author, data: dict
) -> Adaptation:
    """Add what came of a published adaptation (results, lessons learned, period) in its
    original language: no new review, but the change is recorded for the curators."""
    adaptation = Adaptation.objects.select_for_update().get(pk=adaptation.pk)
    if not can_report_outcomes(author, adaptation):
        raise PermissionDenied
    before = revision_snapshot(adaptation)
    language = adaptation.original_language
    for section in Adaptation.OUTCOME_SECTIONS:
        if section in data:
            set_translated(adaptation, section, language, clean_section(data[section]))
    for field in Adaptation.OUTCOME_FIELDS:
        if field in data:
            setattr(adaptation, field, " ".join((data[field] or "").split()))
    if not (getattr(adaptation, f"results_{language}") or "").strip():
        raise ValidationError(_("A published adaptation keeps its results."))
    adaptation.save()
    revision_record(obj=adaptation, editor=author, before=before)
    translating.text_changed(obj=adaptation)
    return adaptation


@transaction.atomic
def adaptation_report_indicators(
    *, adaptation: Adaptation, author, figures: dict[str, dict | None]
) -> list[OutcomeIndicator]:
    """Set the indicators an adaptation's school reports ({indicator: fields}, None to
    remove one): validated by the model's rules, recorded for the curators like the
    other outcomes. Returns the indicators now reported."""
    adaptation = Adaptation.objects.select_for_update().get(pk=adaptation.pk)
    if not can_report_outcomes(author, adaptation):
        raise PermissionDenied
    reported = {item.indicator: item for item in adaptation.indicators.all()}
    for indicator, fields in figures.items():
        current = reported.get(indicator)
        if fields is None:
            if current is not None:
                current.delete()
                reported.pop(indicator)
            continue
        item = current or OutcomeIndicator(adaptation=adaptation, indicator=indicator)
        for name, value in fields.items():
            setattr(item, name, value)
        item.full_clean(exclude=["adaptation"])
        item.save()
        reported[indicator] = item
    events.publication_changed.send(sender=OutcomeIndicator)
    return sorted(reported.values(), key=lambda item: item.indicator)


@transaction.atomic
def adaptation_submit(*, adaptation: Adaptation, author) -> Adaptation:
    """Send a complete adaptation to the curators."""
    return transition(adaptation, actor=author, to_status=Status.SUBMITTED)


@transaction.atomic
def adaptation_publish(
    *, adaptation: Adaptation, curator, note: str = ""
) -> Adaptation:
    """Publish a submitted adaptation; the practice's count follows."""
    return transition(adaptation, actor=curator, to_status=Status.PUBLISHED, note=note)


@transaction.atomic
def adaptation_request_changes(
    *, adaptation: Adaptation, curator, note: str
) -> Adaptation:
    """Return a submitted adaptation with the changes needed."""
    return transition(
        adaptation, actor=curator, to_status=Status.CHANGES_REQUESTED, note=note
    )


@transaction.atomic
def adaptation_reject(*, adaptation: Adaptation, curator, note: str = "") -> Adaptation:
    """Decline a submitted adaptation."""
    return transition(adaptation, actor=curator, to_status=Status.REJECTED, note=note)
