"""Periodic work of the mobilities (Celery beat, see CELERY_BEAT_SCHEDULE): each task
calls a service that is safe to run twice or concurrently."""

from celery import shared_task

from .services import registrations


@shared_task
def expire_offers() -> int:
    """Every 15 minutes: close offers past their deadline, pass the seats on."""
    return registrations.offers_expire()


@shared_task
def send_reminders() -> int:
    """Hourly: remind confirmed participants MOBILITY_REMINDER_DAYS before the start."""
    return registrations.reminders_send()


@shared_task
def request_evaluations() -> int:
    """Daily: ask those who attended an event that has ended to evaluate it."""
    return registrations.evaluation_requests_send()
