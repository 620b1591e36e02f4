"""Professional communities: who creates and edits them, membership, the discussion
(posting, replies, the edit window, moderation, plain text with links) and the mail
about each new post; constant query counts on the list and on a community's page."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.html import escape

from conftest import warm_site_cache
from network.models import (
    Community,
    EmailFrequency,
    Membership,
    MembershipRole,
    Post,
)
from network.services import communities as services
from network.tests.factories import (
    CommunityFactory,
    FacilitatorFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnerFactory,
    PostFactory,
    UserFactory,
)
from siehub.models import Notification

pytestmark = pytest.mark.django_db

LIST = "/en/communities/"
CREATE = "/en/communities/new/"


def grant(user, *codenames):
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="network", codename=codename)
        )
    # has_perm caches permissions on the instance; a fresh one reads them.
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def staff(db):
    user = UserFactory(is_staff=True)
    return grant(user, "add_community", "change_community", "change_post")


@pytest.fixture
def coordinator(db):
    """The coordinator of a partner organisation (not staff, no permission)."""
    user = UserFactory()
    PartnerFactory().coordinators.add(user)
    return user


@pytest.fixture
def community(db):
    community = CommunityFactory(name_en="Roma mediators", slug="roma-mediators")
    FacilitatorFactory(community=community, user=UserFactory(public_profile=True))
    services.community_recount(community_ids=[community.pk])
    community.refresh_from_db()
    return community


def facilitator_of(community):
    return community.memberships.get(role=MembershipRole.FACILITATOR).user


def join(community, user=None, **kwargs):
    membership = MembershipFactory(
        community=community, user=user or UserFactory(), **kwargs
    )
    services.community_recount(community_ids=[community.pk])
    return membership.user


def url(community, action=""):
    path = f"/en/communities/{community.slug}/"
    return f"{path}{action}/" if action else path


def community_data(**overrides):
    data = {
        "name": "Parents as partners",
        "description": "Schools that bring Roma parents into the classroom.",
        "area": "parental-involvement",
    }
    data.update(overrides)
    return data


# Who creates communities -------------------------------------------------------------------


class TestCreate:
    def test_anonymous_is_sent_to_login(self, client):
        response = client.get(CREATE)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")

    def test_a_member_may_not_create_one(self, member_client):
        assert member_client.get(CREATE).status_code == 403
        assert member_client.post(CREATE, community_data()).status_code == 403
        assert not Community.objects.exists()

    def test_the_coordinator_of_a_school_is_not_a_partner_coordinator(self, client):
        user = UserFactory()
        OrganisationFactory().coordinators.add(user)
        client.force_login(user)
        assert client.get(CREATE).status_code == 403

    def test_a_partner_coordinator_creates_one_in_their_language(
        self, client, coordinator
    ):
        colleague = UserFactory(public_profile=True)
        client.force_login(coordinator)
        assert client.get("/mk/communities/new/").status_code == 200
        response = client.post(
            "/mk/communities/new/",
            community_data(name="Родители како партнери", facilitators=[colleague.pk]),
        )
        community = Community.objects.get()
        assert response.status_code == 302
        assert response["Location"] == f"/mk/communities/{community.slug}/"
        assert community.slug == "roditeli-kako-partneri"
        assert community.original_language == "mk"
        assert community.name_mk == "Родители како партнери"
        assert not community.name_en
        assert community.description_mk.startswith("Schools that bring")
        assert community.area.slug == "parental-involvement"
        assert community.created_by == coordinator
        assert set(
            community.memberships.filter(role="facilitator").values_list(
                "user", flat=True
            )
        ) == {coordinator.pk, colleague.pk}
        assert community.member_count == 2

    def test_a_curator_with_the_permission_creates_one(self, client, staff):
        client.force_login(staff)
        assert client.post(CREATE, community_data()).status_code == 302
        community = Community.objects.get()
        assert (community.original_language, community.name_en) == (
            "en",
            "Parents as partners",
        )
        assert community.memberships.get().user == staff

    def test_an_incomplete_form_answers_400_and_keeps_what_was_typed(
        self, client, staff
    ):
        client.force_login(staff)
        response = client.post(CREATE, community_data(name="  ", area="nowhere"))
        assert response.status_code == 400
        html = response.content.decode()
        assert "Schools that bring Roma parents" in html
        assert "error-summary" in html
        assert not Community.objects.exists()

    def test_slugs_are_unique_and_never_the_create_page(self, staff):
        first = services.community_create(creator=staff, data={"name": "New"})
        second = services.community_create(creator=staff, data={"name": "New"})
        third = services.community_create(creator=staff, data={"name": "Нова"})
        assert (first.slug, second.slug, third.slug) == ("new-2", "new-3", "nova")

    def test_the_service_refuses_a_member(self, member):
        with pytest.raises(PermissionDenied):
            services.community_create(creator=member, data={"name": "Mine"})

    def test_facilitator_choices_never_show_an_email_address(self, client, staff):
        UserFactory(public_profile=True, first_name="Ana", last_name="Ruiz")
        hidden = UserFactory(public_profile=False, last_name="Hidden")
        client.force_login(staff)
        html = client.get(CREATE).content.decode()
        assert "Ana Ruiz" in html
        assert hidden.last_name not in html
        assert "@example.org" not in html


# Who edits them ----------------------------------------------------------------------------


class TestEdit:
    def test_anonymous_is_sent_to_login(self, client, community):
        assert client.get(url(community, "edit")).status_code == 302

    def test_a_member_gets_a_404(self, client, community):
        client.force_login(join(community))
        assert client.get(url(community, "edit")).status_code == 404
        assert client.post(url(community, "edit"), community_data()).status_code == 404

    def test_the_coordinator_of_another_partner_gets_a_404(
        self, client, community, coordinator
    ):
        client.force_login(coordinator)
        assert client.get(url(community, "edit")).status_code == 404

    def test_a_facilitator_edits_texts_area_and_facilitators(self, client, community):
        facilitator = facilitator_of(community)
        newcomer = UserFactory(public_profile=True)
        client.force_login(facilitator)
        form = client.get(url(community, "edit")).content.decode()
        assert "Roma mediators" in form
        response = client.post(
            url(community, "edit"),
            community_data(name="Roma mediators network", facilitators=[newcomer.pk]),
        )
        assert response.status_code == 302
        community.refresh_from_db()
        assert community.slug == "roma-mediators"  # links keep working
        assert community.name_en == "Roma mediators network"
        assert community.area.slug == "parental-involvement"
        roles = dict(community.memberships.values_list("user", "role"))
        assert roles == {facilitator.pk: "member", newcomer.pk: "facilitator"}
        assert community.member_count == 2

    def test_a_community_keeps_at_least_one_facilitator(self, client, community):
        client.force_login(facilitator_of(community))
        response = client.post(url(community, "edit"), community_data(facilitators=[]))
        assert response.status_code == 400
        assert "at least one facilitator" in response.content.decode()

    def test_staff_with_the_permission_edit_any_community(self, client, staff):
        community = CommunityFactory(is_active=False)
        FacilitatorFactory(community=community)
        client.force_login(staff)
        assert client.get(url(community, "edit")).status_code == 200

    def test_an_edit_is_written_in_the_original_language(self, client, community):
        client.force_login(facilitator_of(community))
        client.post(
            f"/es/communities/{community.slug}/edit/",
            community_data(
                name="Mediators", facilitators=[facilitator_of(community).pk]
            ),
        )
        community.refresh_from_db()
        assert (community.name_en, community.name_es) == ("Mediators", None)


# Facilitators are told ---------------------------------------------------------------------


class TestNewFacilitatorsAreTold:
    def test_chosen_facilitators_are_told_in_their_language_not_the_creator(
        self, staff, mailoutbox, django_capture_on_commit_callbacks
    ):
        colleague = UserFactory(preferred_language="mk", first_name="Vesna")
        with django_capture_on_commit_callbacks(execute=True):
            community = services.community_create(
                creator=staff,
                data={"name": "Parents as partners", "facilitators": [colleague]},
                language="en",
            )
        told = Notification.objects.get(kind="network_facilitator")
        assert told.recipient == colleague
        assert told.language == "mk"
        assert told.link == f"/mk/communities/{community.slug}/"
        assert staff.public_name in told.body_text
        assert "Parents as partners" in told.subject
        [message] = mailoutbox
        assert message.to == [colleague.email]
        assert message.alternatives[0][1] == "text/html"

    def test_on_an_edit_only_the_new_facilitators_are_told(self, client, community):
        facilitator = facilitator_of(community)
        newcomer = UserFactory(public_profile=True)
        client.force_login(facilitator)
        client.post(
            url(community, "edit"),
            community_data(facilitators=[facilitator.pk, newcomer.pk]),
        )
        client.post(
            url(community, "edit"),
            community_data(facilitators=[facilitator.pk, newcomer.pk]),
        )
        assert list(
            Notification.objects.filter(kind="network_facilitator").values_list(
                "recipient", flat=True
            )
        ) == [newcomer.pk]

    def test_a_member_made_facilitator_in_admin_is_told(self, client, community):
        member = join(community)
        membership = Membership.objects.get(community=community, user=member)
        other = community.memberships.exclude(pk=membership.pk).get()
        client.force_login(UserFactory(is_staff=True, is_superuser=True))
        change = f"/en/admin/network/community/{community.pk}/change/"
        data = {
            "name_en": community.name_en,
            "slug": community.slug,
            "original_language": community.original_language,
            "description_en": community.description_en,
            "area": community.area_id,
            "is_active": "on",
            "memberships-TOTAL_FORMS": 2,
            "memberships-INITIAL_FORMS": 2,
            "memberships-0-id": other.pk,
            "memberships-0-community": community.pk,
            "memberships-0-user": other.user_id,
            "memberships-0-role": "facilitator",
            "memberships-0-email_frequency": other.email_frequency,
            "memberships-1-id": membership.pk,
            "memberships-1-community": community.pk,
            "memberships-1-user": member.pk,
            "memberships-1-role": "facilitator",
            "memberships-1-email_frequency": membership.email_frequency,
        }
        response = client.post(change, data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        membership.refresh_from_db()
        assert membership.role == "facilitator"
        told = Notification.objects.get(kind="network_facilitator")
        assert told.recipient == member


# The list ----------------------------------------------------------------------------------


class TestList:
    def test_lists_active_communities_with_counts_in_the_visitors_language(
        self, client, community
    ):
        CommunityFactory(name_en="Closed circle", is_active=False)
        CommunityFactory(name_en="Only in Macedonian", name_mk="Само македонски")
        PostFactory(community=community)
        services.community_recount(community_ids=[community.pk])
        html = client.get(LIST).content.decode()
        assert "Roma mediators" in html
        assert "Closed circle" not in html
        assert "1 member" in html and "1 post" in html
        assert "Support to learners" in html
        assert "Само македонски" in client.get("/mk/communities/").content.decode()

    def test_a_name_missing_in_the_language_falls_back(self, client):
        CommunityFactory(name_en="", name_mk="Заедница", original_language="mk")
        html = client.get(LIST).content.decode()
        assert 'lang="mk">Заедница</a>' in html

    def test_filters_by_area_and_ignores_an_unknown_one(self, client, community):
        CommunityFactory(name_en="Governors", area="school-governance")
        html = client.get(LIST + "?area=school-governance").content.decode()
        assert "Governors" in html and "Roma mediators" not in html
        response = client.get(LIST + "?area=nowhere")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Governors" in html and "Roma mediators" in html
        assert "has been ignored" in html

    def test_mine_shows_the_communities_a_member_joined(self, client, community):
        CommunityFactory(name_en="Governors")
        client.force_login(join(community))
        html = client.get(LIST + "?mine=on").content.decode()
        assert "Roma mediators" in html and "Governors" not in html
        assert "You are a member" in html

    def test_only_creators_see_the_create_button(self, client, member, coordinator):
        assert "Start a community" not in client.get(LIST).content.decode()
        client.force_login(member)
        assert "Start a community" not in client.get(LIST).content.decode()
        client.force_login(coordinator)
        assert "Start a community" in client.get(LIST).content.decode()

    def test_query_count_does_not_grow_with_communities(
        self, client, member, django_assert_max_num_queries, django_assert_num_queries
    ):
        client.force_login(member)
        MembershipFactory(user=member, community=CommunityFactory())
        warm_site_cache()
        with django_assert_max_num_queries(15) as few:
            client.get(LIST)
        for _ in range(15):
            MembershipFactory(user=member, community=CommunityFactory())
            PostFactory(community=CommunityFactory())
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(LIST)
        assert len(response.context["communities"]) == 24


# A community's page ------------------------------------------------------------------------


class TestDetail:
    def test_visitors_see_the_community_but_not_the_discussion(self, client, community):
        PostFactory(community=community, body="Our secret plan")
        private = join(community, UserFactory(public_profile=False, last_name="Quiet"))
        html = client.get(url(community)).content.decode()
        assert "Teachers and mediators who keep pupils" in html
        assert facilitator_of(community).public_name in html
        assert "2 members" in html
        assert "Our secret plan" not in html
        assert "Log in to read it" in html
        assert private.last_name not in html

    def test_members_of_the_platform_read_the_discussion(
        self, member_client, community
    ):
        PostFactory(community=community, body="How do you call families?")
        html = member_client.get(url(community)).content.decode()
        assert "How do you call families?" in html
        assert "Join the community to post and reply." in html
        assert 'name="body"' not in html

    def test_the_roster_names_only_members_with_a_public_profile(
        self, member_client, community
    ):
        listed = join(community, UserFactory(public_profile=True, last_name="Listed"))
        join(community, UserFactory(public_profile=False, last_name="Private"))
        join(community, UserFactory(public_profile=False, last_name="Private"))
        html = member_client.get(url(community)).content.decode()
        assert f'href="{listed.get_absolute_url()}"' in html
        assert "Private" not in html
        assert "and 2 other members" in html
        assert "@example.org" not in html

    def test_a_description_in_another_language_says_so(self, client):
        community = CommunityFactory(
            description_en="", description_mk="Опис", original_language="mk"
        )
        html = client.get(url(community)).content.decode()
        assert "Not yet translated: shown in" in html
        assert '<div class="prose" lang="mk"><p>Опис</p></div>' in html

    @staticmethod
    def macedonian_post(community, **fields):
        """A post written in Macedonian, machine-translated into Bulgarian."""
        return PostFactory(
            community=community,
            original_language="mk",
            body_en="",
            body_mk="<p>Ги повикуваме семејствата.</p>",
            body_bg="<p>Обаждаме се на семействата.</p>",
            machine_translated={"bg": {"body": "mk"}},
            **fields,
        )

    def test_show_original_shows_the_posts_as_written(self, member_client, community):
        self.macedonian_post(community)
        page = f"/bg/communities/{community.slug}/"

        html = member_client.get(page).content.decode()
        assert "Обаждаме се на семействата." in html
        assert "Ги повикуваме семејствата." not in html
        assert "?show=original" in html

        html = member_client.get(page + "?show=original").content.decode()
        assert (
            '<div class="prose post__body" lang="mk"><p>Ги повикуваме семејствата.</p>'
            in html
        )
        assert "Обаждаме се на семействата." not in html
        assert f'href="{page}"' in html  # back to the translation

    def test_a_machine_translated_reply_alone_gets_the_notice(
        self, member_client, community
    ):
        thread = PostFactory(
            community=community, original_language="bg", body_bg="<p>Въпрос.</p>"
        )
        self.macedonian_post(community, parent=thread)

        html = member_client.get(f"/bg/communities/{community.slug}/").content.decode()

        assert html.count('class="translation-note translation-notice"') == 1
        assert "?show=original" in html

    def test_a_post_in_another_language_says_which(
        self, member_client, member, community
    ):
        post = self.macedonian_post(community)
        html = member_client.get(url(community)).content.decode()
        assert (
            '<div class="prose post__body" lang="mk"><p>Ги повикуваме семејствата.</p>'
            in html
        )
        # Quoted above a reply the form sends back.
        join(community, member)
        response = member_client.post(
            url(community, "posts"), {"body": "", "parent": post.pk}
        )
        assert response.status_code == 400
        assert (
            '<div class="prose" lang="mk"><p>Ги повикуваме семејствата.</p>'
            in response.content.decode()
        )

    def test_an_inactive_community_is_a_404_for_everyone_but_staff(
        self, client, community, staff
    ):
        member = join(community)
        Community.objects.filter(pk=community.pk).update(is_active=False)
        assert client.get(url(community)).status_code == 404
        client.force_login(member)
        assert client.get(url(community)).status_code == 404
        assert client.post(url(community, "posts"), {"body": "Hi"}).status_code == 404
        client.force_login(staff)
        html = client.get(url(community)).content.decode()
        assert "This community is inactive" in html

    def test_query_count_does_not_grow_with_posts_replies_and_members(
        self,
        client,
        community,
        django_assert_max_num_queries,
        django_assert_num_queries,
    ):
        from inventory.models import GatheredPractice
        from inventory.tests.factories import PublishedPracticeFactory

        viewer = join(community)
        client.force_login(viewer)
        PostFactory(community=community)
        warm_site_cache()
        with django_assert_max_num_queries(20) as few:
            client.get(url(community))
        for n in range(25):
            author = join(community, UserFactory(public_profile=n % 2 == 0))
            thread = PostFactory(community=community, author=author)
            PostFactory(community=community, author=viewer, parent=thread)
            PostFactory(community=community, author=author, parent=thread)
            GatheredPractice.objects.create(
                community=community,
                practice=PublishedPracticeFactory(),
                added_by=author,
            )
            FacilitatorFactory(community=community)
        Post.objects.filter(pk__in=Post.objects.all()[:5]).update(is_hidden=True)
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(url(community))
        assert len(response.context["threads"]) == services.THREADS_PER_PAGE

    def test_facilitators_query_count_is_constant_too(
        self,
        client,
        community,
        django_assert_max_num_queries,
        django_assert_num_queries,
    ):
        client.force_login(facilitator_of(community))
        PostFactory(community=community)
        warm_site_cache()
        with django_assert_max_num_queries(20) as few:
            client.get(url(community))
        for _ in range(10):
            thread = PostFactory(community=community, is_hidden=True)
            PostFactory(community=community, parent=thread, is_hidden=True)
        with django_assert_num_queries(len(few.captured_queries)):
            client.get(url(community))

    def test_threads_are_paginated_newest_first(self, member_client, community):
        for n in range(services.THREADS_PER_PAGE + 1):
            PostFactory(community=community, body=f"Thread number {n:02d}")
        first = member_client.get(url(community)).content.decode()
        assert first.index("Thread number 20") < first.index("Thread number 19")
        assert "Thread number 00" not in first
        second = member_client.get(url(community) + "?page=2").content.decode()
        assert "Thread number 00" in second
        last = member_client.get(url(community) + "?page=99")
        assert "Thread number 00" in last.content.decode()


# Joining and leaving -----------------------------------------------------------------------


class TestMembership:
    def test_a_member_joins_once(self, member_client, member, community):
        assert member_client.get(url(community, "join")).status_code == 405
        response = member_client.post(url(community, "join"))
        assert response.status_code == 302
        assert response["Location"] == url(community)
        member_client.post(url(community, "join"))
        assert Membership.objects.filter(community=community, user=member).count() == 1
        community.refresh_from_db()
        assert community.member_count == 2
        html = member_client.get(url(community)).content.decode()
        assert "You are a member" in html
        assert 'name="body"' in html

    def test_anonymous_visitors_log_in_then_come_back_to_the_community(
        self, client, community
    ):
        response = client.post(url(community, "join"))
        assert response.status_code == 302
        assert response["Location"] == (
            f"/en/accounts/login/?next=/en/communities/{community.slug}/"
        )

    def test_a_member_leaves(self, member_client, member, community):
        join(community, member)
        response = member_client.post(url(community, "leave"))
        assert response.status_code == 302
        assert not Membership.objects.filter(user=member).exists()
        community.refresh_from_db()
        assert community.member_count == 1

    def test_the_last_facilitator_cannot_leave(self, client, community):
        facilitator = facilitator_of(community)
        client.force_login(facilitator)
        response = client.post(url(community, "leave"), follow=True)
        assert "You are the last facilitator" in response.content.decode()
        assert Membership.objects.filter(user=facilitator).exists()
        FacilitatorFactory(community=community)
        client.post(url(community, "leave"))
        assert not Membership.objects.filter(user=facilitator).exists()

    def test_leaving_without_being_a_member_is_a_clear_message(self, member):
        community = CommunityFactory()
        with pytest.raises(ValidationError, match="not a member"):
            services.community_leave(community=community, user=member)

    def test_next_must_be_a_page_of_this_site(self, member_client, community):
        response = member_client.post(
            url(community, "join"), {"next": "https://evil.example/"}
        )
        assert response["Location"] == url(community)
        response = member_client.post(
            url(community, "leave"), {"next": "/en/communities/?page=2"}
        )
        assert response["Location"] == "/en/communities/?page=2"

    def test_a_member_chooses_the_daily_digest(self, member_client, member, community):
        join(community, member)
        response = member_client.post(
            url(community, "email"), {"email_frequency": "daily"}
        )
        assert response.status_code == 302
        membership = Membership.objects.get(user=member)
        assert membership.email_frequency == EmailFrequency.DAILY
        # The digest starts now: posts mailed one by one before are not repeated.
        assert membership.digest_sent_until is not None

    def test_an_unknown_email_preference_answers_400(
        self, member_client, member, community
    ):
        join(community, member)
        response = member_client.post(
            url(community, "email"), {"email_frequency": "hourly"}
        )
        assert response.status_code == 400
        assert "error-summary" in response.content.decode()
        assert Membership.objects.get(user=member).email_frequency == "each"

    def test_a_closed_community_takes_no_new_members(self, staff):
        community = CommunityFactory(is_active=False)
        with pytest.raises(ValidationError, match="closed"):
            services.community_join(community=community, user=staff)


# Posting -----------------------------------------------------------------------------------


class TestPosting:
    def test_a_member_posts_and_the_counters_follow(
        self, member_client, member, community
    ):
        join(community, member)
        response = member_client.post(
            url(community, "posts"), {"body": "  Who has a mediator?  "}
        )
        post = Post.objects.get()
        assert (
            response["Location"] == f"/en/communities/{community.slug}/posts/{post.pk}/"
        )
        assert member_client.get(response["Location"])["Location"] == (
            f"/en/communities/{community.slug}/#post-{post.pk}"
        )
        assert (post.author, post.body, post.parent) == (
            member,
            "<p>Who has a mediator?</p>",
            None,
        )
        community.refresh_from_db()
        assert community.post_count == 1
        assert community.last_post_at == post.created_at

    def test_a_non_member_cannot_post(self, member_client, community):
        response = member_client.post(url(community, "posts"), {"body": "Let me in"})
        assert response.status_code == 400
        html = response.content.decode()
        assert "Join the community to take part" in html
        assert "Let me in" in html
        assert not Post.objects.exists()

    def test_anonymous_visitors_cannot_post(self, client, community):
        response = client.post(url(community, "posts"), {"body": "Spam"})
        assert response.status_code == 302
        assert not Post.objects.exists()

    @pytest.mark.parametrize("body", ["", "   \n  "])
    def test_an_empty_post_answers_400(self, member_client, member, community, body):
        join(community, member)
        response = member_client.post(url(community, "posts"), {"body": body})
        assert response.status_code == 400
        assert "Write a message first." in response.content.decode()
        assert not Post.objects.exists()

    def test_an_oversized_post_answers_400_and_keeps_the_text(
        self, member_client, member, community
    ):
        join(community, member)
        text = "word " * 1001
        response = member_client.post(url(community, "posts"), {"body": text})
        assert response.status_code == 400
        html = response.content.decode()
        assert "at most 5000 characters" in html
        assert text.strip() in html
        assert not Post.objects.exists()
        with pytest.raises(ValidationError, match="at most 5000"):
            services.post_create(community=community, author=member, body="x" * 5001)

    def test_replies_attach_to_the_root_of_the_thread(
        self, member_client, member, community
    ):
        join(community, member)
        thread = PostFactory(community=community)
        reply = PostFactory(community=community, parent=thread)
        member_client.post(
            url(community, "posts"), {"body": "Me too", "parent": reply.pk}
        )
        answer = Post.objects.get(body="<p>Me too</p>")
        assert answer.parent == thread
        response = member_client.get(
            f"/en/communities/{community.slug}/posts/{answer.pk}/"
        )
        assert response["Location"].endswith(f"#post-{answer.pk}")

    def test_an_invalid_reply_shows_the_thread_and_keeps_the_text(
        self, member_client, member, community
    ):
        join(community, member)
        thread = PostFactory(community=community, body="Original question")
        response = member_client.post(
            url(community, "posts"), {"body": "x" * 5001, "parent": thread.pk}
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "Original question" in html
        assert f'name="parent" value="{thread.pk}"' in html

    def test_a_reply_to_a_post_of_another_community_is_refused(
        self, member_client, member, community
    ):
        join(community, member)
        elsewhere = PostFactory()
        response = member_client.post(
            url(community, "posts"), {"body": "Hi", "parent": elsewhere.pk}
        )
        assert response.status_code == 400
        assert not Post.objects.filter(body="Hi").exists()

    def test_formatting_links_and_no_script(self, member_client, member, community):
        join(community, member)
        member_client.post(
            url(community, "posts"),
            {
                "body": "Our **two** steps:\n\n- call home\n- visit\n\n"
                'See https://example.org/guide <img src=x onerror="alert(1)">\n\n'
                '<script>alert("x")</script> [me](javascript:alert(1))'
            },
        )
        stored = Post.objects.get().body
        assert "<strong>two</strong>" in stored
        assert "<ul><li>call home</li><li>visit</li></ul>" in stored
        html = member_client.get(url(community)).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
        assert 'href="javascript:' not in html
        assert (
            '<a href="https://example.org/guide" rel="nofollow noopener">'
            "https://example.org/guide</a>"
        ) in html
        # What looked like a tag was shown as the text typed.
        assert "&lt;script&gt;" in html

    def test_the_edit_form_shows_the_markdown_written(
        self, member_client, member, community
    ):
        join(community, member)
        body = "## Plan\n\n- **call** home\n- see https://example.org/guide"
        post = services.post_create(community=community, author=member, body=body)
        assert post.body.startswith("<h3>Plan</h3>\n<ul><li><strong>call</strong>")
        page = member_client.get(
            f"/en/communities/{community.slug}/posts/{post.pk}/edit/"
        ).content.decode()
        assert escape(body) in page
        assert "data-markdown" in page

    def test_markup_that_sanitises_to_nothing_is_no_message(self, member, community):
        join(community, member)
        with pytest.raises(ValidationError, match="Write a message first"):
            services.post_create(
                community=community, author=member, body="<p> </p><ul></ul>"
            )

    def test_a_post_page_after_the_first_redirects_to_its_page(
        self, member_client, community
    ):
        old = PostFactory(community=community)
        for _ in range(services.THREADS_PER_PAGE):
            PostFactory(community=community)
        response = member_client.get(
            f"/en/communities/{community.slug}/posts/{old.pk}/"
        )
        assert response["Location"] == url(community) + f"?page=2#post-{old.pk}"

    def test_a_closed_community_takes_no_posts(self, staff):
        community = CommunityFactory(is_active=False)
        MembershipFactory(community=community, user=staff)
        with pytest.raises(ValidationError, match="closed"):
            services.post_create(community=community, author=staff, body="Hello")


class TestMailForEachPost:
    def test_members_who_chose_each_post_get_a_mail_in_their_language(
        self, member_client, member, community, mailoutbox
    ):
        join(community, member, email_frequency="never")
        each = join(community, UserFactory(preferred_language="mk"))
        join(community, UserFactory(email="daily@example.org"), email_frequency="daily")
        join(community, UserFactory(email="never@example.org"), email_frequency="never")
        facilitator = facilitator_of(community)
        member_client.post(url(community, "posts"), {"body": "See you on Friday"})
        post = Post.objects.get()
        recipients = sorted(message.to[0] for message in mailoutbox)
        assert recipients == sorted([each.email, facilitator.email])
        notification = Notification.objects.get(recipient=each)
        assert notification.kind == "network_community_post"
        assert notification.language == "mk"
        assert notification.link == (
            f"/mk/communities/{community.slug}/posts/{post.pk}/"
        )
        assert "See you on Friday" in notification.body_text
        assert member.public_name in notification.body_text
        assert "Roma mediators" in notification.subject
        assert member.email not in notification.body_text

    def test_the_author_is_not_mailed_about_their_own_post(self, community):
        facilitator = facilitator_of(community)
        services.post_create(community=community, author=facilitator, body="Hi all")
        assert not Notification.objects.exists()

    def test_a_reply_is_announced_as_a_reply(self, community):
        author = join(community)
        thread = PostFactory(community=community, author=author)
        services.post_create(
            community=community,
            author=facilitator_of(community),
            body="Answer",
            parent=thread,
        )
        notification = Notification.objects.get(recipient=author)
        assert notification.subject == "New reply in Roma mediators"


# Editing one's post ------------------------------------------------------------------------


class TestEditingOnesPost:
    @pytest.fixture
    def post(self, community, member):
        join(community, member)
        return services.post_create(community=community, author=member, body="Frist")

    def edit_url(self, post):
        return f"/en/communities/{post.community.slug}/posts/{post.pk}/edit/"

    def test_the_author_corrects_a_post_within_the_window(self, member_client, post):
        assert member_client.get(self.edit_url(post)).status_code == 200
        response = member_client.post(self.edit_url(post), {"body": "First"})
        assert response.status_code == 302
        post.refresh_from_db()
        assert post.body == "<p>First</p>"
        assert post.edited_at is not None
        html = member_client.get(url(post.community)).content.decode()
        assert "edited" in html

    def test_saving_the_same_text_does_not_mark_it_edited(self, member, post):
        services.post_edit(post=post, editor=member, body="Frist")
        post.refresh_from_db()
        assert post.edited_at is None

    def test_after_the_window_the_edit_is_refused_with_a_message(
        self, member_client, post, settings
    ):
        later = timezone.now() + dt.timedelta(
            minutes=settings.COMMUNITY_POST_EDIT_MINUTES, seconds=1
        )
        with time_machine.travel(later):
            response = member_client.get(self.edit_url(post))
            assert response.status_code == 403
            assert "that time has passed" in response.content.decode()
            response = member_client.post(self.edit_url(post), {"body": "Late fix"})
            assert response.status_code == 400
            html = response.content.decode()
            assert "that time has passed" in html
            assert "Late fix" in html  # what was typed is not lost
            assert (
                "/edit/" not in member_client.get(url(post.community)).content.decode()
            )
        post.refresh_from_db()
        assert post.body == "<p>Frist</p>"

    def test_another_members_post_is_a_404(self, client, community, post):
        client.force_login(join(community))
        assert client.get(self.edit_url(post)).status_code == 404
        assert client.post(self.edit_url(post), {"body": "Mine"}).status_code == 404

    def test_an_empty_edit_answers_400(self, member_client, post):
        response = member_client.post(self.edit_url(post), {"body": " "})
        assert response.status_code == 400
        post.refresh_from_db()
        assert post.body == "<p>Frist</p>"

    def test_only_the_author_may_edit_through_the_service(self, community, post):
        with pytest.raises(ValidationError, match="Only its author"):
            services.post_edit(post=post, editor=facilitator_of(community), body="X")


# Moderation --------------------------------------------------------------------------------


class TestModeration:
    def hide_url(self, post, action="hide"):
        return f"/en/communities/{post.community.slug}/posts/{post.pk}/{action}/"

    def test_a_facilitator_hides_and_unhides_a_post(self, client, community):
        author = join(community)
        post = services.post_create(
            community=community, author=author, body="Buy pills"
        )
        facilitator = facilitator_of(community)
        client.force_login(facilitator)
        response = client.post(self.hide_url(post))
        assert response.status_code == 302
        post.refresh_from_db()
        assert (post.is_hidden, post.hidden_by) == (True, facilitator)
        community.refresh_from_db()
        assert (community.post_count, community.last_post_at) == (0, None)
        html = client.get(url(community)).content.decode()
        assert "Buy pills" in html
        assert "Hidden from members" in html
        assert "Unhide" in html
        client.post(self.hide_url(post, "unhide"))
        post.refresh_from_db()
        assert (post.is_hidden, post.hidden_by) == (False, None)
        community.refresh_from_db()
        assert community.post_count == 1

    def test_a_plain_member_cannot_hide(self, client, community):
        post = PostFactory(community=community)
        client.force_login(join(community))
        assert client.post(self.hide_url(post)).status_code == 404
        post.refresh_from_db()
        assert not post.is_hidden
        with pytest.raises(PermissionDenied):
            services.post_hide(post=post, moderator=post.author)

    def test_the_facilitator_of_another_community_cannot_hide(self, client, community):
        post = PostFactory(community=community)
        other = CommunityFactory()
        FacilitatorFactory(community=other, user=UserFactory())
        client.force_login(other.memberships.get().user)
        assert client.post(self.hide_url(post)).status_code == 404

    def test_staff_with_the_permission_hide_posts(self, client, community, staff):
        post = PostFactory(community=community)
        client.force_login(staff)
        client.post(self.hide_url(post))
        post.refresh_from_db()
        assert post.is_hidden

    def test_hidden_posts_are_invisible_to_plain_members(self, client, community):
        PostFactory(community=community, body="Hidden alone", is_hidden=True)
        with_replies = PostFactory(
            community=community, body="Hidden thread", is_hidden=True
        )
        PostFactory(community=community, parent=with_replies, body="A fair answer")
        thread = PostFactory(community=community, body="Visible thread")
        PostFactory(
            community=community, parent=thread, body="Hidden reply", is_hidden=True
        )
        client.force_login(join(community))
        html = client.get(url(community)).content.decode()
        assert "Hidden alone" not in html
        assert "Hidden thread" not in html
        assert "Hidden reply" not in html
        assert "This post was hidden by a facilitator." in html
        assert "A fair answer" in html and "Visible thread" in html
        assert "Unhide" not in html and ">Hide<" not in html

    def test_removed_posts_show_as_removed(self, member_client, community):
        thread = PostFactory(community=community, body="", removed_at=timezone.now())
        PostFactory(community=community, parent=thread, body="Still useful")
        html = member_client.get(url(community)).content.decode()
        assert "This post was removed." in html
        assert "Still useful" in html

    def test_a_hidden_post_takes_no_replies_and_is_not_shown_again(
        self, client, community
    ):
        thread = PostFactory(community=community, body="Buy pills", is_hidden=True)
        member = join(community)
        with pytest.raises(ValidationError, match="hidden"):
            services.post_create(
                community=community, author=member, body="Hi", parent=thread
            )
        client.force_login(member)
        response = client.post(
            url(community, "posts"), {"body": "Hi", "parent": thread.pk}
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "it takes no replies" in html
        assert "Buy pills" not in html
