"""The inventory's predicates, asked directly: anonymous, member, other member,
authorised. The pages and services that ask them are tested in the other modules."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.utils import timezone

from inventory.models import Comment, GatheredPractice, Status
from inventory.permissions import (
    can_edit_adaptation,
    can_edit_practice,
    can_remove_gathered_practice,
    can_report_comment,
    can_report_outcomes,
    can_review,
)
from inventory.tests.factories import (
    AdaptationFactory,
    PracticeFactory,
    PublishedPracticeFactory,
)
from network.tests.factories import (
    FacilitatorFactory,
    MembershipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()


def test_review_four_steps(curator):
    practice = PracticeFactory(status=Status.SUBMITTED)
    assert not can_review(ANONYMOUS, practice)
    assert not can_review(practice.author, practice)
    assert not can_review(UserFactory(is_staff=True), practice)
    assert can_review(curator, practice)
    assert can_review(curator)


@pytest.mark.parametrize(
    ("factory", "can_edit"),
    [(PracticeFactory, can_edit_practice), (AdaptationFactory, can_edit_adaptation)],
)
class TestEdit:
    def test_four_steps(self, factory, can_edit, curator):
        text = factory()
        assert not can_edit(ANONYMOUS, text)
        assert not can_edit(UserFactory(), text)
        assert not can_edit(curator, text)
        assert can_edit(text.author, text)

    @pytest.mark.parametrize("status", [Status.DRAFT, Status.CHANGES_REQUESTED])
    def test_the_author_edits_a_draft_or_a_returned_text(
        self, factory, can_edit, status
    ):
        text = factory(status=status)
        assert can_edit(text.author, text)

    @pytest.mark.parametrize(
        "status", [Status.SUBMITTED, Status.PUBLISHED, Status.REJECTED, Status.ARCHIVED]
    )
    def test_not_once_it_left_their_hands(self, factory, can_edit, status):
        text = factory(status=status, published_at=timezone.now())
        assert not can_edit(text.author, text)


class TestReportOutcomes:
    def test_four_steps(self, curator):
        adaptation = AdaptationFactory(
            status=Status.PUBLISHED, published_at=timezone.now()
        )
        assert not can_report_outcomes(ANONYMOUS, adaptation)
        assert not can_report_outcomes(UserFactory(), adaptation)
        assert not can_report_outcomes(curator, adaptation)
        assert can_report_outcomes(adaptation.author, adaptation)

    def test_of_a_published_adaptation_only(self):
        adaptation = AdaptationFactory(status=Status.DRAFT)
        assert not can_report_outcomes(adaptation.author, adaptation)


def test_report_comment_four_steps(curator):
    comment = Comment.objects.create(
        practice=PublishedPracticeFactory(), author=UserFactory(), body="Thank you!"
    )
    assert not can_report_comment(ANONYMOUS, comment)
    assert not can_report_comment(comment.author, comment)
    assert can_report_comment(UserFactory(), comment)
    assert can_report_comment(curator, comment)


def test_remove_gathered_practice_four_steps():
    facilitator = FacilitatorFactory()
    gathered = GatheredPractice.objects.create(
        community=facilitator.community, practice=PublishedPracticeFactory()
    )
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(
        Permission.objects.get(codename="delete_gatheredpractice")
    )
    assert not can_remove_gathered_practice(ANONYMOUS, gathered)
    member = MembershipFactory(community=facilitator.community).user
    assert not can_remove_gathered_practice(member, gathered)
    assert not can_remove_gathered_practice(FacilitatorFactory().user, gathered)
    assert can_remove_gathered_practice(facilitator.user, gathered)
    assert can_remove_gathered_practice(staff, gathered)
