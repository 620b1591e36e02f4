from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import cache
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from . import certificates, services
from .forms import CertificateCodeForm
from .models import Notification, Page


class HomeView(TemplateView):
    template_name = "siehub/home.html"

    def get_context_data(self, **kwargs):
        # The one place where the core reads the apps above it (DESIGN.md: home page).
        from inventory.models import Practice
        from mobilities.models import Mobility, MobilityStatus
        from mobilities.views.events import MOBILITY_CARD_FIELDS
        from network.models import Organisation

        context = super().get_context_data(**kwargs)
        context["partners"] = list(Organisation.objects.partners().by_name())
        context["latest_practices"] = list(
            Practice.objects.published()
            .select_related("organisation")
            .order_by("-featured", "-published_at")[:6]
        )
        # Cancelled events stay on the list of mobilities (with the notice), not here.
        context["upcoming_mobilities"] = list(
            Mobility.objects.filter(status=MobilityStatus.PUBLISHED)
            .upcoming()
            .only(*MOBILITY_CARD_FIELDS)[:3]
        )
        return context


class PageView(DetailView):
    model = Page
    template_name = "siehub/page_detail.html"
    context_object_name = "page"


class NotificationListView(LoginRequiredMixin, ListView):
    template_name = "siehub/notification_list.html"
    context_object_name = "notifications"
    paginate_by = 20

    def get_queryset(self):
        return Notification.objects.for_user(self.request.user).only(
            "subject", "link", "created_at", "read_at"
        )


class NotificationsMarkReadView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        count = services.notifications_mark_read(user=request.user)
        if count:
            messages.success(request, _("All notifications are marked as read."))
        return redirect("notifications")


def csrf_failure(request, reason=""):
    """A translated 403 in the site design instead of Django's technical CSRF page."""
    return render(request, "403_csrf.html", status=403)


# Certificates: the public verification page ----------------------------------------------


def _certificate_page(request, *, certificate=None, form=None, status=200, **context):
    """The verification page in any of its states: the form, a genuine certificate, a
    revoked one (410) or no certificate with that code (404). It names nobody but the
    holder, as the certificate does, and asks search engines not to index it."""
    context.update(
        certificate=certificate,
        details=certificates.certificate_details(certificate) if certificate else {},
        form=form or CertificateCodeForm(),
    )
    response = render(request, "siehub/certificate_verify.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


class CertificateVerifyFormView(View):
    """Type a code to check a certificate (a GET form that works without JavaScript).

    A code found leads to its verification page; anything else answers 404 with the form
    to try again. Codes are 60 random bits, so guessing is futile without a rate limit
    (see siehub.certificates).
    """

    def get(self, request):
        if "code" not in request.GET:
            return _certificate_page(request)
        form = CertificateCodeForm(request.GET)
        if not form.is_valid():
            return _certificate_page(request, form=form, status=400)
        certificate = certificates.certificate_find(form.cleaned_data["code"])
        if certificate is None:
            return _certificate_page(request, form=form, not_found=True, status=404)
        return redirect("certificate-verify", code=certificate.code)


class CertificateVerifyView(View):
    """Whether the certificate with this code is genuine: what it states, or that it was
    revoked (410), or that no certificate has this code (404). The code matches in any
    case, with or without dashes or spaces."""

    def get(self, request, code):
        certificate = certificates.certificate_find(code)
        if certificate is None:
            form = CertificateCodeForm(initial={"code": code[:40]})
            return _certificate_page(request, form=form, not_found=True, status=404)
        if not certificate.is_valid:
            return _certificate_page(request, certificate=certificate, status=410)
        return _certificate_page(request, certificate=certificate)


# How long a pending certificate waits before a download asks for its PDF again.
CERTIFICATE_RENDER_RETRY_SECONDS = 120


def certificate_download(request, certificate, *, filename: str):
    """The answer to a holder downloading `certificate` (the caller checked who may):
    the PDF as an attachment; a revoked one goes to its verification page; one not yet
    rendered (or whose rendering failed) gets a "being prepared" page and, at most every
    two minutes, another rendering."""
    if not certificate.is_valid:
        return redirect(certificate.get_absolute_url())
    if certificate.pdf:
        try:
            handle = certificate.pdf.open("rb")
        except FileNotFoundError:
            handle = None
        if handle is not None:
            response = FileResponse(
                handle,
                as_attachment=True,
                filename=filename,
                content_type="application/pdf",
            )
            response["Content-Security-Policy"] = "default-src 'none'; sandbox"
            response["Cache-Control"] = "private, no-store"
            return response
    key = f"certificate-render:{certificate.pk}"
    if cache.add(key, 1, CERTIFICATE_RENDER_RETRY_SECONDS):
        certificates.certificate_queue_render(certificate=certificate)
    return render(
        request, "siehub/certificate_pending.html", {"certificate": certificate}
    )
