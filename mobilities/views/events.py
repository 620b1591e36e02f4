"""The public pages of the mobilities: the list of events, an event's page and its
calendar files."""

from itertools import groupby

from django.db.models import Prefetch
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView
from django.views.generic.base import View
from django.views.generic.detail import SingleObjectMixin

from inventory.models import PRACTICE_LINK_FIELDS, Practice
from network.permissions import can_coordinate, can_coordinate_partner
from siehub.filters import FilteredListView
from siehub.i18n import translated_columns, translation_fields

from ..calendar import mobility_ics
from ..filters import MobilityFilter
from ..models import (
    MOBILITY_CARD_FIELDS,
    Mobility,
    Registration,
    RegistrationStatus,
    Session,
)
from ..permissions import can_host

PAST_PER_PAGE = 12


def _url_or_none(name: str, **kwargs) -> str | None:
    """A URL of another part of the app, or None while that part is not installed."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


class MobilityListView(FilteredListView):
    """Upcoming events, soonest first, above the past ones, most recent first (paged)."""

    template_name = "mobilities/mobility_list.html"
    context_object_name = "past_mobilities"
    filterset_class = MobilityFilter
    paginate_by = PAST_PER_PAGE

    def base_queryset(self):
        return (
            Mobility.objects.visible_to(self.request.user)
            .select_related("host")
            .only(
                *MOBILITY_CARD_FIELDS,
                *translation_fields("name", prefix="host__"),
                "host__slug",
            )
        )

    def get_queryset(self):
        return super().get_queryset().past()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["upcoming_mobilities"] = []
        if context["page_obj"].number == 1:
            context["upcoming_mobilities"] = list(self.filterset.qs.upcoming())
        return context


class MobilityDetailView(DetailView):
    """An event: description, host and venue, the programme day by day, the seats of
    each sending partner, the participants who agreed to be listed, and after the event
    its report, photos and outputs."""

    template_name = "mobilities/mobility_detail.html"
    context_object_name = "mobility"

    def get_queryset(self):
        return Mobility.objects.visible_to(
            self.request.user, hosts_too=True
        ).select_related("host")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mobility = self.object
        user = self.request.user
        context.update(
            programme=self.programme(mobility),
            **self.seats(mobility),
            participants=self.participants(mobility),
            registration_open=mobility.is_registration_open(),
            registration_opens_later=bool(
                mobility.registration_opens_at
                and timezone.now() < mobility.registration_opens_at
            ),
            apply_url=_url_or_none("mobilities:registration-apply", slug=mobility.slug),
            ics_url=reverse("mobilities:mobility-ics", kwargs={"slug": mobility.slug}),
            programme_ics_url=reverse(
                "mobilities:mobility-programme-ics", kwargs={"slug": mobility.slug}
            ),
        )
        context["my_registration"] = None
        if user.is_authenticated:
            registration = (
                Registration.objects.filter(mobility=mobility, participant=user)
                .only("status", "mobility_id", "participant_id")
                .order_by("-created_at", "-pk")
                .first()
            )
            context["my_registration"] = registration
            if registration:
                context["my_registration_url"] = _url_or_none(
                    "mobilities:registration-detail", pk=registration.pk
                )
        context["coordinator_links"] = self.coordinator_links(
            mobility, user, context["seat_rows"]
        )
        if mobility.is_past:
            context.update(self.after_the_event(mobility))
        return context

    def coordinator_links(self, mobility, user, seat_rows) -> list[tuple[str, str]]:
        """Where a coordinator of a sending partner or of the host goes from here."""
        if not user.is_authenticated:
            return []
        sends = any(can_coordinate_partner(user, row["partner"]) for row in seat_rows)
        links = []
        if not mobility.is_past and sends:
            url = _url_or_none("mobilities:coordination-event", slug=mobility.slug)
            if url:
                links.append((_("Registrations of your network"), url))
        if can_coordinate(user, mobility.host_id):
            url = _url_or_none("mobilities:host-event", slug=mobility.slug)
            if url:
                links.append((_("Host tools: participants, attendance"), url))
        # Who may read it is the service's rule (hosting.listable_participants): the
        # host, staff, and the coordinators of a partner with seats, before and after.
        if sends or can_host(user, mobility):
            url = _url_or_none("mobilities:participant-list", slug=mobility.slug)
            if url:
                links.append((_("List of participants, to print"), url))
        return links

    def programme(self, mobility):
        """The sessions grouped by day: [(day, [session, ...]), ...]."""
        sessions = mobility.sessions.only(
            "mobility_id",
            "day",
            "starts_at",
            "ends_at",
            "facilitator",
            "location",
            "machine_translated",
            *translated_columns("title", "description"),
        ).prefetch_related(
            Prefetch(
                "practices",
                queryset=Practice.objects.published()
                .only(*PRACTICE_LINK_FIELDS)
                .order_by("title", "pk"),
            )
        )
        return [
            (day, list(items)) for day, items in groupby(sessions, key=lambda s: s.day)
        ]

    def seats(self, mobility):
        """The seats of each sending partner (`Quota.objects.with_availability()`),
        their totals, and the confirmed participants of the event."""
        quotas = mobility.quotas.select_related("partner").only(
            "mobility_id",
            "seats",
            *translation_fields("name", prefix="partner__"),
            "partner__slug",
            "partner__country",
        )
        rows = [
            {
                "partner": quota.partner,
                "seats": quota.seats,
                "taken": quota.used,
                "left": quota.left,
                "waiting": quota.waitlisted,
            }
            for quota in quotas.with_availability()
        ]
        return {
            "seat_rows": rows,
            "seat_totals": {
                key: sum(row[key] for row in rows)
                for key in ("seats", "taken", "left", "waiting")
            },
            "confirmed_count": Registration.objects.filter(
                mobility=mobility, status=RegistrationStatus.CONFIRMED
            ).count(),
        }

    def participants(self, mobility):
        """Confirmed participants who agreed to be listed: name, role, sending partner.
        Neither email addresses nor special needs are even loaded."""
        return list(
            Registration.objects.filter(
                mobility=mobility,
                status=RegistrationStatus.CONFIRMED,
                listed_publicly=True,
                participant__isnull=False,
            )
            .select_related("participant", "sending_partner", "school")
            .only(
                "mobility_id",
                "role",
                "participant__first_name",
                "participant__last_name",
                "participant__deleted_at",
                "participant__public_profile",
                "participant__is_active",
                *translation_fields("name", prefix="sending_partner__"),
                "sending_partner__slug",
                "sending_partner__country",
                *translation_fields("name", prefix="school__"),
                "school__slug",
            )
            .order_by(
                "sending_partner__name",
                "participant__last_name",
                "participant__first_name",
                "pk",
            )
        )

    def after_the_event(self, mobility):
        return {
            "photos": list(
                mobility.photos.only(
                    "mobility_id",
                    "image",
                    "width",
                    "height",
                    "renditions",
                    "credit",
                    "position",
                    *translated_columns("caption", "alt_text"),
                )
            ),
            "output_practices": list(
                mobility.outputs_practices.published()
                .only(*PRACTICE_LINK_FIELDS)
                .order_by("title", "pk")
            ),
            "output_adaptations": list(
                mobility.outputs_adaptations.published()
                .select_related("practice", "school")
                .only(
                    "original_language",
                    *translated_columns("title"),
                    "practice__slug",
                    "practice__original_language",
                    *translated_columns("title", prefix="practice__"),
                    *translation_fields("name", prefix="school__"),
                    "school__country",
                )
                .order_by("pk")
            ),
        }


class MobilityCalendarView(SingleObjectMixin, View):
    """The event (or its programme) as an iCalendar file to download."""

    programme = False
    http_method_names = ["get", "head"]

    def get_queryset(self):
        queryset = Mobility.objects.visible_to(self.request.user, hosts_too=True)
        if self.programme:
            queryset = queryset.prefetch_related(
                Prefetch(
                    "sessions",
                    queryset=Session.objects.order_by("day", "starts_at", "pk"),
                )
            )
        return queryset

    def get(self, request, *args, **kwargs):
        mobility = self.get_object()
        suffix = "-programme" if self.programme else ""
        response = HttpResponse(
            mobility_ics(mobility, programme=self.programme),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{mobility.slug}{suffix}.ics"'
        )
        return response
