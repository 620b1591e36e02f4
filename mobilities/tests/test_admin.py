"""Curators run mobilities in admin: events with their programme and quotas, the
registrations through the services' actions, and the Erasmus+ exports."""

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone

from mobilities.models import (
    Attendance,
    Quota,
    Registration,
    RegistrationChange,
    RegistrationStatus,
)
from mobilities.tests.factories import (
    EvaluationFactory,
    MobilityFactory,
    QuotaFactory,
    RegistrationFactory,
    SessionFactory,
    ended_mobility,
)
from network.tests.factories import PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

MOBILITIES = "/en/admin/mobilities/mobility/"
REGISTRATIONS = "/en/admin/mobilities/registration/"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def change_form_data(response) -> dict:
    """What the browser would send back from an admin change page, unchanged."""
    data = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        data.update(_field_data(form, name, field))
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for subform in formset.forms:
            for name, field in subform.fields.items():
                data.update(_field_data(subform, name, field))
    return data


def _field_data(form, name, field):
    value = form[name].value()
    key = form.add_prefix(name)
    if value is None:
        return {}
    if isinstance(value, bool):
        return {key: "on"} if value else {}
    if isinstance(value, list | tuple):
        return {key: [str(v) for v in value]}
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value)
        return {
            f"{key}_0": value.date().isoformat(),
            f"{key}_1": value.strftime("%H:%M:%S"),
        }
    return {key: str(value)}


def read_csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))


# Pages -------------------------------------------------------------------------------


