"""People and organisations of the SIE HUB+ network."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as AuthUserManager
from django.core.validators import MaxValueValidator
from django.db import connection, models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from siehub.countries import Country, country_name
from siehub.i18n import language_choices, translated_sql
from siehub.models import TranslatableModel


class Position(models.TextChoices):
    TEACHER = "teacher", _("Teacher")
    HEADTEACHER = "headteacher", _("Headteacher or deputy")
    COUNSELLOR = "counsellor", _("Pedagogical counsellor or school psychologist")
    MEDIATOR = "mediator", _("Roma or community mediator")
    TRAINER = "trainer", _("Trainer or expert")
    PUBLIC_OFFICER = "public-officer", _("Public officer")
    CIVIL_SOCIETY = "civil-society", _("Civil-society practitioner")
    OTHER = "other", pgettext_lazy("position", "Other")


class OrganisationKind(models.TextChoices):
    CIVIL_SOCIETY = "civil-society", _("Civil-society organisation")
    PUBLIC_AUTHORITY = "public-authority", _("Public authority")
    SCHOOL = "school", _("School")
    TRAINING_CENTRE = "training-centre", _("Training centre")
    UNIVERSITY = "university", _("University or research")
    OTHER = "other", pgettext_lazy("organisation kind", "Other")


class SpokenLanguage(models.TextChoices):
    """Languages a member can work in: the platform's four and those of the region."""

    MK = "mk", _("Macedonian")
    BG = "bg", _("Bulgarian")
    ES = "es", _("Spanish")
    EN = "en", _("English")
    ROM = "rom", _("Romani")
    SQ = "sq", _("Albanian")
    TR = "tr", _("Turkish")
    SR = "sr", _("Serbian")
    EL = "el", _("Greek")
    RO = "ro", _("Romanian")
    FR = "fr", _("French")
    DE = "de", _("German")
    IT = "it", _("Italian")
    PT = "pt", _("Portuguese")
    AR = "ar", _("Arabic")
    UK = "uk", _("Ukrainian")


def json_list_contains(field: str, value: str) -> Q:
    """Rows whose JSON list `field` holds `value` (a slug of a TextChoices).

    PostgreSQL answers from the GIN index (jsonb containment); SQLite, which has no
    containment lookup, matches the quoted slug in the stored JSON text (`icontains` is
    JSONField's text match there; the slugs are lower case).
    """
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__contains": [value]})
    return Q(**{f"{field}__icontains": f'"{value}"'})


