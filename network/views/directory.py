"""The directories: organisations of the network and members with a public profile."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.db.models import Case, F, Q, When
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView

from siehub.filters import FilteredListView
from siehub.i18n import translated_sql, translation_fields
from siehub.models import Area, EducationLevel, term_names
from siehub.service_calls import ServiceCall

from ..filters import MemberFilter, OrganisationFilter
from ..forms.directory import ContactForm
from ..models import Organisation, User
from ..permissions import can_contact_member
from ..services import directory as services

# How many of an organisation's or member's items a page shows; the counts say the rest.
PAGE_ITEMS = 10
PAGE_MEMBERS = 48
PAGE_NETWORK = 48

# What a link to a practice or an adaptation needs (`{% translated obj "title" %}`, the
# date): no body texts. A practice's URL has its slug, an adaptation's its pk.
TITLE_FIELDS = (
    "original_language",
    "published_at",
    "title",
    *translation_fields("title"),
)
ORIGINAL_PRACTICE_FIELDS = (
    "practice__slug",
    "practice__title",
    "practice__original_language",
    *translation_fields("title", prefix="practice__"),
)
# What a member's card or link shows: never the email address, not even loaded.
MEMBER_CARD_FIELDS = (
    "first_name",
    "last_name",
    "position",
    "country",
    "deleted_at",
    *translation_fields("name", prefix="organisation__"),
)


def practice_links(related, owner: str):
    """The published practices of a reverse relation, ready for links.

    `owner` is the relation's foreign key: the related manager sets it on every row it
    loads, which would cost a query per row were it deferred.
    """
    return related.published().only(owner, "slug", *TITLE_FIELDS)


def adaptation_links(related, owner: str):
    """The published adaptations of a reverse relation, with their original practice."""
    return (
        related.published()
        .select_related("practice")
        .only(owner, *TITLE_FIELDS, *ORIGINAL_PRACTICE_FIELDS)
    )


def latest(queryset, limit: int = PAGE_ITEMS) -> tuple[list, int]:
    """The newest items of a queryset and how many there are in all."""
    return list(queryset.order_by("-published_at", "-pk")[:limit]), queryset.count()


# Organisations ---------------------------------------------------------------------------


class OrganisationListView(FilteredListView):
    """Partners first, then the organisations of each partner's network, by name."""

    template_name = "network/organisation_list.html"
    context_object_name = "organisations"
    filterset_class = OrganisationFilter
    paginate_by = 24

    def base_queryset(self):
        return (
            Organisation.objects.only(
                "name",
                "original_language",
                "slug",
                "kind",
                "country",
                "city",
                "logo",
                "is_partner",
            )
            .prefetch_related(term_names("education_levels", EducationLevel))
            # The network an organisation belongs to: a partner heads its own.
            .annotate(
                network_name=Case(
                    When(is_partner=True, then=translated_sql("name")),
                    default=translated_sql("partner__name"),
                ),
            )
            .order_by(
                F("network_name").asc(nulls_last=True),
                "-is_partner",
                translated_sql("name"),
                "pk",
            )
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if not self.filterset.is_filtering:
            # The partners are the cards above the list.
            queryset = queryset.filter(is_partner=False)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        context["partners"] = []
        if not context["is_filtering"] and page.number == 1:
            context["partners"] = list(Organisation.objects.partners().by_name())
        return context


class OrganisationDetailView(DetailView):
    """An organisation, its contact details, network, practices and public members.

    The mobilities it hosted or sent people to join the page as `mobilities` once the
    mobilities app exists; the template renders the section only when given.
    """

    template_name = "network/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.select_related("partner")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        practices, practice_count = latest(
            practice_links(organisation.practices, "organisation")
        )
        adaptations, adaptation_count = latest(
            adaptation_links(organisation.adaptations, "school")
        )
        members = (
            User.objects.listed()
            .filter(organisation=organisation)
            .only("first_name", "last_name", "position", "deleted_at")
            .order_by("last_name", "first_name", "pk")
        )
        context.update(
            practices=practices,
            practice_count=practice_count,
            adaptations=adaptations,
            adaptation_count=adaptation_count,
            members=list(members[:PAGE_MEMBERS]),
            member_count=members.count(),
        )
        if organisation.is_partner:
            network = organisation.network.only(
                "partner",
                "name",
                "original_language",
                "slug",
                "kind",
                "city",
                "country",
            ).by_name()
            context["network"] = list(network[:PAGE_NETWORK])
            context["network_count"] = network.count()
        context["mobilities"] = organisation_mobilities(organisation)
        return context


