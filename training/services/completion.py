"""Completing a module: the certificate of completion (issued once, in the member's
language, mailed with its download link and its verification address) and the member's
feedback, whose results the coordinators read per module, without names.

`enrolment_certify` is called when an enrolment becomes complete (training.services.
learning); calling it again returns the same certificate and mails nothing.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from siehub.certificates import certificate_issue, certificate_verify_url
from siehub.i18n import translated_field
from siehub.models import Certificate, CertificateKind
from siehub.services import notify

from ..models import Enrolment, Feedback, Module

RATINGS = (1, 2, 3, 4, 5)
COMMENT_MAX_LENGTH = 3000


# Certificate of completion ----------------------------------------------------------------


def certificate_source(enrolment: Enrolment) -> str:
    return f"training.enrolment:{enrolment.pk}"


def _certificate_details(enrolment: Enrolment, *, units: int) -> dict:
    """What the certificate states besides the title (see siehub.certificates)."""
    completed_on = timezone.localdate(enrolment.completed_at)
    return {
        "started_on": timezone.localdate(enrolment.started_at).isoformat(),
        "completed_on": completed_on.isoformat(),
        # The exact estimated time: "55 minutes", "1 hour 30 minutes".
        "minutes": enrolment.module.duration_minutes,
        "units": units,
        "score": enrolment.score,
    }


@transaction.atomic
def enrolment_certify(*, enrolment: Enrolment) -> Certificate:
    """Issue the certificate of completion of a completed enrolment once, in the
    member's language, link it to the enrolment and mail the member; a second call
    returns the same certificate and mails nothing."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("module", "user", "certificate")
        .get(pk=enrolment.pk)
    )
    if enrolment.completed_at is None:
        raise ValidationError(
            _(
                "A certificate of completion is issued once the module is complete: "
                "every unit done and the self-assessment passed."
            ),
            code="not_completed",
        )
    if enrolment.certificate is not None:
        return enrolment.certificate
    user = enrolment.user
    module = enrolment.module
    language = user.preferred_language
    units = module.units.count()
    with translation.override(language):
        certificate = certificate_issue(
            kind=CertificateKind.COMPLETION,
            source=certificate_source(enrolment),
            holder=user,
            # Never the email address: the verification page is public.
            holder_name=user.get_full_name() or user.public_name,
            title=translated_field(module, "title", language)["value"],
            details=_certificate_details(enrolment, units=units),
            language=language,
        )
        link = reverse("training:certificate-download", kwargs={"slug": module.slug})
    Enrolment.objects.filter(pk=enrolment.pk).update(certificate=certificate)
    enrolment.certificate = certificate
    notify(
        user,
        "training_certificate",
        link=link,
        module=module,
        certificate=certificate,
        module_title=certificate.title,
        verify_url=certificate_verify_url(certificate, language),
    )
    return certificate


# Feedback ---------------------------------------------------------------------------------


def feedback_refusal(enrolment: Enrolment | None) -> tuple[str, str] | None:
    """Why the member cannot send feedback on the module (a code and a message), or None.

    Codes: not_enrolled, not_completed, already_sent.
    """
    if enrolment is None:
        return "not_enrolled", _(
            "Only members who followed and completed the module can give feedback on "
            "it. Enrol in the module first."
        )
    if enrolment.completed_at is None:
        return "not_completed", _(
            "You can give feedback once you have completed the module. Please come "
            "back when every unit is done."
        )
    if Feedback.objects.filter(enrolment=enrolment).exists():
        return "already_sent", _(
            "You have already sent your feedback on this module. Thank you!"
        )
    return None


def _clean_feedback(data) -> dict:
    errors = {}
    raw_rating = data.get("rating")
    try:
        rating = int(str(raw_rating).strip())
    except (TypeError, ValueError):
        rating = None
    if rating not in RATINGS:
        errors["rating"] = _("Choose a rating from 1 to 5.")
    comment = str(data.get("comment") or "").strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        errors["comment"] = _(
            "Please keep the comments under %(limit)d characters."
        ) % {"limit": COMMENT_MAX_LENGTH}
    if errors:
        raise ValidationError(errors)
    return {"rating": rating, "comment": comment}


@transaction.atomic
def feedback_submit(*, enrolment: Enrolment, data) -> Feedback:
    """Record the member's feedback (a rating 1 to 5 and optional comments) on a module
    they completed, once per enrolment."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    refusal = feedback_refusal(enrolment)
    if refusal is not None:
        code, message = refusal
        raise ValidationError(message, code=code)
    fields = _clean_feedback(data)
    try:
        # A savepoint: the one-to-one decides between two tabs sending at once.
        with transaction.atomic():
            return Feedback.objects.create(enrolment=enrolment, **fields)
    except IntegrityError:
        raise ValidationError(
            _("You have already sent your feedback on this module. Thank you!"),
            code="already_sent",
        ) from None


# Results for the coordinators -------------------------------------------------------------


def feedback_summary(module: Module) -> dict:
    """A module's results, anonymous: enrolments, completions and the average score in
    one aggregate query, the feedback's number, average and distribution (1 to 5) in
    another, and the comments without names, sorted by their text so that nothing pairs
    a comment with a member or with the order in which they answered."""
    enrolments = Enrolment.objects.filter(module=module).aggregate(
        count=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        average_score=Avg("score", filter=Q(completed_at__isnull=False)),
    )
    feedback = Feedback.objects.filter(enrolment__module=module)
    aggregates = {"count": Count("pk"), "average": Avg("rating")}
    for value in RATINGS:
        aggregates[f"rated_{value}"] = Count("pk", filter=Q(rating=value))
    totals = feedback.aggregate(**aggregates)
    count = totals["count"]
    distribution = [
        {
            "value": value,
            "count": totals[f"rated_{value}"],
            "percent": round(100 * totals[f"rated_{value}"] / count) if count else 0,
        }
        for value in RATINGS
    ]
    comments = []
    if count:
        comments = sorted(
            (
                comment.strip()
                for comment in feedback.values_list("comment", flat=True)
                if comment.strip()
            ),
            key=str.casefold,
        )
    return {
        "enrolments": enrolments["count"],
        "completed": enrolments["completed"],
        "average_score": enrolments["average_score"],
        "feedback_count": count,
        "average_rating": totals["average"],
        "distribution": distribution,
        "comments": comments,
    }
