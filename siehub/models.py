"""Core models: content pages, the notification outbox, certificates, translations, and
the vocabularies every app shares (whole-school areas, education levels)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Prefetch, Q
from django.db.models.functions import Now
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .i18n import translation_fields

# Vocabularies ----------------------------------------------------------------------------


class Term(models.Model):
    """A term of a controlled vocabulary (VOCABULARY.md): a stable slug, which URLs,
    filters and exports use, and a name curators translate and edit in admin."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name


# The two vocabularies every app speaks: practices, training modules and resources,
# mobilities, communities, member expertise and the levels a school teaches.


def term_names(lookup: str, model: type[Term]) -> Prefetch:
    """Prefetch the terms a link (`lookup`) holds with only what shows them: the slug,
    the order and the name in every language; one query per page, whatever it lists."""
    return Prefetch(
        lookup,
        queryset=model._default_manager.only(
            "slug", "position", *translation_fields("name")
        ),
    )


# modeltranslation gives these managers a class made at run time (as Page's below).
class Area(Term):  # type: ignore[django-manager-missing]
    """An area of the whole-school approach."""

    class Meta(Term.Meta):
        verbose_name = _("whole-school area")
        verbose_name_plural = _("whole-school areas")


class EducationLevel(Term):  # type: ignore[django-manager-missing]
    """An ISCED 2011 level of education."""

    class Meta(Term.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")


# modeltranslation gives the manager a class made at run time, which django-stubs' plugin
# cannot name.
class Page(models.Model):  # type: ignore[django-manager-missing]
    """A content page editable by coordinators (About, Privacy policy, Accessibility)."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("body"), help_text=_("Basic HTML: headings, paragraphs, lists.")
    )
    show_in_footer = models.BooleanField(_("show in footer"), default=True)
    footer_order = models.PositiveSmallIntegerField(_("order in footer"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
        ordering = ["footer_order", "slug"]

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        return reverse("page", kwargs={"slug": self.slug})


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        """What a member sees on site: their own notifications, not account mail."""
        return self.filter(recipient=user, show_on_site=True)

    def unread(self):
        return self.filter(read_at__isnull=True)

    def deliverable(self):
        """Unsent rows that have attempts left, are due (a failed send waits its back-off)
        and wait for no translation."""
        return self.filter(
            Q(held_until__isnull=True) | Q(held_until__lte=Now()),
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now()),
            sent_at__isnull=True,
            attempts__lt=settings.OUTBOX_MAX_ATTEMPTS,
        )


class Notification(models.Model):
    """One email to one recipient, written in the transaction of the change that causes it.

    The message is rendered in the recipient's language when the row is written; a Celery
    task delivers it after commit and a periodic sweep retries whatever is still unsent, so a
    broker outage delays mail but loses none.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    to_email = models.EmailField(_("email address"))
    kind = models.CharField(_("kind"), max_length=60)
    language = models.CharField(_("language"), max_length=5)
    context = models.JSONField(_("context"), default=dict, blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body_text = models.TextField(_("plain text"))
    body_html = models.TextField(_("HTML"), blank=True)
    link = models.CharField(_("link"), max_length=500, blank=True)
    show_on_site = models.BooleanField(_("show on site"), default=True)
    # Account mail carries secrets (verification and reset links): blanked once sent.
    erase_after_sending = models.BooleanField(default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    # After a failed send, not before (siehub.services.notification_deliver): attempts
    # are spread in time, so an outage of hours costs a few of them, not one per sweep.
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    # Files sent with the mail (an event's .ics): [{"filename", "mimetype", "content"}],
    # the content as text; small by design.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    # Mail quoting a text that is being machine-translated into the recipient's language
    # waits for that translation (siehub.services.notify): rendered again and sent when
    # it is done, or sent as written once this time has passed.
    held_until = models.DateTimeField(_("held until"), null=True, blank=True)
    awaiting = models.CharField(
        _("awaiting the translation of"), max_length=100, blank=True
    )

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["recipient", "-created_at"],
                condition=Q(show_on_site=True),
                name="siehub_notif_recipient_list",
            ),
            models.Index(
                fields=["created_at"],
                condition=Q(sent_at__isnull=True),
                name="siehub_notif_unsent",
            ),
            models.Index(
                fields=["awaiting"],
                condition=Q(held_until__isnull=False),
                name="siehub_notif_held",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(sent_at__isnull=True)
                | Q(sent_at__gte=models.F("created_at")),
                name="siehub_notification_sent_after_created",
            ),
        ]

    def __str__(self):
        return f"{self.kind} → {self.to_email}"


class CertificateKind(models.TextChoices):
    ATTENDANCE = "attendance", _("Certificate of attendance")
    COMPLETION = "completion", _("Certificate of completion")


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    """A certificate the platform issued (attendance of a mobility, completion of a
    training module): a PDF in the holder's language with a code anyone can verify.

    The core keeps what the verification page shows, as it was on the day of issue; the
    app that issued it names its source (`mobilities.registration:12`), once per source.
    """

    code = models.CharField(_("verification code"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=CertificateKind)
    source = models.CharField(_("issued for"), max_length=100, unique=True)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    holder_name = models.CharField(_("holder's name"), max_length=300)
    title = models.CharField(_("title"), max_length=300)
    details = models.JSONField(_("details"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=5)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=300, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        indexes = [
            models.Index(fields=["holder", "-issued_at"], name="siehub_cert_holder"),
        ]

    def __str__(self):
        return f"{self.code} · {self.holder_name}"

    def get_absolute_url(self):
        return reverse("certificate-verify", kwargs={"code": self.code})

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


# Translations ----------------------------------------------------------------------------


class TranslatableModel(models.Model):
    """What readers need of an object's translations without another query: which fields
    are machine-translated into which language, from which (`{"bg": {"title": "mk"}}`).

    Kept by siehub.translating from the TextTranslation rows, which hold the workflow.
    """

    machine_translated = models.JSONField(
        _("machine-translated fields"), default=dict, blank=True, editable=False
    )
    # The workflow's rows go with the object, as a foreign key's would: a deleted
    # practice, module or organisation (and what is deleted with it) leaves none behind.
    text_translations = GenericRelation("siehub.TextTranslation")

    class Meta:
        abstract = True


class TranslationStatus(models.TextChoices):
    MACHINE = "machine", _("machine-translated")
    HUMAN = "human", _("translated by a person")
    REVIEWED = "reviewed", _("reviewed")


class TextTranslationQuerySet(models.QuerySet):
    def of(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        )


class TextTranslation(models.Model):
    """One field of one object in one language other than its original: who or what
    translated it, from which text, and whether the original has changed since.

    The text itself lives in the model's translated column (`summary_bg`), so that pages,
    search and exports read it like any other; a machine translation never replaces a
    person's, it is kept in `machine_text` as a suggestion for the translator instead.
    """

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("object"))
    subject = GenericForeignKey("content_type", "object_id")
    field = models.CharField(_("field"), max_length=50)
    language = models.CharField(_("language"), max_length=5)
    status = models.CharField(_("status"), max_length=10, choices=TranslationStatus)
    source_language = models.CharField(_("translated from"), max_length=5)
    # A digest of the original text this translation was made from.
    source_digest = models.CharField(_("original's digest"), max_length=32)
    outdated = models.BooleanField(
        _("outdated"),
        default=False,
        help_text=_("The original has changed since this translation was made."),
    )
    engine = models.CharField(_("engine"), max_length=200, blank=True)
    machine_text = models.TextField(
        _("machine suggestion"),
        blank=True,
        help_text=_(
            "A machine translation of the current original, for the translator."
        ),
    )
    # The digest of the original the suggestion was made from: after a second change of
    # the original, a suggestion made for the first one is made again.
    suggestion_digest = models.CharField(
        _("suggestion's original digest"), max_length=32, blank=True
    )
    translated_at = models.DateTimeField(_("translated"), default=timezone.now)
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = TextTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["content_type", "object_id", "field", "language"]
        indexes = [
            # The translators' queue: a language's machine-only or outdated texts.
            models.Index(
                fields=["language", "content_type", "status", "outdated"],
                name="siehub_tt_queue",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="siehub_texttranslation_one_per_field",
            ),
            models.CheckConstraint(
                condition=~Q(status="reviewed") | Q(reviewed_at__isnull=False),
                name="siehub_texttranslation_reviewed_has_date",
            ),
            models.CheckConstraint(
                condition=~Q(language=models.F("source_language")),
                name="siehub_texttranslation_not_into_its_source",
            ),
        ]

    def __str__(self):
        return (
            f"{self.content_type.model}:{self.object_id} {self.field} [{self.language}]"
        )


# Pictures --------------------------------------------------------------------------------


def picture_upload_to(instance, filename):
    # "inventory/pictures/2026/12/<uuid>.jpg": the cleaned file's name is a UUID.
    # (A migration's historical model has no PICTURE_FOLDER: its app's folder.)
    folder = getattr(instance, "PICTURE_FOLDER", f"{instance._meta.app_label}/pictures")
    return f"{folder}/{timezone.now():%Y/%m}/{filename}"


class PictureImageField(models.ImageField):
    """An image column whose form field checks the upload by its content and stores it
    cleaned (siehub.pictures): in the member's forms and in admin alike."""

    def formfield(self, form_class=None, choices_form_class=None, **kwargs):
        from .forms import PictureField

        return super().formfield(
            form_class=form_class or PictureField,
            choices_form_class=choices_form_class,
            **kwargs,
        )


class Picture(TranslatableModel):
    """A picture of a practice, an adaptation or an event: the cleaned file, its size (so
    pages reserve its place), the widths made for `srcset` (empty until Celery made
    them), a text alternative and a caption (translated like every text: which of them
    a machine translated, and their TextTranslation rows, deleted with it) and the
    uploader's word that pupils' faces are shown only with their parents' consent."""

    PICTURE_FOLDER = "pictures"
    # The texts of a picture, in every language (each app registers its pictures).
    TRANSLATED_FIELDS = ("alt_text", "caption")

    image = PictureImageField(
        _("picture"),
        upload_to=picture_upload_to,
        width_field="width",
        height_field="height",
        max_length=250,
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    # "480,960,1600": the renditions made (siehub.pictures.make_renditions).
    renditions = models.CharField(
        _("sizes made"), max_length=100, blank=True, editable=False
    )
    alt_text = models.CharField(
        _("text alternative"),
        max_length=300,
        help_text=_(
            "What the picture shows, for people who cannot see it, in one sentence."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    faces_consent = models.BooleanField(
        _("pupils' faces shown only with consent"),
        default=False,
        help_text=_(
            "Pupils whose faces can be recognised are shown only with their parents' "
            "consent."
        ),
    )
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self):
        return self.alt_text or self.image.name

    def save(self, *args, **kwargs):
        from . import pictures

        stored = getattr(self, "_stored_image", None)
        stored = getattr(stored, "name", stored) or ""
        if self.pk and "image" in self.get_deferred_fields():
            changed = False  # loaded without its file, so not given a new one
        else:
            changed = self.image.name != stored or not self.pk
        replaced_widths = self.rendition_widths
        if changed:
            self.renditions = ""
        super().save(*args, **kwargs)
        if changed and self.image:
            pictures.queue_renditions(
                picture=self, replaced=stored, replaced_widths=replaced_widths
            )
            self._stored_image = self.image.name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_image = instance.__dict__.get("image")
        return instance

    @property
    def rendition_widths(self) -> list[int]:
        return [int(w) for w in self.renditions.split(",") if w]
