"""Background work of the inventory: the PDF compendium."""

from celery import shared_task

from .services import compendium


@shared_task(
    acks_late=True,
    soft_time_limit=int(compendium.TIME_LIMIT.total_seconds()),
    time_limit=int(compendium.TIME_LIMIT.total_seconds()) + 300,
)
def generate_compendium(compendium_id: int) -> bool:
    """Build one requested compendium; a second run of the same one does nothing."""
    return compendium.compendium_generate(compendium_id=compendium_id)
