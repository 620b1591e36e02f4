"""The results page: figures summed correctly from a known data set, small counts kept
back, filters, the CSV files and the curators' spreadsheet, a constant query count."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from openpyxl import load_workbook

from inventory.models import OutcomeIndicator, Status, TargetGroup
from inventory.tests.factories import AdaptationFactory, PublishedPracticeFactory
from mobilities.models import Gender, RegistrationStatus
from mobilities.tests.factories import (
    AttendanceFactory,
    MobilityFactory,
    RegistrationFactory,
)
from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory
from results import services
from results.figures import Filters, tables
from training.tests.factories import EnrolmentFactory

pytestmark = pytest.mark.django_db


def at(year):
    return timezone.make_aware(datetime.datetime(year, 3, 1, 10))


@pytest.fixture
def known():
    """Three practices (two Macedonian, 2024 and 2025; one Spanish, 2025), one adapted
    by two schools in two countries with attendance reported, and an event with six
    women and two men present."""
    roma = TargetGroup.objects.get(slug="roma")
    first = PublishedPracticeFactory(
        country="MK", published_at=at(2024), title_en="Mentors"
    )
    first.target_groups.add(roma)
    PublishedPracticeFactory(country="MK", published_at=at(2025))
    PublishedPracticeFactory(country="ES", published_at=at(2025))
    PublishedPracticeFactory(country="ES", status=Status.DRAFT, published_at=None)
    for country, before, after in (("BG", 70, 80), ("ES", 72, 88)):
        adaptation = AdaptationFactory(
            practice=first,
            school=OrganisationFactory(country=country),
            status=Status.PUBLISHED,
            published_at=at(2025),
        )
        OutcomeIndicator.objects.create(
            adaptation=adaptation,
            indicator="attendance",
            baseline=Decimal(before),
            result=Decimal(after),
            period_start=datetime.date(2024, 9, 1),
            period_end=datetime.date(2025, 6, 30),
            measurement="monitored",
        )
    mobility = MobilityFactory(title_en="Skopje training")
    partner = PartnerFactory(country="MK")
    for index in range(8):
        registration = RegistrationFactory(
            mobility=mobility,
            sending_partner=partner,
            status=RegistrationStatus.CONFIRMED,
            gender=Gender.FEMALE if index < 6 else Gender.MALE,
        )
        AttendanceFactory(registration=registration)
    enrolment = EnrolmentFactory()
    enrolment.completed_at = timezone.now()
    enrolment.save()
    services.results_refresh()
    return first


def test_figures_add_up_on_a_known_data_set(known):
    data = services.current_snapshot().data
    figures = tables(data, Filters(), "en")
    by_year = figures["practices_by_year"].rows
    assert by_year[0][0] == "2024" and by_year[0][-1] == 1
    assert by_year[1][0] == "2025" and by_year[1][-1] == 2
    assert figures["practices_by_target_group"].rows == [["Roma pupils", 1]]
    assert figures["most_adapted"].rows == [["Mentors", 2, 2, 2]]
    indicator, schools, before, after, *how = figures["outcomes"].rows[0]
    assert (indicator, schools, before, after) == ("Attendance rate", 2, 71.0, 84.0)
    assert how == [0, 2, 0]
    assert figures["training"].rows[0][1:3] == [1, 1]


def test_filters_narrow_the_figures(known):
    data = services.current_snapshot().data
    spain = tables(data, Filters(country="ES"), "en")
    assert [row[-1] for row in spain["practices_by_year"].rows] == [1]
    assert spain["most_adapted"].rows == []  # the adapted practice is Macedonian
    only_2024 = tables(data, Filters(year_from=2024, year_to=2024), "en")
    assert [row[0] for row in only_2024["practices_by_year"].rows] == ["2024"]


def test_small_counts_of_people_are_not_shown(known):
    figures = tables(services.current_snapshot().data, Filters(), "en")
    genders = dict(figures["participants_by_gender"].rows)
    assert genders["Female"] == 6
    assert genders["Male"] == "fewer than 5"
    event = figures["participants_by_event"].rows[0]
    assert event[0] == "Skopje training" and "fewer than 5" in event and 6 in event


def test_page_shows_charts_tables_and_downloads_in_every_language(client, known):
    for language in ("en", "mk", "bg", "es"):
        response = client.get(f"/{language}/results/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert f'src="/{language}/results/practices_by_year.svg"' in html
        assert f'href="/{language}/results/outcomes.csv"' in html
        assert "<table" in html and "Mentors" in html
    svg = client.get("/en/results/practices_by_year.svg?country=MK")
    assert svg["Content-Type"] == "image/svg+xml"
    body = svg.content.decode()
    assert body.count("<svg") >= 1 and "<script" not in body
    assert "Practices published per year" in body


def test_csv_holds_the_table(client, known):
    response = client.get("/en/results/outcomes.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    assert rows[0][:4] == ["Indicator", "Schools", "Before", "After"]
    assert rows[1][:4] == ["Attendance rate", "2", "71.0", "84.0"]
    assert client.get("/en/results/nothing.csv").status_code == 404


def test_bad_filters_are_refused_with_a_message_and_the_rest_shown(client, known):
    response = client.get("/en/results/?country=XX&year_from=2025&year_to=2024")
    assert response.status_code == 400
    html = response.content.decode()
    assert "not valid and have been ignored" in html
    assert "Mentors" in html


def test_only_curators_download_the_report(client, known):
    url = "/en/results/report.xlsx?year_from=2024&year_to=2025"
    assert client.get(url).status_code == 302  # to log in
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403
    curator = UserFactory(is_staff=True)
    curator.user_permissions.add(Permission.objects.get(codename="view_snapshot"))
    client.force_login(curator)
    response = client.get(url)
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "About"
    about = list(book["About"].iter_rows(values_only=True))
    assert ("Period", "2024–2025") in [row[:2] for row in about]
    assert any(row[0] == "Small counts" for row in about)
    outcomes = book["Reported outcomes the mean befo"]
    values = list(outcomes.iter_rows(values_only=True))
    assert values[1][:4] == ("Indicator", "Schools", "Before", "After")
    assert values[2][:4] == ("Attendance rate", 2, 71, 84)


def test_page_query_count_is_constant(client, known, django_assert_max_num_queries):
    client.get("/en/results/")
    with django_assert_max_num_queries(4):
        client.get("/en/results/")
    for _ in range(5):
        PublishedPracticeFactory(country="BG", published_at=at(2025))
    services.results_refresh()
    with django_assert_max_num_queries(5):  # the new snapshot is read once
        client.get("/en/results/")
    with django_assert_max_num_queries(4):
        client.get("/en/results/")


def test_refresh_keeps_a_few_snapshots_and_the_task_runs():
    from results.models import Snapshot
    from results.tasks import refresh_results

    for _ in range(7):
        refresh_results.delay()
    assert Snapshot.objects.count() == services.KEEP
