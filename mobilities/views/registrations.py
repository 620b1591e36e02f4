"""Registration pages: a member applies and follows their registrations; the coordinators
of a sending partner approve, decline and register participants within their quota; an
invited colleague takes their place. The rules are mobilities.permissions' (which the
services ask too); every page finds its objects through a queryset of what the user may
see, so another's object is a 404."""

import copy

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from network.models import Organisation
from network.permissions import can_coordinate_partner
from siehub.service_calls import ServiceCall, next_url

from ..forms.registrations import ApplyForm, NoteForm, RegisterForm, TravelForm
from ..models import (
    Mobility,
    MobilityStatus,
    Quota,
    Registration,
    RegistrationStatus,
)
from ..permissions import can_cancel_registration, can_update_travel
from ..services import hosting
from ..services import registrations as services

# A refusal to apply answers with the status that says why.
REFUSAL_STATUS = {"closed": 400, "registered": 400, "no_partner": 403, "no_quota": 403}
PAST_EVENTS_SHOWN = 20


# Applying -------------------------------------------------------------------------------


class ApplyView(LoginRequiredMixin, View):
    """A member's application for an event, through their partner network."""

    template_name = "mobilities/registration_apply.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.mobility = get_object_or_404(
            Mobility.objects.published().select_related("host"), slug=kwargs["slug"]
        )
        refusal = services.apply_refusal(mobility=self.mobility, member=request.user)
        if refusal is not None:
            return render(
                request,
                "mobilities/registration_refused.html",
                {"mobility": self.mobility, "refusal": refusal},
                status=REFUSAL_STATUS[refusal.reason],
            )
        self.partner = request.user.organisation.network_partner
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, data=None):
        return ApplyForm(
            data,
            mobility=self.mobility,
            member=self.request.user,
            partner=self.partner,
        )

    def render_form(self, form, status=200):
        context = {"form": form, "mobility": self.mobility, "partner": self.partner}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, slug):
        return self.render_form(self.get_form())

    def post(self, request, slug):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        with ServiceCall(form) as call:
            registration = services.registration_apply(
                mobility=self.mobility, member=request.user, data=form.cleaned_data
            )
        if call.failed:
            return self.render_form(form, status=400)
        messages.success(
            request,
            _(
                "Your application has been sent to the coordinators of %(partner)s. "
                "You will receive an email when they have decided."
            )
            % {"partner": self.partner.name},
        )
        return redirect(registration)


# The member's own registrations ----------------------------------------------------------


class MyRegistrationsView(LoginRequiredMixin, View):
    template_name = "mobilities/my_registrations.html"

    def get(self, request):
        registrations = (
            Registration.objects.filter(participant=request.user)
            .select_related("mobility", "sending_partner", "school")
            .order_by("-mobility__starts_on", "-created_at", "-pk")
        )
        today = timezone.localdate()
        return render(
            request,
            self.template_name,
            {"registrations": registrations, "today": today},
        )


def detail_context(request, registration, *, travel_form=None) -> dict:
    user = request.user
    is_participant = registration.participant_id == user.pk
    started = timezone.localdate() >= registration.mobility.starts_on
    can_travel = (
        registration.status == RegistrationStatus.CONFIRMED
        and can_update_travel(user, registration)
    )
    if can_travel and travel_form is None:
        travel_form = TravelForm(instance=registration, is_participant=is_participant)
    position = None
    if registration.status == RegistrationStatus.WAITLISTED:
        position = services.waiting_position(registration)
    return {
        "registration": registration,
        "mobility": registration.mobility,
        "changes": registration.changes.select_related("actor"),
        "is_participant": is_participant,
        "can_accept": is_participant
        and registration.status == RegistrationStatus.OFFERED,
        "can_cancel": registration.is_active
        and not started
        and can_cancel_registration(user, registration),
        "travel_form": travel_form if can_travel else None,
        "waiting_position": position,
        "can_evaluate": is_participant
        and started
        and hosting.evaluation_refusal(registration) is None,
    }


def visible_registrations(user):
    return Registration.objects.visible_to(user).select_related(
        "mobility__host", "participant", "sending_partner", "school", "registered_by"
    )


