"""Periodic mail: the reminder before an event (once, to confirmed participants) and the
request to evaluate it afterwards (once, to those who attended)."""

import datetime as dt

import pytest
from django.utils import timezone

from mobilities.models import Attendance, Evaluation, MobilityStatus, RegistrationStatus
from mobilities.services import registrations as services
from mobilities.tasks import request_evaluations, send_reminders
from siehub.models import Notification

from .factories import MobilityFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

REMINDER = "mobilities_registration_reminder"
EVALUATION = "mobilities_registration_evaluation_request"


def starting_in(days, **fields):
    return MobilityFactory(
        starts_on=timezone.localdate() + dt.timedelta(days=days),
        registration_closes_on=None,
        **fields,
    )


def confirmed(mobility, **fields):
    return RegistrationFactory(
        mobility=mobility, status=RegistrationStatus.CONFIRMED, **fields
    )


# Reminders -----------------------------------------------------------------------------


def test_reminder_is_sent_once_even_when_run_twice(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.MOBILITY_REMINDER_DAYS = 7
    registration = confirmed(starting_in(5))
    registration.participant.preferred_language = "mk"
    registration.participant.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send() == 1
        assert services.reminders_send() == 0
    assert send_reminders.apply().get() == 0
    notification = Notification.objects.get(kind=REMINDER)
    assert notification.recipient == registration.participant
    assert notification.language == "mk"
    assert notification.link == f"/mk/my/mobilities/{registration.pk}/"
    assert [m.to for m in mailoutbox] == [[registration.participant.email]]
    registration.refresh_from_db()
    assert registration.reminder_sent_at is not None


def test_reminder_waits_for_the_configured_number_of_days(settings):
    settings.MOBILITY_REMINDER_DAYS = 3
    confirmed(starting_in(5))
    assert services.reminders_send() == 0
    later = timezone.now() + dt.timedelta(days=2)
    assert services.reminders_send(now=later) == 1


@pytest.mark.parametrize(
    "status",
    [
        RegistrationStatus.CANCELLED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.PENDING,
        RegistrationStatus.DECLINED,
        RegistrationStatus.OFFERED,
        RegistrationStatus.EXPIRED,
    ],
)
def test_no_reminder_unless_confirmed(status):
    RegistrationFactory(mobility=starting_in(2), status=status)
    assert services.reminders_send() == 0
    assert not Notification.objects.filter(kind=REMINDER).exists()


def test_no_reminder_for_cancelled_or_started_events():
    confirmed(starting_in(2, status=MobilityStatus.CANCELLED))
    confirmed(starting_in(0))
    confirmed(starting_in(-3))
    assert services.reminders_send() == 0


def test_reminder_of_the_task_counts_what_it_sent():
    confirmed(starting_in(1))
    confirmed(starting_in(1))
    assert send_reminders.apply().get() == 2


def test_an_invited_colleague_is_reminded_at_the_invited_address():
    confirmed(
        starting_in(2),
        participant=None,
        school=None,
        invited_email="colleague@example.org",
        invited_name="Stefan Iliev",
        invited_language="bg",
        invitation_token="a-secret-token",
    )
    assert services.reminders_send() == 1
    notification = Notification.objects.get(kind=REMINDER)
    assert notification.to_email == "colleague@example.org"
    assert notification.language == "bg"


# Evaluation requests -------------------------------------------------------------------


def ended(days_ago=1):
    today = timezone.localdate()
    return MobilityFactory(
        starts_on=today - dt.timedelta(days=days_ago + 4),
        ends_on=today - dt.timedelta(days=days_ago),
        registration_opens_on=None,
        registration_closes_on=None,
    )


def attended(registration, present=True):
    Attendance.objects.create(
        registration=registration, day=registration.mobility.starts_on, present=present
    )
    return registration


def test_evaluation_is_requested_once_from_those_who_attended(
    mailoutbox, django_capture_on_commit_callbacks
):
    mobility = ended()
    came = attended(confirmed(mobility))
    attended(confirmed(mobility))  # a second participant, present too
    absent = attended(confirmed(mobility), present=False)
    confirmed(mobility)  # no attendance marked
    with django_capture_on_commit_callbacks(execute=True):
        assert services.evaluation_requests_send() == 2
        assert services.evaluation_requests_send() == 0
    assert request_evaluations.apply().get() == 0
    requests = Notification.objects.filter(kind=EVALUATION)
    assert requests.count() == 2
    assert absent.participant.pk not in requests.values_list("recipient", flat=True)
    notification = requests.get(recipient=came.participant)
    assert notification.link == f"/en/my/mobilities/{came.pk}/evaluation/"
    assert len(mailoutbox) == 2


def test_evaluation_request_in_the_participants_language():
    registration = attended(confirmed(ended()))
    registration.participant.preferred_language = "es"
    registration.participant.save()
    services.evaluation_requests_send()
    notification = Notification.objects.get(kind=EVALUATION)
    assert notification.language == "es"
    assert notification.link.startswith("/es/")


def test_no_evaluation_request_before_the_end_or_long_after_it():
    today = timezone.localdate()
    running = MobilityFactory(
        starts_on=today - dt.timedelta(days=2),
        ends_on=today,
        registration_opens_on=None,
        registration_closes_on=None,
    )
    attended(confirmed(running))
    attended(confirmed(ended(days_ago=90)))
    assert services.evaluation_requests_send() == 0


def test_no_evaluation_request_for_cancelled_or_already_evaluated():
    mobility = ended()
    cancelled = attended(
        RegistrationFactory(mobility=mobility, status=RegistrationStatus.CANCELLED)
    )
    done = attended(confirmed(mobility))
    Evaluation.objects.create(
        registration=done, overall=5, content=5, organisation=4, will_apply=5
    )
    assert services.evaluation_requests_send() == 0
    assert cancelled.evaluation_requested_at is None