def test_admin_pages_of_the_mobilities_answer(admin_client):
    mobility = MobilityFactory()
    QuotaFactory(mobility=mobility)
    SessionFactory(mobility=mobility)
    registration = RegistrationFactory(mobility=mobility)
    RegistrationChange.objects.create(
        registration=registration, to_status=RegistrationStatus.PENDING
    )
    EvaluationFactory()
    for url in [
        MOBILITIES,
        MOBILITIES + "?status__exact=published&kind__exact=training&country__exact=ES",
        MOBILITIES + "add/",
        f"{MOBILITIES}{mobility.pk}/change/",
        REGISTRATIONS,
        REGISTRATIONS + "?status__exact=pending",
        REGISTRATIONS + "?q=Petrovska",
        f"{REGISTRATIONS}{registration.pk}/change/",
        "/en/admin/mobilities/evaluation/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_registrations_are_not_added_in_admin(admin_client):
    assert admin_client.get(REGISTRATIONS + "add/").status_code == 403


def test_registration_changelist_query_count_does_not_grow(
    admin_client, django_assert_max_num_queries, django_assert_num_queries
):
    RegistrationFactory()
    with django_assert_max_num_queries(20) as few:
        admin_client.get(REGISTRATIONS)
    RegistrationFactory.create_batch(10)
    with django_assert_num_queries(len(few.captured_queries)):
        admin_client.get(REGISTRATIONS)


def test_audit_trail_is_read_only_on_the_registration_page(admin_client):
    registration = RegistrationFactory()
    RegistrationChange.objects.create(
        registration=registration, to_status=RegistrationStatus.PENDING, note="Applied"
    )

    response = admin_client.get(f"{REGISTRATIONS}{registration.pk}/change/")

    html = response.content.decode()
    assert "Applied" in html
    assert 'name="changes-0-note"' not in html
    assert 'name="status"' not in html


# Quotas and capacity -----------------------------------------------------------------


def test_quotas_over_capacity_are_refused_with_a_message(admin_client):
    mobility = MobilityFactory(capacity=10)
    first = QuotaFactory(mobility=mobility, seats=5)
    second = QuotaFactory(mobility=mobility, seats=5)
    url = f"{MOBILITIES}{mobility.pk}/change/"
    data = change_form_data(admin_client.get(url))
    index = next(i for i in range(2) if data[f"quotas-{i}-id"] == str(second.pk))
    data[f"quotas-{index}-seats"] = "6"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "The quotas add up to 11 seats" in html
    assert "capacity of 10" in html
    assert sorted(Quota.objects.values_list("seats", flat=True)) == [5, 5]
    assert first.pk


def test_raising_the_capacity_with_the_quotas_is_accepted(admin_client):
    mobility = MobilityFactory(capacity=10)
    QuotaFactory(mobility=mobility, seats=5)
    QuotaFactory(mobility=mobility, seats=5)
    url = f"{MOBILITIES}{mobility.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["capacity"] = "12"
    data["quotas-0-seats"] = "7"

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    assert sorted(Quota.objects.values_list("seats", flat=True)) == [5, 7]


def test_a_quota_cannot_drop_below_the_seats_taken(admin_client):
    mobility = MobilityFactory(capacity=10)
    quota = QuotaFactory(mobility=mobility, seats=3)
    for _ in range(2):
        RegistrationFactory(
            mobility=mobility,
            sending_partner=quota.partner,
            status=RegistrationStatus.CONFIRMED,
        )
    url = f"{MOBILITIES}{mobility.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["quotas-0-seats"] = "1"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "already holds 2 seats" in response.content.decode()
    quota.refresh_from_db()
    assert quota.seats == 3


def test_dates_out_of_order_and_a_bad_time_zone_get_messages_not_a_500(admin_client):
    mobility = MobilityFactory()
    url = f"{MOBILITIES}{mobility.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["ends_on"] = (mobility.starts_on - dt.timedelta(days=1)).isoformat()
    data["timezone"] = "Mars/Olympus"
    data["registration_closes_on"] = (
        dt.date.fromisoformat(data["registration_opens_on"]) - dt.timedelta(days=1)
    ).isoformat()

    response = admin_client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "The last day cannot be before the first day." in html
    assert "Enter a time zone such as Europe/Madrid" in html
    assert "Registration must close after it opens." in html


def test_an_event_is_added_with_its_quotas_and_sessions(admin_client):
    host = PartnerFactory()
    partner = PartnerFactory()
    response = admin_client.post(
        MOBILITIES + "add/",
        {
            "kind": "training",
            "status": "draft",
            "title_en": "Spring training in Sofia",
            "slug": "spring-training-sofia",
            "original_language": "en",
            "host": host.pk,
            "city_en": "Sofia",
            "country": "BG",
            "timezone": "Europe/Sofia",
            "starts_on": "2031-04-06",
            "ends_on": "2031-04-10",
            "capacity": "12",
            "offer_hours": "48",
            "quotas-TOTAL_FORMS": "1",
            "quotas-INITIAL_FORMS": "0",
            "quotas-0-partner": partner.pk,
            "quotas-0-seats": "12",
            "sessions-TOTAL_FORMS": "1",
            "sessions-INITIAL_FORMS": "0",
            "sessions-0-day": "2031-04-06",
            "sessions-0-starts_at": "09:30",
            "sessions-0-title_en": "Welcome",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302, response.context["errors"]
    mobility = host.hosted_mobilities.get()
    assert mobility.quotas.get().seats == 12
    assert mobility.sessions.get().title == "Welcome"


# Actions -----------------------------------------------------------------------------


def test_approve_action_confirms_within_the_quota_and_waitlists_beyond(
    admin_client, mailoutbox
):
    quota = QuotaFactory(seats=1)
    first, second = (
        RegistrationFactory(mobility=quota.mobility, sending_partner=quota.partner)
        for _ in range(2)
    )

    response = admin_client.post(
        REGISTRATIONS,
        {"action": "approve_registrations", "_selected_action": [first.pk, second.pk]},
        follow=True,
    )

    assert response.status_code == 200
    statuses = dict(
        Registration.objects.filter(pk__in=[first.pk, second.pk]).values_list(
            "pk", "status"
        )
    )
    assert sorted(statuses.values()) == ["confirmed", "waitlisted"]
    assert "2 applications approved" in response.content.decode()
    assert RegistrationChange.objects.filter(to_status="confirmed").count() == 1


def test_approve_action_reports_what_the_service_refuses(admin_client):
    mobility = MobilityFactory()
    no_quota = RegistrationFactory(mobility=mobility)
    confirmed = RegistrationFactory(
        mobility=mobility, status=RegistrationStatus.CONFIRMED
    )

    response = admin_client.post(
        REGISTRATIONS,
        {
            "action": "approve_registrations",
            "_selected_action": [no_quota.pk, confirmed.pk],
        },
        follow=True,
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "has no places at this event" in html
    assert "Only an application waiting for approval can be approved" in html
    no_quota.refresh_from_db()
    assert no_quota.status == RegistrationStatus.PENDING


def test_decline_action_asks_for_a_note_then_declines(admin_client, mailoutbox):
    quota = QuotaFactory()
    registration = RegistrationFactory(
        mobility=quota.mobility, sending_partner=quota.partner
    )
    selection = {
        "action": "decline_registrations",
        "_selected_action": [registration.pk],
    }

    asked = admin_client.post(REGISTRATIONS, selection)

    assert asked.status_code == 200
    assert "Note to the participants" in asked.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING

    done = admin_client.post(
        REGISTRATIONS, {**selection, "apply": "1", "note": "The seats went to mentors."}
    )

    assert done.status_code == 302
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.DECLINED
    change = registration.changes.get(to_status=RegistrationStatus.DECLINED)
    assert change.note == "The seats went to mentors."


def test_cancel_action_offers_the_seat_to_the_next_on_the_waiting_list(admin_client):
    quota = QuotaFactory(seats=1)
    confirmed = RegistrationFactory(
        mobility=quota.mobility,
        sending_partner=quota.partner,
        status=RegistrationStatus.CONFIRMED,
    )
    waiting = RegistrationFactory(
        mobility=quota.mobility,
        sending_partner=quota.partner,
        status=RegistrationStatus.WAITLISTED,
    )

    response = admin_client.post(
        REGISTRATIONS,
        {
            "action": "cancel_registrations",
            "_selected_action": [confirmed.pk],
            "apply": "1",
            "note": "",
        },
    )

    assert response.status_code == 302
    confirmed.refresh_from_db()
    waiting.refresh_from_db()
    assert confirmed.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.OFFERED


def test_actions_need_the_change_permission(client):
    from django.contrib.auth.models import Permission

    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_registration", "view_mobility"])
    )
    client.force_login(viewer)
    registration = RegistrationFactory()

    response = client.post(
        REGISTRATIONS,
        {"action": "approve_registrations", "_selected_action": [registration.pk]},
    )

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING
    assert response.status_code in (200, 302)


# Erasmus+ exports --------------------------------------------------------------------


@pytest.fixture
def reported_event():
    """An event that took place: two confirmed participants from North Macedonia, one
    from Bulgaria, and people who did not go."""
    mobility = ended_mobility(title_en="Initiating positive change")
    bitola = PartnerFactory(name="Bitola partner", country="MK")
    sofia = PartnerFactory(name="Sofia partner", country="BG")
    days = mobility.days

    def confirmed(partner, *, present_days, **fields):
        registration = RegistrationFactory(
            mobility=mobility,
            sending_partner=partner,
            status=RegistrationStatus.CONFIRMED,
            **fields,
        )
        for number, day in enumerate(days):
            Attendance.objects.create(
                registration=registration, day=day, present=number < present_days
            )
        return registration

    confirmed(bitola, present_days=7, gender="female", role="teacher")
    confirmed(bitola, present_days=6, gender="female", role="teacher")
    confirmed(
        sofia,
        present_days=7,
        gender="",
        role="headteacher",
        special_needs="Vegetarian meals",
    )
    RegistrationFactory(
        mobility=mobility, sending_partner=bitola, status=RegistrationStatus.CANCELLED
    )
    RegistrationFactory(
        mobility=mobility, sending_partner=sofia, status=RegistrationStatus.DECLINED
    )
    return mobility


def test_participants_export_has_one_row_per_confirmed_participant(
    admin_client, reported_event, django_assert_max_num_queries
):
    response = admin_client.post(
        MOBILITIES,
        {"action": "export_participants", "_selected_action": [reported_event.pk]},
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "erasmus-participants-" in response["Content-Disposition"]
    with django_assert_max_num_queries(1):
        rows = read_csv(response)
    header, *body = rows
    assert header[:4] == ["Event", "Kind of event", "First day", "Last day"]
    assert header[-5:] == [
        "Sending country",
        "School or organisation",
        "Role",
        "Gender",
        "Days attended",
    ]
    assert len(body) == 3
    by_partner = sorted((row[7], row[8], row[10], row[11], row[12]) for row in body)
    assert by_partner == [
        ("Bitola partner", "North Macedonia", "Teacher", "Female", "6"),
        ("Bitola partner", "North Macedonia", "Teacher", "Female", "7"),
        ("Sofia partner", "Bulgaria", "Headteacher or deputy", "", "7"),
    ]
    assert {row[0] for row in body} == {"Initiating positive change"}
    assert {row[4] for row in body} == {"7"}
    content = "\n".join(",".join(row) for row in rows)
    assert "Vegetarian" not in content
    assert "@example.org" not in content


def test_summary_export_counts_by_country_role_and_gender(admin_client, reported_event):
    response = admin_client.post(
        MOBILITIES,
        {"action": "export_summary", "_selected_action": [reported_event.pk]},
    )

    header, *body = read_csv(response)
    assert header == [
        "Sending country",
        "Role",
        "Gender",
        "Participants",
        "Days attended",
    ]
    assert sorted(body[:-1]) == [
        ["Bulgaria", "Headteacher or deputy", "Not recorded", "1", "7"],
        ["North Macedonia", "Teacher", "Female", "2", "13"],
    ]
    assert body[-1] == ["All", "", "", "3", "20"]


def test_registration_export_takes_only_the_selected_confirmed_ones(
    admin_client, reported_event
):
    chosen = reported_event.registrations.filter(status="confirmed").first()
    cancelled = reported_event.registrations.get(status="cancelled")

    response = admin_client.post(
        REGISTRATIONS,
        {
            "action": "export_participants",
            "_selected_action": [chosen.pk, cancelled.pk],
        },
    )

    _header, *body = read_csv(response)
    assert len(body) == 1


def test_export_escapes_cells_a_spreadsheet_would_run(admin_client):
    mobility = ended_mobility(title_en='=HYPERLINK("http://evil")')
    RegistrationFactory(mobility=mobility, status=RegistrationStatus.CONFIRMED)

    response = admin_client.post(
        MOBILITIES,
        {"action": "export_participants", "_selected_action": [mobility.pk]},
    )

    _header, row = read_csv(response)
    assert row[0].startswith("'=")
