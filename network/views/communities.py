"""Professional communities: the list, a community's page with its discussion, the form
to create or edit one, and one POST-only view per action.

Who sees what (a decision of issue 4):

- Everyone, logged in or not, sees the list of active communities and a community's
  page: its description, area, facilitators, member count and the practices its members
  gathered. Visitors learn what the network works on; a facilitator without a public
  profile is counted there, not named.
- The discussion (posts and replies) and the roster of members are for members of the
  platform who are logged in: what colleagues write to each other is not published to
  the open web and to search engines. Even then the roster names only members with a
  public profile (linked to it); the others are counted, and no email address is ever
  shown. Post authors are named by their public name.
- Posting, replying and the email preference are for members of the community; a
  member edits their own post for settings.COMMUNITY_POST_EDIT_MINUTES.
- Facilitators of the community, and staff with the post permission, see hidden posts
  marked as hidden and can unhide them. Other members do not see a hidden post, or see a
  placeholder where it has visible replies. A removed post (its author deleted their
  account) shows as removed.
- An inactive community is a 404 for everyone but staff, and takes no new posts.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, ListView

from siehub.i18n import translated_sql, translation_fields
from siehub.pagination import LastPageOnOverflowMixin
from siehub.service_calls import ServiceCall, redirect_next
from siehub.text import html_to_text

from ..forms.communities import (
    CommunityFilterForm,
    CommunityForm,
    EmailPreferenceForm,
    PostEditForm,
    PostForm,
)
from ..models import Community, Membership, MembershipRole, Post
from ..permissions import (
    can_create_community,
    can_edit_community,
    can_edit_post,
    can_moderate_community,
    edit_post_refusal,
)
from ..services import communities as services

# The roster names at most this many members with a public profile, then counts.
ROSTER_SIZE = 48
GATHERED_SHOWN = 50


# Pages -----------------------------------------------------------------------------------


class CommunityListView(LastPageOnOverflowMixin, ListView):
    """Active communities, filtered by whole-school area (and "mine" for members)."""

    template_name = "network/community_list.html"
    context_object_name = "communities"
    paginate_by = 24

    def get_filter(self) -> CommunityFilterForm:
        data = self.request.GET.copy()
        form = CommunityFilterForm(data)
        self.ignored = []
        if not form.is_valid():
            # A stale or mistyped link still shows the list: drop what does not
            # validate and say so.
            self.ignored = sorted(form.errors)
            for key in self.ignored:
                data.pop(key, None)
            form = CommunityFilterForm(data)
            form.is_valid()
        return form

    def get_queryset(self):
        self.filter_form = self.get_filter()
        cleaned = self.filter_form.cleaned_data
        user = self.request.user
        queryset = (
            Community.objects.active()
            .select_related("area")
            .only(
                *translation_fields("name", "description"),
                "slug",
                "original_language",
                "machine_translated",
                *translation_fields("name", prefix="area__"),
                "member_count",
                "post_count",
                "last_post_at",
            )
        )
        if cleaned.get("area"):
            queryset = queryset.filter(area=cleaned["area"])
        self.my_ids = set()
        if user.is_authenticated:
            self.my_ids = set(
                Membership.objects.filter(user=user)
                .order_by()
                .values_list("community_id", flat=True)
            )
            if cleaned.get("mine"):
                queryset = queryset.filter(pk__in=self.my_ids)
        # Tens of communities, not thousands: ordering by the translated name needs
        # no index of its own.
        return queryset.order_by(translated_sql("name"), "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        context["ignored"] = self.ignored
        context["my_ids"] = self.my_ids
        context["can_create"] = can_create_community(self.request.user)
        return context


def thread_queryset(community: Community, *, moderator: bool):
    """The threads a reader sees, newest first, each with its replies (two queries
    whatever the number of posts)."""
    threads = community.posts.filter(parent__isnull=True)
    replies = Post.objects.select_related("author").order_by("created_at", "pk")
    if not moderator:
        visible_replies = Post.objects.visible().filter(parent=OuterRef("pk"))
        threads = threads.filter(
            Q(is_hidden=False, removed_at__isnull=True) | Exists(visible_replies)
        )
        replies = replies.filter(is_hidden=False)
    return (
        threads.select_related("author")
        .prefetch_related(
            Prefetch("replies", queryset=replies, to_attr="shown_replies")
        )
        .order_by("-created_at", "-pk")
    )


def community_page_context(request, community: Community, **forms) -> dict:
    """Everything a community's page shows; a constant number of queries."""
    user = request.user
    membership = services.membership_of(user, community)
    moderator = can_moderate_community(user, community, membership=membership)
    is_member = membership is not None
    facilitators = list(
        community.memberships.filter(role=MembershipRole.FACILITATOR)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    gathered = (
        community.gathered_practices.filter(practice__status="published")
        .select_related("practice", "added_by")
        .only(
            "note",
            "added_at",
            "community_id",
            "practice__slug",
            "practice__status",
            "practice__original_language",
            *translation_fields("title", prefix="practice__"),
            "added_by__first_name",
            "added_by__last_name",
            "added_by__deleted_at",
        )[:GATHERED_SHOWN]
    )
    context = {
        "community": community,
        "membership": membership,
        "is_member": is_member,
        "can_moderate": moderator,
        "can_edit": can_edit_community(user, community, membership=membership),
        "facilitators": facilitators,
        "unlisted_facilitators": sum(1 for m in facilitators if not m.user.is_listed),
        "gathered": gathered,
        "next": request.get_full_path(),
    }
    if user.is_authenticated:
        roster = list(
            community.memberships.filter(role=MembershipRole.MEMBER)
            .filter(
                user__public_profile=True,
                user__is_active=True,
                user__deleted_at__isnull=True,
            )
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "pk")[:ROSTER_SIZE]
        )
        context["roster"] = roster
        context["others_count"] = max(
            0, community.member_count - len(facilitators) - len(roster)
        )
        paginator = Paginator(
            thread_queryset(community, moderator=moderator),
            services.THREADS_PER_PAGE,
        )
        number = request.GET.get("page", 1)
        try:
            page = paginator.page(number)
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        context["page_obj"] = page
        context["threads"] = page.object_list
        # For the page's one translation notice, which the replies need as well.
        context["replies"] = [
            reply for thread in page.object_list for reply in thread.shown_replies
        ]
    if is_member:
        context["post_form"] = forms.get("post_form") or PostForm()
        context["preference_form"] = forms.get("preference_form") or (
            EmailPreferenceForm(initial={"email_frequency": membership.email_frequency})
        )
    return context