class OrganisationQuerySet(models.QuerySet):
    def partners(self):
        return self.filter(is_partner=True)

    def in_network_of(self, partner):
        return self.filter(Q(pk=partner.pk) | Q(partner=partner))

    def coordinated_by(self, user):
        """The partner organisations whose networks `user` coordinates."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(is_partner=True, coordinators=user)

    def managed_by(self, user):
        """What a partner coordinator manages on the site: the networks of the partners
        they coordinate (the partner and its schools), and organisations they coordinate
        themselves. Anyone else manages nothing."""
        if not user.is_authenticated:
            return self.none()
        partners = Organisation.objects.coordinated_by(user)
        return self.filter(
            Q(pk__in=partners) | Q(partner__in=partners) | Q(coordinators=user)
        ).distinct()

    def with_education_level(self, level):
        """Organisations teaching at `level` (a siehub.models.EducationLevel)."""
        return self.filter(education_levels=level)

    def by_name(self, *then):
        """By name in the active language (a missing translation sorts as the name
        shown instead), then by `then`."""
        return self.order_by(translated_sql("name"), *then, "pk")


class Organisation(TranslatableModel):
    # Content, translated (network/translation.py): one column per language.
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind)
    country = models.CharField(
        _("country"), max_length=2, choices=Country, db_index=True
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    description = models.TextField(_("description"), blank=True)
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=language_choices,
        default="en",
        help_text=_("The language the description was written in."),
    )
    logo = models.ImageField(_("logo"), upload_to="organisations/logos/", blank=True)
    is_partner = models.BooleanField(
        _("project partner"),
        default=False,
        help_text=_("One of the partner organisations of the SIE HUB+ project."),
    )
    partner = models.ForeignKey(
        "self",
        verbose_name=_("partner network"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="network",
        limit_choices_to={"is_partner": True},
        help_text=_(
            "The partner organisation whose network this organisation belongs to."
        ),
    )
    education_levels = models.ManyToManyField(
        "siehub.EducationLevel",
        verbose_name=_("education levels"),
        blank=True,
        related_name="organisations",
        help_text=_("For schools."),
    )
    pupil_count = models.PositiveIntegerField(
        _("number of pupils"), null=True, blank=True
    )
    vulnerable_share = models.PositiveSmallIntegerField(
        _("share of pupils from vulnerable groups (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    instruction_languages = models.CharField(
        _("languages of instruction"), max_length=200, blank=True
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        blank=True,
        related_name="coordinated_organisations",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["-is_partner", "name"]
        indexes = [
            models.Index(fields=["kind", "country"], name="network_org_kind_country"),
            models.Index(fields=["-is_partner", "name"], name="network_org_listing"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_partner=False) | Q(partner__isnull=True),
                name="network_organisation_partner_has_no_partner",
            ),
            models.CheckConstraint(
                condition=Q(vulnerable_share__isnull=True)
                | Q(vulnerable_share__lte=100),
                name="network_organisation_vulnerable_share_percent",
            ),
        ]

    def get_country_display(self):
        return country_name(self.country)

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:organisation-detail", kwargs={"slug": self.slug})

    @property
    def network_partner(self):
        """The partner whose network this organisation is in (itself for a partner)."""
        return self if self.is_partner else self.partner

    def get_education_levels_display(self):
        """The names of its levels in the active language (prefetch `education_levels`
        when listing)."""
        return [level.name for level in self.education_levels.all()]


class UserQuerySet(models.QuerySet):
    def listed(self):
        """Members who opted in to a public profile; nobody else is ever listed."""
        return self.filter(public_profile=True, is_active=True, deleted_at__isnull=True)

    def with_expertise(self, area):
        """Members working in `area` (a siehub.models.Area)."""
        return self.filter(expertise_areas=area)

    def speaking(self, language: str):
        return self.filter(json_list_contains("languages", language))

    def visible_to(self, viewer):
        """Profiles a visitor may open: the listed ones, and a member's own."""
        if viewer.is_authenticated:
            return self.listed() | self.filter(pk=viewer.pk)
        return self.listed()


