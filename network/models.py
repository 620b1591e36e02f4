"""People and organisations of the SIE HUB+ network."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as AuthUserManager
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from siehub.countries import Country
from siehub.i18n import language_choices


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


class IscedLevel(models.TextChoices):
    """ISCED 2011 levels a school teaches (the same slugs as the inventory vocabulary)."""

    ISCED_0 = "isced-0", _("Early childhood education (ISCED 0)")
    ISCED_1 = "isced-1", _("Primary education (ISCED 1)")
    ISCED_2 = "isced-2", _("Lower secondary education (ISCED 2)")
    ISCED_3 = "isced-3", _("Upper secondary education (ISCED 3)")
    ISCED_4 = "isced-4", _("Post-secondary and adult education (ISCED 4)")


class OrganisationQuerySet(models.QuerySet):
    def partners(self):
        return self.filter(is_partner=True)

    def in_network_of(self, partner):
        return self.filter(Q(pk=partner.pk) | Q(partner=partner))


class Organisation(models.Model):
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
    education_levels = models.JSONField(
        _("education levels"), default=list, blank=True, help_text=_("For schools.")
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

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:organisation-detail", kwargs={"slug": self.slug})

    @property
    def network_partner(self):
        """The partner whose network this organisation is in (itself for a partner)."""
        return self if self.is_partner else self.partner

    def get_education_levels_display(self):
        labels = dict(IscedLevel.choices)
        return [labels[level] for level in self.education_levels if level in labels]


class UserManager(AuthUserManager):
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

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["last_name", "first_name", "email"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email=""), name="network_user_email_not_empty"
            ),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def get_absolute_url(self):
        return reverse("network:profile")
