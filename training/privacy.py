"""What the training modules hold about a member, for their export and their account
deletion (the hook that network.services.privacy finds in every app).

On deletion the member's answers and unit progress go. Feedback stays as a rating
without its comments: the pilots' statistics per module count it, and it no longer says
anything about the member. An enrolment that holds a certificate of completion stays
(the certificate stays verifiable: see siehub.privacy), and so does one that carries a
rating (the rating counts for its module); the others are deleted. They point at the
member's row, which network.services.privacy keeps anonymised.
"""

from django.db.models import Prefetch

from .models import Answer, Enrolment, Feedback, UnitProgress


def export(user) -> dict:
    """The member's enrolments (with the units completed), answers and feedback."""
    enrolments = (
        Enrolment.objects.filter(user=user)
        .select_related("module", "last_unit", "certificate")
        .prefetch_related(
            Prefetch(
                "progress",
                queryset=UnitProgress.objects.select_related("unit").order_by(
                    "completed_at", "pk"
                ),
            )
        )
        .order_by("started_at", "pk")
    )
    answers = (
        Answer.objects.filter(enrolment__user=user)
        .select_related("enrolment__module", "question", "choice")
        .order_by("answered_at", "pk")
    )
    feedback = (
        Feedback.objects.filter(enrolment__user=user)
        .select_related("enrolment__module")
        .order_by("created_at", "pk")
    )
    return {
        "enrolments": [
            {
                "module": {
                    "title": enrolment.module.title,
                    "slug": enrolment.module.slug,
                },
                "started_at": enrolment.started_at,
                "last_activity_at": enrolment.last_activity_at,
                "last_unit": enrolment.last_unit.title if enrolment.last_unit else None,
                "completed_at": enrolment.completed_at,
                "score": enrolment.score,
                "certificate": enrolment.certificate.code
                if enrolment.certificate
                else None,
                "units_completed": [
                    {
                        "position": progress.unit.position,
                        "title": progress.unit.title,
                        "completed_at": progress.completed_at,
                    }
                    for progress in enrolment.progress.all()
                ],
            }
            for enrolment in enrolments
        ],
        "answers": [
            {
                "module": answer.enrolment.module.slug,
                "question": answer.question.text,
                "answer": answer.choice.text,
                "right": answer.is_correct,
                "answered_at": answer.answered_at,
            }
            for answer in answers
        ],
        "feedback": [
            {
                "module": row.enrolment.module.slug,
                "rating": row.rating,
                "comment": row.comment,
                "sent_at": row.created_at,
            }
            for row in feedback
        ],
    }


def erase(user, *, remove_published: bool) -> None:
    """Delete the member's answers and unit progress, blank their feedback comments
    (ratings stay); delete the enrolments that hold neither a certificate nor a
    rating."""
    Answer.objects.filter(enrolment__user=user).delete()
    UnitProgress.objects.filter(enrolment__user=user).delete()
    Feedback.objects.filter(enrolment__user=user).exclude(comment="").update(comment="")
    Enrolment.objects.filter(
        user=user, certificate__isnull=True, feedback__isnull=True
    ).delete()
