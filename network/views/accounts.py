from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, TemplateView

from ..services import members as services
from ..forms.accounts import ProfileForm
from ..models import Organisation


class ProfileView(LoginRequiredMixin, TemplateView):
    template_name = "network/profile_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["member"] = self.request.user
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
        user = services.profile_update(user=self.request.user, data=form.cleaned_data)
        # The profile answers in the language the member has just chosen.
        with translation.override(user.preferred_language):
            messages.success(self.request, _("Your profile has been saved."))
            return HttpResponseRedirect(reverse("network:profile"))


class OrganisationDetailView(DetailView):
    model = Organisation
    template_name = "network/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.select_related("partner")


class ConfirmEmailView(allauth_views.ConfirmEmailView):
    """allauth's confirmation page; an expired or unknown link answers 400, not 200."""

    def get(self, *args, **kwargs):
        response = super().get(*args, **kwargs)
        if self.object is None and response.status_code == 200:
            response.status_code = 400
        return response