class RegistrationDetailView(LoginRequiredMixin, View):
    """One registration, for the participant, their coordinators, the host and staff."""

    template_name = "mobilities/registration_detail.html"

    def get(self, request, pk):
        registration = get_object_or_404(visible_registrations(request.user), pk=pk)
        return render(
            request, self.template_name, detail_context(request, registration)
        )


def render_detail(request, registration, *, status=400, travel_form=None):
    registration = visible_registrations(request.user).get(pk=registration.pk)
    context = detail_context(request, registration, travel_form=travel_form)
    return render(
        request, "mobilities/registration_detail.html", context, status=status
    )


class TravelView(LoginRequiredMixin, View):
    """Save a confirmed participant's travel details."""

    http_method_names = ["post"]

    def post(self, request, pk):
        registration = get_object_or_404(visible_registrations(request.user), pk=pk)
        is_participant = registration.participant_id == request.user.pk
        form = TravelForm(
            request.POST,
            # A copy: the page around the form shows what is saved, not what was typed.
            instance=copy.copy(registration),
            is_participant=is_participant,
        )
        if not form.is_valid():
            return render_detail(request, registration, travel_form=form)
        with ServiceCall(form) as call:
            services.registration_update_travel(
                registration=registration, user=request.user, data=form.cleaned_data
            )
        if call.failed:
            return render_detail(request, registration, travel_form=form)
        messages.success(request, _("Your travel details have been saved."))
        return redirect(registration)


class CancelView(LoginRequiredMixin, View):
    """Cancel a registration, after a confirmation page."""

    template_name = "mobilities/registration_cancel.html"

    def get_registration(self):
        return get_object_or_404(
            visible_registrations(self.request.user), pk=self.kwargs["pk"]
        )

    def render_form(self, registration, form, status=200):
        context = {
            "registration": registration,
            "mobility": registration.mobility,
            "form": form,
            "is_participant": registration.participant_id == self.request.user.pk,
            "next": next_url(self.request, ""),
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, pk):
        registration = self.get_registration()
        if not can_cancel_registration(request.user, registration):
            raise PermissionDenied
        if not registration.is_active:
            messages.info(request, _("This registration is no longer active."))
            return redirect(registration)
        return self.render_form(registration, self.get_form(registration))

    def get_form(self, registration, data=None):
        by_participant = registration.participant_id == self.request.user.pk
        return NoteForm(data, by_participant=by_participant)

    def post(self, request, pk):
        registration = self.get_registration()
        form = self.get_form(registration, request.POST)
        if not form.is_valid():
            return self.render_form(registration, form, status=400)
        with ServiceCall(form) as call:
            services.registration_cancel(
                registration=registration,
                actor=request.user,
                note=form.cleaned_data["note"],
            )
        if call.failed:
            return self.render_form(registration, form, status=400)
        if registration.participant_id == request.user.pk:
            messages.success(request, _("Your registration has been cancelled."))
            fallback = reverse("mobilities:my-registrations")
        else:
            messages.success(
                request,
                _("The registration of %(name)s has been cancelled.")
                % {"name": registration.participant_name},
            )
            fallback = registration.get_absolute_url()
        return redirect(next_url(request, fallback))


class AcceptOfferView(LoginRequiredMixin, View):
    """The participant takes the seat offered to them."""

    http_method_names = ["post"]

    def post(self, request, pk):
        registration = get_object_or_404(
            Registration.objects.filter(participant=request.user), pk=pk
        )
        with ServiceCall(request) as call:
            services.registration_accept_offer(
                registration=registration, user=request.user
            )
        if call.failed:
            return render_detail(request, registration)
        messages.success(request, _("Your seat is confirmed. See you at the event!"))
        return redirect(registration)


# Invitations -----------------------------------------------------------------------------


