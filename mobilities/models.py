"""Mobilities: joint staff training events, project meetings and multiplier events, with
their programme, the seats of each sending partner, registrations and the waiting list,
daily attendance and the participants' evaluation."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.models import Organisation, Position
from siehub.countries import Country, country_name
from siehub.i18n import language_choices, translation_fields
from siehub.models import Picture, TranslatableModel

from .permissions import HOST_PERMISSION, REGISTRATION_PERMISSION, can_see_drafts


class MobilityKind(models.TextChoices):
    JOINT_STAFF_TRAINING = "training", _("Joint staff training event")
    PROJECT_MEETING = "meeting", _("Transnational project meeting")
    MULTIPLIER_EVENT = "multiplier", _("Multiplier event")


class MobilityStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CANCELLED = "cancelled", _("Cancelled")


class MobilityQuerySet(models.QuerySet):
    def published(self):
        """What visitors see: published events, and cancelled ones (with the notice)."""
        return self.filter(
            status__in=[MobilityStatus.PUBLISHED, MobilityStatus.CANCELLED]
        )

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.filter(ends_on__gte=today).order_by("starts_on", "pk")

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.filter(ends_on__lt=today).order_by("-starts_on", "-pk")

    def hosted_by(self, user):
        """Events whose host organisation `user` coordinates (the host's tools)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(host__coordinators=user)

    def visible_to(self, user, *, hosts_too: bool = False):
        """Events a visitor may open: published and cancelled ones; drafts for staff who
        manage mobilities and, with `hosts_too`, for the coordinators of the host."""
        if can_see_drafts(user):
            return self.all()
        visible = Q(status__in=[MobilityStatus.PUBLISHED, MobilityStatus.CANCELLED])
        if hosts_too and user.is_authenticated:
            visible |= Q(pk__in=self.model.objects.hosted_by(user).values("pk"))
        return self.filter(visible)

    def managed_by(self, user):
        """The events whose host tools `user` may use: those they host, and every one
        for staff allowed to change mobilities (can_host asks it of one event)."""
        if not user.is_authenticated:
            return self.none()
        if user.has_perm(HOST_PERMISSION):
            return self.all()
        return self.hosted_by(user)


class Mobility(TranslatableModel):
    """One event of the partnership, hosted by a partner organisation."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=MobilityKind,
        default=MobilityKind.JOINT_STAFF_TRAINING,
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    description = models.TextField(_("description"), blank=True)
    report = models.TextField(
        _("report"),
        blank=True,
        help_text=_("After the event: what happened, outcomes."),
    )
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=language_choices,
        default="en",
    )
    host = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("host organisation"),
        on_delete=models.PROTECT,
        related_name="hosted_mobilities",
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    timezone = models.CharField(
        _("time zone"),
        max_length=50,
        default="Europe/Madrid",
        help_text=_("The venue's time zone, for the programme and calendar files."),
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    # Days, not instants: registration opens at the start of the first day and closes
    # at the end of the last one, at midnight where the event takes place.
    registration_opens_on = models.DateField(
        _("registration opens on"), null=True, blank=True
    )
    registration_closes_on = models.DateField(
        _("registration closes after"),
        null=True,
        blank=True,
        help_text=_("The last day on which members can apply."),
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        help_text=_(
            "Participants in all; the quotas of the sending partners add up to it."
        ),
    )
    offer_hours = models.PositiveSmallIntegerField(
        _("hours to accept an offered seat"),
        default=48,
        validators=[MinValueValidator(1)],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MobilityStatus, default=MobilityStatus.DRAFT
    )
    areas = models.ManyToManyField(
        "siehub.Area",
        verbose_name=_("whole-school areas"),
        blank=True,
        related_name="mobilities",
        help_text=_("The areas of the whole-school approach the event works on."),
    )
    outputs_practices = models.ManyToManyField(
        "inventory.Practice",
        verbose_name=_("practices that came from it"),
        blank=True,
        related_name="mobilities",
    )
    outputs_adaptations = models.ManyToManyField(
        "inventory.Adaptation",
        verbose_name=_("adaptations that came from it"),
        blank=True,
        related_name="mobilities",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MobilityQuerySet.as_manager()

    class Meta:
        verbose_name = _("mobility")
        verbose_name_plural = _("mobilities")
        ordering = ["-starts_on", "-pk"]
        indexes = [
            models.Index(fields=["status", "ends_on"], name="mobilities_mob_listing"),
            models.Index(fields=["status", "starts_on"], name="mobilities_mob_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="mobilities_mobility_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(registration_opens_on__isnull=True)
                | Q(registration_closes_on__isnull=True)
                | Q(registration_closes_on__gte=F("registration_opens_on")),
                name="mobilities_mobility_window_order",
            ),
        ]

    def get_country_display(self):
        return country_name(self.country)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("mobilities:mobility-detail", kwargs={"slug": self.slug})

    @property
    def days(self):
        """Every date of the event, first to last."""
        count = (self.ends_on - self.starts_on).days + 1
        return [self.starts_on + timezone.timedelta(days=n) for n in range(count)]

    def _venue_midnight(self, day):
        """The start of `day` where the event takes place."""
        try:
            zone = ZoneInfo(self.timezone)
        except (ValueError, ZoneInfoNotFoundError):
            zone = timezone.get_default_timezone()
        return datetime.combine(day, time(0), tzinfo=zone)

    @property
    def registration_opens_at(self):
        """The instant registration opens: midnight at the venue, its first day."""
        if self.registration_opens_on is None:
            return None
        return self._venue_midnight(self.registration_opens_on)

    @property
    def registration_closes_at(self):
        """The instant registration closes: midnight at the venue, after its last day."""
        if self.registration_closes_on is None:
            return None
        return self._venue_midnight(self.registration_closes_on + timedelta(days=1))

    def is_registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        if self.status != MobilityStatus.PUBLISHED:
            return False
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        if self.registration_closes_at and now >= self.registration_closes_at:
            return False
        return timezone.localdate(now) < self.starts_on

    @property
    def is_past(self) -> bool:
        return self.ends_on < timezone.localdate()


# What a card of the list of events (and of the home and organisation pages) shows.
MOBILITY_CARD_FIELDS = (
    "slug",
    "kind",
    "status",
    "original_language",
    "city",
    "country",
    "starts_on",
    "ends_on",
    "timezone",
    "registration_opens_on",
    "registration_closes_on",
    "machine_translated",
    "title",
    "summary",
    *translation_fields("title", "summary"),
)


class Session(TranslatableModel):
    """An item of an event's day-by-day programme."""

    mobility = models.ForeignKey(
        Mobility,
        verbose_name=_("mobility"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    day = models.DateField(_("day"))
    starts_at = models.TimeField(_("start"))
    ends_at = models.TimeField(_("end"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    facilitator = models.CharField(_("facilitator"), max_length=200, blank=True)
    location = models.CharField(_("room or place"), max_length=200, blank=True)
    practices = models.ManyToManyField(
        "inventory.Practice",
        verbose_name=_("practices presented"),
        blank=True,
        related_name="presented_in_sessions",
    )

    class Meta:
        verbose_name = _("programme session")
        verbose_name_plural = _("programme")
        ordering = ["day", "starts_at", "pk"]
        indexes = [
            models.Index(
                fields=["mobility", "day", "starts_at"], name="mobilities_prog"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="mobilities_session_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.day:%Y-%m-%d} {self.starts_at:%H:%M} {self.title}"


class QuotaQuerySet(models.QuerySet):
    def with_availability(self):
        """Each quota with its registrations counted, in one query however many quotas:
        `used` seats (what `SEAT_STATUSES` holds), seats `left` (never below zero), and
        those `confirmed`, `offered`, `pending` and `waitlisted`.

        The one home of "seats left": pages read it, and the services read it with the
        Quota row locked before they write."""

        def count(*statuses):
            registrations = (
                Registration.objects.filter(
                    mobility=OuterRef("mobility"),
                    sending_partner=OuterRef("partner"),
                    status__in=statuses,
                )
                .order_by()
                .values("mobility")
                .annotate(n=Count("pk"))
                .values("n")[:1]
            )
            return Coalesce(Subquery(registrations, output_field=IntegerField()), 0)

        return self.annotate(
            used=count(*SEAT_STATUSES),
            left=Greatest(F("seats") - F("used"), 0, output_field=IntegerField()),
            confirmed=count(RegistrationStatus.CONFIRMED),
            offered=count(RegistrationStatus.OFFERED),
            pending=count(RegistrationStatus.PENDING),
            waitlisted=count(RegistrationStatus.WAITLISTED),
        )


class Quota(models.Model):
    """The seats of one sending partner at one event: the row locked while counting."""

    mobility = models.ForeignKey(
        Mobility,
        verbose_name=_("mobility"),
        on_delete=models.CASCADE,
        related_name="quotas",
    )
    partner = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("sending partner"),
        on_delete=models.PROTECT,
        related_name="mobility_quotas",
        limit_choices_to={"is_partner": True},
    )
    seats = models.PositiveSmallIntegerField(_("seats"))

    objects = QuotaQuerySet.as_manager()

    class Meta:
        verbose_name = _("quota")
        verbose_name_plural = _("quotas")
        ordering = ["mobility", "partner__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["mobility", "partner"], name="mobilities_quota_once"
            ),
        ]

    def __str__(self):
        return f"{self.partner} · {self.seats}"


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    OFFERED = "offered", _("Seat offered")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Offer expired")


# A participant has at most one registration in these statuses per event.
ACTIVE_STATUSES = (
    RegistrationStatus.PENDING,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITLISTED,
    RegistrationStatus.OFFERED,
)
# What takes one of the sending partner's seats.
SEAT_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED)


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Another gender")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def holding_seats(self):
        return self.filter(status__in=SEAT_STATUSES)

    def waiting_list(self):
        """The waiting list in order: first come, first offered."""
        return self.filter(status=RegistrationStatus.WAITLISTED).order_by(
            "waitlisted_at", "pk"
        )

    def sent_by_partners_of(self, user):
        """Registrations of the partners whose networks `user` coordinates: those they
        approve, decline and register."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            sending_partner__in=Organisation.objects.coordinated_by(user)
        )

    def hosted_by(self, user):
        """Registrations of the events whose host organisation `user` coordinates."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(mobility__host__coordinators=user)

    def visible_to(self, user):
        """Who sees a registration (and its special needs): the participant, the
        coordinators of the sending partner, the host's coordinators, and staff allowed
        to manage mobilities. Everyone else: nothing (a 404)."""
        if not user.is_authenticated:
            return self.none()
        if user.has_perm(REGISTRATION_PERMISSION):
            return self.all()
        return self.filter(
            Q(participant=user)
            | Q(sending_partner__in=Organisation.objects.coordinated_by(user))
            | Q(mobility__host__coordinators=user)
        ).distinct()


class Registration(models.Model):
    """A participant's place at an event, sent by a partner of the project."""

    mobility = models.ForeignKey(
        Mobility,
        verbose_name=_("mobility"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mobility_registrations",
        help_text=_("Empty while an invited colleague has not created their account."),
    )
    invited_email = models.EmailField(_("invited email address"), blank=True)
    invited_name = models.CharField(
        _("invited colleague's name"), max_length=200, blank=True
    )
    invited_language = models.CharField(
        _("language of the invitation"),
        max_length=5,
        choices=language_choices,
        blank=True,
        help_text=_("Mail to the invited colleague is written in this language."),
    )
    invitation_token = models.CharField(
        _("invitation token"), max_length=64, blank=True, db_index=True
    )
    sending_partner = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("sending partner"),
        on_delete=models.PROTECT,
        related_name="sent_registrations",
        limit_choices_to={"is_partner": True},
    )
    school = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("school or organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mobility_registrations",
    )
    role = models.CharField(_("role"), max_length=20, choices=Position)
    gender = models.CharField(
        _("gender"),
        max_length=20,
        choices=Gender,
        blank=True,
        help_text=_(
            "Optional; counted anonymously in the report to the Erasmus+ agency."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus,
        default=RegistrationStatus.PENDING,
    )
    motivation = models.TextField(_("motivation"), max_length=3000, blank=True)
    special_needs = models.TextField(
        _("special needs"),
        max_length=2000,
        blank=True,
        help_text=_(
            "Access, diet, health or care needs. Only the host and the coordinators see "
            "this."
        ),
    )
    arrival_date = models.DateField(_("arrival"), null=True, blank=True)
    departure_date = models.DateField(_("departure"), null=True, blank=True)
    travel_details = models.TextField(
        _("travel details"),
        max_length=2000,
        blank=True,
        help_text=_("Flights or trains, arrival time, accommodation."),
    )
    listed_publicly = models.BooleanField(
        _("show my name in the public list of participants"), default=False
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    waitlisted_at = models.DateTimeField(
        _("put on the waiting list"), null=True, blank=True
    )
    offer_expires_at = models.DateTimeField(_("offer expires"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    evaluation_requested_at = models.DateTimeField(
        _("evaluation requested"), null=True, blank=True
    )
    certificate = models.OneToOneField(
        "siehub.Certificate",
        verbose_name=_("certificate of attendance"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registration",
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["mobility", "sending_partner", "created_at", "pk"]
        indexes = [
            models.Index(
                fields=["mobility", "sending_partner", "status"],
                name="mobilities_reg_quota",
            ),
            models.Index(
                fields=["mobility", "sending_partner", "waitlisted_at"],
                condition=Q(status="waitlisted"),
                name="mobilities_reg_waitlist",
            ),
            models.Index(
                fields=["offer_expires_at"],
                condition=Q(status="offered"),
                name="mobilities_reg_offers",
            ),
            models.Index(
                fields=["participant", "-created_at"], name="mobilities_reg_mine"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["mobility", "participant"],
                condition=Q(
                    status__in=["pending", "confirmed", "waitlisted", "offered"]
                ),
                name="mobilities_registration_one_active",
            ),
            models.UniqueConstraint(
                fields=["mobility", "invited_email"],
                condition=Q(
                    participant__isnull=True,
                    status__in=["pending", "confirmed", "waitlisted", "offered"],
                ),
                name="mobilities_registration_one_invitation",
            ),
            models.CheckConstraint(
                condition=Q(participant__isnull=False) | ~Q(invited_email=""),
                name="mobilities_registration_has_someone",
            ),
            models.CheckConstraint(
                condition=~Q(status="waitlisted") | Q(waitlisted_at__isnull=False),
                name="mobilities_registration_waitlist_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status="offered") | Q(offer_expires_at__isnull=False),
                name="mobilities_registration_offer_has_deadline",
            ),
            models.CheckConstraint(
                condition=Q(arrival_date__isnull=True)
                | Q(departure_date__isnull=True)
                | Q(departure_date__gte=F("arrival_date")),
                name="mobilities_registration_departs_after_arrival",
            ),
        ]

    def __str__(self):
        return f"{self.participant_name} · {self.mobility}"

    def get_absolute_url(self):
        return reverse("mobilities:registration-detail", kwargs={"pk": self.pk})

    @property
    def participant_name(self) -> str:
        if self.participant_id:
            return self.participant.get_full_name() or str(self.participant)
        return self.invited_name or self.invited_email

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class RegistrationChange(models.Model):
    """The audit trail of a registration: every transition, who made it and why."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="changes",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    from_status = models.CharField(
        _("from"), max_length=20, choices=RegistrationStatus, blank=True
    )
    to_status = models.CharField(_("to"), max_length=20, choices=RegistrationStatus)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("registration change")
        verbose_name_plural = _("registration changes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.from_status or '∅'} → {self.to_status}"


class Attendance(models.Model):
    """Whether a participant was present on one day of the event (marked by the host)."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="attendance",
    )
    day = models.DateField(_("day"))
    present = models.BooleanField(_("present"), default=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "day"], name="mobilities_attendance_once_a_day"
            ),
        ]

    def __str__(self):
        return f"{self.registration} · {self.day:%Y-%m-%d}"


RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


class Evaluation(models.Model):
    """A participant's evaluation of the event, asked for after it ends."""

    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="evaluation",
    )
    overall = models.PositiveSmallIntegerField(
        _("overall, how useful was the event?"), validators=RATING_VALIDATORS
    )
    content = models.PositiveSmallIntegerField(
        _("the content and the practices presented"), validators=RATING_VALIDATORS
    )
    organisation = models.PositiveSmallIntegerField(
        _("the organisation and the hosting"), validators=RATING_VALIDATORS
    )
    will_apply = models.PositiveSmallIntegerField(
        _("how likely are you to apply something in your school?"),
        validators=RATING_VALIDATORS,
    )
    most_useful = models.TextField(
        _("what was most useful?"), max_length=2000, blank=True
    )
    to_improve = models.TextField(
        _("what should we improve?"), max_length=2000, blank=True
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(overall__range=(1, 5))
                & Q(content__range=(1, 5))
                & Q(organisation__range=(1, 5))
                & Q(will_apply__range=(1, 5)),
                name="mobilities_evaluation_ratings_1_to_5",
            ),
        ]

    def __str__(self):
        return str(self.registration)


class Photo(Picture):
    """A photo of the event, shown on its page after it took place."""

    PICTURE_FOLDER = "mobilities/photos"

    mobility = models.ForeignKey(
        Mobility,
        verbose_name=_("mobility"),
        on_delete=models.CASCADE,
        related_name="photos",
    )

    class Meta(Picture.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["mobility", "position", "pk"]
