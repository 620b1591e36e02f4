"""Partner coordinators manage their network on the site: its organisations, its members
and the claims of members to belong to them. Every page asks `can_manage_network` and
finds its objects through `managed_by(user)`, so another network's organisation or
claim is a 404."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from siehub.i18n import translated_sql, translation_fields
from siehub.service_calls import ServiceCall

from ..forms.coordination import ClaimDecisionForm, OrganisationForm, TranslatorForm
from ..models import Organisation, OrganisationClaim, Translator, User
from ..permissions import can_coordinate_partner, can_manage_network
from ..services import accounts as account_services
from ..services import coordination as services

MEMBERS_PER_PAGE = 50
ORGANISATIONS_PER_PAGE = 50
CLAIMS_SHOWN = 50


def managed_organisations(user):
    """The organisations `user` manages, as a plain queryset (no DISTINCT over joins) that
    annotations and ordering can build on."""
    return Organisation.objects.filter(
        pk__in=Organisation.objects.managed_by(user).values("pk")
    )


def pending_claims(user):
    return (
        OrganisationClaim.objects.pending()
        .decidable_by(user)
        .filter(user__is_active=True, user__deleted_at__isnull=True)
    )


class CoordinatorMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Logged-in members who manage at least one organisation; others get a 403 (pages of
    objects find nothing instead, a 404)."""

    def test_func(self):
        return can_manage_network(self.request.user)


class CoordinationView(CoordinatorMixin, TemplateView):
    """The overview: the organisations of the network, their members and pending claims."""

    template_name = "network/coordination_overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user

        def count(model_queryset):
            return Coalesce(
                Subquery(
                    model_queryset.order_by()
                    .values("organisation")
                    .annotate(n=Count("pk"))
                    .values("n")[:1]
                ),
                0,
            )

        organisations = (
            managed_organisations(user)
            .select_related("partner")
            .annotate(
                member_count=count(
                    User.objects.filter(
                        organisation=OuterRef("pk"), deleted_at__isnull=True
                    )
                ),
                pending_count=count(
                    OrganisationClaim.objects.pending().filter(
                        organisation=OuterRef("pk"),
                        user__is_active=True,
                        user__deleted_at__isnull=True,
                    )
                ),
            )
            .order_by("-is_partner", translated_sql("name"), "pk")
        )
        paginator = Paginator(organisations, ORGANISATIONS_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("page"))
        context.update(
            page_obj=page,
            organisations=page.object_list,
            partners=list(services.coordinated_partners(user)),
            pending_total=pending_claims(user).count(),
        )
        return context


class OrganisationCreateView(CoordinatorMixin, View):
    """Add a school or another organisation to the coordinator's partner network."""

    template_name = "network/coordination_organisation_form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.partners = services.coordinated_partners(request.user)
        return super().dispatch(request, *args, **kwargs)

    def partner_list(self):
        if not hasattr(self, "_partners"):
            self._partners = list(self.partners)
            if not self._partners:
                # Coordinators of a single school manage it, but add nothing.
                raise PermissionDenied
        return self._partners

    def render_form(self, form, status=200):
        context = {"form": form, "organisation": None, "partners": self.partner_list()}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request):
        self.partner_list()
        return self.render_form(OrganisationForm(partners=self.partners))

    def post(self, request):
        partners = self.partner_list()
        form = OrganisationForm(request.POST, partners=self.partners)
        if not form.is_valid():
            return self.render_form(form, status=400)
        # The partner is the server's: the only one coordinated, or one of them chosen.
        partner = form.cleaned_data.get("partner") or partners[0]
        organisation = services.organisation_create(
            coordinator=request.user,
            partner=partner,
            data=form.service_data(),
            language=get_language(),
        )
        messages.success(
            request,
            _("%(name)s is now part of the network of %(partner)s.")
            % {"name": organisation.name, "partner": partner.name},
        )
        return redirect("network:coordination")


class OrganisationEditView(LoginRequiredMixin, View):
    """Edit an organisation of the coordinator's network (another network's is a 404)."""

    template_name = "network/coordination_organisation_form.html"

    def get_organisation(self):
        return get_object_or_404(
            managed_organisations(self.request.user).select_related("partner"),
            slug=self.kwargs["slug"],
        )

    def render_form(self, form, organisation, status=200):
        context = {"form": form, "organisation": organisation}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, slug):
        organisation = self.get_organisation()
        return self.render_form(OrganisationForm(instance=organisation), organisation)

    def post(self, request, slug):
        organisation = self.get_organisation()
        form = OrganisationForm(request.POST, instance=organisation)
        if not form.is_valid():
            return self.render_form(form, organisation, status=400)
        organisation = services.organisation_update(
            organisation=organisation,
            editor=request.user,
            data=form.service_data(),
            language=get_language(),
        )
        messages.success(
            request, _("%(name)s has been saved.") % {"name": organisation.name}
        )
        return redirect("network:coordination")