class InvitationView(View):
    """The page an invited colleague opens from their mail: sign up or log in, then take
    the place their coordinator registered for them."""

    template_name = "mobilities/registration_invitation.html"

    def get_invitation(self):
        return services.invitation_for(self.kwargs["token"])

    def invalid(self):
        return render(
            self.request, "mobilities/registration_invitation_invalid.html", status=404
        )

    def render_page(self, registration, status=200):
        return render(
            self.request,
            self.template_name,
            {"registration": registration, "mobility": registration.mobility},
            status=status,
        )

    def get(self, request, token):
        registration = self.get_invitation()
        if registration is None:
            return self.invalid()
        return self.render_page(registration)

    def post(self, request, token):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        registration = self.get_invitation()
        if registration is None:
            return self.invalid()
        with ServiceCall(request) as call:
            registration = services.registration_claim_invitation(
                token=token, user=request.user
            )
        if call.failed:
            return self.render_page(registration, status=400)
        messages.success(
            request,
            _("The registration is now yours. Please complete your details."),
        )
        return redirect(registration)


# Coordinators ----------------------------------------------------------------------------


def coordinated_partners(user):
    return Organisation.objects.coordinated_by(user)


class CoordinatorMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Coordinators of a partner organisation; other members get a 403."""

    def test_func(self):
        return can_coordinate_partner(self.request.user)


class CoordinationView(CoordinatorMixin, View):
    """The events where the coordinator's partners have seats: used, left, to decide."""

    template_name = "mobilities/coordination_mobilities.html"

    def get(self, request):
        today = timezone.localdate()
        quotas = (
            Quota.objects.filter(
                partner__in=coordinated_partners(request.user),
                mobility__status__in=[
                    MobilityStatus.PUBLISHED,
                    MobilityStatus.CANCELLED,
                ],
            )
            .select_related("mobility", "partner")
            .with_availability()
        )
        upcoming = list(
            quotas.filter(mobility__ends_on__gte=today).order_by(
                "mobility__starts_on", "mobility__pk", "partner__name"
            )
        )
        past = list(
            quotas.filter(mobility__ends_on__lt=today).order_by(
                "-mobility__starts_on", "-mobility__pk", "partner__name"
            )[:PAST_EVENTS_SHOWN]
        )
        return render(request, self.template_name, {"upcoming": upcoming, "past": past})


def coordination_context(
    request, mobility, quota, quotas, *, register_form=None, decision=None
) -> dict:
    """The coordinator's page of one event for one of their partners: its registrations
    by step, a decision form for each pending one, the form to register someone.
    `quota` comes from `Quota.objects.with_availability()`."""
    partner = quota.partner
    registrations = list(
        Registration.objects.filter(mobility=mobility, sending_partner=partner)
        .select_related("participant", "school", "registered_by")
        .order_by("created_at", "pk")
    )
    decision_form, decided = decision or (None, None)
    for registration in registrations:
        prefix = f"registration-{registration.pk}"
        if decided is not None and registration.pk == decided.pk:
            registration.form = decision_form
        else:
            registration.form = NoteForm(prefix=prefix)
    groups = {status: [] for status in RegistrationStatus.values}
    for registration in registrations:
        groups[registration.status].append(registration)
    groups[RegistrationStatus.WAITLISTED].sort(key=lambda r: (r.waitlisted_at, r.pk))
    if register_form is None:
        register_form = RegisterForm(mobility=mobility, partner=partner)
    return {
        "mobility": mobility,
        "quota": quota,
        "quotas": quotas,
        "partner": partner,
        "pending": groups[RegistrationStatus.PENDING],
        "confirmed": groups[RegistrationStatus.CONFIRMED],
        "offered": groups[RegistrationStatus.OFFERED],
        "waitlisted": groups[RegistrationStatus.WAITLISTED],
        "closed": [
            r
            for r in registrations
            if r.status
            in (
                RegistrationStatus.DECLINED,
                RegistrationStatus.CANCELLED,
                RegistrationStatus.EXPIRED,
            )
        ],
        "used": quota.used,
        "left": quota.left,
        "registration_open": mobility.is_registration_open(),
        "register_form": register_form,
        "today": timezone.localdate(),
    }