class CommunityDetailView(DetailView):
    template_name = "network/community_detail.html"
    context_object_name = "community"

    def get_queryset(self):
        return Community.objects.visible_to(self.request.user).select_related("area")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(community_page_context(self.request, self.object))
        return context


class CommunityFormView(LoginRequiredMixin, View):
    """Create a community (curators and partner coordinators) or edit one (its
    facilitators and curators; anyone else gets a 404)."""

    template_name = "network/community_form.html"

    def get_community(self):
        slug = self.kwargs.get("slug")
        user = self.request.user
        if slug is None:
            if not can_create_community(user):
                raise PermissionDenied
            return None
        return get_object_or_404(Community.objects.editable_by(user), slug=slug)

    def render_form(self, form, community, status=200):
        context = {"form": form, "community": community}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, slug=None):
        community = self.get_community()
        form = CommunityForm(user=request.user, community=community)
        return self.render_form(form, community)

    def post(self, request, slug=None):
        community = self.get_community()
        form = CommunityForm(request.POST, user=request.user, community=community)
        if not form.is_valid():
            return self.render_form(form, community, status=400)
        with ServiceCall(form) as call:
            if community is None:
                community = services.community_create(
                    creator=request.user, data=form.cleaned_data
                )
                messages.success(
                    request,
                    _("The community is open. Invite colleagues to join it."),
                )
            else:
                community = services.community_update(
                    community=community, editor=request.user, data=form.cleaned_data
                )
                messages.success(request, _("The community has been saved."))
        if call.failed:
            return self.render_form(form, self.get_community(), status=400)
        return redirect(community.get_absolute_url())


class PostDetailView(LoginRequiredMixin, View):
    """A post's permanent address: the page of the discussion that shows it."""

    def get(self, request, slug, pk):
        community = get_object_or_404(
            Community.objects.visible_to(request.user), slug=slug
        )
        post = get_object_or_404(community.posts.select_related("parent"), pk=pk)
        root = post.parent or post
        moderator = can_moderate_community(request.user, community)
        threads = thread_queryset(community, moderator=moderator)
        url = community.get_absolute_url()
        if not threads.filter(pk=root.pk).exists():
            return redirect(url + "#discussion")
        newer = threads.filter(
            Q(created_at__gt=root.created_at)
            | Q(created_at=root.created_at, pk__gt=root.pk)
        ).count()
        page = newer // services.THREADS_PER_PAGE + 1
        if page > 1:
            url += f"?page={page}"
        return redirect(f"{url}#post-{post.pk}")


# Actions (POST only) ----------------------------------------------------------------------


class CommunityActionView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def handle_no_permission(self):
        if not self.request.user.is_authenticated:
            # After logging in, back to the community, not to a POST-only address.
            page = reverse(
                "network:community-detail", kwargs={"slug": self.kwargs["slug"]}
            )
            return redirect_to_login(page)
        return super().handle_no_permission()

    def get_community(self) -> Community:
        return get_object_or_404(
            Community.objects.visible_to(self.request.user), slug=self.kwargs["slug"]
        )


class CommunityJoinView(CommunityActionView):
    def post(self, request, slug):
        community = self.get_community()
        with ServiceCall(request) as call:
            services.community_join(community=community, user=request.user)
        if not call.failed:
            messages.success(
                request,
                _(
                    "Welcome to the community! You get an email for each new post; "
                    "you can choose a daily digest or no email instead."
                ),
            )
        return redirect_next(request, community.get_absolute_url())


