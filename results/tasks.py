from celery import shared_task

from . import services


@shared_task(ignore_result=True)
def refresh_results() -> int:
    """Recompute the results page's figures (beat runs it; safe to run twice)."""
    return services.results_refresh().pk