class CoordinationEventMixin(CoordinatorMixin):
    """An event where one of the coordinator's partners has a quota (else a 404); with
    several such partners, `?partner=<slug>` (or the posted `partner`) chooses one."""

    template_name = "mobilities/coordination_event.html"

    def get_event(self, partner_slug: str = ""):
        user = self.request.user
        quotas = list(
            Quota.objects.filter(
                mobility__slug=self.kwargs["slug"],
                mobility__status__in=[
                    MobilityStatus.PUBLISHED,
                    MobilityStatus.CANCELLED,
                ],
                partner__in=coordinated_partners(user),
            )
            .select_related("mobility__host", "partner")
            .with_availability()
            .order_by("partner__name")
        )
        if not quotas:
            raise Http404
        wanted = (
            partner_slug
            or self.request.POST.get("partner")
            or self.request.GET.get("partner")
        )
        quota = next((q for q in quotas if q.partner.slug == wanted), quotas[0])
        return quotas[0].mobility, quota, quotas

    def render_page(self, status=200, **kwargs):
        mobility, quota, quotas = self.event
        context = coordination_context(self.request, mobility, quota, quotas, **kwargs)
        return render(self.request, self.template_name, context, status=status)

    def event_url(self) -> str:
        mobility, quota, quotas = self.event
        url = reverse("mobilities:coordination-event", kwargs={"slug": mobility.slug})
        if len(quotas) > 1:
            url += f"?partner={quota.partner.slug}"
        return url


class CoordinationEventView(CoordinationEventMixin, View):
    def get(self, request, slug):
        self.event = self.get_event()
        return self.render_page()


class CoordinationRegisterView(CoordinationEventMixin, View):
    """A coordinator registers a member of their network, or invites a colleague."""

    http_method_names = ["post"]

    def post(self, request, slug):
        self.event = self.get_event()
        mobility, quota, _quotas = self.event
        form = RegisterForm(request.POST, mobility=mobility, partner=quota.partner)
        if not form.is_valid():
            return self.render_page(status=400, register_form=form)
        data = form.cleaned_data
        with ServiceCall(form) as call:
            registration = services.registration_register(
                mobility=mobility,
                coordinator=request.user,
                partner=quota.partner,
                member=data["member"],
                email=data["email"],
                name=data["name"],
                language=data["language"],
                data=form.service_data(),
            )
        if call.failed:
            return self.render_page(status=400, register_form=form)
        name = registration.participant_name
        if registration.status == RegistrationStatus.CONFIRMED:
            text = _("%(name)s is registered; the seat is confirmed.")
        else:
            text = _(
                "%(name)s is registered on the waiting list: all seats of %(partner)s "
                "are taken."
            )
        if registration.participant_id is None:
            text += " " + _("An invitation has been sent to %(email)s.")
        messages.success(
            request,
            text
            % {
                "name": name,
                "partner": quota.partner.name,
                "email": registration.invited_email,
            },
        )
        return redirect(self.event_url())


class DecisionView(LoginRequiredMixin, View):
    """Approve or decline a registration of the coordinator's partner (else a 404)."""

    http_method_names = ["post"]
    decision = ""  # "approve" or "decline"

    def post(self, request, pk):
        registration = get_object_or_404(
            Registration.objects.sent_by_partners_of(request.user).select_related(
                "mobility", "participant", "sending_partner"
            ),
            pk=pk,
        )
        form = NoteForm(request.POST, prefix=f"registration-{registration.pk}")
        service = (
            services.registration_approve
            if self.decision == "approve"
            else services.registration_decline
        )
        if not form.is_valid():
            return self.render_event(registration, form)
        with ServiceCall(request) as call:
            registration = service(
                registration=registration,
                coordinator=request.user,
                note=form.cleaned_data["note"],
            )
        if call.failed:
            return self.render_event(registration, form)
        name = registration.participant_name
        if registration.status == RegistrationStatus.CONFIRMED:
            text = _("%(name)s is approved; the seat is confirmed.")
        elif registration.status == RegistrationStatus.WAITLISTED:
            text = _(
                "%(name)s is approved and on the waiting list: all seats are taken."
            )
        else:
            text = _("The registration of %(name)s is declined.")
        messages.success(request, text % {"name": name})
        url = reverse(
            "mobilities:coordination-event", kwargs={"slug": registration.mobility.slug}
        )
        if coordinated_partners(request.user).count() > 1:
            url += f"?partner={registration.sending_partner.slug}"
        return redirect(url)

    def render_event(self, registration, form):
        view = CoordinationEventView()
        view.setup(self.request, slug=registration.mobility.slug)
        view.event = view.get_event(registration.sending_partner.slug)
        return view.render_page(status=400, decision=(form, registration))
