"""The notification outbox: write mail in the transaction of its cause, deliver after commit."""

import logging
import smtplib
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.apps import apps
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
# The longest a mail waits for the machine translation of the text it quotes (the task
# takes seconds); then it goes out with the text as it was written.
TRANSLATION_WAIT = timedelta(minutes=10)


def absolute_url(path: str) -> str:
    return path if "://" in path else f"{settings.SITE_URL}{path}"


def _is_plain(value) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _is_object(value) -> bool:
    return hasattr(value, "_meta") and getattr(value, "pk", None) is not None


def _reference(obj) -> str:
    return f"{obj._meta.concrete_model._meta.label_lower}:{obj.pk}"


def _plain_context(context: dict) -> dict:
    """What of the rendering context is kept on the row, for the audit trail and to
    render a held mail again: plain values, and objects as {"object": "app.model:pk"}."""
    kept = {}
    for key, value in context.items():
        if _is_plain(value):
            kept[key] = value
        elif _is_object(value):
            kept[key] = {"object": _reference(value)}
    return kept


def _loaded_context(kept: dict) -> dict:
    """The rendering context again from `_plain_context`, the objects read afresh
    (raises when one of them is gone)."""
    context = {}
    for key, value in kept.items():
        if isinstance(value, dict) and set(value) == {"object"}:
            label, _colon, pk = value["object"].rpartition(":")
            model = apps.get_model(label)
            context[key] = model._base_manager.get(pk=pk)
        else:
            context[key] = value
    return context


def _render(kind: str, recipient, language: str, link: str, context: dict):
    """Subject, text and HTML of a mail, in `language`."""
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
    return subject[:250], body_text, body_html


def _awaits_translation(obj, language: str) -> bool:
    """Whether a machine translation of `obj` into `language` is on its way: it lacks
    a text there, and an engine reaches `language` from its original (directly or
    through other languages; False where machine translation is off)."""
    from . import machine_translation, translating

    kind = translating.kind_of(obj)
    if kind is None or kind.original_language(obj) == language:
        return False
    if not translating.missing_in(obj, language):
        return False
    return machine_translation.route(kind.original_language(obj), language) is not None


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
    recipient, kind: str, *, link: str = "", attachments=(), awaiting=None, **context
) -> Notification:
    """Write a notification for `recipient`, rendered in their language; send after commit.

    Templates: emails/<kind>_subject.txt, emails/<kind>.txt and emails/<kind>.html.
    `attachments`: (filename, text content, mimetype) triples sent with the mail.

    `awaiting`: the object whose text the mail quotes, just published or changed (a
    community post, an adaptation), whose machine translation into other languages was
    scheduled in this transaction; the other objects of the context are read afresh
    and its plain values kept. Where that translation is on its way into the
    recipient's language, the mail is written now, as always, but held: the translation
    task renders it again with the machine's text and sends it (`notifications_release`).
    If the task fails or never runs (a broker outage, a dead worker), the sweep sends
    the mail as written, with the original text, once TRANSLATION_WAIT has passed. So
    no mail is lost, no request waits for an engine, and readers of a language that no
    engine reaches, or where machine translation is off, get their mail at once.
    """
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    subject, body_text, body_html = _render(kind, recipient, language, link, context)
    held = (
        awaiting is not None
        and all(_is_plain(value) or _is_object(value) for value in context.values())
        and _awaits_translation(awaiting, language)
    )
    notification = Notification.objects.create(
        recipient=recipient,
        to_email=recipient.email,
        kind=kind,
        language=language,
        context=_plain_context(context),
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        link=link,
        attachments=[
            {"filename": name, "content": content, "mimetype": mimetype}
            for name, content, mimetype in attachments
        ],
        held_until=timezone.now() + TRANSLATION_WAIT if held else None,
        awaiting=_reference(awaiting) if held else "",
    )
    if not held:
        _queue_after_commit(notification)
    return notification


