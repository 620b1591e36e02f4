"""A member's data: download all of it, or delete the account."""

import json

from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views import View
from django.views.generic import TemplateView

from ..forms.privacy import AccountDeleteForm
from ..services import privacy as services

PUBLISHED = "published"  # the inventory's status, read through reverse relations


class PrivacyExportView(LoginRequiredMixin, TemplateView):
    """What the download holds, and the link to it."""

    template_name = "network/privacy_export.html"


class PrivacyExportDownloadView(LoginRequiredMixin, View):
    """All of the member's data as a JSON file; never kept by a cache."""

    def get(self, request):
        data = services.privacy_export(user=request.user)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        filename = f"siehub-my-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True, private=True)
        return response


class AccountDeleteView(LoginRequiredMixin, View):
    template_name = "network/privacy_delete.html"

    def render_form(self, form, status=200):
        user = self.request.user
        context = {
            "form": form,
            "published_practices": user.practices.filter(status=PUBLISHED).count(),
            "published_adaptations": user.adaptations.filter(status=PUBLISHED).count(),
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.render_form(AccountDeleteForm(user=request.user))

    def post(self, request):
        form = AccountDeleteForm(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_form(form, status=400)
        services.account_delete(
            user=request.user, remove_published=form.cleaned_data["remove_published"]
        )
        logout(request)
        return redirect("network:privacy-deleted")


class AccountDeletedView(TemplateView):
    """The goodbye page, seen once logged out."""

    template_name = "network/privacy_deleted.html"
