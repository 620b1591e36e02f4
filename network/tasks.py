"""Background work of the network: the daily digest of community posts (Celery beat)."""

from celery import shared_task

from .services import communities


@shared_task(acks_late=True)
def send_community_digests() -> int:
    """Daily (beat): one digest per member who chose it; a second run sends nothing new."""
    return communities.community_digests_send()
