"""Outcome indicators: figures before and after that an adapting school reports, checked
for sense, kept on bad input, and summed up on the adaptation and its practice."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from inventory.models import OutcomeIndicator, Status
from inventory.services.adaptations import adaptation_report_indicators
from inventory.tests.factories import AdaptationFactory, PublishedPracticeFactory
from network.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def published_adaptation(**kwargs):
    return AdaptationFactory(
        status=Status.PUBLISHED,
        published_at="2026-01-10T10:00:00Z",
        submitted_at="2026-01-09T10:00:00Z",
        results_en="<p>Better attendance.</p>",
        **kwargs,
    )


def form_data(**indicators):
    data = {"results": "Better attendance.", "lessons": "", "period": ""}
    for indicator, fields in indicators.items():
        for name, value in fields.items():
            data[f"{indicator}-{name}"] = value
    return data


ATTENDANCE = {
    "baseline": "71",
    "result": "84,5",
    "period_start": "2025-09-01",
    "period_end": "2026-06-30",
    "measurement": "monitored",
}


def figures(**fields):
    return {
        "baseline": Decimal("71"),
        "result": Decimal("84"),
        "period_start": datetime.date(2025, 9, 1),
        "period_end": datetime.date(2026, 6, 30),
        "measurement": "monitored",
        **fields,
    }


class TestForm:
    def url(self, adaptation, language="en"):
        return f"/{language}/adaptations/{adaptation.pk}/outcomes/"

    def test_author_reports_an_indicator_in_the_page_number_format(self, client):
        adaptation = published_adaptation()
        client.force_login(adaptation.author)
        response = client.post(
            self.url(adaptation, "es"), form_data(attendance=ATTENDANCE)
        )
        assert response.status_code == 302
        item = OutcomeIndicator.objects.get(adaptation=adaptation)
        assert (item.indicator, item.baseline, item.result) == (
            "attendance",
            Decimal("71.0"),
            Decimal("84.5"),
        )
        assert item.measurement == "monitored"

    @pytest.mark.parametrize(
        ("indicator", "fields", "message"),
        [
            ("attendance", {"result": "140"}, "at most 100"),
            ("repetition", {"baseline": "-3"}, "cannot be negative"),
            ("attendance", {"period_end": "2025-08-01"}, "must end after it starts"),
            ("early_leavers", {"baseline": "2.5"}, "whole number of pupils"),
            ("attendance", {"measurement": ""}, "leave the whole indicator empty"),
            ("attendance", {"baseline": "lots"}, "Enter a number"),
        ],
    )
    def test_bad_figures_are_refused_with_the_form_kept(
        self, client, indicator, fields, message
    ):
        adaptation = published_adaptation()
        client.force_login(adaptation.author)
        typed = {**ATTENDANCE, "result": "84.5", **fields}
        response = client.post(self.url(adaptation), form_data(**{indicator: typed}))
        assert response.status_code == 400
        html = response.content.decode()
        assert message in html
        assert 'class="error-summary"' in html
        for name, value in typed.items():
            if name != "measurement" and value:
                assert f'name="{indicator}-{name}"' in html
                assert f'value="{value}"' in html
        assert not OutcomeIndicator.objects.exists()

    def test_an_emptied_indicator_is_removed(self, client):
        adaptation = published_adaptation()
        OutcomeIndicator.objects.create(
            adaptation=adaptation, indicator="attendance", **figures()
        )
        client.force_login(adaptation.author)
        response = client.post(self.url(adaptation), form_data())
        assert response.status_code == 302
        assert not OutcomeIndicator.objects.exists()

    def test_the_form_shows_what_was_reported_in_the_page_number_format(self, client):
        adaptation = published_adaptation()
        OutcomeIndicator.objects.create(
            adaptation=adaptation,
            indicator="attendance",
            **figures(result=Decimal("84.5")),
        )
        client.force_login(adaptation.author)
        html = client.get(self.url(adaptation, "es")).content.decode()
        assert 'name="attendance-baseline" value="71"' in html
        assert 'name="attendance-result" value="84,5"' in html
        assert 'name="attendance-period_start" value="2025-09-01"' in html

    def test_only_the_author_of_a_published_adaptation_reports(self, client):
        adaptation = published_adaptation()
        assert client.get(self.url(adaptation)).status_code == 302  # to log in
        client.force_login(UserFactory())
        response = client.post(self.url(adaptation), form_data(attendance=ATTENDANCE))
        assert response.status_code == 404
        draft = AdaptationFactory(status=Status.DRAFT)
        client.force_login(draft.author)
        assert client.get(self.url(draft)).status_code == 404
        assert not OutcomeIndicator.objects.exists()


class TestRules:
    def test_service_refuses_another_member(self):
        adaptation = published_adaptation()
        with pytest.raises(PermissionDenied):
            adaptation_report_indicators(
                adaptation=adaptation,
                author=UserFactory(),
                figures={"attendance": figures()},
            )

    def test_service_applies_the_model_rules(self):
        adaptation = published_adaptation()
        with pytest.raises(ValidationError):
            adaptation_report_indicators(
                adaptation=adaptation,
                author=adaptation.author,
                figures={"attendance": figures(result=Decimal("140"))},
            )

    @pytest.mark.parametrize(
        "fields",
        [
            {"result": Decimal("140")},
            {"baseline": Decimal("-1")},
            {"period_end": datetime.date(2025, 9, 1)},
        ],
    )
    def test_database_holds_the_rules_too(self, fields):
        adaptation = published_adaptation()
        with pytest.raises(IntegrityError), transaction.atomic():
            OutcomeIndicator.objects.create(
                adaptation=adaptation, indicator="attendance", **figures(**fields)
            )


class TestShown:
    def test_practice_sums_up_its_schools_figures(self, client):
        practice = PublishedPracticeFactory()
        for baseline, result in ((70, 82), (72, 86)):
            adaptation = published_adaptation(
                practice=practice, school=OrganisationFactory()
            )
            OutcomeIndicator.objects.create(
                adaptation=adaptation,
                indicator="attendance",
                **figures(baseline=Decimal(baseline), result=Decimal(result)),
            )
        hidden = AdaptationFactory(practice=practice, status=Status.DRAFT)
        OutcomeIndicator.objects.create(
            adaptation=hidden, indicator="attendance", **figures(result=Decimal(10))
        )
        html = client.get(practice.get_absolute_url()).content.decode()
        assert "up from 71\N{NO-BREAK SPACE}% to 84\N{NO-BREAK SPACE}%" in html
        assert "in 2 schools" in html
        assert "(monitored in school records: 2)" in html
        html = client.get(f"/mk/practices/{practice.slug}/").content.decode()
        assert "од 71\N{NO-BREAK SPACE}% на 84\N{NO-BREAK SPACE}%" in html

    def test_adaptation_lists_its_figures(self, client):
        adaptation = published_adaptation()
        OutcomeIndicator.objects.create(
            adaptation=adaptation,
            indicator="early_leavers",
            **figures(baseline=6, result=2),
        )
        html = client.get(adaptation.get_absolute_url()).content.decode()
        assert "Pupils who left school early" in html
        assert "6 pupils" in html and "2 pupils" in html
