"""A member's learning in their export; on deletion their answers and progress go, their
feedback keeps its rating without the comments, and an enrolment with a certificate
stays (the certificate stays verifiable)."""

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from network.services.privacy import account_delete, privacy_export, privacy_modules
from network.tests.factories import UserFactory
from siehub.certificates import certificate_issue
from siehub.models import CertificateKind
from training import privacy
from training.models import Answer, Enrolment, Feedback, UnitProgress
from training.tests.factories import (
    EnrolmentFactory,
    ModuleFactory,
    right_choice,
    wrong_choice,
)

pytestmark = pytest.mark.django_db

COMMENT = "The unit on home visits changed how I call parents."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def learner():
    return UserFactory(first_name="Vera", last_name="Petrova")


def enrol(user, *, title="Working with families", completed=False, certified=False):
    module = ModuleFactory(title_en=title, units=2, units__questions=1)
    first, second = module.units.all()
    enrolment = EnrolmentFactory(user=user, module=module, last_unit=second)
    UnitProgress.objects.create(enrolment=enrolment, unit=first)
    question = first.questions.get()
    Answer.objects.create(
        enrolment=enrolment,
        question=question,
        choice=right_choice(question),
        is_correct=True,
    )
    question = second.questions.get()
    Answer.objects.create(
        enrolment=enrolment,
        question=question,
        choice=wrong_choice(question),
        is_correct=False,
    )
    if completed:
        UnitProgress.objects.create(enrolment=enrolment, unit=second)
        enrolment.completed_at = timezone.now()
        enrolment.score = 50
        Feedback.objects.create(enrolment=enrolment, rating=4, comment=COMMENT)
    if certified:
        enrolment.certificate = certificate_issue(
            kind=CertificateKind.COMPLETION,
            source=f"training.enrolment:{enrolment.pk}",
            holder=user,
            holder_name="Vera Petrova",
            title=title,
            details={},
            language="en",
        )
    enrolment.save()
    return enrolment


def test_training_has_a_privacy_hook():
    assert ("training", privacy) in privacy_modules()


def test_export_has_enrolments_progress_answers_and_feedback(learner):
    enrolment = enrol(learner, completed=True, certified=True)
    enrol(UserFactory(), title="Someone else's module")

    data = privacy_export(user=learner)["training"]

    (row,) = data["enrolments"]
    assert row["module"] == {
        "title": "Working with families",
        "slug": enrolment.module.slug,
    }
    assert row["score"] == 50
    assert row["completed_at"] == enrolment.completed_at
    assert row["started_at"] == enrolment.started_at
    assert row["certificate"] == enrolment.certificate.code
    assert [unit["position"] for unit in row["units_completed"]] == [1, 2]
    assert [(a["right"], a["module"]) for a in data["answers"]] == [
        (True, enrolment.module.slug),
        (False, enrolment.module.slug),
    ]
    assert data["answers"][0]["answer"] == "Answer 1"
    (feedback,) = data["feedback"]
    assert (feedback["rating"], feedback["comment"]) == (4, COMMENT)
    text = json.dumps(data, cls=DjangoJSONEncoder)  # ready for the JSON download
    assert "Someone else's module" not in text


def test_export_of_a_member_without_learning_is_empty(learner):
    assert privacy.export(learner) == {"enrolments": [], "answers": [], "feedback": []}


def test_deletion_removes_answers_and_progress_and_an_uncertified_enrolment(learner):
    enrolment = enrol(learner)
    account_delete(user=learner, remove_published=False)
    assert not Enrolment.objects.filter(pk=enrolment.pk).exists()
    assert Answer.objects.count() == 0
    assert UnitProgress.objects.count() == 0


def test_deletion_keeps_a_certified_enrolment_and_the_rating(client, learner):
    enrolment = enrol(learner, completed=True, certified=True)
    code = enrolment.certificate.code

    account_delete(user=learner, remove_published=False)

    enrolment.refresh_from_db()
    assert enrolment.certificate.code == code
    assert enrolment.completed_at is not None
    assert not Answer.objects.filter(enrolment=enrolment).exists()
    assert not UnitProgress.objects.filter(enrolment=enrolment).exists()
    feedback = Feedback.objects.get(enrolment=enrolment)
    assert (feedback.rating, feedback.comment) == (4, "")
    response = client.get(f"/en/verify/{code}/")
    assert response.status_code == 200
    assert "Vera Petrova" in response.content.decode()


def test_deletion_keeps_the_rating_of_a_completed_enrolment_without_certificate(
    learner,
):
    enrolment = enrol(learner, completed=True)
    privacy.erase(learner, remove_published=False)
    feedback = Feedback.objects.get(enrolment=enrolment)
    assert (feedback.rating, feedback.comment) == (4, "")


def test_deletion_leaves_other_members_untouched(learner):
    other = enrol(UserFactory(), completed=True)
    enrol(learner, title="Mine", completed=True)
    privacy.erase(learner, remove_published=False)
    assert Answer.objects.filter(enrolment=other).count() == 2
    assert UnitProgress.objects.filter(enrolment=other).count() == 2
    assert Feedback.objects.get(enrolment=other).comment == COMMENT


def test_erase_is_safe_to_run_twice(learner):
    enrol(learner, completed=True, certified=True)
    enrol(learner, title="Second")
    privacy.erase(learner, remove_published=False)
    privacy.erase(learner, remove_published=False)
    assert Enrolment.objects.filter(user=learner).count() == 1