class UserManager(AuthUserManager.from_queryset(UserQuerySet)):
    """Django's manager (with_perm, ...) for a user whose email is the login."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A member of the platform; the email address is the login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
    )
    position = models.CharField(
        _("position"), max_length=20, choices=Position, blank=True
    )
    country = models.CharField(_("country"), max_length=2, choices=Country, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=language_choices,
        default="en",
        help_text=_("The platform and its emails use this language."),
    )
    bio = models.TextField(_("about me"), blank=True, max_length=2000)
    public_profile = models.BooleanField(
        _("public profile"),
        default=False,
        help_text=_(
            "List me in the member directory. Nobody is listed without consent."
        ),
    )
    expertise_areas = models.ManyToManyField(
        "siehub.Area",
        verbose_name=_("expertise areas"),
        blank=True,
        related_name="experts",
        help_text=_("Areas of the whole-school approach you work in."),
    )
    languages = models.JSONField(_("languages I work in"), default=list, blank=True)
    allow_contact = models.BooleanField(
        _("members may write to me"),
        default=True,
        help_text=_(
            "Other members can send you a message through your public profile; your "
            "email address stays hidden."
        ),
    )
    # Set when the member deleted their account: the row stays, anonymised, so that
    # what they published remains attributed to "a former member".
    deleted_at = models.DateTimeField(_("account deleted"), null=True, blank=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["last_name", "first_name", "email"]
        indexes = [
            # The member directory lists only those who opted in.
            models.Index(
                fields=["last_name", "first_name"],
                condition=Q(public_profile=True, is_active=True),
                name="network_user_directory",
            ),
            models.Index(
                fields=["country", "position"],
                condition=Q(public_profile=True, is_active=True),
                name="network_user_dir_country",
            ),
            models.Index(
                fields=["organisation", "last_name"], name="network_user_organisation"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email=""), name="network_user_email_not_empty"
            ),
            models.CheckConstraint(
                condition=Q(deleted_at__isnull=True)
                | Q(public_profile=False, is_active=False),
                name="network_user_deleted_is_hidden",
            ),
        ]

    def get_country_display(self):
        return country_name(self.country)

    def __str__(self):
        if self.deleted_at:
            return str(_("a former member"))
        return self.get_full_name() or self.email

    def get_absolute_url(self):
        return reverse("network:member-detail", kwargs={"pk": self.pk})

    @property
    def is_listed(self) -> bool:
        """Whether others may see this member's profile (the directory's rule)."""
        return self.public_profile and self.is_active and self.deleted_at is None

    @property
    def public_name(self) -> str:
        """The name shown to others: never the email address."""
        if self.deleted_at:
            return str(_("a former member"))
        return self.get_full_name() or str(_("a member"))

    def get_expertise_areas_display(self):
        """The names of their areas in the active language (prefetch `expertise_areas`
        when listing)."""
        return [area.name for area in self.expertise_areas.all()]

    def get_languages_display(self):
        labels = dict(SpokenLanguage.choices)
        return [labels[code] for code in self.languages if code in labels]


# Belonging to an organisation ------------------------------------------------------------


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class OrganisationClaimQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ClaimStatus.PENDING)

    def decidable_by(self, user):
        """Claims a partner coordinator may decide: those to organisations they manage."""
        return self.filter(organisation__in=Organisation.objects.managed_by(user))


class OrganisationClaim(models.Model):
    """A member's claim to belong to an organisation, pending until its network's
    coordinator approves it; then it becomes the member's organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="organisation_claims",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="claims",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ClaimStatus, default=ClaimStatus.PENDING
    )
    created_at = models.DateTimeField(_("claimed"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True, max_length=1000)

    objects = OrganisationClaimQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership claim")
        verbose_name_plural = _("membership claims")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["organisation", "status", "-created_at"],
                name="network_claim_queue",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status="pending"),
                name="network_claim_one_pending_per_user",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(decided_at__isnull=False),
                name="network_claim_decided_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.organisation}"

    def get_absolute_url(self):
        return reverse("network:coordination-members")


# Contact between members -----------------------------------------------------------------

# The longest message; the form and the service check it before the column does.
CONTACT_MESSAGE_MAX_LENGTH = 3000


class ContactMessage(models.Model):
    """A message sent through a public profile: kept to rate-limit and to trace abuse.
    The recipient gets it by mail (the outbox); their address is never shown."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender"),
        on_delete=models.CASCADE,
        related_name="sent_contact_messages",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="received_contact_messages",
    )
    body = models.TextField(_("message"), max_length=CONTACT_MESSAGE_MAX_LENGTH)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["sender", "-created_at"], name="network_contact_rate"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(sender=models.F("recipient")),
                name="network_contactmessage_not_to_self",
            ),
        ]

    def __str__(self):
        return f"{self.sender} → {self.recipient}"


# Translators -----------------------------------------------------------------------------


class TranslatorQuerySet(models.QuerySet):
    def named_by(self, user):
        """The translators a partner coordinator named, or may remove: those of the
        partners they coordinate."""
        return self.filter(partner__in=Organisation.objects.coordinated_by(user))


class Translator(models.Model):
    """A member a partner named to translate and review the platform's texts into a
    language (siehub.translating: the queue and the side-by-side editor)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="translator_roles",
    )
    language = models.CharField(_("language"), max_length=5, choices=language_choices)
    partner = models.ForeignKey(
        Organisation,
        verbose_name=_("named by the partner"),
        on_delete=models.CASCADE,
        related_name="translators",
        limit_choices_to={"is_partner": True},
    )
    named_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("named"), auto_now_add=True)

    objects = TranslatorQuerySet.as_manager()

    class Meta:
        verbose_name = _("translator")
        verbose_name_plural = _("translators")
        ordering = ["language", "user__last_name", "user__first_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "language"], name="network_translator_one_per_language"
            ),
        ]

    def __str__(self):
        return f"{self.user} [{self.language}]"

    def get_absolute_url(self):
        return reverse("network:coordination-translators")


