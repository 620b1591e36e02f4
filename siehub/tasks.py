import logging

from celery import shared_task
from django.utils import timezone

from . import services
from .models import Notification

logger = logging.getLogger(__name__)


# A send waits EMAIL_TIMEOUT at most for each answer of the mail server; the limits end
# one that a server drips out answer by answer, so it cannot hold a worker for long.
@shared_task(
    bind=True, max_retries=5, acks_late=True, soft_time_limit=60, time_limit=90
)
def deliver_notification(self, notification_id: int) -> bool:
    """Send one outbox row; on failure retry when its back-off is over (the first few
    times; then the sweep)."""
    try:
        return services.notification_deliver(notification_id=notification_id)
    except Exception as exc:
        if self.request.is_eager:
            # In-process mode has no queue to wait in: the periodic sweep retries.
            logger.warning("Notification %s not sent: %s", notification_id, exc)
            return False
        due = (
            Notification.objects.filter(pk=notification_id)
            .values_list("next_attempt_at", flat=True)
            .first()
        )
        wait = (due - timezone.now()).total_seconds() if due else 0
        raise self.retry(exc=exc, countdown=max(1, wait + 1)) from exc


# Beat starts one every OUTBOX_SWEEP_SECONDS (300); one cut short leaves the rest to the next.
@shared_task(soft_time_limit=240, time_limit=270)
def sweep_outbox() -> int:
    """Periodic (beat): send whatever the outbox still holds unsent and due."""
    return services.notification_sweep()


@shared_task(acks_late=True, soft_time_limit=120, time_limit=180)
def render_certificate(certificate_id: int) -> bool:
    """Render the PDF of one certificate; a second run of the same one does nothing."""
    from . import certificates

    try:
        return certificates.certificate_render(certificate_id=certificate_id)
    except Exception:
        # The download page asks for the PDF again; log it for the curators.
        logger.exception("Certificate %s could not be rendered", certificate_id)
        return False


@shared_task(acks_late=True, soft_time_limit=600, time_limit=660)
def machine_translate_objects(kind_key: str, ids: list[int]) -> dict:
    """Machine-translate these objects (after publication, after a change of an
    original), then send the mail that waited for their translation (with the
    machine's text, or as written if the engine failed); safe to run twice: what is up
    to date is left alone."""
    from . import translating

    try:
        report = translating.machine_translate(kind_key=kind_key, ids=ids)
    finally:
        services.notifications_release(
            model=translating.REGISTRY[kind_key].model, ids=ids
        )
    if report.no_path:
        logger.info(
            "No machine translation path for %s",
            ", ".join(f"{s}→{t}" for s, t in sorted(report.no_path)),
        )
    return {"written": report.written, "suggested": report.suggested}


@shared_task(acks_late=True, soft_time_limit=120, time_limit=180)
def picture_renditions(label: str, pk: int) -> list[int]:
    """Make the WebP and JPEG widths of one picture (siehub.pictures)."""
    from . import pictures

    return pictures.renditions_make(label=label, pk=pk)


@shared_task(soft_time_limit=600, time_limit=660)
def sweep_pictures() -> int:
    """Periodic (beat): the renditions no task made."""
    from . import pictures

    return pictures.renditions_sweep()
