"""The member's certificate download and feedback form, and the coordinators' results
of a module (its completions and the feedback, without names)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View

from siehub.service_calls import ServiceCall, add_service_errors
from siehub.views import certificate_download

from ..forms.completion import FeedbackForm
from ..models import Enrolment, Module
from ..permissions import can_download_certificates, can_see_results
from ..services import completion as services


def downloadable_enrolments(user):
    """The certified enrolments whose certificate `user` may download: their own, and
    every one for staff who manage training."""
    enrolments = Enrolment.objects.filter(certificate__isnull=False)
    if not user.is_authenticated:
        return enrolments.none()
    if can_download_certificates(user):
        return enrolments
    return enrolments.filter(user=user)


class CertificateDownloadView(LoginRequiredMixin, View):
    """The member's certificate of completion as a PDF download, or a page saying it is
    being prepared (the PDF is rendered in the background). Staff name the enrolment
    with ?enrolment=<pk>."""

    def get(self, request, slug):
        enrolments = downloadable_enrolments(request.user).filter(module__slug=slug)
        wanted = request.GET.get("enrolment")
        if wanted is None:
            enrolments = enrolments.filter(user=request.user)
        elif wanted.isdigit():
            enrolments = enrolments.filter(pk=int(wanted))
        else:
            raise Http404
        enrolment = get_object_or_404(
            enrolments.select_related("certificate", "module")
        )
        certificate = enrolment.certificate
        return certificate_download(
            request,
            certificate,
            filename=f"certificate-{enrolment.module.slug}-{certificate.code}.pdf",
        )


class FeedbackView(LoginRequiredMixin, View):
    """The member's feedback on a module they completed, sent once."""

    template_name = "training/feedback_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.module = get_object_or_404(Module, slug=kwargs["slug"])
        self.enrolment = (
            Enrolment.objects.filter(user=request.user, module=self.module)
            .select_related("certificate")
            .first()
        )
        return super().dispatch(request, *args, **kwargs)

    def _context(self, **context):
        return {"module": self.module, "enrolment": self.enrolment, **context}

    def _refused(self, code, message):
        if code == "already_sent":
            template = "training/feedback_done.html"
            status = 409 if self.request.method == "POST" else 200
        else:
            template, status = "training/feedback_unavailable.html", 403
        return render(
            self.request,
            template,
            self._context(reason=code, message=message),
            status=status,
        )

    def _form_page(self, form, status=200):
        return render(
            self.request, self.template_name, self._context(form=form), status=status
        )

    def get(self, request, slug):
        refusal = services.feedback_refusal(self.enrolment)
        if refusal:
            return self._refused(*refusal)
        return self._form_page(FeedbackForm())

    def post(self, request, slug):
        refusal = services.feedback_refusal(self.enrolment)
        if refusal:
            return self._refused(*refusal)
        form = FeedbackForm(request.POST)
        if not form.is_valid():
            return self._form_page(form, status=400)
        with ServiceCall() as call:
            services.feedback_submit(enrolment=self.enrolment, data=form.cleaned_data)
        if call.error is not None:
            # A refusal has a code and one message; a dict of field errors has no code.
            code = getattr(call.error, "code", None)
            if code in ("already_sent", "not_completed", "not_enrolled"):
                return self._refused(code, call.error.messages[0])
            add_service_errors(form, call.error)
            return self._form_page(form, status=400)
        messages.success(request, _("Thank you for your feedback!"))
        return redirect("training:module-feedback", slug=self.module.slug)


class ModuleResultsView(LoginRequiredMixin, View):
    """A module's results for coordinators: completions, average score and feedback,
    anonymous. For anyone else the page does not exist (404)."""

    def get(self, request, slug):
        if not can_see_results(request.user):
            raise Http404
        module = get_object_or_404(Module, slug=slug)
        return render(
            request,
            "training/results_module.html",
            {"module": module, "summary": services.feedback_summary(module)},
        )
