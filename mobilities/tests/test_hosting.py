"""The host's tools: who may use them, the list of participants (page and CSV), daily
attendance, and the privacy of special needs."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conftest import warm_site_cache
from mobilities.models import Attendance, RegistrationStatus
from mobilities.services import hosting
from mobilities.tests.factories import (
    AttendanceFactory,
    MobilityFactory,
    QuotaFactory,
    RegistrationFactory,
    coordinator_of,
    ended_mobility,
    network_member,
)
from network.tests.factories import PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

NEEDS = "Wheelchair access to the venue; vegetarian meals"
TRAVEL = "Flight W6 4321 Skopje-Madrid, lands 14:05"


def in_days(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


@pytest.fixture
def event():
    """An event under way (day 3 of 7) with two sending partners."""
    mobility = MobilityFactory(
        starts_on=in_days(-2),
        ends_on=in_days(4),
        registration_opens_on=timezone.localdate() - dt.timedelta(days=60),
        registration_closes_on=timezone.localdate() - dt.timedelta(days=30),
    )
    bitola = PartnerFactory(name="Evropsko Gragjanstvo Bitola", country="MK")
    sofia = PartnerFactory(name="Centre for Educational Integration", country="BG")
    QuotaFactory(mobility=mobility, partner=bitola, seats=6)
    QuotaFactory(mobility=mobility, partner=sofia, seats=6)
    return {
        "mobility": mobility,
        "bitola": bitola,
        "sofia": sofia,
        "host": coordinator_of(mobility.host),
        "ana": confirmed(
            mobility,
            bitola,
            first_name="Ана",
            last_name="Трајковска",
            special_needs=NEEDS,
            travel_details=TRAVEL,
        ),
        "boris": confirmed(mobility, bitola, first_name="Boris", last_name="Iliev"),
        "vera": confirmed(mobility, sofia, first_name="Вера", last_name="Петрова"),
    }


def confirmed(mobility, partner, *, first_name="Marija", last_name="Petrovska", **kw):
    participant = network_member(partner, first_name=first_name, last_name=last_name)
    return RegistrationFactory(
        mobility=mobility,
        sending_partner=partner,
        participant=participant,
        status=RegistrationStatus.CONFIRMED,
        arrival_date=mobility.starts_on - dt.timedelta(days=1),
        departure_date=mobility.ends_on + dt.timedelta(days=1),
        **kw,
    )


def staff_with(codename):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def host_urls(mobility):
    today = timezone.localdate().isoformat()
    slug = mobility.slug
    return [
        reverse("mobilities:host-event", args=[slug]),
        reverse("mobilities:host-participants", args=[slug]),
        reverse("mobilities:host-participants-csv", args=[slug]),
        reverse("mobilities:host-attendance-days", args=[slug]),
        reverse("mobilities:host-attendance", args=[slug, today]),
        reverse("mobilities:host-evaluation", args=[slug]),
    ]


# Who may use the host's tools --------------------------------------------------------------


def test_anonymous_visitor_is_asked_to_log_in(client, event):
    for url in host_urls(event["mobility"]):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("who", ["member", "sending_coordinator", "other_host"])
def test_others_do_not_find_the_host_pages(client, event, who):
    if who == "member":
        user = event["ana"].participant  # even a participant of the event
    elif who == "sending_coordinator":
        user = coordinator_of(event["bitola"])
    else:
        user = coordinator_of(MobilityFactory().host)
    client.force_login(user)
    for url in host_urls(event["mobility"]):
        assert client.get(url).status_code == 404, url
    response = client.post(
        reverse("mobilities:host-certificates", args=[event["mobility"].slug])
    )
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["host", "staff"])
def test_host_coordinators_and_staff_use_the_host_pages(client, event, who):
    user = event["host"] if who == "host" else staff_with("change_mobility")
    client.force_login(user)
    for url in host_urls(event["mobility"]):
        assert client.get(url).status_code == 200, url


def test_staff_without_the_permission_do_not_find_them(client, event):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(host_urls(event["mobility"])[0]).status_code == 404


def test_host_list_shows_the_events_the_member_hosts(client, event):
    MobilityFactory(title_en="Someone else's event")
    client.force_login(event["host"])
    response = client.get(reverse("mobilities:host-list"))
    html = response.content.decode()
    assert response.status_code == 200
    assert event["mobility"].title_en in html
    assert "Someone else&#x27;s event" not in html
    assert reverse("mobilities:host-event", args=[event["mobility"].slug]) in html


def test_overview_counts_seats_by_sending_partner(client, event):
    RegistrationFactory(
        mobility=event["mobility"],
        sending_partner=event["sofia"],
        status=RegistrationStatus.WAITLISTED,
    )
    client.force_login(event["host"])
    response = client.get(
        reverse("mobilities:host-event", args=[event["mobility"].slug])
    )
    html = response.content.decode()
    quotas = {q.partner.name: q for q in response.context["quotas"]}
    assert quotas["Evropsko Gragjanstvo Bitola"].confirmed == 2
    assert quotas["Centre for Educational Integration"].confirmed == 1
    assert quotas["Centre for Educational Integration"].waitlisted == 1
    assert "3 confirmed of 18 places" in html
    # Before the end: no button to issue certificates yet.
    assert (
        reverse("mobilities:host-certificates", args=[event["mobility"].slug])
        not in html
    )


# Participants ------------------------------------------------------------------------------


def test_participants_are_grouped_by_sending_partner_with_their_needs(client, event):
    RegistrationFactory(
        mobility=event["mobility"],
        sending_partner=event["bitola"],
        status=RegistrationStatus.PENDING,
        participant=network_member(event["bitola"], last_name="Pending-Person"),
    )
    RegistrationFactory(
        mobility=event["mobility"],
        sending_partner=event["sofia"],
        status=RegistrationStatus.CANCELLED,
        participant=network_member(event["sofia"], last_name="Cancelled-Person"),
    )
    client.force_login(event["host"])
    response = client.get(
        reverse("mobilities:host-participants", args=[event["mobility"].slug])
    )
    html = response.content.decode()
    assert response.status_code == 200
    bitola = html.index("Evropsko Gragjanstvo Bitola")
    sofia = html.index("Centre for Educational Integration")
    assert sofia < bitola  # partners in alphabetical order
    assert sofia < html.index("Вера Петрова") < bitola < html.index("Ана Трајковска")
    assert NEEDS in html
    assert TRAVEL in html
    assert "Pending-Person" not in html
    assert "Cancelled-Person" not in html
    assert "Ctrl+P" in html  # how to print it, without JavaScript
    assert '<th scope="col">Special needs</th>' in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_participant_list_costs_the_same_queries_for_one_or_many(client, event):
    client.force_login(event["host"])
    url = reverse("mobilities:host-participants", args=[event["mobility"].slug])
    client.get(url)  # warm the session and the permission cache
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for n in range(6):
        confirmed(event["mobility"], event["sofia"], last_name=f"Many{n}")
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)


def test_csv_is_a_utf8_download_for_excel(client, event):
    event["boris"].travel_details = '=HYPERLINK("http://evil")'
    event["boris"].save()
    AttendanceFactory(registration=event["ana"], day=event["mobility"].starts_on)
    client.force_login(event["host"])
    response = client.get(
        reverse("mobilities:host-participants-csv", args=[event["mobility"].slug])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="participants-{event["mobility"].slug}.csv"'
    )
    body = response.content
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Sending partner", "Name", "Email address"]
    assert len(rows) == 4
    by_name = {row[1]: row for row in rows[1:]}
    ana = by_name["Ана Трајковска"]
    assert ana[0] == "Evropsko Gragjanstvo Bitola"
    assert ana[2] == event["ana"].participant.email
    assert ana[7] == TRAVEL
    assert ana[8] == NEEDS
    assert ana[9] == "1"
    assert by_name["Boris Iliev"][7].startswith("'=")  # never run as a formula


def test_csv_costs_the_same_queries_for_one_or_many(client, event):
    client.force_login(event["host"])
    url = reverse("mobilities:host-participants-csv", args=[event["mobility"].slug])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(6):
        confirmed(event["mobility"], event["bitola"], last_name=f"Many{n}")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


# Attendance --------------------------------------------------------------------------------


def attendance_url(mobility, day):
    return reverse("mobilities:host-attendance", args=[mobility.slug, day.isoformat()])


def test_day_picker_lists_every_day_of_the_event(client, event):
    client.force_login(event["host"])
    mobility = event["mobility"]
    response = client.get(
        reverse("mobilities:host-attendance-days", args=[mobility.slug])
    )
    html = response.content.decode()
    for day in mobility.days:
        if day <= timezone.localdate():
            assert attendance_url(mobility, day) in html
        else:
            assert attendance_url(mobility, day) not in html  # not yet


def test_attendance_form_lists_confirmed_participants_with_a_labelled_checkbox(
    client, event
):
    client.force_login(event["host"])
    mobility = event["mobility"]
    response = client.get(attendance_url(mobility, mobility.starts_on))
    html = response.content.decode()
    assert response.status_code == 200
    for key in ("ana", "boris", "vera"):
        pk = event[key].pk
        assert (
            f'<input type="checkbox" name="present" value="{pk}" id="present-{pk}">'
            in html
        )
        assert f'<label for="present-{pk}">' in html
    assert "<legend>" in html


# Django names Friday "Петок" in Macedonian and "петък" in Bulgarian: inside a sentence
# both write it in lower case, at the start of a line both capitalise it.
WEEKDAYS = {
    "mk": ("понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"),
    "bg": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
}


@pytest.mark.parametrize("language", WEEKDAYS)
def test_attendance_pages_write_the_weekday_as_the_language_does(
    client, event, language
):
    client.force_login(event["host"])
    mobility = event["mobility"]
    day = mobility.starts_on
    name = WEEKDAYS[language][day.weekday()]
    url = attendance_url(mobility, day).replace("/en/", f"/{language}/", 1)
    heading = client.get(url).content.decode()
    assert f"Ден 1: {name}, " in heading
    days = client.get(
        reverse("mobilities:host-attendance-days", args=[mobility.slug]).replace(
            "/en/", f"/{language}/", 1
        )
    ).content.decode()
    assert f">{name.capitalize()}, <time" in days


def test_host_marks_a_day_and_corrects_it(client, event):
    client.force_login(event["host"])
    mobility, day = event["mobility"], event["mobility"].starts_on
    url = attendance_url(mobility, day)
    response = client.post(url, {"present": [event["ana"].pk, event["vera"].pk]})
    assert response.status_code == 302
    assert response["Location"] == url
    marks = dict(
        Attendance.objects.filter(day=day).values_list("registration_id", "present")
    )
    assert marks == {
        event["ana"].pk: True,
        event["boris"].pk: False,
        event["vera"].pk: True,
    }
    assert Attendance.objects.filter(marked_by=event["host"]).count() == 3

    client.post(url, {"present": [event["boris"].pk]})
    marks = dict(
        Attendance.objects.filter(day=day).values_list("registration_id", "present")
    )
    assert marks == {
        event["ana"].pk: False,
        event["boris"].pk: True,
        event["vera"].pk: False,
    }
    page = client.get(url).content.decode()
    assert (
        f'value="{event["boris"].pk}" id="present-{event["boris"].pk}" checked' in page
    )


def test_marking_nobody_present_records_everyone_absent(client, event):
    client.force_login(event["host"])
    day = event["mobility"].starts_on
    assert client.post(attendance_url(event["mobility"], day), {}).status_code == 302
    assert Attendance.objects.filter(day=day, present=False).count() == 3


def test_marking_a_future_day_is_refused(client, event):
    client.force_login(event["host"])
    tomorrow = in_days(1)
    url = attendance_url(event["mobility"], tomorrow)
    page = client.get(url)
    assert page.status_code == 200
    assert "not in advance" in page.content.decode()
    response = client.post(url, {"present": [event["ana"].pk]})
    assert response.status_code == 400
    assert "not in advance" in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("day", ["2001-01-01", "2021-13-45", "yesterday", "20210903"])
def test_a_date_outside_the_event_is_not_found(client, event, day):
    client.force_login(event["host"])
    url = f"/en/my/hosting/{event['mobility'].slug}/attendance/{day}/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"present": [event["ana"].pk]}).status_code == 404


def test_a_foreign_or_bad_id_is_rejected_with_the_form_kept(client, event):
    client.force_login(event["host"])
    other = RegistrationFactory(status=RegistrationStatus.CONFIRMED)
    url = attendance_url(event["mobility"], event["mobility"].starts_on)
    response = client.post(url, {"present": [event["ana"].pk, other.pk]})
    assert response.status_code == 400
    assert not Attendance.objects.exists()
    html = response.content.decode()
    assert f'value="{event["ana"].pk}" id="present-{event["ana"].pk}" checked' in html
    assert client.post(url, {"present": ["x"]}).status_code == 400


def test_attendance_is_saved_in_constant_queries(event, django_assert_num_queries):
    mobility, day = event["mobility"], event["mobility"].starts_on
    with CaptureQueriesContext(connection) as few:
        hosting.attendance_mark(
            mobility=mobility, day=day, present_ids={event["ana"].pk}, marker=None
        )
    for n in range(8):
        confirmed(mobility, event["sofia"], last_name=f"Many{n}")
    with django_assert_num_queries(len(few)):
        hosting.attendance_mark(
            mobility=mobility, day=day, present_ids={event["ana"].pk}, marker=None
        )
    assert Attendance.objects.filter(day=day).count() == 11


def test_attendance_ignores_registrations_no_longer_confirmed(event):
    mobility = event["mobility"]
    cancelled = RegistrationFactory(
        mobility=mobility, sending_partner=event["bitola"], status="cancelled"
    )
    present = hosting.attendance_mark(
        mobility=mobility,
        day=mobility.starts_on,
        present_ids={event["ana"].pk, cancelled.pk},
        marker=event["host"],
    )
    assert present == 1
    assert not Attendance.objects.filter(registration=cancelled).exists()


# Special needs stay with the host and the coordinators ------------------------------------


def test_special_needs_never_reach_public_pages(client, event):
    mobility = event["mobility"]
    event["ana"].listed_publicly = True
    event["ana"].save()
    pages = [
        "/en/",
        reverse("mobilities:mobility-list"),
        mobility.get_absolute_url(),
        reverse("network:organisation-detail", args=[mobility.host.slug]),
        reverse("network:organisation-detail", args=[event["bitola"].slug]),
    ]
    for who in (None, UserFactory(), coordinator_of(PartnerFactory())):
        if who is not None:
            client.force_login(who)
        for url in pages:
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert NEEDS not in html, url
            assert TRAVEL not in html, url


def test_another_partners_coordinator_does_not_see_special_needs(client, event):
    stranger = coordinator_of(PartnerFactory(name="Another network"))
    client.force_login(stranger)
    for url in host_urls(event["mobility"]):
        response = client.get(url)
        assert response.status_code == 404
        assert NEEDS.encode() not in response.content
    detail = client.get(
        reverse("mobilities:registration-detail", args=[event["ana"].pk])
    )
    assert detail.status_code == 404
    assert NEEDS.encode() not in detail.content


def test_finished_event_still_opens_the_host_pages(client):
    mobility = ended_mobility()
    client.force_login(coordinator_of(mobility.host))
    url = reverse("mobilities:host-event", args=[mobility.slug])
    response = client.get(url)
    assert response.status_code == 200
    assert reverse("mobilities:host-certificates", args=[mobility.slug]) in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "name", ["host-event", "host-attendance-days", "host-attendance", "host-evaluation"]
)
def test_host_pages_cost_the_same_queries_for_one_or_many(client, event, name):
    mobility = event["mobility"]
    args = [mobility.slug]
    if name == "host-attendance":
        args.append(mobility.starts_on.isoformat())
    url = reverse(f"mobilities:{name}", args=args)
    client.force_login(event["host"])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for n in range(6):
        registration = confirmed(mobility, event["sofia"], last_name=f"Many{n}")
        AttendanceFactory(registration=registration, day=mobility.starts_on)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few), name


def test_host_list_costs_the_same_queries_for_one_or_many_events(client, event):
    client.force_login(event["host"])
    url = reverse("mobilities:host-list")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(4):
        MobilityFactory(host=event["mobility"].host)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(response.context["mobilities"]) == 5
    assert len(many) == len(few)


# The participant list for the coordinators who send them ------------------------------------


def participant_list_url(mobility):
    return reverse("mobilities:participant-list", args=[mobility.slug])


def test_participant_list_asks_an_anonymous_visitor_to_log_in(client, event):
    response = client.get(participant_list_url(event["mobility"]))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("who", ["participant", "member", "unrelated_coordinator"])
def test_participant_list_does_not_exist_for_others(client, event, who):
    if who == "participant":
        user = event["ana"].participant
    elif who == "member":
        user = network_member(event["bitola"])
    else:
        # Coordinates a partner with no seats at this event.
        user = coordinator_of(PartnerFactory(name="Another partner"))
    client.force_login(user)
    assert client.get(participant_list_url(event["mobility"])).status_code == 404


def test_a_sending_coordinator_sees_only_their_own_partners_participants(client, event):
    client.force_login(coordinator_of(event["sofia"]))
    response = client.get(participant_list_url(event["mobility"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Вера Петрова" in html
    assert "Ана Трајковска" not in html
    assert "Boris Iliev" not in html
    assert NEEDS not in html  # Ana's, of the other partner
    assert (
        reverse("mobilities:host-participants-csv", args=[event["mobility"].slug])
        not in html
    )


def test_a_sending_coordinator_sees_their_participants_special_needs(client, event):
    client.force_login(coordinator_of(event["bitola"]))
    html = client.get(participant_list_url(event["mobility"])).content.decode()
    assert "Ана Трајковска" in html and "Boris Iliev" in html
    assert NEEDS in html
    assert TRAVEL in html
    assert "Вера Петрова" not in html


@pytest.mark.parametrize("who", ["host", "staff"])
def test_the_host_sees_every_partners_participants(client, event, who):
    user = event["host"] if who == "host" else staff_with("change_mobility")
    client.force_login(user)
    response = client.get(participant_list_url(event["mobility"]))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Ана Трајковска", "Boris Iliev", "Вера Петрова"):
        assert name in html
    assert NEEDS in html


def test_a_draft_event_has_no_list_for_sending_coordinators(client, event):
    mobility = event["mobility"]
    mobility.status = "draft"
    mobility.save()
    client.force_login(coordinator_of(event["bitola"]))
    assert client.get(participant_list_url(mobility)).status_code == 404
    client.force_login(event["host"])
    assert client.get(participant_list_url(mobility)).status_code == 200


def test_coordinators_reach_the_list_from_the_event_and_from_my_network(client, event):
    mobility = event["mobility"]
    url = participant_list_url(mobility)
    coordinator = coordinator_of(event["bitola"])
    client.force_login(coordinator)
    assert url in client.get(mobility.get_absolute_url()).content.decode()
    overview = client.get(reverse("network:coordination")).content.decode()
    assert reverse("mobilities:coordination") in overview
    assert url in client.get(reverse("mobilities:coordination")).content.decode()
    coordination_event = reverse("mobilities:coordination-event", args=[mobility.slug])
    assert url in client.get(coordination_event).content.decode()
    # After the event too.
    mobility.starts_on, mobility.ends_on = in_days(-10), in_days(-4)
    mobility.save()
    assert url in client.get(mobility.get_absolute_url()).content.decode()
    # Nobody else is shown the way.
    client.force_login(network_member(event["bitola"]))
    assert url not in client.get(mobility.get_absolute_url()).content.decode()


def test_participant_list_query_count_does_not_grow(client, event):
    client.force_login(coordinator_of(event["bitola"]))
    url = participant_list_url(event["mobility"])
    warm_site_cache()
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(5):
        confirmed(event["mobility"], event["bitola"], first_name=f"Extra{number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(response.context["registrations"]) == 7
    assert len(many) == len(few)
