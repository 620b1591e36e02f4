"""The iCalendar files of an event and of its programme, parsed back with icalendar."""

import datetime as dt

import pytest
from django.utils import translation
from icalendar import Calendar

from mobilities.calendar import mobility_ics
from mobilities.models import Mobility, MobilityStatus, Session
from network.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def make_mobility(**fields):
    values = {
        "title_en": "Initiating positive change",
        "slug": "initiating-positive-change",
        "summary_en": "A week of joint staff training.",
        "host": PartnerFactory(name="C.E.I.P. San Carlos", city="Madrid", country="ES"),
        "venue": "C.E.I.P. San Carlos",
        "address": "Calle de San Carlos 1",
        "city": "Madrid",
        "country": "ES",
        "timezone": "Europe/Madrid",
        "starts_on": dt.date(2021, 9, 3),
        "ends_on": dt.date(2021, 9, 9),
        "capacity": 18,
        "status": MobilityStatus.PUBLISHED,
    }
    values.update(fields)
    return Mobility.objects.create(**values)


def events(text):
    calendar = Calendar.from_ical(text)
    return calendar, list(calendar.walk("VEVENT"))


def test_event_is_one_all_day_entry_with_dtend_after_the_last_day():
    mobility = make_mobility()

    calendar, [event] = events(mobility_ics(mobility))

    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert event.decoded("DTSTART") == dt.date(2021, 9, 3)
    assert event.decoded("DTEND") == dt.date(2021, 9, 10)
    assert "VALUE=DATE" in mobility_ics(mobility)
    assert str(event["SUMMARY"]) == "Initiating positive change"
    assert str(event["UID"]) == f"mobility-{mobility.pk}@testserver"
    assert (
        str(event["URL"])
        == "http://testserver/en/mobilities/initiating-positive-change/"
    )
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert str(event["STATUS"]) == "CONFIRMED"


def test_location_joins_venue_address_city_and_country():
    mobility = make_mobility()

    _calendar, [event] = events(mobility_ics(mobility))

    assert str(event["LOCATION"]) == (
        "C.E.I.P. San Carlos, Calle de San Carlos 1, Madrid, Spain"
    )


def test_description_has_the_summary_and_the_absolute_url():
    mobility = make_mobility()

    _calendar, [event] = events(mobility_ics(mobility))

    description = str(event["DESCRIPTION"])
    assert description.startswith("A week of joint staff training.")
    assert "http://testserver/en/mobilities/initiating-positive-change/" in description


def test_uid_is_stable_between_exports():
    mobility = make_mobility()

    first = events(mobility_ics(mobility))[1][0]
    second = events(mobility_ics(mobility, programme=True))[1][0]

    assert first["UID"] == second["UID"]


def test_commas_and_semicolons_in_the_title_are_escaped_and_read_back():
    mobility = make_mobility(title_en="Change; together, now\\then")

    text = mobility_ics(mobility)
    _calendar, [event] = events(text)

    assert "SUMMARY:Change\\; together\\, now\\\\then" in text
    assert str(event["SUMMARY"]) == "Change; together, now\\then"


def test_cyrillic_title_in_the_active_language_survives_folding():
    title_mk = "Иницирање позитивна промена: заедничка обука на наставниот кадар " * 2
    mobility = make_mobility(title_mk=title_mk.strip(), original_language="en")

    with translation.override("mk"):
        text = mobility_ics(mobility)
    _calendar, [event] = events(text)

    assert str(event["SUMMARY"]) == title_mk.strip()
    assert "/mk/mobilities/" in str(event["URL"])
    # Folded at 75 octets, never inside a UTF-8 character.
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_title_falls_back_to_the_original_language():
    mobility = make_mobility(title_en="Initiating positive change", title_bg="")

    with translation.override("bg"):
        _calendar, [event] = events(mobility_ics(mobility))

    assert str(event["SUMMARY"]) == "Initiating positive change"


def test_cancelled_event_is_marked_cancelled():
    mobility = make_mobility(status=MobilityStatus.CANCELLED)

    _calendar, [event] = events(mobility_ics(mobility))

    assert str(event["STATUS"]) == "CANCELLED"


def test_programme_has_one_entry_per_session_in_utc_from_the_venue_time_zone():
    mobility = make_mobility()
    first = Session.objects.create(
        mobility=mobility,
        day=dt.date(2021, 9, 3),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 0),
        title_en="Welcome, introductions; the week ahead",
        facilitator="Ana García",
        location="Library",
    )
    Session.objects.create(
        mobility=mobility,
        day=dt.date(2021, 9, 4),
        starts_at=dt.time(16, 0),
        title_en="Visit to the neighbourhood",
    )

    text = mobility_ics(mobility, programme=True)
    _calendar, found = events(text)

    whole, welcome, visit = found
    assert whole.decoded("DTSTART") == dt.date(2021, 9, 3)
    # Madrid is UTC+2 in September.
    assert welcome.decoded("DTSTART") == dt.datetime(2021, 9, 3, 7, 30, tzinfo=dt.UTC)
    assert welcome.decoded("DTEND") == dt.datetime(2021, 9, 3, 9, 0, tzinfo=dt.UTC)
    assert "DTSTART:20210903T073000Z" in text
    assert str(welcome["SUMMARY"]) == "Welcome, introductions; the week ahead"
    assert (
        str(welcome["UID"]) == f"mobility-{mobility.pk}-session-{first.pk}@testserver"
    )
    assert str(welcome["LOCATION"]).startswith("Library, C.E.I.P. San Carlos")
    assert "Ana García" in str(welcome["DESCRIPTION"])
    assert "DTEND" not in visit
    assert visit.decoded("DTSTART") == dt.datetime(2021, 9, 4, 14, 0, tzinfo=dt.UTC)


def test_event_file_without_programme_has_no_sessions():
    mobility = make_mobility()
    Session.objects.create(
        mobility=mobility, day=mobility.starts_on, starts_at=dt.time(9), title_en="A"
    )

    _calendar, found = events(mobility_ics(mobility))

    assert len(found) == 1


def test_unknown_time_zone_falls_back_to_utc():
    mobility = make_mobility(timezone="Mars/Olympus")
    Session.objects.create(
        mobility=mobility, day=mobility.starts_on, starts_at=dt.time(9), title_en="A"
    )

    _calendar, [_whole, session] = events(mobility_ics(mobility, programme=True))

    assert session.decoded("DTSTART") == dt.datetime(2021, 9, 3, 9, 0, tzinfo=dt.UTC)
