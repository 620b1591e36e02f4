"""Outcomes after publication: results come months after the start of an adaptation, so
its author adds them to the published text without a new review; curators see the edit."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from inventory.models import Revision, Status
from inventory.services.adaptations import adaptation_report_outcomes
from inventory.tests.factories import AdaptationFactory
from network.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def adaptation():
    return AdaptationFactory(
        status=Status.PUBLISHED,
        published_at="2026-01-10T10:00:00Z",
        submitted_at="2026-01-09T10:00:00Z",
        results_en="<p>Too early to tell.</p>",
        period="2025/2026 school year",
    )


def url(adaptation):
    return f"/en/adaptations/{adaptation.pk}/outcomes/"


OUTCOMES = {
    "results": "Absences fell from 20% to 12%.\n\n- fewer drop-outs",
    "lessons": "Start with the families.",
    "period": "September 2025 to June 2026",
}


class TestService:
    def test_author_adds_outcomes_without_a_new_review_and_it_is_recorded(
        self, adaptation
    ):
        adaptation_report_outcomes(
            adaptation=adaptation, author=adaptation.author, data=OUTCOMES
        )
        adaptation.refresh_from_db()
        assert adaptation.status == Status.PUBLISHED
        assert adaptation.results_en == (
            "<p>Absences fell from 20% to 12%.</p>\n<ul><li>fewer drop-outs</li></ul>"
        )
        assert adaptation.lessons_en == "<p>Start with the families.</p>"
        assert adaptation.period == "September 2025 to June 2026"
        revision = Revision.objects.get(adaptation=adaptation)
        assert revision.editor == adaptation.author
        assert revision.changes["results_en"][0] == "<p>Too early to tell.</p>"
        assert revision.changes["period"] == [
            "2025/2026 school year",
            "September 2025 to June 2026",
        ]
        assert set(revision.changes) == {"results_en", "lessons_en", "period"}
        # The reviewed description stays as it was published.
        assert adaptation.context_en == "<p>Older pupils, a Spanish town.</p>"

    def test_outcomes_go_into_the_original_language(self, adaptation):
        adaptation.original_language = "mk"
        adaptation.results_mk = "<p>Рано е.</p>"
        adaptation.save()
        adaptation_report_outcomes(
            adaptation=adaptation, author=adaptation.author, data={"results": "Успех"}
        )
        adaptation.refresh_from_db()
        assert adaptation.results_mk == "<p>Успех</p>"
        assert adaptation.results_en == "<p>Too early to tell.</p>"

    def test_unchanged_outcomes_record_nothing(self, adaptation):
        adaptation_report_outcomes(
            adaptation=adaptation,
            author=adaptation.author,
            data={"results": "Too early to tell.", "period": "2025/2026 school year"},
        )
        assert not Revision.objects.exists()

    def test_only_the_author_and_only_once_published(self, adaptation):
        with pytest.raises(PermissionDenied):
            adaptation_report_outcomes(
                adaptation=adaptation, author=UserFactory(), data=OUTCOMES
            )
        draft = AdaptationFactory()
        with pytest.raises(PermissionDenied):
            adaptation_report_outcomes(
                adaptation=draft, author=draft.author, data=OUTCOMES
            )

    def test_results_cannot_be_emptied(self, adaptation):
        with pytest.raises(ValidationError):
            adaptation_report_outcomes(
                adaptation=adaptation, author=adaptation.author, data={"results": " "}
            )
        adaptation.refresh_from_db()
        assert adaptation.results_en == "<p>Too early to tell.</p>"


class TestPages:
    def test_author_reaches_the_form_from_the_page_and_my_practices(
        self, client, adaptation
    ):
        client.force_login(adaptation.author)
        for page in (adaptation.get_absolute_url(), "/en/my/practices/"):
            assert url(adaptation) in client.get(page).content.decode(), page
        form = client.get(url(adaptation))
        assert form.status_code == 200
        assert "Too early to tell." in form.content.decode()

    def test_author_publishes_the_outcomes(self, client, adaptation):
        client.force_login(adaptation.author)
        response = client.post(url(adaptation), OUTCOMES)
        assert response.status_code == 302
        assert response["Location"] == adaptation.get_absolute_url()
        page = client.get(adaptation.get_absolute_url()).content.decode()
        assert "Absences fell from 20% to 12%." in page
        assert "September 2025 to June 2026" in page
        adaptation.refresh_from_db()
        assert adaptation.status == Status.PUBLISHED

    def test_others_get_a_404_and_see_no_link(self, client, adaptation):
        assert client.get(url(adaptation)).status_code == 302  # to the login
        client.force_login(UserFactory())
        assert (
            url(adaptation)
            not in client.get(adaptation.get_absolute_url()).content.decode()
        )
        assert client.get(url(adaptation)).status_code == 404
        assert client.post(url(adaptation), OUTCOMES).status_code == 404
        adaptation.refresh_from_db()
        assert adaptation.results_en == "<p>Too early to tell.</p>"

    @pytest.mark.parametrize(
        "status", [Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED]
    )
    def test_an_unpublished_adaptation_is_a_404(self, client, status):
        adaptation = AdaptationFactory(status=status)
        client.force_login(adaptation.author)
        assert client.get(url(adaptation)).status_code == 404
        assert client.post(url(adaptation), OUTCOMES).status_code == 404

    def test_bad_input_is_a_400_with_the_form_kept(self, client, adaptation):
        client.force_login(adaptation.author)
        response = client.post(
            url(adaptation),
            {**OUTCOMES, "results": "", "period": "x" * 101},
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "error-summary" in html
        assert "Start with the families." in html
        adaptation.refresh_from_db()
        assert adaptation.results_en == "<p>Too early to tell.</p>"
        assert not Revision.objects.exists()

    def test_curator_sees_the_change_in_admin(self, client, adaptation):
        adaptation_report_outcomes(
            adaptation=adaptation, author=adaptation.author, data=OUTCOMES
        )
        client.force_login(UserFactory(is_staff=True, is_superuser=True))
        page = client.get(
            f"/en/admin/inventory/adaptation/{adaptation.pk}/change/"
        ).content.decode()
        assert "edits after publication" in page.lower()
        assert "Too early to tell." in page
        assert "September 2025 to June 2026" in page

    def test_a_curators_admin_edit_of_a_published_adaptation_is_recorded(
        self, client, adaptation
    ):
        curator = UserFactory(is_staff=True, is_superuser=True)
        client.force_login(curator)
        change = f"/en/admin/inventory/adaptation/{adaptation.pk}/change/"
        form = client.get(change).context["adminform"].form
        data = {
            name: value
            for name, value in form.initial.items()
            if value is not None and not isinstance(value, list)
        }
        data.update(
            practice=adaptation.practice_id,
            school=adaptation.school_id,
            period="2025 to 2027",
        )
        for prefix in ("pictures", "indicators", "status_changes", "revisions"):
            data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
        response = client.post(change, data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        revision = Revision.objects.get(adaptation=adaptation)
        assert revision.editor == curator
        assert revision.changes == {"period": ["2025/2026 school year", "2025 to 2027"]}
