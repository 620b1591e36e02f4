"""The PDF compendium's pages: asking for it, following its progress, downloading it
(inventory.services.compendium builds it in a Celery task)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Max
from django.http import (
    FileResponse,
    Http404,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView

from siehub.service_calls import ServiceCall

from ..models import (
    Compendium,
)
from ..services.compendium import ACTIVE_STATES, compendium_request


class CompendiumView(View):
    """The PDF compendium per language: latest files, and a form to generate a new one."""

    template_name = "inventory/compendium.html"

    def render_page(self, request, *, status=200, error=""):
        language = get_language()
        latest_ready = (
            Compendium.objects.filter(state=Compendium.State.READY)
            .values("language")
            .annotate(latest=Max("pk"))
            .values("latest")
        )
        ready = {
            compendium.language: compendium
            for compendium in Compendium.objects.filter(pk__in=latest_ready)
        }
        languages = [
            {
                "code": code,
                "name": name,
                "name_translated": get_language_info(code)["name_translated"],
                "compendium": ready.get(code),
            }
            for code, name in settings.LANGUAGES
        ]
        active = (
            Compendium.objects.filter(language=language, state__in=ACTIVE_STATES)
            .order_by("-created_at")
            .first()
        )
        context = {
            "languages": languages,
            "active": active,
            "language_name": get_language_info(language)["name_translated"],
            "error": error,
        }
        return render(request, self.template_name, context, status=status)

    def get(self, request):
        return self.render_page(request)

    def post(self, request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        with ServiceCall() as call:
            compendium, created = compendium_request(
                user=request.user, language=get_language()
            )
        if call.error is not None:
            status = 429 if call.error.code == "too_soon" else 400
            return self.render_page(
                request, status=status, error=call.error.messages[0]
            )
        if created:
            messages.success(
                request,
                _("The compendium is being generated. This page shows its progress."),
            )
        elif compendium.state in ACTIVE_STATES:
            messages.info(
                request,
                _("The compendium in this language is already being generated."),
            )
        else:
            messages.info(
                request,
                _(
                    "Nothing has changed in the inventory since this compendium was "
                    "made: it is up to date."
                ),
            )
        return redirect(compendium)


class CompendiumDetailView(DetailView):
    """One compendium: its progress while it is made, then the file."""

    template_name = "inventory/compendium_detail.html"
    context_object_name = "compendium"
    queryset = Compendium.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        compendium = self.object
        context["is_active"] = compendium.state in ACTIVE_STATES
        context["language_name"] = get_language_info(compendium.language)[
            "name_translated"
        ]
        return context


class CompendiumDownloadView(View):
    """The PDF of a ready compendium, always as a download."""

    def get(self, request, pk):
        compendium = get_object_or_404(
            Compendium.objects.filter(state=Compendium.State.READY).exclude(file=""),
            pk=pk,
        )
        try:
            handle = compendium.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        stamp = (compendium.finished_at or compendium.created_at).date().isoformat()
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=f"siehub-inventory-of-good-practices-{compendium.language}-{stamp}.pdf",
            content_type="application/pdf",
        )
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response
