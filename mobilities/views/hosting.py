"""The host's tools (participants, attendance, certificates, evaluation results) and the
participant's certificate download and evaluation form.

Every host page finds its event in `Mobility.objects.managed_by(user)`: the coordinators
of the host organisation and the staff allowed to change mobilities see it; for anyone
else the event does not exist (404). Special needs appear on these pages only.
"""

import re
from datetime import date

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from siehub.exports import csv_response
from siehub.service_calls import ServiceCall
from siehub.views import certificate_download

from ..forms.hosting import AttendanceForm, EvaluationForm
from ..models import (
    ACTIVE_STATUSES,
    Evaluation,
    Mobility,
    Quota,
    Registration,
    RegistrationStatus,
)
from ..permissions import can_download_certificates, can_host
from ..services import hosting as services

DAY_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class HostListView(LoginRequiredMixin, View):
    """The events the member's organisation hosts (every event for staff)."""

    def get(self, request):
        mobilities = list(
            Mobility.objects.managed_by(request.user)
            .select_related("host")
            .annotate(
                confirmed_count=Count(
                    "registrations",
                    filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                )
            )
            .order_by("-starts_on", "-pk")
        )
        return render(request, "mobilities/host_list.html", {"mobilities": mobilities})


class HostMixin(LoginRequiredMixin):
    """Pages of one hosted event: `self.mobility`, or a 404."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.mobility = get_object_or_404(
            Mobility.objects.managed_by(request.user).select_related("host"),
            slug=kwargs["slug"],
        )
        self.check_event()
        return super().dispatch(request, *args, **kwargs)

    def check_event(self) -> None:
        """Refuse (with an exception) what this page cannot show for the event."""


def _overview_context(mobility) -> dict:
    confirmed = services.confirmed_registrations(mobility)
    certificates = confirmed.aggregate(
        issued=Count("pk", filter=Q(certificate__isnull=False)),
        total=Count("pk"),
    )
    today = timezone.localdate()
    return {
        "mobility": mobility,
        "quotas": list(
            Quota.objects.filter(mobility=mobility)
            .select_related("partner")
            .with_availability()
            .order_by("partner__name")
        ),
        "active_count": mobility.registrations.filter(
            status__in=ACTIVE_STATUSES
        ).count(),
        "confirmed_count": certificates["total"],
        "certificates_issued": certificates["issued"],
        "days": services.attendance_overview(mobility),
        "evaluation_count": Evaluation.objects.filter(
            registration__mobility=mobility
        ).count(),
        "has_ended": mobility.ends_on < today,
        "has_started": mobility.starts_on <= today,
    }


class HostEventView(HostMixin, View):
    """The host's overview of an event: seats, attendance, certificates, evaluation."""

    def get(self, request, slug):
        return render(
            request, "mobilities/host_event.html", _overview_context(self.mobility)
        )


def participant_rows(mobility, registrations=None):
    """The confirmed participants (all of the event's, or `registrations`) with what
    the host needs to welcome them."""
    if registrations is None:
        registrations = services.confirmed_registrations(mobility)
    return list(
        registrations.select_related("participant", "school", "sending_partner")
        .annotate(days=services.days_present())
        .order_by(
            "sending_partner__name",
            "participant__last_name",
            "participant__first_name",
            "invited_name",
            "pk",
        )
    )


class HostParticipantsView(HostMixin, View):
    """The confirmed participants by sending partner, ready to print."""

    def get(self, request, slug):
        return render(
            request,
            "mobilities/host_participants.html",
            {
                "mobility": self.mobility,
                "registrations": participant_rows(self.mobility),
            },
        )


class ParticipantListView(LoginRequiredMixin, View):
    """The confirmed participants of an event for those who welcome or send them: the
    host sees every sending partner's, a partner's coordinator their own partners';
    anyone else finds no such page (404)."""

    def get(self, request, slug):
        mobility = get_object_or_404(Mobility.objects.select_related("host"), slug=slug)
        registrations = services.listable_participants(mobility, request.user)
        if registrations is None:
            raise Http404
        is_host = can_host(request.user, mobility)
        rows = participant_rows(mobility, registrations)
        return render(
            request,
            "mobilities/participant_list.html",
            {
                "mobility": mobility,
                "registrations": rows,
                "is_host": is_host,
            },
        )


