from celery import shared_task
from django.core.cache import cache

from . import services


@shared_task(ignore_result=True)
def refresh_results() -> int:
    """Recompute the results page's figures (beat runs it, and a publication schedules
    it; safe to run twice)."""
    cache.delete(services.SCHEDULED_KEY)  # a change from now on schedules another
    return services.results_refresh().pk
