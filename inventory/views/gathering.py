"""Gathering practices into professional communities."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views import View

from siehub.i18n import (
    translated_field,
)
from siehub.service_calls import ServiceCall, redirect_next

from ..forms.gathering import GatherForm
from ..models import (
    GatheredPractice,
    Practice,
)
from ..services.gathering import gathered_practice_remove, practice_gather
from .practices import PracticeDetailView


class PracticeGatherView(LoginRequiredMixin, View):
    """Gather a published practice into one of the member's communities."""

    http_method_names = ["post"]

    def post(self, request, slug):
        practice = get_object_or_404(Practice.objects.published(), slug=slug)
        form = GatherForm.for_practice(
            user=request.user, practice=practice, data=request.POST
        )
        if form.is_valid():
            chosen = form.cleaned_data["community"]
            community = next(c for c in form.communities if c.pk == chosen)
            with ServiceCall(form) as call:
                practice_gather(
                    practice=practice,
                    community=community,
                    user=request.user,
                    note=form.cleaned_data["note"],
                )
            if not call.failed:
                messages.success(
                    request,
                    _("The practice is gathered in “%(community)s”.")
                    % {"community": translated_field(community, "name")["value"]},
                )
                return HttpResponseRedirect(practice.get_absolute_url() + "#gather")
        detail = PracticeDetailView()
        detail.setup(request, slug=slug)
        detail.object = detail.get_object()
        context = detail.get_context_data(object=detail.object)
        context["gather_form"] = form
        return render(request, detail.template_name, context, status=400)


class GatheredPracticeRemoveView(LoginRequiredMixin, View):
    """A facilitator takes a gathered practice out of their community."""

    http_method_names = ["post"]

    def post(self, request, pk):
        gathered = get_object_or_404(
            GatheredPractice.objects.select_related("community"), pk=pk
        )
        community = gathered.community
        try:
            gathered_practice_remove(gathered=gathered, user=request.user)
        except PermissionDenied:
            raise Http404 from None
        messages.success(
            request, _("The practice is no longer gathered in the community.")
        )
        return redirect_next(request, community.get_absolute_url() + "#practices")