class HostParticipantsCsvView(HostMixin, View):
    """The same list as a spreadsheet (UTF-8 with a byte order mark for Excel)."""

    def get(self, request, slug):
        header = [
            _("Sending partner"),
            _("Name"),
            _("Email address"),
            _("Role"),
            _("School or organisation"),
            _("Arrival"),
            _("Departure"),
            _("Travel details"),
            _("Special needs"),
            _("Days present"),
        ]
        rows = (
            [
                registration.sending_partner.name,
                registration.participant_name,
                registration.participant.email
                if registration.participant
                else registration.invited_email,
                registration.get_role_display(),
                registration.school.name if registration.school else "",
                registration.arrival_date,
                registration.departure_date,
                registration.travel_details,
                registration.special_needs,
                registration.days,
            ]
            for registration in participant_rows(self.mobility)
        )
        # One event's participants: small enough to build at once.
        response = csv_response(
            header,
            rows,
            filename=f"participants-{self.mobility.slug}.csv",
            streaming=False,
        )
        response["Cache-Control"] = "private, no-store"
        return response


# Attendance ------------------------------------------------------------------------------


class HostAttendanceDaysView(HostMixin, View):
    """The days of the event, each with its attendance so far: pick one to mark."""

    def get(self, request, slug):
        return render(
            request,
            "mobilities/host_attendance_days.html",
            {
                "mobility": self.mobility,
                "days": services.attendance_overview(self.mobility),
                "confirmed_count": services.confirmed_registrations(
                    self.mobility
                ).count(),
            },
        )


class HostAttendanceView(HostMixin, View):
    """Tick who was present on one day of the event (YYYY-MM-DD); other dates: 404."""

    template_name = "mobilities/host_attendance.html"

    def check_event(self) -> None:
        raw = self.kwargs.get("day", "")
        try:
            if not DAY_PATTERN.match(raw):
                raise ValueError(raw)
            self.day = date.fromisoformat(raw)
        except ValueError:
            raise Http404 from None
        if not self.mobility.starts_on <= self.day <= self.mobility.ends_on:
            raise Http404

    def _render(self, form, sheet, *, status=200, error=""):
        mobility = self.mobility
        days = mobility.days
        index = days.index(self.day)
        if form.is_bound:
            checked = set(form.data.getlist("present"))
        else:
            checked = {str(pk) for pk in form.initial.get("present", [])}
        return render(
            self.request,
            self.template_name,
            {
                "mobility": mobility,
                "day": self.day,
                "day_number": index + 1,
                "previous_day": days[index - 1] if index else None,
                "next_day": days[index + 1] if index + 1 < len(days) else None,
                "is_future": self.day > timezone.localdate(),
                "form": form,
                "sheet": sheet,
                "is_marked": any(row.is_marked for row in sheet),
                "checked": checked,
                "error": error,
            },
            status=status,
        )

    def get(self, request, slug, day):
        sheet = list(services.attendance_sheet(self.mobility, self.day))
        form = AttendanceForm(
            registrations=sheet,
            initial={"present": [row.pk for row in sheet if row.is_present]},
        )
        return self._render(form, sheet)

    def post(self, request, slug, day):
        sheet = list(services.attendance_sheet(self.mobility, self.day))
        form = AttendanceForm(request.POST, registrations=sheet)
        if not form.is_valid():
            return self._render(form, sheet, status=400)
        with ServiceCall() as call:
            present = services.attendance_mark(
                mobility=self.mobility,
                day=self.day,
                present_ids=set(form.cleaned_data["present"]),
                marker=request.user,
            )
        if call.error is not None:
            return self._render(form, sheet, status=400, error=call.error.messages[0])
        messages.success(
            request,
            _("Attendance saved: %(present)d of %(total)d present.")
            % {"present": present, "total": len(sheet)},
        )
        return redirect(
            "mobilities:host-attendance",
            slug=self.mobility.slug,
            day=self.day.isoformat(),
        )


