"""A member's data in the mobilities: all of it in their export; on deletion their open
registrations are closed (a seat goes to the waiting list), what they wrote is blanked,
and the record of who took part stays."""

import datetime as dt
import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from mobilities import privacy
from mobilities.models import (
    Attendance,
    Evaluation,
    Registration,
    RegistrationChange,
    RegistrationStatus,
)
from mobilities.services.hosting import certificates_issue_for
from mobilities.tests.factories import (
    AttendanceFactory,
    EvaluationFactory,
    MobilityFactory,
    QuotaFactory,
    RegistrationFactory,
    ended_mobility,
    network_member,
)
from network.services.privacy import account_delete, privacy_export, privacy_modules
from network.tests.factories import PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

NEEDS = "Insulin kept cold"
TRAVEL = "Train from Sofia, arrives 18:10"
MOTIVATION = "We start a mentoring scheme for Roma pupils."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def partner():
    return PartnerFactory(country="BG")


@pytest.fixture
def member(partner):
    return network_member(partner, first_name="Vera", last_name="Petrova")


@pytest.fixture
def past(member, partner):
    """A finished event the member attended and evaluated."""
    mobility = ended_mobility(title_en="Initiating positive change")
    registration = RegistrationFactory(
        mobility=mobility,
        sending_partner=partner,
        participant=member,
        status=RegistrationStatus.CONFIRMED,
        special_needs=NEEDS,
        travel_details=TRAVEL,
        motivation=MOTIVATION,
        listed_publicly=True,
        gender="female",
        arrival_date=mobility.starts_on,
        departure_date=mobility.ends_on,
    )
    AttendanceFactory(registration=registration, day=mobility.starts_on)
    AttendanceFactory(registration=registration, day=mobility.days[1], present=False)
    EvaluationFactory(
        registration=registration,
        overall=4,
        most_useful="The school visits",
        to_improve="Longer lunch",
    )
    return registration


def test_mobilities_have_a_privacy_hook():
    assert ("mobilities", privacy) in privacy_modules()


def test_export_has_registrations_attendance_and_evaluations(member, past):
    data = privacy_export(user=member)["mobilities"]
    (registration,) = data["registrations"]
    assert registration["event"]["slug"] == past.mobility.slug
    assert registration["event"]["title"] == "Initiating positive change"
    assert registration["status"] == "confirmed"
    assert registration["special_needs"] == NEEDS
    assert registration["travel_details"] == TRAVEL
    assert registration["motivation"] == MOTIVATION
    assert registration["arrival_date"] == past.mobility.starts_on
    assert registration["departure_date"] == past.mobility.ends_on
    assert registration["sending_partner"] == past.sending_partner.name
    assert [(row["day"], row["present"]) for row in data["attendance"]] == [
        (past.mobility.days[0], True),
        (past.mobility.days[1], False),
    ]
    (evaluation,) = data["evaluations"]
    assert evaluation["overall"] == 4
    assert evaluation["most_useful"] == "The school visits"
    json.dumps(data, cls=DjangoJSONEncoder)  # ready for the JSON download


def test_export_leaves_out_other_members(member, past):
    RegistrationFactory(mobility=past.mobility, special_needs="Someone else's needs")
    data = json.dumps(privacy_export(user=member)["mobilities"], cls=DjangoJSONEncoder)
    assert "Someone else's needs" not in data


def test_deletion_blanks_what_the_member_wrote_and_keeps_the_record(member, past):
    account_delete(user=member, remove_published=False)
    past.refresh_from_db()
    assert past.status == RegistrationStatus.CONFIRMED  # they took part
    assert past.participant_id == member.pk
    assert past.special_needs == ""
    assert past.travel_details == ""
    assert past.motivation == ""
    assert past.listed_publicly is False
    assert past.gender == "female"  # counted anonymously in the Erasmus+ report
    assert Attendance.objects.filter(registration=past).count() == 2
    evaluation = Evaluation.objects.get(registration=past)
    assert evaluation.overall == 4
    assert (evaluation.most_useful, evaluation.to_improve) == ("", "")


def test_deletion_cancels_an_upcoming_place_and_offers_it_to_the_next_in_line(
    member, partner, django_capture_on_commit_callbacks
):
    quota = QuotaFactory(mobility=MobilityFactory(), partner=partner, seats=1)
    place = RegistrationFactory(
        mobility=quota.mobility,
        sending_partner=partner,
        participant=member,
        status=RegistrationStatus.CONFIRMED,
        special_needs=NEEDS,
    )
    waiting = RegistrationFactory(
        mobility=quota.mobility,
        sending_partner=partner,
        status=RegistrationStatus.WAITLISTED,
    )
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=member, remove_published=False)
    place.refresh_from_db()
    waiting.refresh_from_db()
    assert place.status == RegistrationStatus.CANCELLED
    assert place.special_needs == ""
    change = RegistrationChange.objects.filter(registration=place).latest("pk")
    assert change.to_status == RegistrationStatus.CANCELLED
    assert change.note == "The participant deleted their account."
    assert waiting.status == RegistrationStatus.OFFERED


def test_deletion_closes_a_waiting_registration_of_an_event_under_way(member, partner):
    today = timezone.localdate()
    running = MobilityFactory(
        starts_on=today - dt.timedelta(days=1),
        ends_on=today + dt.timedelta(days=3),
        registration_opens_on=timezone.localdate() - dt.timedelta(days=60),
        registration_closes_on=timezone.localdate() - dt.timedelta(days=30),
    )
    waiting = RegistrationFactory(
        mobility=running,
        sending_partner=partner,
        participant=member,
        status=RegistrationStatus.WAITLISTED,
    )
    account_delete(user=member, remove_published=False)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CANCELLED
    change = RegistrationChange.objects.get(registration=waiting)
    assert (change.from_status, change.to_status) == ("waitlisted", "cancelled")


def test_deletion_leaves_other_members_untouched(member, past):
    other = RegistrationFactory(
        mobility=past.mobility,
        status=RegistrationStatus.CONFIRMED,
        special_needs="Someone else's needs",
    )
    EvaluationFactory(registration=other, most_useful="Kept")
    account_delete(user=member, remove_published=False)
    other.refresh_from_db()
    assert other.special_needs == "Someone else's needs"
    assert Evaluation.objects.get(registration=other).most_useful == "Kept"
    assert Registration.objects.count() == 2


def test_a_certificate_of_the_deleted_member_stays_verifiable(
    client, member, past, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificates_issue_for(mobility=past.mobility, issuer=UserFactory())
    past.refresh_from_db()
    code = past.certificate.code
    account_delete(user=member, remove_published=False)
    past.refresh_from_db()
    assert past.certificate.code == code
    assert past.certificate.holder is None
    response = client.get(f"/en/verify/{code}/")
    assert response.status_code == 200
    assert "Vera Petrova" in response.content.decode()


def test_erase_alone_is_safe_to_run_twice(member, past):
    privacy.erase(member, remove_published=False)
    privacy.erase(member, remove_published=False)
    past.refresh_from_db()
    assert past.special_needs == ""