def notifications_release(*, model, ids) -> int:
    """Send the mail held for the machine translation of these objects (of `model`),
    rendered again with the texts they have now; return how many. Called by the
    translation task once it ran, whether or not the engine succeeded."""
    references = [f"{model._meta.concrete_model._meta.label_lower}:{pk}" for pk in ids]
    held = Notification.objects.filter(
        awaiting__in=references, held_until__isnull=False, sent_at__isnull=True
    ).values_list("pk", flat=True)
    released = 0
    for pk in list(held):
        released += _release(pk)
    return released


@transaction.atomic
def _release(notification_id: int) -> bool:
    notification = (
        Notification.objects.select_for_update(of=("self",))
        .select_related("recipient")
        .filter(pk=notification_id, held_until__isnull=False, sent_at__isnull=True)
        .first()
    )
    if notification is None:
        return False  # released by another run, or sent by the sweep meanwhile
    fields = ["held_until"]
    try:
        rendered = _render(
            notification.kind,
            notification.recipient,
            notification.language,
            notification.link,
            _loaded_context(notification.context),
        )
    except Exception:
        # What was written with the text, in its original language, still goes out.
        logger.exception("Held notification %s not rendered again", notification_id)
    else:
        (notification.subject, notification.body_text, notification.body_html) = (
            rendered
        )
        fields += ["subject", "body_text", "body_html"]
    notification.held_until = None
    notification.save(update_fields=fields)
    _queue_after_commit(notification)
    return True


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


def retry_delay(attempts: int) -> timedelta:
    """How long a notification waits after its `attempts`-th failed send: from
    OUTBOX_RETRY_SECONDS, doubling, to OUTBOX_RETRY_MAX_SECONDS."""
    seconds = settings.OUTBOX_RETRY_SECONDS * 2 ** min(max(attempts - 1, 0), 20)
    return timedelta(seconds=min(seconds, settings.OUTBOX_RETRY_MAX_SECONDS))


def notification_deliver(*, notification_id: int) -> bool:
    """Send one notification at most once; False when it was sent, is being sent or is
    not due yet.

    A conditional UPDATE claims the row, so two workers never both send it. A failure
    releases the claim, records the error, sets when the next attempt is due (the
    back-off grows with the attempts, whoever makes them: the task's retries, the
    sweeps, a curator) and re-raises for the caller.
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
    except Exception as exc:  # a task's soft time limit included
        Notification.objects.filter(pk=notification_id).update(
            claimed_at=None,
            last_error=f"{type(exc).__name__}: {exc}"[:2000],
            next_attempt_at=timezone.now() + retry_delay(notification.attempts),
        )
        raise
    done = {
        "sent_at": timezone.now(),
        "claimed_at": None,
        "last_error": "",
        "next_attempt_at": None,
    }
    if notification.erase_after_sending:
        done.update(body_text="", body_html="")
    Notification.objects.filter(pk=notification_id).update(**done)
    return True


# Failures of the mail server rather than of one message: the sweep stops at one, and
# what it did not try keeps its attempts for when the server is back.
SERVER_FAILURES = (
    ConnectionError,
    TimeoutError,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPAuthenticationError,
    smtplib.SMTPSenderRefused,
)


def notification_sweep(*, limit: int = 500, grace: timedelta = SWEEP_GRACE) -> int:
    """Deliver what is left unsent and due (after a broker outage or a failed send);
    return the count. Stops at the first failure of the mail server itself, so a server
    that is down costs one attempt of one notification per sweep, and a hung one one
    EMAIL_TIMEOUT."""
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
        except SoftTimeLimitExceeded:
            raise  # the task's time is up: the next sweep goes on
        except SERVER_FAILURES:
            logger.exception(
                "Outbox sweep stopped: the mail server failed sending notification %s",
                pk,
            )
            break
        except Exception:
            logger.exception("Outbox sweep could not send notification %s", pk)
    return sent


def notifications_mark_read(*, user) -> int:
    """Mark all of a member's notifications read; return how many changed."""
    return Notification.objects.for_user(user).unread().update(read_at=timezone.now())
