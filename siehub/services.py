"""The notification outbox: write mail in the transaction of its cause, deliver after commit."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Notification

logger = logging.getLogger(__name__)

# A claimed row whose sender died is offered again after this long.
CLAIM_LEASE = timedelta(minutes=10)
# The sweep leaves fresh rows to the task queued on commit.
SWEEP_GRACE = timedelta(minutes=1)


def absolute_url(path: str) -> str:
    return path if "://" in path else f"{settings.SITE_URL}{path}"


def _plain_context(context: dict) -> dict:
    """What of the rendering context is kept on the row, for the audit trail."""
    kept = {}
    for key, value in context.items():
        if value is None or isinstance(value, str | int | float | bool):
            kept[key] = value
        elif hasattr(value, "_meta") and getattr(value, "pk", None) is not None:
            kept[key] = f"{value._meta.label_lower}:{value.pk}"
    return kept


def _queue_delivery(notification_id: int) -> None:
    from .tasks import deliver_notification

    deliver_notification.delay(notification_id)


def _queue_after_commit(notification: Notification) -> None:
    pk = notification.pk

    def queue_delivery():
        _queue_delivery(pk)

    # robust: a broker outage must not fail the request; the sweep delivers later.
    transaction.on_commit(queue_delivery, robust=True)


@transaction.atomic
def notify(
    recipient, kind: str, *, link: str = "", attachments=(), **context
) -> Notification:
    """Write a notification for `recipient`, rendered in their language; send after commit.

    Templates: emails/<kind>_subject.txt, emails/<kind>.txt and emails/<kind>.html.
    `attachments`: (filename, text content, mimetype) triples sent with the mail.
    """
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    full_context = {
        **context,
        "recipient": recipient,
        "site_url": settings.SITE_URL,
        "link": absolute_url(link) if link else "",
    }
    with translation.override(language):
        subject = " ".join(
            render_to_string(f"emails/{kind}_subject.txt", full_context).split()
        )
        body_text = render_to_string(f"emails/{kind}.txt", full_context).strip()
        body_html = render_to_string(f"emails/{kind}.html", full_context)
    notification = Notification.objects.create(
        recipient=recipient,
        to_email=recipient.email,
        kind=kind,
        language=language,
        context=_plain_context(context),
        subject=subject[:250],
        body_text=body_text,
        body_html=body_html,
        link=link,
        attachments=[
            {"filename": name, "content": content, "mimetype": mimetype}
            for name, content, mimetype in attachments
        ],
    )
    _queue_after_commit(notification)
    return notification


@transaction.atomic
def enqueue_email(
    *,
    to_email: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    kind: str,
    recipient=None,
    secret: bool = False,
) -> Notification:
    """Queue an already rendered email (account mail) through the same outbox."""
    notification = Notification.objects.create(
        recipient=recipient,
        to_email=to_email,
        kind=kind,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        subject=subject[:250],
        body_text=body_text,
        body_html=body_html,
        show_on_site=False,
        erase_after_sending=secret,
    )
    _queue_after_commit(notification)
    return notification


def notification_deliver(*, notification_id: int) -> bool:
    """Send one notification at most once; False when it was sent or is being sent.

    A conditional UPDATE claims the row, so two workers never both send it. A failure
    releases the claim, records the error and re-raises for the caller's retry.
    """
    now = timezone.now()
    claimed = (
        Notification.objects.deliverable()
        .filter(pk=notification_id)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_LEASE))
        .update(claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return False
    notification = Notification.objects.get(pk=notification_id)
    message = EmailMultiAlternatives(
        subject=notification.subject,
        body=notification.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.to_email],
    )
    if notification.body_html:
        message.attach_alternative(notification.body_html, "text/html")
    for attachment in notification.attachments:
        message.attach(
            attachment["filename"], attachment["content"], attachment["mimetype"]
        )
    try:
        message.send()
    except Exception as exc:
        Notification.objects.filter(pk=notification_id).update(
            claimed_at=None, last_error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        raise
    done = {"sent_at": timezone.now(), "claimed_at": None, "last_error": ""}
    if notification.erase_after_sending:
        done.update(body_text="", body_html="")
    Notification.objects.filter(pk=notification_id).update(**done)
    return True


def notification_sweep(*, limit: int = 500, grace: timedelta = SWEEP_GRACE) -> int:
    """Deliver what is left unsent (after a broker outage or a failed send); return the count."""
    now = timezone.now()
    pending = list(
        Notification.objects.deliverable()
        .filter(created_at__lte=now - grace)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_LEASE))
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for pk in pending:
        try:
            sent += notification_deliver(notification_id=pk)
        except Exception:
            logger.exception("Outbox sweep could not send notification %s", pk)
    return sent


def notifications_mark_read(*, user) -> int:
    """Mark all of a member's notifications read; return how many changed."""
    return Notification.objects.for_user(user).unread().update(read_at=timezone.now())
