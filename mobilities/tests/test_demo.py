"""seed_demo adds the Madrid mobility of 2021 and an upcoming one open for registration."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from mobilities.models import (
    Attendance,
    Evaluation,
    Mobility,
    Quota,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
)

pytestmark = pytest.mark.django_db

MADRID = "initiating-positive-change-madrid-2021"
SOFIA = "families-mediators-schools-sofia"


@pytest.fixture
def seeded(demo):
    """The demo, seeded once for the module (conftest's `demo`)."""


def snapshot():
    """Every mobilities row the demo writes, by its content (no timestamps)."""
    return {
        "mobilities": list(
            Mobility.objects.order_by("pk").values_list(
                "pk", "slug", "title_mk", "starts_on", "status", "capacity"
            )
        ),
        "sessions": list(
            Session.objects.order_by("pk").values_list(
                "pk", "mobility", "day", "starts_at", "title_bg"
            )
        ),
        "session_practices": list(
            Session.practices.through.objects.order_by("pk").values_list(
                "session", "practice"
            )
        ),
        "quotas": list(
            Quota.objects.order_by("pk").values_list(
                "pk", "mobility", "partner", "seats"
            )
        ),
        "registrations": list(
            Registration.objects.order_by("pk").values_list(
                "pk", "mobility", "participant", "status", "listed_publicly"
            )
        ),
        "changes": RegistrationChange.objects.count(),
        "attendance": list(
            Attendance.objects.order_by("pk").values_list(
                "pk", "registration", "day", "present"
            )
        ),
        "evaluations": list(
            Evaluation.objects.order_by("pk").values_list(
                "pk", "registration", "overall"
            )
        ),
    }


def test_seeding_twice_gives_the_same_rows(seeded):
    first = snapshot()

    call_command("seed_demo", force=True, stdout=io.StringIO())

    assert snapshot() == first


def test_madrid_is_a_completed_event_with_18_confirmed_participants(seeded):
    madrid = Mobility.objects.get(slug=MADRID)

    assert madrid.is_past
    assert madrid.status == "published"
    assert (madrid.starts_on.isoformat(), madrid.ends_on.isoformat()) == (
        "2021-09-03",
        "2021-09-09",
    )
    assert madrid.host.slug == "ceip-san-carlos-madrid"
    assert (
        madrid.registrations.filter(status=RegistrationStatus.CONFIRMED).count() == 18
    )
    assert sorted(madrid.quotas.values_list("partner__slug", "seats")) == [
        ("ceicsem-sofia", 6),
        ("ceip-san-carlos-madrid", 6),
        ("evropsko-gragjanstvo-akcija", 6),
    ]
    for code in ("en", "mk", "bg", "es"):
        for field in ("title", "summary", "description", "report"):
            assert getattr(madrid, f"{field}_{code}"), (field, code)
    assert madrid.title_mk == "Иницирање позитивна промена"


def test_madrid_has_a_seven_day_programme_with_practices_and_attendance(seeded):
    madrid = Mobility.objects.get(slug=MADRID)

    days = set(madrid.sessions.values_list("day", flat=True))
    assert days == set(madrid.days)
    assert madrid.sessions.filter(practices__isnull=False).distinct().count() >= 5
    assert madrid.outputs_practices.count() == 3
    assert madrid.outputs_adaptations.count() == 3
    attendance = Attendance.objects.filter(registration__mobility=madrid)
    assert attendance.count() == 18 * 7
    assert attendance.filter(present=False).count() == 2
    assert Evaluation.objects.filter(registration__mobility=madrid).count() == 5
    listed = madrid.registrations.filter(listed_publicly=True).count()
    assert 5 <= listed < 18


def test_upcoming_sofia_event_is_open_with_one_seat_left_for_two_partners(seeded):
    sofia = Mobility.objects.get(slug=SOFIA)

    assert sofia.is_registration_open()
    assert sofia.starts_on > timezone.localdate()
    assert sofia.host.slug == "ceicsem-sofia"
    taken = {
        quota.partner.slug: quota.seats
        - sofia.registrations.holding_seats()
        .filter(sending_partner=quota.partner)
        .count()
        for quota in sofia.quotas.select_related("partner")
    }
    assert taken["evropsko-gragjanstvo-akcija"] == 1
    assert taken["ceicsem-sofia"] == 1
    assert sum(sofia.quotas.values_list("seats", flat=True)) == sofia.capacity
    registered = set(sofia.registrations.values_list("participant__email", flat=True))
    assert "teacher@demo.siehub.eu" not in registered
    assert "uchitelka@demo.siehub.eu" not in registered


def test_demo_pages_render(client, seeded):
    for path in [
        "/en/mobilities/",
        f"/mk/mobilities/{MADRID}/",
        f"/bg/mobilities/{SOFIA}/",
        f"/es/mobilities/{MADRID}/programme.ics",
        "/en/",
        "/en/organisations/ceip-san-carlos-madrid/",
    ]:
        assert client.get(path).status_code == 200, path

    html = client.get(f"/mk/mobilities/{MADRID}/").content.decode()
    assert "Иницирање позитивна промена" in html
    assert "Ана" in html or "Ana Stojanovska" in html
    ics = client.get(f"/es/mobilities/{MADRID}/programme.ics").content
    assert len(Calendar.from_ical(ics).walk("VEVENT")) == 1 + 17