def organisation_mobilities(organisation) -> list:
    """The published events an organisation hosted or sent people to, newest first.

    Read through the reverse relations, so the network app does not import mobilities;
    "sent" means a registration holding a seat, by its partner or from its school.
    """
    mobility_model = organisation.hosted_mobilities.model
    registration_model = organisation.sent_registrations.model
    sent = (
        registration_model.objects.holding_seats()
        .filter(Q(sending_partner=organisation) | Q(school=organisation))
        .values("mobility")
    )
    return list(
        mobility_model.objects.published()
        .filter(Q(host=organisation) | Q(pk__in=sent))
        .only(
            "host",
            "slug",
            "kind",
            "status",
            "city",
            "country",
            "starts_on",
            "ends_on",
            "original_language",
            "title",
            *translation_fields("title"),
        )
        .order_by("-starts_on", "-pk")
    )


# Members ---------------------------------------------------------------------------------


class MemberListView(FilteredListView):
    """Members who opted in to a public profile; nobody else is ever listed."""

    template_name = "network/member_list.html"
    context_object_name = "members"
    filterset_class = MemberFilter
    paginate_by = 24

    def base_queryset(self):
        return (
            User.objects.listed()
            .select_related("organisation")
            .only(*MEMBER_CARD_FIELDS)
            .prefetch_related(term_names("expertise_areas", Area))
            .order_by("last_name", "first_name", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.filterset.is_filtering:
            context["organisation"] = self.filterset.form.cleaned_data["organisation"]
        user = self.request.user
        context["viewer_is_listed"] = user.is_authenticated and user.is_listed
        return context


def member_profile_context(request, member, *, contact_form=None) -> dict:
    """What the profile page shows; the contact form only to those who may write."""
    viewer = request.user
    is_self = viewer.is_authenticated and viewer.pk == member.pk
    practices, practice_count = latest(practice_links(member.practices, "author"))
    adaptations, adaptation_count = latest(
        adaptation_links(member.adaptations, "author")
    )
    can_contact = can_contact_member(viewer, member)
    if can_contact and contact_form is None:
        contact_form = ContactForm(recipient=member, sender=viewer)
    return {
        "member": member,
        "is_self": is_self,
        "practices": practices,
        "practice_count": practice_count,
        "adaptations": adaptations,
        "adaptation_count": adaptation_count,
        "communities": list(
            member.communities.active()
            .only(
                "slug",
                "name",
                "original_language",
                *translation_fields("name"),
            )
            .order_by(translated_sql("name"), "pk")
        ),
        "can_contact": can_contact,
        "contact_form": contact_form if can_contact else None,
    }


class MemberDetailView(DetailView):
    """A public profile: a 404 for anyone not listed, except the member themself."""

    template_name = "network/member_detail.html"
    context_object_name = "member"

    def get_queryset(self):
        return (
            User.objects.visible_to(self.request.user)
            .select_related("organisation")
            .defer("email", "password")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(member_profile_context(self.request, self.object))
        return context


class MemberContactView(LoginRequiredMixin, View):
    """Write to a listed member who accepts messages (their address stays hidden)."""

    http_method_names = ["post"]

    def handle_no_permission(self):
        # After logging in the visitor comes back to the profile, where the form is.
        profile = reverse("network:member-detail", kwargs={"pk": self.kwargs["pk"]})
        return redirect_to_login(profile, self.get_login_url())

    def post(self, request, pk):
        recipient = get_object_or_404(
            services.contactable_members()
            .exclude(pk=request.user.pk)
            .select_related("organisation")
            .defer("email", "password"),
            pk=pk,
        )
        form = ContactForm(request.POST, recipient=recipient, sender=request.user)
        status = 400
        if form.is_valid():
            with ServiceCall(form) as call:
                services.contact_send(
                    sender=request.user,
                    recipient=recipient,
                    body=form.cleaned_data["body"],
                    share_email=form.cleaned_data["share_email"],
                )
            if isinstance(call.error, services.ContactRateLimited):
                status = 429
            elif not call.failed:
                messages.success(
                    request,
                    _("Your message has been sent to %(name)s.")
                    % {"name": recipient.public_name},
                )
                return HttpResponseRedirect(recipient.get_absolute_url())
        context = member_profile_context(request, recipient, contact_form=form)
        return render(request, "network/member_detail.html", context, status=status)