# Professional communities ----------------------------------------------------------------


class CommunityQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def visible_to(self, user):
        """Active communities for everyone; staff also reach the inactive ones."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.active()

    def editable_by(self, user):
        """Staff with the change permission edit any community; facilitators their own
        active ones (network.permissions.can_edit_community asks the same of one)."""
        if not user.is_authenticated:
            return self.none()
        if user.has_perm("network.change_community"):
            return self.all()
        return self.active().filter(
            memberships__user=user, memberships__role=MembershipRole.FACILITATOR
        )


class Community(TranslatableModel):
    """A lasting professional community of teachers, counsellors and experts."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=language_choices,
        default="en",
        help_text=_("The language the name and description were written in."),
    )
    area = models.ForeignKey(
        "siehub.Area",
        verbose_name=_("whole-school area"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="communities",
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("An inactive community is hidden and accepts no new posts."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Membership",
        verbose_name=_("members"),
        related_name="communities",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    member_count = models.PositiveIntegerField(_("members"), default=0, editable=False)
    post_count = models.PositiveIntegerField(_("posts"), default=0, editable=False)
    last_post_at = models.DateTimeField(_("last post"), null=True, blank=True)

    objects = CommunityQuerySet.as_manager()

    class Meta:
        verbose_name = _("professional community")
        verbose_name_plural = _("professional communities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:community-detail", kwargs={"slug": self.slug})


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    FACILITATOR = "facilitator", _("Facilitator")


class EmailFrequency(models.TextChoices):
    EACH_POST = "each", _("An email for each new post")
    DAILY = "daily", _("A daily digest")
    NEVER = "never", _("No email")


class Membership(models.Model):
    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole, default=MembershipRole.MEMBER
    )
    email_frequency = models.CharField(
        _("email about new posts"),
        max_length=10,
        choices=EmailFrequency,
        default=EmailFrequency.EACH_POST,
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    # Posts up to this moment are in a digest already sent (daily digests only).
    digest_sent_until = models.DateTimeField(
        _("digest sent until"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["community", "role", "joined_at"]  # facilitators first
        indexes = [
            models.Index(
                fields=["email_frequency", "user"], name="network_membership_digest"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["community", "user"], name="network_membership_once"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.community}"

    @property
    def is_facilitator(self) -> bool:
        return self.role == MembershipRole.FACILITATOR


class PostQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(is_hidden=False, removed_at__isnull=True)


class Post(TranslatableModel):
    """A post of a community's discussion, or a reply to one (one level deep)."""

    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="posts",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="community_posts",
    )
    # Sanitised HTML, written as Markdown (siehub.text); the length limit applies to
    # what the author types (network.services.communities.POST_MAX_LENGTH).
    body = models.TextField(_("message"))
    # The author's language: posts are content, read in every language (translated by
    # siehub.translating) from this one.
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=language_choices,
        default="en",
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Set when the author deleted their account: the text is gone, the thread stays.
    removed_at = models.DateTimeField(_("removed"), null=True, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["community", "-created_at"],
                condition=Q(parent__isnull=True),
                name="network_post_threads",
            ),
            models.Index(fields=["parent", "created_at"], name="network_post_replies"),
            models.Index(fields=["community", "created_at"], name="network_post_since"),
        ]
        constraints = [
            # A removed post keeps no text, in no language (machine translations too).
            models.CheckConstraint(
                condition=Q(removed_at__isnull=True)
                | (
                    Q(body="")
                    & (Q(body_en="") | Q(body_en__isnull=True))
                    & (Q(body_mk="") | Q(body_mk__isnull=True))
                    & (Q(body_bg="") | Q(body_bg__isnull=True))
                    & (Q(body_es="") | Q(body_es__isnull=True))
                ),
                name="network_post_removed_is_blank",
            ),
        ]

    def __str__(self):
        return f"{self.author} · {self.community} · {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self):
        thread = self.parent_id or self.pk
        return f"{self.community.get_absolute_url()}#post-{thread}"
