"""The participants' evaluation of an event: once, by those who attended, from its start;
and the host's anonymous summary."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mobilities.models import Evaluation, RegistrationStatus
from mobilities.services import hosting
from mobilities.tests.factories import (
    AttendanceFactory,
    EvaluationFactory,
    MobilityFactory,
    RegistrationFactory,
    coordinator_of,
    ended_mobility,
)
from network.tests.factories import PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

VALID = {
    "overall": "5",
    "content": "4",
    "organisation": "5",
    "will_apply": "3",
    "most_useful": "Visiting the classes of the host school.",
    "to_improve": "More time for the practices of each country.",
}


@pytest.fixture
def attended():
    """A confirmed participant of a finished event, marked present two days."""
    mobility = ended_mobility()
    registration = RegistrationFactory(
        mobility=mobility, status=RegistrationStatus.CONFIRMED
    )
    for day in mobility.days[:2]:
        AttendanceFactory(registration=registration, day=day)
    return registration


def url(registration):
    return reverse("mobilities:evaluation", args=[registration.pk])


# The form ----------------------------------------------------------------------------------


def test_form_asks_ratings_as_radio_groups_with_a_legend(client, attended):
    client.force_login(attended.participant)
    response = client.get(url(attended))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<fieldset") == 4
    assert "<legend>Overall, how useful was the event?</legend>" in html
    assert html.count('type="radio"') == 20
    assert 'name="overall" value="5"' in html
    assert '<label for="id_most_useful">What was most useful?</label>' in html


def test_participant_sends_the_evaluation_once(client, attended):
    client.force_login(attended.participant)
    response = client.post(url(attended), VALID)
    assert response.status_code == 302
    assert response["Location"] == url(attended)
    evaluation = Evaluation.objects.get(registration=attended)
    assert (evaluation.overall, evaluation.content) == (5, 4)
    assert (evaluation.organisation, evaluation.will_apply) == (5, 3)
    assert evaluation.most_useful == VALID["most_useful"]

    page = client.get(url(attended))
    assert page.status_code == 200
    assert "already been sent. Thank you!" in page.content.decode()

    again = client.post(url(attended), {**VALID, "overall": "1"})
    assert again.status_code == 409
    assert "already been sent" in again.content.decode()
    assert Evaluation.objects.filter(registration=attended).count() == 1
    evaluation.refresh_from_db()
    assert evaluation.overall == 5


def test_the_service_refuses_a_second_evaluation(attended):
    from django.core.exceptions import ValidationError

    hosting.evaluation_submit(registration=attended, data={**VALID, "overall": 4})
    with pytest.raises(ValidationError) as error:
        hosting.evaluation_submit(registration=attended, data={**VALID, "overall": 1})
    assert error.value.code == "already_sent"


@pytest.mark.parametrize(
    "bad",
    [{"overall": "6"}, {"content": "x"}, {"organisation": "0"}, {"will_apply": ""}],
)
def test_bad_ratings_answer_400_with_what_was_typed(client, attended, bad):
    client.force_login(attended.participant)
    response = client.post(url(attended), {**VALID, **bad})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please correct the following" in html
    assert VALID["most_useful"] in html
    assert VALID["to_improve"] in html
    assert not Evaluation.objects.exists()


def test_evaluation_opens_when_the_event_starts(client):
    upcoming = MobilityFactory()
    registration = RegistrationFactory(
        mobility=upcoming, status=RegistrationStatus.CONFIRMED
    )
    client.force_login(registration.participant)
    response = client.get(url(registration))
    assert response.status_code == 403
    assert "opens when the event starts" in response.content.decode()
    assert client.post(url(registration), VALID).status_code == 403
    assert not Evaluation.objects.exists()


def test_a_participant_present_on_the_first_day_may_evaluate_during_the_event(client):
    today = timezone.localdate()
    running = MobilityFactory(
        starts_on=today,
        ends_on=today + dt.timedelta(days=3),
        registration_opens_on=timezone.localdate() - dt.timedelta(days=60),
        registration_closes_on=timezone.localdate() - dt.timedelta(days=30),
    )
    registration = RegistrationFactory(
        mobility=running, status=RegistrationStatus.CONFIRMED
    )
    AttendanceFactory(registration=registration, day=today)
    client.force_login(registration.participant)
    assert client.get(url(registration)).status_code == 200


def test_a_participant_who_did_not_attend_cannot_evaluate(client):
    mobility = ended_mobility()
    registration = RegistrationFactory(
        mobility=mobility, status=RegistrationStatus.CONFIRMED
    )
    AttendanceFactory(registration=registration, day=mobility.starts_on, present=False)
    client.force_login(registration.participant)
    response = client.get(url(registration))
    assert response.status_code == 403
    assert "Only participants who attended" in response.content.decode()
    assert client.post(url(registration), VALID).status_code == 403
    assert not Evaluation.objects.exists()


def test_others_do_not_find_the_evaluation_form(client, attended):
    assert client.get(url(attended)).status_code == 302  # anonymous: log in
    client.force_login(UserFactory())
    assert client.get(url(attended)).status_code == 404
    client.force_login(coordinator_of(attended.mobility.host))
    assert client.get(url(attended)).status_code == 404  # the participant's own


def test_a_registration_not_confirmed_has_no_evaluation(client):
    mobility = ended_mobility()
    registration = RegistrationFactory(
        mobility=mobility, status=RegistrationStatus.CANCELLED
    )
    client.force_login(registration.participant)
    assert client.get(url(registration)).status_code == 404


# The host's summary ------------------------------------------------------------------------


@pytest.fixture
def evaluated():
    mobility = ended_mobility()
    ratings = [(5, 4, 5, 4), (4, 4, 3, 5), (3, 5, 5, 5)]
    comments = [
        ("Zagreb colleagues' mentoring model", "Longer breaks"),
        ("Anything about Roma mediators", ""),
        ("", "Earlier programme"),
    ]
    registrations = []
    for (overall, content, organisation, will_apply), (useful, improve) in zip(
        ratings, comments, strict=True
    ):
        registration = RegistrationFactory(
            mobility=mobility,
            status=RegistrationStatus.CONFIRMED,
            sending_partner=PartnerFactory(),
        )
        registrations.append(registration)
        EvaluationFactory(
            registration=registration,
            overall=overall,
            content=content,
            organisation=organisation,
            will_apply=will_apply,
            most_useful=useful,
            to_improve=improve,
        )
    EvaluationFactory(most_useful="Another event's comment")
    return mobility, registrations


def test_summary_counts_averages_and_distributes_each_rating(evaluated):
    mobility, _registrations = evaluated
    summary = hosting.evaluation_summary(mobility)
    assert summary["count"] == 3
    overall = summary["questions"][0]
    assert overall["field"] == "overall"
    assert overall["average"] == pytest.approx(4.0)
    assert [b["count"] for b in overall["distribution"]] == [0, 0, 1, 1, 1]
    assert [b["percent"] for b in overall["distribution"]] == [0, 0, 33, 33, 33]
    content = summary["questions"][1]
    assert content["average"] == pytest.approx(13 / 3)
    assert [b["count"] for b in content["distribution"]] == [0, 0, 0, 2, 1]
    assert summary["most_useful"] == [
        "Anything about Roma mediators",
        "Zagreb colleagues' mentoring model",
    ]
    assert summary["to_improve"] == ["Earlier programme", "Longer breaks"]


def test_summary_is_one_aggregate_query_and_one_for_the_comments(evaluated):
    mobility, _registrations = evaluated
    with CaptureQueriesContext(connection) as queries:
        hosting.evaluation_summary(mobility)
    assert len(queries) == 2
    assert "AVG" in queries[0]["sql"].upper()


def test_summary_of_an_event_without_evaluations():
    summary = hosting.evaluation_summary(ended_mobility())
    assert summary["count"] == 0
    assert summary["questions"][0]["average"] is None
    assert summary["most_useful"] == []


def test_host_sees_the_summary_without_names(client, evaluated):
    mobility, registrations = evaluated
    client.force_login(coordinator_of(mobility.host))
    response = client.get(reverse("mobilities:host-evaluation", args=[mobility.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 evaluations received" in html
    assert "4.0" in html
    assert "Longer breaks" in html
    assert "Zagreb colleagues&#x27; mentoring model" in html
    assert "Another event" not in html
    for registration in registrations:
        assert registration.participant.last_name not in html
        assert registration.participant.email not in html


def test_summary_is_for_the_host_and_staff_only(client, evaluated):
    mobility, registrations = evaluated
    summary_url = reverse("mobilities:host-evaluation", args=[mobility.slug])
    assert client.get(summary_url).status_code == 302
    for user in (
        UserFactory(),
        registrations[0].participant,
        coordinator_of(registrations[0].sending_partner),
    ):
        client.force_login(user)
        assert client.get(summary_url).status_code == 404
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="change_mobility"))
    client.force_login(staff)
    assert client.get(summary_url).status_code == 200
