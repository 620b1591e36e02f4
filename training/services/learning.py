"""Learning: a member enrols in a published module, opens and completes its units,
answers its self-assessment questions; the module is complete when every unit is
complete and the self-assessment (if any) reaches the module's pass mark."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import (
    Answer,
    Choice,
    Enrolment,
    Module,
    ModuleStatus,
    Question,
    Unit,
    UnitProgress,
)


@dataclass(frozen=True)
class AnswerResult:
    """The feedback on one answered question."""

    question: Question
    choice: Choice
    is_correct: bool


def _check_unit(enrolment: Enrolment, unit: Unit) -> None:
    if unit.module_id != enrolment.module_id:
        raise ValidationError(_("This unit is not part of the module you follow."))


@transaction.atomic
def enrolment_start(*, module: Module, user) -> Enrolment:
    """Enrol `user` in a published module; enrolling again returns the same enrolment."""
    if module.status != ModuleStatus.PUBLISHED:
        raise ValidationError(_("This module is not open for enrolment."))
    enrolment, _created = Enrolment.objects.get_or_create(user=user, module=module)
    return enrolment


@transaction.atomic
def unit_open(*, enrolment: Enrolment, unit: Unit) -> Enrolment:
    """Remember `unit` as the last one opened, where the member resumes."""
    _check_unit(enrolment, unit)
    now = timezone.now()
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_unit=unit, last_activity_at=now
    )
    enrolment.last_unit = unit
    enrolment.last_activity_at = now
    return enrolment


def unanswered_questions(enrolment: Enrolment, unit: Unit) -> int:
    """How many self-assessment questions of `unit` the member has not answered yet."""
    return (
        Question.objects.filter(unit=unit).exclude(answers__enrolment=enrolment).count()
    )


@transaction.atomic
def unit_complete(*, enrolment: Enrolment, unit: Unit) -> Enrolment:
    """Mark `unit` complete (once), only when every one of its self-assessment
    questions is answered, and complete the module if that was the last step."""
    _check_unit(enrolment, unit)
    already = UnitProgress.objects.filter(enrolment=enrolment, unit=unit).exists()
    if not already and unanswered_questions(enrolment, unit):
        raise ValidationError(
            _(
                "Please answer every self-assessment question of this unit before "
                "you mark it complete."
            ),
            code="unanswered",
        )
    UnitProgress.objects.get_or_create(enrolment=enrolment, unit=unit)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=timezone.now())
    return enrolment_check_completion(enrolment=enrolment)


@transaction.atomic
def answers_submit(
    *, enrolment: Enrolment, unit: Unit, choices: dict[int, int]
) -> dict[int, AnswerResult]:
    """Record the member's answer to every question of `unit` (the latest counts) and
    return, per question id, whether it was right; the module may complete."""
    _check_unit(enrolment, unit)
    questions = {q.pk: q for q in unit.questions.prefetch_related("choices")}
    if not questions:
        raise ValidationError(_("This unit has no self-assessment questions."))
    if set(choices) != set(questions):
        raise ValidationError(_("Please answer every question."))
    results = {}
    for question_id, question in questions.items():
        by_id = {choice.pk: choice for choice in question.choices.all()}
        choice = by_id.get(choices[question_id])
        if choice is None:
            raise ValidationError(
                _("That answer is not one of the choices of the question.")
            )
        Answer.objects.update_or_create(
            enrolment=enrolment,
            question=question,
            defaults={"choice": choice, "is_correct": choice.is_correct},
        )
        results[question_id] = AnswerResult(question, choice, choice.is_correct)
    score = enrolment_score(enrolment)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        score=score, last_activity_at=timezone.now()
    )
    enrolment.score = score
    enrolment_check_completion(enrolment=enrolment)
    return results


def enrolment_score(enrolment: Enrolment) -> int | None:
    """The percentage (rounded down) of the module's questions answered right; None
    when the module has no questions."""
    total = Question.objects.filter(unit__module_id=enrolment.module_id).count()
    if not total:
        return None
    right = Answer.objects.filter(
        enrolment=enrolment,
        is_correct=True,
        question__unit__module_id=enrolment.module_id,
    ).count()
    return right * 100 // total


def units_done(enrolment: Enrolment) -> tuple[int, int]:
    """How many units of the module the member completed, and how many there are."""
    total = Unit.objects.filter(module_id=enrolment.module_id).count()
    done = UnitProgress.objects.filter(
        enrolment=enrolment, unit__module_id=enrolment.module_id
    ).count()
    return done, total


@transaction.atomic
def enrolment_check_completion(*, enrolment: Enrolment) -> Enrolment:
    """Complete the enrolment (once) when every unit is done and the score reaches the
    pass mark, and have its certificate issued."""
    # Locked so that two requests finishing the last steps at once complete it once.
    locked = (
        Enrolment.objects.select_for_update()
        .select_related("module")
        .get(pk=enrolment.pk)
    )
    if locked.completed_at is not None:
        return locked
    done, total = units_done(locked)
    if not total or done < total:
        return locked
    score = enrolment_score(locked)
    if score is not None and score < locked.module.pass_mark:
        return locked
    locked.score = score
    locked.completed_at = timezone.now()
    locked.save(update_fields=["score", "completed_at", "last_activity_at"])
    # COMPLETION's service issues the certificate in the member's language and mails it.
    from .completion import enrolment_certify

    enrolment_certify(enrolment=locked)
    locked.refresh_from_db()
    return locked