def members_context(request, *, decision_form=None, decision_claim=None) -> dict:
    """The members page: the network's members (paginated, filterable by organisation)
    and the oldest pending claims with a decision form each."""
    user = request.user
    organisations = list(
        managed_organisations(user).order_by(
            "-is_partner", translated_sql("name"), "pk"
        )
    )
    members = (
        User.objects.filter(
            organisation__in=managed_organisations(user), deleted_at__isnull=True
        )
        .select_related("organisation")
        .only(
            "first_name",
            "last_name",
            "email",
            "position",
            "is_active",
            *translation_fields("name", prefix="organisation__"),
            "organisation__slug",
        )
        .order_by(translated_sql("organisation__name"), "last_name", "first_name", "pk")
    )
    selected = request.GET.get("organisation", "")
    chosen = next((o for o in organisations if o.slug == selected), None)
    if chosen is not None:
        members = members.filter(organisation=chosen)
    paginator = Paginator(members, MEMBERS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    claims_queryset = (
        pending_claims(user)
        .select_related("user", "organisation")
        .order_by("created_at", "pk")
    )
    claims = list(claims_queryset[:CLAIMS_SHOWN])
    claims_total = len(claims)
    if claims_total == CLAIMS_SHOWN:
        claims_total = claims_queryset.count()
    for claim in claims:
        if decision_claim is not None and claim.pk == decision_claim.pk:
            claim.form = decision_form
        else:
            claim.form = ClaimDecisionForm(prefix=f"claim-{claim.pk}")
    return {
        "organisations": organisations,
        "selected_organisation": chosen,
        "page_obj": page,
        "members": page.object_list,
        "claims": claims,
        "claims_total": claims_total,
        "decision_form": decision_form,
    }


class MembersView(CoordinatorMixin, View):
    template_name = "network/coordination_members.html"

    def get(self, request):
        return render(request, self.template_name, members_context(request))


class ClaimDecisionView(LoginRequiredMixin, View):
    """Approve or decline a pending claim to an organisation of the coordinator's network."""

    http_method_names = ["post"]
    decision = ""  # "approve" or "decline"

    def post(self, request, pk):
        claim = get_object_or_404(
            OrganisationClaim.objects.decidable_by(request.user).select_related(
                "user", "organisation"
            ),
            pk=pk,
        )
        form = ClaimDecisionForm(request.POST, prefix=f"claim-{claim.pk}")
        if not form.is_valid():
            return self.render_members(form, claim)
        service = (
            account_services.claim_approve
            if self.decision == "approve"
            else account_services.claim_decline
        )
        with ServiceCall(request) as call:
            service(
                claim=claim, coordinator=request.user, note=form.cleaned_data["note"]
            )
        if call.failed:
            return self.render_members(None, None)
        name = claim.user.get_full_name() or claim.user.email
        if self.decision == "approve":
            text = _("%(name)s now belongs to %(organisation)s.")
        else:
            text = _("The claim of %(name)s to belong to %(organisation)s is declined.")
        messages.success(
            request, text % {"name": name, "organisation": claim.organisation.name}
        )
        return redirect("network:coordination-members")

    def render_members(self, form, claim):
        context = members_context(
            self.request, decision_form=form, decision_claim=claim
        )
        return render(
            self.request, "network/coordination_members.html", context, status=400
        )


class TranslatorsView(CoordinatorMixin, View):
    """The translators the coordinator's partners named, and the form to name one more
    among the members of the network."""

    template_name = "network/coordination_translators.html"

    def partners(self):
        return Organisation.objects.coordinated_by(self.request.user).by_name()

    def render(self, request, form, status=200):
        translators = (
            Translator.objects.named_by(request.user)
            .select_related("user", "partner")
            .order_by("language", "user__last_name", "user__first_name", "pk")
        )
        return render(
            request,
            self.template_name,
            {"form": form, "translators": translators},
            status=status,
        )

    def form(self, data=None):
        return TranslatorForm(
            data,
            members=services.nameable_members(self.request.user),
            partners=self.partners(),
        )

    def get(self, request):
        if not can_coordinate_partner(request.user):
            raise PermissionDenied
        return self.render(request, self.form())

    def post(self, request):
        if not can_coordinate_partner(request.user):
            raise PermissionDenied
        form = self.form(request.POST)
        if form.is_valid():
            with ServiceCall(form) as call:
                translator = services.translator_name(
                    coordinator=request.user,
                    partner=form.cleaned_data["partner"],
                    user=form.cleaned_data["member"],
                    language=form.cleaned_data["language"],
                )
            if not call.failed:
                messages.success(
                    request,
                    _("%(name)s can now translate into %(language)s.")
                    % {
                        "name": translator.user.public_name,
                        "language": translator.get_language_display(),
                    },
                )
                return redirect("network:coordination-translators")
        return self.render(request, form, status=400)


class TranslatorRemoveView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        translator = get_object_or_404(
            Translator.objects.named_by(request.user).select_related("user"), pk=pk
        )
        services.translator_remove(coordinator=request.user, translator=translator)
        messages.success(
            request,
            _("%(name)s no longer translates into %(language)s.")
            % {
                "name": translator.user.public_name,
                "language": translator.get_language_display(),
            },
        )
        return redirect("network:coordination-translators")
