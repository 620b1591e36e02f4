"""The network's predicates, asked directly: anonymous, member, other member, authorised.
The pages and services that ask them are tested in the other modules."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.utils import timezone

from mobilities.permissions import can_register_participants
from network.models import Translator
from network.permissions import (
    can_contact_member,
    can_coordinate,
    can_coordinate_partner,
    can_create_community,
    can_decide_claim,
    can_edit_community,
    can_edit_post,
    can_log_in,
    can_manage_network,
    can_moderate_community,
    can_name_translator,
    can_remove_translator,
    edit_post_refusal,
)
from network.tests.factories import (
    CommunityFactory,
    FacilitatorFactory,
    MembershipFactory,
    OrganisationClaimFactory,
    OrganisationFactory,
    PartnerFactory,
    PostFactory,
    UserFactory,
)
from training.permissions import can_see_results

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()


def grant(user, codename):
    user.user_permissions.add(Permission.objects.get(codename=codename))
    return type(user).objects.get(pk=user.pk)  # Django keeps the old answers


def coordinator_of(organisation):
    user = UserFactory()
    organisation.coordinators.add(user)
    return user


class TestPartnerCoordinator:
    """The one definition: a coordinator of a partner organisation."""

    def test_a_coordinator_of_a_partner_is_recognised_not_a_member_of_it(self):
        partner = PartnerFactory()
        coordinator = coordinator_of(partner)
        member = UserFactory(organisation=partner)
        assert can_coordinate_partner(coordinator)
        assert can_coordinate_partner(coordinator, partner)
        assert can_coordinate_partner(coordinator, partner.pk)
        assert not can_coordinate_partner(member)
        assert not can_coordinate_partner(member, partner)
        assert not can_coordinate_partner(ANONYMOUS)

    def test_a_coordinator_of_another_partner_coordinates_only_theirs(self):
        partner, other = PartnerFactory(), PartnerFactory()
        coordinator = coordinator_of(other)
        assert can_coordinate_partner(coordinator)
        assert not can_coordinate_partner(coordinator, partner)

    def test_a_schools_coordinator_manages_it_but_coordinates_no_partner(self):
        partner = PartnerFactory()
        school = OrganisationFactory(partner=partner)
        head = coordinator_of(school)
        assert not can_coordinate_partner(head)
        assert can_coordinate(head, school)
        assert can_manage_network(head)
        assert can_manage_network(head, school)
        assert not can_manage_network(head, partner)

    def test_every_app_asks_the_same_rule(self):
        partner = PartnerFactory()
        coordinator, member = coordinator_of(partner), UserFactory(organisation=partner)
        for user, expected in ((coordinator, True), (member, False)):
            assert can_create_community(user) is expected
            assert can_see_results(user) is expected
            assert can_register_participants(user, partner) is expected

    def test_a_page_asking_often_reads_once(self, django_assert_num_queries):
        partner = PartnerFactory()
        coordinator = coordinator_of(partner)
        coordinator = type(coordinator).objects.get(pk=coordinator.pk)
        with django_assert_num_queries(1):
            for _ in range(3):
                assert can_coordinate_partner(coordinator, partner)
                assert can_coordinate_partner(coordinator)
        with django_assert_num_queries(1):
            assert can_manage_network(coordinator)
            assert can_coordinate(coordinator, partner)


class TestManageNetwork:
    def test_four_steps(self):
        partner, other = PartnerFactory(), PartnerFactory()
        school = OrganisationFactory(partner=partner)
        member = UserFactory(organisation=school)
        assert not can_manage_network(ANONYMOUS)
        assert not can_manage_network(ANONYMOUS, school)
        assert not can_manage_network(member)
        assert not can_manage_network(coordinator_of(other), school)
        assert can_manage_network(coordinator_of(partner), school)


class TestDecideClaim:
    def test_four_steps(self):
        claim = OrganisationClaimFactory()
        partner = claim.organisation.partner
        assert not can_decide_claim(ANONYMOUS, claim)
        assert not can_decide_claim(claim.user, claim)
        assert not can_decide_claim(coordinator_of(PartnerFactory()), claim)
        assert can_decide_claim(coordinator_of(partner), claim)
        assert can_decide_claim(coordinator_of(claim.organisation), claim)

    def test_staff_decide_with_the_permission(self):
        claim = OrganisationClaimFactory()
        staff = UserFactory(is_staff=True)
        assert not can_decide_claim(staff, claim)
        assert can_decide_claim(grant(staff, "change_organisationclaim"), claim)


class TestTranslators:
    def test_a_coordinator_names_into_the_partners_languages(self):
        partner = PartnerFactory(country="BG")
        coordinator = coordinator_of(partner)
        assert not can_name_translator(ANONYMOUS, partner, "bg")
        assert not can_name_translator(UserFactory(organisation=partner), partner, "bg")
        assert not can_name_translator(coordinator_of(PartnerFactory()), partner, "bg")
        assert can_name_translator(coordinator, partner, "bg")
        assert can_name_translator(coordinator, partner, "en")
        assert not can_name_translator(coordinator, partner, "es")

    def test_a_curator_coordinator_names_any_language(self):
        partner = PartnerFactory(country="BG")
        coordinator = grant(coordinator_of(partner), "add_translator")
        assert can_name_translator(coordinator, partner, "es")

    def test_the_partners_coordinators_remove_its_translators(self):
        partner = PartnerFactory(country="BG")
        translator = Translator.objects.create(
            user=UserFactory(), language="bg", partner=partner
        )
        assert not can_remove_translator(ANONYMOUS, translator)
        assert not can_remove_translator(translator.user, translator)
        assert not can_remove_translator(coordinator_of(PartnerFactory()), translator)
        assert can_remove_translator(coordinator_of(partner), translator)


class TestLogIn:
    def test_an_active_account_with_a_verified_address(self):
        assert not can_log_in(None)
        assert not can_log_in(UserFactory(verified=False))
        assert not can_log_in(UserFactory(is_active=False))
        assert can_log_in(UserFactory())


class TestContactMember:
    def test_four_steps(self):
        listed = UserFactory(public_profile=True)
        assert not can_contact_member(ANONYMOUS, listed)
        assert not can_contact_member(listed, listed)
        assert not can_contact_member(listed, UserFactory())  # not listed
        assert not can_contact_member(
            UserFactory(), UserFactory(public_profile=True, allow_contact=False)
        )
        assert can_contact_member(UserFactory(), listed)


class TestCommunities:
    def test_create_four_steps(self):
        assert not can_create_community(ANONYMOUS)
        assert not can_create_community(UserFactory())
        assert can_create_community(coordinator_of(PartnerFactory()))
        assert can_create_community(grant(UserFactory(), "add_community"))

    def test_edit_four_steps(self):
        community = CommunityFactory()
        facilitator = FacilitatorFactory(community=community).user
        assert not can_edit_community(ANONYMOUS, community)
        assert not can_edit_community(
            MembershipFactory(community=community).user, community
        )
        assert not can_edit_community(FacilitatorFactory().user, community)
        assert can_edit_community(facilitator, community)
        assert can_edit_community(grant(UserFactory(), "change_community"), community)

    def test_a_closed_community_is_edited_by_staff_only(self):
        community = CommunityFactory(is_active=False)
        facilitator = FacilitatorFactory(community=community).user
        assert not can_edit_community(facilitator, community)
        assert can_edit_community(grant(UserFactory(), "change_community"), community)

    def test_the_membership_at_hand_spares_the_query(self, django_assert_num_queries):
        community = CommunityFactory()
        membership = FacilitatorFactory(community=community)
        user = type(membership.user).objects.get(pk=membership.user_id)
        user.has_perm("network.change_post")  # Django reads the permissions once
        with django_assert_num_queries(0):
            assert can_moderate_community(user, community, membership=membership)
            assert can_edit_community(user, community, membership=membership)
            assert not can_moderate_community(user, community, membership=None)

    def test_moderate_four_steps(self):
        community = CommunityFactory()
        facilitator = FacilitatorFactory(community=community).user
        member = MembershipFactory(community=community).user
        assert not can_moderate_community(ANONYMOUS, community)
        assert not can_moderate_community(member, community)
        assert not can_moderate_community(FacilitatorFactory().user, community)
        assert can_moderate_community(facilitator, community)
        assert can_moderate_community(grant(UserFactory(), "change_post"), community)


class TestEditPost:
    def test_four_steps(self):
        post = PostFactory()
        member = MembershipFactory(community=post.community).user
        assert not can_edit_post(ANONYMOUS, post)
        assert not can_edit_post(member, post)
        assert not can_edit_post(grant(UserFactory(), "change_post"), post)
        assert can_edit_post(post.author, post)

    def test_for_a_while_and_while_shown(self, settings):
        post = PostFactory()
        later = post.created_at + timedelta(
            minutes=settings.COMMUNITY_POST_EDIT_MINUTES
        )
        assert can_edit_post(post.author, post, now=later - timedelta(seconds=1))
        assert not can_edit_post(post.author, post, now=later)
        assert "passed" in edit_post_refusal(post.author, post, now=later)
        post.is_hidden = True
        assert not can_edit_post(post.author, post, now=timezone.now())
        post.is_hidden, post.removed_at = False, timezone.now()
        assert not can_edit_post(post.author, post)
