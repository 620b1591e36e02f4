"""Feedback on a module: sent once by a member who completed it, bad input answered with
400 and the comment kept, results for staff and partner coordinators only, anonymous,
in a constant number of queries."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from network.tests.factories import PartnerFactory, UserFactory
from training.models import Feedback
from training.services.completion import feedback_submit, feedback_summary
from training.tests.test_completion import enrol, make_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    return make_module()


def feedback_url(module):
    return reverse("training:module-feedback", args=[module.slug])


def results_url(module):
    return reverse("training:module-results", args=[module.slug])


# The form ---------------------------------------------------------------------------------


def test_urls(module):
    assert (
        feedback_url(module)
        == "/en/training/understanding-early-school-leaving/feedback/"
    )
    assert (
        results_url(module)
        == "/en/training/understanding-early-school-leaving/results/"
    )


def test_anonymous_visitor_logs_in(client, module):
    response = client.get(feedback_url(module))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_form_is_an_accessible_radio_group(client, module):
    enrolment = enrol(module)
    client.force_login(enrolment.user)
    response = client.get(feedback_url(module))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<fieldset" in html
    assert "<legend" in html
    assert "Overall, how useful was this module for your work?" in html
    for value in range(1, 6):
        assert f'value="{value}"' in html
    assert 'maxlength="3000"' in html


def test_member_who_completed_sends_feedback_once(client, module):
    enrolment = enrol(module)
    client.force_login(enrolment.user)
    response = client.post(
        feedback_url(module), {"rating": "4", "comment": "  Useful examples.  "}
    )
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert feedback.enrolment == enrolment
    assert feedback.rating == 4
    assert feedback.comment == "Useful examples."
    # The page now thanks them.
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "already been sent" in page.content.decode()
    # A second POST changes nothing.
    again = client.post(feedback_url(module), {"rating": "1", "comment": "Changed"})
    assert again.status_code == 409
    assert "already been sent" in again.content.decode()
    assert Feedback.objects.get().rating == 4


def test_not_enrolled_is_refused_with_the_reason(client, module):
    client.force_login(UserFactory())
    response = client.get(feedback_url(module))
    assert response.status_code == 403
    assert "Enrol in the module first" in response.content.decode()
    response = client.post(feedback_url(module), {"rating": "5"})
    assert response.status_code == 403
    assert not Feedback.objects.exists()


def test_not_completed_is_refused_with_the_reason(client, module):
    enrolment = enrol(module, completed=False)
    client.force_login(enrolment.user)
    response = client.post(feedback_url(module), {"rating": "5"})
    assert response.status_code == 403
    assert "once you have completed the module" in response.content.decode()
    assert not Feedback.objects.exists()


def test_unknown_module_is_404(client, member):
    client.force_login(member)
    url = reverse("training:module-feedback", args=["no-such-module"])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("rating", ["6", "0", "x", "", None, "4.5", "-1"])
def test_bad_rating_answers_400_and_keeps_the_comment(client, module, rating):
    enrolment = enrol(module)
    client.force_login(enrolment.user)
    data = {"comment": "Kept <comment> & more"}
    if rating is not None:
        data["rating"] = rating
    response = client.post(feedback_url(module), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose a rating from 1 to 5." in html
    assert "Kept &lt;comment&gt; &amp; more" in html
    assert "error-summary" in html
    assert not Feedback.objects.exists()


def test_a_too_long_comment_answers_400(client, module):
    enrolment = enrol(module)
    client.force_login(enrolment.user)
    response = client.post(feedback_url(module), {"rating": "3", "comment": "a" * 3001})
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_service_checks_the_rules_too(module):
    not_done = enrol(module, completed=False)
    with pytest.raises(ValidationError) as error:
        feedback_submit(enrolment=not_done, data={"rating": 5})
    assert error.value.code == "not_completed"
    done = enrol(module)
    with pytest.raises(ValidationError) as error:
        feedback_submit(enrolment=done, data={"rating": 9})
    assert "rating" in error.value.message_dict
    feedback_submit(enrolment=done, data={"rating": 5, "comment": ""})
    with pytest.raises(ValidationError) as error:
        feedback_submit(enrolment=done, data={"rating": 5})
    assert error.value.code == "already_sent"
    assert Feedback.objects.count() == 1


# Results ----------------------------------------------------------------------------------


def with_feedback(module, ratings_and_comments):
    for index, (rating, comment) in enumerate(ratings_and_comments):
        enrolment = enrol(module, score=min(100, 60 + index * 10))
        Feedback.objects.create(enrolment=enrolment, rating=rating, comment=comment)


def test_summary_numbers(module):
    with_feedback(module, [(5, "Very clear"), (4, ""), (5, "another view"), (2, "  ")])
    enrol(module, completed=False, score=None)
    enrol(make_module(slug="other", title_en="Other"))  # another module's enrolment
    summary = feedback_summary(module)
    assert summary["enrolments"] == 5
    assert summary["completed"] == 4
    assert summary["average_score"] == pytest.approx(75)
    assert summary["feedback_count"] == 4
    assert summary["average_rating"] == pytest.approx(4)
    assert [bucket["count"] for bucket in summary["distribution"]] == [0, 1, 0, 1, 2]
    assert [bucket["percent"] for bucket in summary["distribution"]] == [
        0,
        25,
        0,
        25,
        50,
    ]
    # Sorted by their text, blanks left out.
    assert summary["comments"] == ["another view", "Very clear"]


def test_summary_of_a_module_without_feedback(module):
    summary = feedback_summary(module)
    assert summary["enrolments"] == 0
    assert summary["average_score"] is None
    assert summary["average_rating"] is None
    assert [bucket["count"] for bucket in summary["distribution"]] == [0] * 5
    assert summary["comments"] == []


def staff_with(codename):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def partner_coordinator():
    user = UserFactory()
    PartnerFactory().coordinators.add(user)
    return user


@pytest.mark.parametrize(
    "who",
    [
        lambda: staff_with("view_feedback"),
        lambda: staff_with("change_module"),
        partner_coordinator,
    ],
    ids=["view-feedback", "change-module", "partner-coordinator"],
)
def test_coordinators_see_the_results_without_names(client, module, who):
    with_feedback(module, [(5, "Very clear"), (3, "Too long")])
    client.force_login(who())
    response = client.get(results_url(module))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Very clear" in html
    assert "Too long" in html
    assert "Average 4.0 out of 5, from 2 answers." in html
    assert "Marija" not in html  # the members' names are nowhere


@pytest.mark.parametrize(
    "who",
    [UserFactory, lambda: UserFactory(is_staff=True), lambda: staff_with("review")],
    ids=["member", "staff-without-permission", "curator"],
)
def test_others_do_not_find_the_results(client, module, who):
    client.force_login(who())
    assert client.get(results_url(module)).status_code == 404


def test_a_member_enrolled_in_the_module_does_not_see_results(client, module):
    enrolment = enrol(module)
    client.force_login(enrolment.user)
    assert client.get(results_url(module)).status_code == 404


def test_anonymous_visitor_logs_in_for_results(client, module):
    response = client.get(results_url(module))
    assert response.status_code == 302


def test_results_of_an_unknown_module_are_404(client):
    client.force_login(staff_with("change_module"))
    url = reverse("training:module-results", args=["no-such-module"])
    assert client.get(url).status_code == 404


def test_results_take_the_same_queries_for_one_or_many(
    client, module, django_assert_num_queries
):
    client.force_login(partner_coordinator())
    with_feedback(module, [(5, "One")])
    client.get(results_url(module))  # warm the caches (content types)
    with CaptureQueriesContext(connection) as one:
        assert client.get(results_url(module)).status_code == 200
    with_feedback(module, [(4, f"Comment {i}") for i in range(10)])
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(results_url(module))
    assert response.status_code == 200
    assert "Comment 9" in response.content.decode()


def test_coordinators_reach_the_results_from_the_module_page(client, db):
    from network.tests.factories import PartnerFactory, UserFactory
    from training.tests.factories import ModuleFactory

    module = ModuleFactory()
    results = f'href="/en/training/{module.slug}/results/"'
    member = UserFactory()
    coordinator = UserFactory()
    PartnerFactory().coordinators.add(coordinator)

    assert results not in client.get(module.get_absolute_url()).content.decode()
    client.force_login(member)
    assert results not in client.get(module.get_absolute_url()).content.decode()
    client.force_login(coordinator)
    assert results in client.get(module.get_absolute_url()).content.decode()
