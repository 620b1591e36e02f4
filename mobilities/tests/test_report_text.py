"""The report after an event is formatted text: written in Markdown in admin, stored as
sanitised HTML; reports written before as plain text were converted by a migration."""

import importlib

import pytest
from django.apps import apps

from mobilities.models import Mobility
from mobilities.tests.factories import MobilityFactory
from network.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_plain_reports_become_paragraphs_and_lists_once():
    plain = MobilityFactory(report_en="We came.\n\n- five schools\n- two towns")
    done = MobilityFactory(report_en="<p>Already <strong>HTML</strong>.</p>")
    migration = importlib.import_module(
        "mobilities.migrations.0006_report_as_formatted_text"
    )
    migration.convert(apps, None)
    migration.convert(apps, None)  # a second run changes nothing
    plain.refresh_from_db()
    done.refresh_from_db()
    assert (
        plain.report_en
        == "<p>We came.</p>\n<ul><li>five schools</li><li>two towns</li></ul>"
    )
    assert done.report_en == "<p>Already <strong>HTML</strong>.</p>"


def test_curator_writes_the_report_in_markdown_in_admin(client):
    mobility = MobilityFactory()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    change = f"/en/admin/mobilities/mobility/{mobility.pk}/change/"
    html = client.get(change).content.decode()
    assert 'name="report_en"' in html and "data-markdown" in html
    form = client.get(change).context["adminform"].form
    widget = form.fields["report_en"].widget
    typed = {"report_en": "## Outcomes\n\n**Three** schools <script>x</script>"}
    stored = widget.value_from_datadict(typed, {}, "report_en")
    assert (
        stored
        == "<h3>Outcomes</h3>\n<p><strong>Three</strong> schools &lt;script&gt;x&lt;/script&gt;</p>"
    )
    assert not Mobility.objects.get(pk=mobility.pk).report_en  # nothing saved yet
