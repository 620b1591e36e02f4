"""Adaptations: a school's account of using a practice, its form and its outcomes."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView

from siehub.service_calls import ServiceCall

from ..forms.adaptations import AdaptationForm, AdaptationOutcomesForm, indicator_forms
from ..forms.media import PictureUploads
from ..models import (
    Adaptation,
    Practice,
)
from ..services.adaptations import (
    adaptation_create,
    adaptation_report_indicators,
    adaptation_report_outcomes,
    adaptation_submit,
    adaptation_update,
)
from ..services.media import pictures_update
from .media import media_context


class AdaptationDetailView(DetailView):
    template_name = "inventory/adaptation_detail.html"
    context_object_name = "adaptation"

    def get_queryset(self):
        return (
            Adaptation.objects.visible_to(self.request.user)
            .select_related("practice", "school", "author")
            .prefetch_related("pictures")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        adaptation = self.object
        context.update(media_context(adaptation))
        return context


class AdaptationOutcomesView(LoginRequiredMixin, View):
    """The author adds results, lessons learned and the period to a published
    adaptation, without a new review; the curators see the change in admin."""

    template_name = "inventory/adaptation_outcomes.html"

    def get_adaptation(self):
        return get_object_or_404(
            Adaptation.objects.outcomes_editable_by(self.request.user).select_related(
                "practice"
            ),
            pk=self.kwargs["pk"],
        )

    def render_form(self, form, indicators, adaptation, status=200):
        context = {
            "form": form,
            "indicators": indicators,
            "indicators_invalid": any(item.errors for item in indicators),
            "adaptation": adaptation,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, pk):
        adaptation = self.get_adaptation()
        return self.render_form(
            AdaptationOutcomesForm(adaptation=adaptation),
            indicator_forms(adaptation=adaptation),
            adaptation,
        )

    def post(self, request, pk):
        adaptation = self.get_adaptation()
        form = AdaptationOutcomesForm(request.POST, adaptation=adaptation)
        indicators = indicator_forms(request.POST, adaptation=adaptation)
        # Every form validated, so that each shows its errors at once.
        invalid = [item for item in [form, *indicators] if not item.is_valid()]
        if invalid:
            return self.render_form(form, indicators, adaptation, status=400)
        figures = {item.indicator: item.reported() for item in indicators}
        with ServiceCall(form) as call, transaction.atomic():
            adaptation_report_outcomes(
                adaptation=adaptation, author=request.user, data=form.cleaned_data
            )
            adaptation_report_indicators(
                adaptation=adaptation, author=request.user, figures=figures
            )
        if call.failed:
            return self.render_form(form, indicators, adaptation, status=400)
        messages.success(request, _("The outcomes of your adaptation are published."))
        return redirect(adaptation.get_absolute_url())


class AdaptationFormView(LoginRequiredMixin, View):
    """Start an adaptation of a published practice, or edit one's own adaptation."""

    template_name = "inventory/adaptation_form.html"

    def get_objects(self):
        if "pk" in self.kwargs:
            adaptation = get_object_or_404(
                Adaptation.objects.editable_by(self.request.user).select_related(
                    "practice"
                ),
                pk=self.kwargs["pk"],
            )
            return adaptation.practice, adaptation
        practice = get_object_or_404(
            Practice.objects.published(), slug=self.kwargs["slug"]
        )
        return practice, None

    def render_form(
        self,
        form,
        practice,
        adaptation,
        status=200,
        pictures=None,
    ):
        pictures = pictures or PictureUploads(owner=adaptation)
        context = {
            "form": form,
            "practice": practice,
            "adaptation": adaptation,
            **pictures.context(),
            # Browsers never send a chosen file twice: nothing was saved, say so.
            "choose_files_again": status == 400 and bool(self.request.FILES),
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, **kwargs):
        practice, adaptation = self.get_objects()
        form = AdaptationForm(adaptation=adaptation, user=request.user)
        return self.render_form(form, practice, adaptation)

    def post(self, request, **kwargs):
        practice, adaptation = self.get_objects()
        form = AdaptationForm(request.POST, adaptation=adaptation, user=request.user)
        pictures = PictureUploads(request, owner=adaptation)
        # Both parts are checked, so that all the problems show at once.
        if not form.is_valid() & pictures.is_valid():
            return self.render_form(
                form,
                practice,
                adaptation,
                status=400,
                pictures=pictures,
            )
        with ServiceCall(form) as call:
            with transaction.atomic():
                if adaptation is None:
                    adaptation = adaptation_create(
                        practice=practice, author=request.user, data=form.cleaned_data
                    )
                else:
                    adaptation = adaptation_update(
                        adaptation=adaptation,
                        editor=request.user,
                        data=form.cleaned_data,
                    )
                pictures_update(
                    owner=adaptation,
                    author=request.user,
                    **pictures.changes(),
                )
            if request.POST.get("action") == "submit":
                adaptation_submit(adaptation=adaptation, author=request.user)
                messages.success(
                    request,
                    _("Thank you! Your adaptation has been sent to the curators."),
                )
                return redirect("inventory:my-practices")
        if call.failed:
            return self.render_form(form, practice, adaptation, status=400)
        messages.success(request, _("Your draft has been saved."))
        return redirect("inventory:adaptation-edit", pk=adaptation.pk)
