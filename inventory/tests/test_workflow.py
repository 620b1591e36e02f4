"""The moderation workflow: who may make which transition, the audit trail, the mail."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext

from inventory.models import Practice, Status, StatusChange
from inventory.services.adaptations import (
    adaptation_create,
    adaptation_publish,
    adaptation_submit,
)
from inventory.services.comments import comment_hide, comment_post, comment_report
from inventory.services.practices import (
    practice_archive,
    practice_create,
    practice_publish,
    practice_reject,
    practice_request_changes,
    practice_submit,
    practice_update,
    practice_withdraw,
)
from inventory.services.workflow import TRANSITIONS, revision_record, revision_snapshot
from inventory.tests.factories import (
    AdaptationFactory,
    PracticeFactory,
    PublishedPracticeFactory,
)
from network.tests.factories import OrganisationFactory, UserFactory
from siehub.models import Notification

pytestmark = pytest.mark.django_db

ALL = [choice.value for choice in Status]
ALLOWED = set(TRANSITIONS)
CURATOR_MOVES = {
    Status.PUBLISHED: practice_publish,
    Status.CHANGES_REQUESTED: practice_request_changes,
    Status.REJECTED: practice_reject,
    Status.ARCHIVED: practice_archive,
}


def move(practice, to_status, actor):
    """Ask the service for a transition as `actor` would."""
    if to_status == Status.SUBMITTED:
        return practice_submit(practice=practice, author=actor)
    if to_status == Status.DRAFT:
        return practice_withdraw(practice=practice, author=actor)
    service = CURATOR_MOVES[to_status]
    return service(practice=practice, curator=actor, note="Please add numbers.")


@pytest.mark.parametrize("from_status", ALL)
@pytest.mark.parametrize("to_status", ALL)
def test_every_transition_is_allowed_only_where_the_workflow_says(
    from_status, to_status, curator, django_capture_on_commit_callbacks
):
    if from_status == to_status:
        return
    author = UserFactory()
    practice = PracticeFactory(
        author=author,
        status=from_status,
        published_at=None if from_status != Status.PUBLISHED else "2024-01-01T00:00Z",
    )
    who = TRANSITIONS.get((from_status, to_status))
    actor = author if who == "author" else curator
    if to_status in (Status.ARCHIVED,) and from_status == Status.ARCHIVED:
        return
    if (from_status, to_status) in ALLOWED:
        moved = move(practice, to_status, actor)
        assert moved.status == to_status
        change = StatusChange.objects.get(practice=practice)
        assert (change.from_status, change.to_status, change.actor) == (
            from_status,
            to_status,
            actor,
        )
    else:
        with pytest.raises((ValidationError, KeyError)):
            move(practice, to_status, actor)
        practice.refresh_from_db()
        assert practice.status == from_status
        assert not StatusChange.objects.exists()


def test_a_member_cannot_make_a_curators_decision(curator):
    practice = PracticeFactory(status=Status.SUBMITTED)
    with pytest.raises(PermissionDenied):
        practice_publish(practice=practice, curator=practice.author)
    with pytest.raises(PermissionDenied):
        practice_reject(practice=practice, curator=UserFactory())
    practice.refresh_from_db()
    assert practice.status == Status.SUBMITTED


def test_only_the_author_submits(curator):
    practice = PracticeFactory()
    with pytest.raises(PermissionDenied):
        practice_submit(practice=practice, author=UserFactory())
    with pytest.raises(PermissionDenied):
        practice_submit(practice=practice, author=curator)


def test_an_incomplete_practice_cannot_be_submitted():
    practice = PracticeFactory(context_en="", results_en="  ")
    with pytest.raises(ValidationError) as error:
        practice_submit(practice=practice, author=practice.author)
    assert "context and needs" in str(error.value)
    assert "results and evidence" in str(error.value)
    practice.refresh_from_db()
    assert practice.status == Status.DRAFT


def test_submission_needs_the_no_personal_data_confirmation():
    practice = PracticeFactory(no_personal_data=False)
    with pytest.raises(ValidationError):
        practice_submit(practice=practice, author=practice.author)


def test_the_database_refuses_a_submitted_practice_without_confirmation():
    practice = PracticeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Practice.objects.filter(pk=practice.pk).update(
            status=Status.SUBMITTED, no_personal_data=False
        )


def test_the_database_refuses_a_published_practice_without_date():
    practice = PracticeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Practice.objects.filter(pk=practice.pk).update(status=Status.PUBLISHED)


def test_requesting_changes_needs_a_message(curator):
    practice = PracticeFactory(status=Status.SUBMITTED)
    with pytest.raises(ValidationError):
        practice_request_changes(practice=practice, curator=curator, note=" ")


def test_submission_mails_every_curator_in_their_language(
    curator, django_capture_on_commit_callbacks, mailoutbox
):
    superuser = UserFactory(is_superuser=True, is_staff=True, preferred_language="mk")
    author = UserFactory(first_name="Ana")
    practice = PracticeFactory(author=author, title_en="Breakfast with families")
    with django_capture_on_commit_callbacks(execute=True):
        practice_submit(practice=practice, author=author)
    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {curator.email, superuser.email}
    for user in (curator, superuser):
        with translation.override(user.preferred_language):
            expected = gettext("To review: %(title)s") % {
                "title": "Breakfast with families"
            }
        assert by_recipient[user.email].subject == expected
    assert "/admin/inventory/practice/" in by_recipient[curator.email].body


@pytest.mark.parametrize(
    ("service", "status", "subject"),
    [
        (practice_publish, Status.PUBLISHED, "Published: %(title)s"),
        (
            practice_request_changes,
            Status.CHANGES_REQUESTED,
            "Changes requested: %(title)s",
        ),
        (practice_reject, Status.REJECTED, "Not published: %(title)s"),
    ],
)
def test_each_decision_is_recorded_and_mailed_to_the_author_in_their_language(
    curator, django_capture_on_commit_callbacks, mailoutbox, service, status, subject
):
    author = UserFactory(preferred_language="bg")
    practice = PracticeFactory(
        author=author,
        status=Status.SUBMITTED,
        title_en="Reading buddies",
        title_bg="Четящи приятели",
    )
    with django_capture_on_commit_callbacks(execute=True):
        service(
            practice=practice, curator=curator, note="Please add the numbers of 2023."
        )
    practice.refresh_from_db()
    assert practice.status == status
    change = practice.status_changes.get()
    assert (change.actor, change.note) == (curator, "Please add the numbers of 2023.")
    [message] = mailoutbox
    assert message.to == [author.email]
    with translation.override("bg"):
        assert message.subject == gettext(subject) % {"title": "Четящи приятели"}
    assert "Please add the numbers of 2023." in message.body


def test_publishing_sets_the_date_once_and_archiving_keeps_it(curator):
    practice = PracticeFactory(status=Status.SUBMITTED)
    practice = practice_publish(practice=practice, curator=curator)
    first = practice.published_at
    assert first is not None
    practice = practice_archive(practice=practice, curator=curator)
    assert practice.published_at == first
    assert not Practice.objects.published().filter(pk=practice.pk).exists()


def test_author_edits_only_drafts_and_returned_practices(curator):
    practice = PracticeFactory(status=Status.SUBMITTED)
    with pytest.raises(ValidationError):
        practice_update(practice=practice, editor=practice.author, data={"title": "X"})
    with pytest.raises(PermissionDenied):
        practice_update(
            practice=PracticeFactory(), editor=UserFactory(), data={"title": "X"}
        )
    returned = PracticeFactory(status=Status.CHANGES_REQUESTED)
    practice_update(practice=returned, editor=returned.author, data={"title": "Better"})
    returned.refresh_from_db()
    assert returned.title_en == "Better"


def test_text_is_stored_in_the_original_language_and_sanitised():
    author = UserFactory(preferred_language="mk")
    practice = practice_create(
        author=author,
        data={
            "original_language": "mk",
            "title": "Медијатори",
            "summary": "<p onclick='x()'>Добро</p><script>alert(1)</script>",
            "context": "Прв пасус\n\n- едно\n- две",
        },
    )
    assert practice.title_mk == "Медијатори"
    assert practice.title_en in ("", None)
    assert practice.summary_mk == "<p>Добро</p>"
    assert practice.context_mk == "<p>Прв пасус</p>\n<ul><li>едно</li><li>две</li></ul>"
    assert practice.status == Status.DRAFT
    assert practice.slug


def test_a_new_practice_takes_the_first_free_slug_of_its_title():
    author = UserFactory()
    PracticeFactory(slug="peer-mentors")
    slugs = [
        practice_create(
            author=author, data={"original_language": "en", "title": title}
        ).slug
        for title in ("Peer mentors", "Peer mentors!", "Медијатори", "!!!")
    ]
    assert slugs == ["peer-mentors-2", "peer-mentors-3", "medijatori", "practice"]


def test_edits_of_a_published_practice_are_recorded(curator):
    practice = PublishedPracticeFactory(title_en="Old title")
    before = revision_snapshot(practice)
    practice.title_en = "New title"
    practice.save()
    revision = revision_record(obj=practice, editor=curator, before=before)
    assert revision.changes == {"title_en": ["Old title", "New title"]}
    assert revision.editor == curator


class TestAdaptations:
    def test_publishing_an_adaptation_counts_it_on_the_practice(self, curator):
        adaptation = AdaptationFactory(status=Status.SUBMITTED)
        adaptation_publish(adaptation=adaptation, curator=curator)
        adaptation.practice.refresh_from_db()
        assert adaptation.practice.adaptation_count == 1

    def test_the_practices_author_is_told_in_her_language_when_it_is_adapted(
        self, curator, django_capture_on_commit_callbacks, mailoutbox
    ):
        author = UserFactory(preferred_language="bg", first_name="Elena")
        practice = PublishedPracticeFactory(
            author=author, title_en="Reading buddies", title_bg="Четящи приятели"
        )
        school = OrganisationFactory(name="C.E.I.P. San Carlos", country="ES")
        adaptation = AdaptationFactory(
            practice=practice,
            school=school,
            status=Status.SUBMITTED,
            title_en="Reading buddies in Madrid",
        )
        with django_capture_on_commit_callbacks(execute=True):
            adaptation_publish(adaptation=adaptation, curator=curator)
        [message] = [m for m in mailoutbox if m.to == [author.email]]
        with translation.override("bg"):
            assert message.subject == gettext(
                "Your practice “%(title)s” has been adapted"
            ) % {"title": "Четящи приятели"}
            assert gettext("Spain") in message.body
        assert "C.E.I.P. San Carlos" in message.body
        assert "Reading buddies in Madrid" in message.body
        assert f"/bg/adaptations/{adaptation.pk}/" in message.body
        html, mimetype = message.alternatives[0]
        assert mimetype == "text/html"
        assert f"/bg/adaptations/{adaptation.pk}/" in html
        # The adaptation's own author hears of the publication as before.
        assert any(m.to == [adaptation.author.email] for m in mailoutbox)

    def test_no_mail_when_the_author_adapts_her_own_practice(
        self, curator, django_capture_on_commit_callbacks
    ):
        practice = PublishedPracticeFactory()
        adaptation = AdaptationFactory(
            practice=practice, author=practice.author, status=Status.SUBMITTED
        )
        with django_capture_on_commit_callbacks(execute=True):
            adaptation_publish(adaptation=adaptation, curator=curator)
        assert not Notification.objects.filter(kind="inventory_adapted").exists()

    def test_no_mail_to_an_author_who_deleted_her_account(self, curator):
        practice = PublishedPracticeFactory(author=UserFactory(is_active=False))
        adaptation = AdaptationFactory(practice=practice, status=Status.SUBMITTED)
        adaptation_publish(adaptation=adaptation, curator=curator)
        assert not Notification.objects.filter(kind="inventory_adapted").exists()

    def test_only_a_published_practice_can_be_adapted(self):
        member = UserFactory(organisation=OrganisationFactory())
        with pytest.raises(ValidationError):
            adaptation_create(practice=PracticeFactory(), author=member, data={})

    def test_the_same_organisation_cannot_adapt_its_own_practice(self):
        practice = PublishedPracticeFactory()
        member = UserFactory(organisation=practice.organisation)
        with pytest.raises(ValidationError):
            adaptation_create(practice=practice, author=member, data={})

    def test_adaptation_starts_as_draft_with_the_practice_title(self):
        practice = PublishedPracticeFactory(title_en="Reading buddies")
        member = UserFactory(
            organisation=OrganisationFactory(), preferred_language="en"
        )
        adaptation = adaptation_create(
            practice=practice, author=member, data={"original_language": "en"}
        )
        assert adaptation.status == Status.DRAFT
        assert adaptation.title_en == "Reading buddies"
        assert adaptation.school == member.organisation

    def test_incomplete_adaptation_cannot_be_submitted(self):
        adaptation = AdaptationFactory(changes_en="")
        with pytest.raises(ValidationError):
            adaptation_submit(adaptation=adaptation, author=adaptation.author)


class TestComments:
    def test_comments_only_on_published_practices(self):
        with pytest.raises(ValidationError):
            comment_post(subject=PracticeFactory(), author=UserFactory(), body="Hi")

    def test_a_member_reports_a_comment_once_and_curators_are_told(
        self, curator, django_capture_on_commit_callbacks, mailoutbox
    ):
        comment = comment_post(
            subject=PublishedPracticeFactory(), author=UserFactory(), body="Spam spam"
        )
        reporter = UserFactory()
        with django_capture_on_commit_callbacks(execute=True):
            assert comment_report(comment=comment, reporter=reporter, reason="spam")
            assert not comment_report(comment=comment, reporter=reporter)
        comment.refresh_from_db()
        assert comment.report_count == 1
        assert [m.to for m in mailoutbox] == [[curator.email]]

    def test_only_curators_hide_comments(self, curator):
        comment = comment_post(
            subject=PublishedPracticeFactory(), author=UserFactory(), body="Off topic"
        )
        with pytest.raises(PermissionDenied):
            comment_hide(comment=comment, curator=UserFactory())
        comment_hide(comment=comment, curator=curator)
        comment.refresh_from_db()
        assert comment.is_hidden and comment.hidden_by == curator