# Certificates ----------------------------------------------------------------------------


class HostCertificatesView(HostMixin, View):
    """Issue the certificates of attendance, after the event (POST)."""

    http_method_names = ["post"]

    def post(self, request, slug):
        with ServiceCall() as call:
            issued = services.certificates_issue_for(
                mobility=self.mobility, issuer=request.user
            )
        if call.error is not None:
            context = _overview_context(self.mobility)
            context["certificate_error"] = call.error.messages[0]
            return render(request, "mobilities/host_event.html", context, status=400)
        if issued:
            messages.success(
                request,
                ngettext(
                    "%(count)d certificate of attendance issued; the participant "
                    "receives the link by email.",
                    "%(count)d certificates of attendance issued; the participants "
                    "receive the link by email.",
                    issued,
                )
                % {"count": issued},
            )
        else:
            messages.info(
                request,
                _("Every participant who attended already has their certificate."),
            )
        return redirect("mobilities:host-event", slug=self.mobility.slug)


def downloadable_registrations(user):
    """The registrations whose certificate `user` may download: their own, those of the
    events they host, every one for staff who manage mobilities."""
    registrations = Registration.objects.filter(certificate__isnull=False)
    if not user.is_authenticated:
        return registrations.none()
    if can_download_certificates(user):
        return registrations
    return registrations.filter(
        pk__in=Registration.objects.filter(
            Q(participant=user) | Q(mobility__host__coordinators=user)
        ).values("pk")
    )


class CertificateDownloadView(LoginRequiredMixin, View):
    """The certificate of attendance as a PDF download, or a page saying it is being
    prepared (the PDF is rendered in the background)."""

    def get(self, request, pk):
        registration = get_object_or_404(
            downloadable_registrations(request.user).select_related(
                "certificate", "mobility"
            ),
            pk=pk,
        )
        certificate = registration.certificate
        return certificate_download(
            request,
            certificate,
            filename=f"certificate-{registration.mobility.slug}-{certificate.code}.pdf",
        )


# Evaluation ------------------------------------------------------------------------------


class EvaluationView(LoginRequiredMixin, View):
    """The participant's evaluation of an event they attended, sent once."""

    template_name = "mobilities/evaluation_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.registration = get_object_or_404(
            Registration.objects.filter(
                participant=request.user, status=RegistrationStatus.CONFIRMED
            ).select_related("mobility", "mobility__host"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def _refused(self, code, message):
        if code == "already_sent":
            template, status = "mobilities/evaluation_done.html", 200
            if self.request.method == "POST":
                status = 409
        else:
            template, status = "mobilities/evaluation_unavailable.html", 403
        return render(
            self.request,
            template,
            {
                "registration": self.registration,
                "mobility": self.registration.mobility,
                "reason": code,
                "message": message,
            },
            status=status,
        )

    def _form_page(self, form, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "form": form,
                "registration": self.registration,
                "mobility": self.registration.mobility,
            },
            status=status,
        )

    def get(self, request, pk):
        refusal = services.evaluation_refusal(self.registration)
        if refusal:
            return self._refused(*refusal)
        return self._form_page(EvaluationForm())

    def post(self, request, pk):
        refusal = services.evaluation_refusal(self.registration)
        if refusal:
            return self._refused(*refusal)
        form = EvaluationForm(request.POST)
        if not form.is_valid():
            return self._form_page(form, status=400)
        with ServiceCall() as call:
            services.evaluation_submit(
                registration=self.registration, data=form.cleaned_data
            )
        if call.error is not None:
            return self._refused(call.error.code, call.error.messages[0])
        messages.success(request, _("Thank you for your evaluation!"))
        return redirect("mobilities:evaluation", pk=self.registration.pk)


class HostEvaluationView(HostMixin, View):
    """The evaluation of the event, summarised and anonymous."""

    def get(self, request, slug):
        return render(
            request,
            "mobilities/host_evaluation.html",
            {
                "mobility": self.mobility,
                "summary": services.evaluation_summary(self.mobility),
                "confirmed_count": services.confirmed_registrations(
                    self.mobility
                ).count(),
            },
        )
