from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from siehub.service_calls import ServiceCall
from siehub.translating import translation_languages

from ..forms.accounts import ProfileForm
from ..models import OrganisationClaim
from ..permissions import can_manage_network
from ..services import accounts as services


def pending_claim_of(user) -> OrganisationClaim | None:
    return (
        OrganisationClaim.objects.pending()
        .filter(user=user)
        .select_related("organisation__partner")
        .first()
    )


class ProfileView(LoginRequiredMixin, TemplateView):
    template_name = "network/profile_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["member"] = user
        context["pending_claim"] = pending_claim_of(user)
        context["manages_network"] = can_manage_network(user)
        context["translates"] = bool(translation_languages(user))
        return context


class ProfileEditView(LoginRequiredMixin, FormView):
    template_name = "network/profile_form.html"
    form_class = ProfileForm
    success_url = reverse_lazy("network:profile")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.request.user
        return kwargs

    def form_valid(self, form):
        before = pending_claim_of(self.request.user)
        with ServiceCall(form) as call:
            user = services.profile_update(
                user=self.request.user, data=form.cleaned_data
            )
        if call.failed:
            return self.form_invalid(form)
        claim = pending_claim_of(user)
        # The profile answers in the language the member has just chosen.
        with translation.override(user.preferred_language):
            messages.success(self.request, _("Your profile has been saved."))
            if claim is not None and (before is None or before.pk != claim.pk):
                messages.info(
                    self.request,
                    _(
                        "The coordinator of %(partner)s will confirm that you belong "
                        "to %(organisation)s; we will let you know by email."
                    )
                    % {
                        "partner": claim.organisation.network_partner.name,
                        "organisation": claim.organisation.name,
                    },
                )
            return HttpResponseRedirect(reverse("network:profile"))


class ClaimWithdrawView(LoginRequiredMixin, View):
    """The member withdraws their own pending claim (another's is a 404)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        claim = get_object_or_404(
            OrganisationClaim.objects.pending().filter(user=request.user), pk=pk
        )
        services.claim_withdraw(claim=claim, user=request.user)
        messages.success(request, _("Your claim has been withdrawn."))
        return redirect("network:profile")


class ConfirmEmailView(allauth_views.ConfirmEmailView):
    """allauth's confirmation page; an expired or unknown link answers 400, not 200."""

    def get(self, *args, **kwargs):
        response = super().get(*args, **kwargs)
        if self.object is None and response.status_code == 200:
            response.status_code = 400
        return response
