"""Training modules for continuous professional development: modules of ordered units
with optional self-assessment, enrolment and progress, feedback, and a library of support
tools (documents, presentations, videos, advocacy material)."""

from dataclasses import dataclass

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from siehub.i18n import language_choices
from siehub.models import TranslatableModel

from .permissions import can_preview_module


class Audience(models.TextChoices):
    """Who a module or a resource is written for."""

    TEACHERS = "teachers", _("Teachers")
    SCHOOL_LEADERS = "school-leaders", _("School leaders")
    COUNSELLORS = "counsellors", _("Pedagogical counsellors and psychologists")
    MEDIATORS = "mediators", _("Roma and community mediators")
    PUBLIC_OFFICERS = "public-officers", _("Public officers")


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class ModuleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class ModuleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ModuleStatus.PUBLISHED)

    def visible_to(self, user):
        """Published modules for everyone; staff who author modules also preview drafts."""
        if can_preview_module(user):
            return self.all()
        return self.published()


class Module(TranslatableModel):
    """A training module: ordered units, an estimated time, a pass mark."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("summary"), max_length=1000)
    objectives = models.TextField(
        _("learning objectives"), blank=True, help_text=_("One objective per line.")
    )
    original_language = models.CharField(
        _("original language"), max_length=5, choices=language_choices, default="en"
    )
    # The languages in which the title, summary and every unit are written; kept by
    # the services when a module is saved (the catalogue filters on it).
    languages = models.JSONField(_("languages available"), default=list, blank=True)
    audience = models.JSONField(
        _("audience"), default=list, blank=True, help_text=_("Who the module is for.")
    )
    areas = models.ManyToManyField(
        "siehub.Area",
        verbose_name=_("whole-school areas"),
        blank=True,
        related_name="modules",
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level, default=Level.INTRODUCTORY
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), validators=[MinValueValidator(1)]
    )
    authors = models.CharField(
        _("authors"), max_length=300, blank=True, help_text=_("Names, as published.")
    )
    cover = models.ImageField(
        _("cover image"), upload_to="training/covers/", blank=True
    )
    cover_alt = models.CharField(
        _("text alternative of the cover"), max_length=200, blank=True
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
        help_text=_("Share of self-assessment questions answered right to complete."),
    )
    related_practices = models.ManyToManyField(
        "inventory.Practice",
        verbose_name=_("related practices"),
        blank=True,
        related_name="modules",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ModuleStatus, default=ModuleStatus.DRAFT
    )
    duplicated_from = models.ForeignKey(
        "self",
        verbose_name=_("duplicated from"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ModuleQuerySet.as_manager()

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")
        ordering = ["-published_at", "pk"]
        indexes = [
            models.Index(
                fields=["status", "-published_at"], name="training_mod_listing"
            ),
            models.Index(fields=["status", "level"], name="training_mod_level"),
            models.Index(
                fields=["status", "duration_minutes"], name="training_mod_duration"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__lte=100),
                name="training_module_pass_mark_percent",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="training_module_published_has_date",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("training:module-detail", kwargs={"slug": self.slug})


class Unit(TranslatableModel):
    """One step of a module: text, optional media and material to download."""

    module = models.ForeignKey(
        Module, verbose_name=_("module"), on_delete=models.CASCADE, related_name="units"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"), help_text=_("Basic HTML: paragraphs, lists, links.")
    )
    video_url = models.URLField(
        _("video link"),
        blank=True,
        help_text=_("A link to the video on a video platform (shown as a link)."),
    )
    image = models.ImageField(_("image"), upload_to="training/units/", blank=True)
    image_alt = models.CharField(
        _("text alternative of the image"), max_length=300, blank=True
    )
    material = models.FileField(
        _("material to download"), upload_to="training/materials/", blank=True
    )
    material_title = models.CharField(
        _("title of the material"), max_length=200, blank=True
    )
    minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), default=10
    )

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["module", "position", "pk"]
        indexes = [
            models.Index(fields=["module", "position"], name="training_unit_order")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "training:unit-detail",
            kwargs={"slug": self.module.slug, "position": self.position},
        )


class Question(TranslatableModel):
    """A self-assessment question of a unit, with one right choice or more."""

    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="questions"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.TextField(_("question"), max_length=1000)
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Shown after answering: why the right answer is right."),
    )

    class Meta:
        verbose_name = _("self-assessment question")
        verbose_name_plural = _("self-assessment questions")
        ordering = ["unit", "position", "pk"]

    def __str__(self):
        return self.text[:80]


class Choice(TranslatableModel):
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="choices",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.CharField(_("answer"), max_length=500)
    is_correct = models.BooleanField(_("right answer"), default=False)

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["question", "position", "pk"]

    def __str__(self):
        return self.text


def _count_of(queryset, group: str):
    """A subquery counting the rows of `queryset` (filtered on OuterRef), 0 for none."""
    return Coalesce(
        Subquery(
            queryset.order_by().values(group).annotate(n=Count("pk")).values("n")[:1],
            output_field=models.IntegerField(),
        ),
        0,
    )


class EnrolmentQuerySet(models.QuerySet):
    def completed(self):
        return self.filter(completed_at__isnull=False)

    def with_progress(self):
        """Each enrolment with where the member stands, counted in the same query:
        `units_total`, `units_done`, `questions_total`, `questions_answered` and
        `answers_right` (see `Enrolment.progress_summary`)."""
        module = OuterRef("module_id")
        return self.annotate(
            units_total=_count_of(Unit.objects.filter(module=module), "module"),
            units_done=_count_of(
                UnitProgress.objects.filter(
                    enrolment=OuterRef("pk"), unit__module=module
                ),
                "enrolment",
            ),
            questions_total=_count_of(
                Question.objects.filter(unit__module=module), "unit__module"
            ),
            questions_answered=_count_of(
                Answer.objects.filter(
                    enrolment=OuterRef("pk"), question__unit__module=module
                ),
                "enrolment",
            ),
            answers_right=_count_of(
                Answer.objects.filter(
                    enrolment=OuterRef("pk"),
                    question__unit__module=module,
                    is_correct=True,
                ),
                "enrolment",
            ),
        )


class Enrolment(models.Model):
    """A member following a module: where they are, and when they completed it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    module = models.ForeignKey(
        Module,
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_unit = models.ForeignKey(
        Unit,
        verbose_name=_("last unit opened"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("last activity"), auto_now=True)
    score = models.PositiveSmallIntegerField(
        _("self-assessment score (%)"), null=True, blank=True
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    certificate = models.OneToOneField(
        "siehub.Certificate",
        verbose_name=_("certificate of completion"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolment",
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-last_activity_at", "-pk"]
        indexes = [
            models.Index(
                fields=["user", "-last_activity_at"], name="training_enr_mine"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"], name="training_enrolment_once"
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__lte=100),
                name="training_enrolment_score_percent",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.module}"

    def get_absolute_url(self):
        return self.module.get_absolute_url()

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None

    @property
    def progress_summary(self) -> "Progress":
        """Where the member stands; needs `Enrolment.objects.with_progress()`."""
        return Progress(
            units_done=self.units_done,
            units_total=self.units_total,
            questions_answered=self.questions_answered,
            questions_total=self.questions_total,
            answers_right=self.answers_right,
            pass_mark=self.module.pass_mark,
            is_completed=self.is_completed,
        )


@dataclass(frozen=True)
class Progress:
    """Where a member stands in a module. Until every unit is done the self-assessment
    is work in progress (answered, right so far); only then is its score held against
    the module's pass mark."""

    units_done: int
    units_total: int
    questions_answered: int
    questions_total: int
    answers_right: int
    pass_mark: int
    is_completed: bool = False

    @property
    def is_finished(self) -> bool:
        """Every unit is done (the module may still be below its pass mark)."""
        return self.is_completed or (
            self.units_total > 0 and self.units_done >= self.units_total
        )

    @property
    def has_questions(self) -> bool:
        return self.questions_total > 0

    @property
    def score(self) -> int | None:
        """The share of the module's questions answered right (rounded down)."""
        if not self.questions_total:
            return None
        return self.answers_right * 100 // self.questions_total

    @property
    def below_pass_mark(self) -> bool:
        """Finished, but the score is short of the pass mark: not complete."""
        return (
            self.is_finished
            and not self.is_completed
            and self.score is not None
            and self.score < self.pass_mark
        )


class UnitProgress(models.Model):
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="progress",
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="progress"
    )
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("unit completed")
        verbose_name_plural = _("units completed")
        ordering = ["completed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "unit"], name="training_progress_once"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.unit}"


class Answer(models.Model):
    """A member's latest answer to a self-assessment question."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    choice = models.ForeignKey(
        Choice, verbose_name=_("answer"), on_delete=models.CASCADE, related_name="+"
    )
    is_correct = models.BooleanField(_("right"))
    answered_at = models.DateTimeField(_("answered"), auto_now=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["answered_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "question"], name="training_answer_once"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.question}"


class Feedback(models.Model):
    """A member's rating and comments on a module they completed (for the pilots)."""

    enrolment = models.OneToOneField(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comments"), max_length=3000, blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__range=(1, 5)),
                name="training_feedback_rating_1_to_5",
            ),
        ]

    def __str__(self):
        return str(self.enrolment)


class ResourceKind(models.TextChoices):
    DOCUMENT = "document", _("Document")
    PRESENTATION = "presentation", _("Presentation")
    VIDEO = "video", _("Video")
    ADVOCACY = "advocacy", _("Advocacy material for school leaders")


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Resource(models.Model):
    """A support tool of the resource library: a file to download or a link."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    original_language = models.CharField(
        _("original language"), max_length=5, choices=language_choices, default="en"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind)
    file = models.FileField(_("file"), upload_to="training/resources/", blank=True)
    url = models.URLField(_("link"), blank=True)
    content_language = models.CharField(
        _("language of the resource"),
        max_length=5,
        choices=language_choices,
        help_text=_("The language the file or video itself is in."),
    )
    audience = models.JSONField(_("audience"), default=list, blank=True)
    areas = models.ManyToManyField(
        "siehub.Area",
        verbose_name=_("whole-school areas"),
        blank=True,
        related_name="resources",
    )
    module = models.ForeignKey(
        Module,
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
    )
    download_count = models.PositiveIntegerField(
        _("downloads"), default=0, editable=False
    )
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resource library")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["kind", "-created_at"],
                condition=Q(is_published=True),
                name="training_res_kind",
            ),
            models.Index(
                fields=["content_language", "-created_at"],
                condition=Q(is_published=True),
                name="training_res_language",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url=""),
                name="training_resource_file_or_link",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("training:resource-detail", kwargs={"slug": self.slug})