class CommunityLeaveView(CommunityActionView):
    def post(self, request, slug):
        community = self.get_community()
        with ServiceCall(request) as call:
            services.community_leave(community=community, user=request.user)
        if not call.failed:
            messages.success(
                request, _("You have left the community. Your posts stay in it.")
            )
        return redirect_next(request, community.get_absolute_url())


class CommunityPreferencesView(CommunityActionView):
    def post(self, request, slug):
        community = self.get_community()
        form = EmailPreferenceForm(request.POST)
        if form.is_valid():
            with ServiceCall(request) as call:
                services.membership_set_email_frequency(
                    community=community,
                    user=request.user,
                    frequency=form.cleaned_data["email_frequency"],
                )
            if call.failed:
                return redirect(community.get_absolute_url())
            messages.success(request, _("Your email preference has been saved."))
            return redirect_next(request, community.get_absolute_url() + "#email")
        if services.membership_of(request.user, community) is None:
            messages.error(request, _("You are not a member of this community."))
            return redirect(community.get_absolute_url())
        context = community_page_context(request, community, preference_form=form)
        return render(request, "network/community_detail.html", context, status=400)


def render_post_form(request, community, form, *, post=None, parent=None, status=200):
    """The page of one post form: a new post or reply that did not validate (the text
    is kept), or the author's edit of a post."""
    context = {
        "community": community,
        "form": form,
        "post": post,
        "parent": parent,
        "refusal": edit_post_refusal(request.user, post) if post else "",
    }
    return render(request, "network/community_post_form.html", context, status=status)


class CommunityPostView(CommunityActionView):
    """A new post, or a reply when the form names a parent."""

    def post(self, request, slug):
        community = self.get_community()
        form = PostForm(request.POST)
        parent = None
        parent_id = request.POST.get("parent") or None
        if parent_id and str(parent_id).isdigit():
            parent = (
                community.posts.select_related("author").filter(pk=parent_id).first()
            )
        if form.is_valid():
            if form.cleaned_data["parent"] and parent is None:
                form.add_error(None, _("The post you reply to no longer exists."))
            else:
                with ServiceCall(form, field="body") as call:
                    post = services.post_create(
                        community=community,
                        author=request.user,
                        body=form.cleaned_data["body"],
                        parent=parent,
                    )
                if not call.failed:
                    messages.success(request, _("Your post is published."))
                    return redirect(services.post_url(post))
        if parent is not None and parent.parent_id:
            parent = Post.objects.select_related("author").get(pk=parent.parent_id)
        return render_post_form(request, community, form, parent=parent, status=400)


class PostEditView(LoginRequiredMixin, View):
    """The author's edit of their own post, within the edit window."""

    def get_post(self) -> Post:
        user = self.request.user
        return get_object_or_404(
            Post.objects.select_related("community", "parent__author").filter(
                author=user,
                removed_at__isnull=True,
                community__in=Community.objects.visible_to(user),
            ),
            community__slug=self.kwargs["slug"],
            pk=self.kwargs["pk"],
        )

    def get(self, request, slug, pk):
        post = self.get_post()
        # Stored as HTML, edited as the Markdown it came from.
        form = PostEditForm(
            initial={
                "body": html_to_text(getattr(post, f"body_{post.original_language}"))
            }
        )
        if not can_edit_post(request.user, post):
            return render_post_form(
                request, post.community, None, post=post, status=403
            )
        return render_post_form(request, post.community, form, post=post)

    def post(self, request, slug, pk):
        post = self.get_post()
        form = PostEditForm(request.POST)
        if form.is_valid():
            with ServiceCall(form, field="body") as call:
                post = services.post_edit(
                    post=post, editor=request.user, body=form.cleaned_data["body"]
                )
            if not call.failed:
                messages.success(request, _("Your post has been saved."))
                return redirect(services.post_url(post))
        return render_post_form(request, post.community, form, post=post, status=400)


class PostModerationView(LoginRequiredMixin, View):
    http_method_names = ["post"]
    service = None
    done_message = ""

    def post(self, request, slug, pk):
        user = request.user
        post = get_object_or_404(
            Post.objects.select_related("community").filter(
                community__in=Community.objects.visible_to(user)
            ),
            community__slug=slug,
            pk=pk,
        )
        try:
            post = type(self).service(post=post, moderator=user)
        except PermissionDenied:
            raise Http404 from None
        messages.success(request, str(self.done_message))
        return redirect_next(request, services.post_url(post))


class PostHideView(PostModerationView):
    service = services.post_hide
    done_message = gettext_lazy(
        "The post is hidden from the members. You can unhide it."
    )


class PostUnhideView(PostModerationView):
    service = services.post_unhide
    done_message = gettext_lazy("The post is visible again.")
