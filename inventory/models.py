"""The Inventory of good practices: practices, their adaptations, vocabularies, moderation."""

from functools import lru_cache

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection, models
from django.db.models import Exists, FloatField, OuterRef, Q, Value
from django.db.models.functions import Greatest
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from siehub.countries import Country, country_name
from siehub.i18n import LANGUAGE_CODES, language_choices, translation_fields
from siehub.models import Area, EducationLevel, Picture, Term, TranslatableModel

# Vocabularies ----------------------------------------------------------------------------


# Whole-school areas and education levels are the core's (siehub.models), shared by every
# app; the vocabularies below are the inventory's own.


class MeasureType(Term):
    class Meta(Term.Meta):
        verbose_name = _("type of measure")
        verbose_name_plural = _("types of measure")


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class EvidenceLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("evidence level")
        verbose_name_plural = _("evidence levels")


# Workflow --------------------------------------------------------------------------------


VIDEO_HELP = _(
    "Optional: the address of a video on YouTube, Vimeo or PeerTube. Readers see a "
    "still; the video loads only when they choose to play it."
)


def cover_field(picture_model: str):
    """A practice's or an adaptation's cover: one of its own pictures."""
    return models.ForeignKey(
        picture_model,
        verbose_name=_("cover picture"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Shown on the page and on cards in lists; one of its pictures."),
    )


def video_field():
    """The address of a video on an allowed host (siehub.video)."""
    return models.URLField(_("video"), max_length=500, blank=True, help_text=VIDEO_HELP)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    ARCHIVED = "archived", _("Archived")


# Statuses in which the author may still edit the text.
EDITABLE_STATUSES = (Status.DRAFT, Status.CHANGES_REQUESTED)


class Scale(models.TextChoices):
    CLASS = "class", _("Class")
    SCHOOL = "school", _("School")
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")
    NATIONAL = "national", _("National")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = (
        "cc-by-sa-4.0",
        _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)"),
    )
    CC_BY_NC = (
        "cc-by-nc-4.0",
        _("Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)"),
    )


class ModeratedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """Published for everyone; an author also sees their own; curators see all."""
        if user.is_authenticated and user.has_perm(
            f"{self.model._meta.app_label}.review"
        ):
            return self.all()
        if user.is_authenticated:
            return self.filter(Q(status=Status.PUBLISHED) | Q(author=user))
        return self.published()

    def editable_by(self, user):
        """What a member may edit on the site: their own drafts and returned texts."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(author=user, status__in=EDITABLE_STATUSES)


class Moderated:
    """What practices and adaptations share as texts going through moderation."""

    @property
    def is_editable(self) -> bool:
        """Whether the author may still change the text (a draft, or returned)."""
        return self.status in EDITABLE_STATUSES


def normalise_query(text: str) -> str:
    return " ".join((text or "").split())[:200]


class PracticeQuerySet(ModeratedQuerySet):
    def search(self, text: str):
        """The practices matching a query, annotated with `rank`.

        PostgreSQL reads the search entries (inventory.search: words analysed in every
        language and script, typos forgiven); SQLite, the demo's database, matches the
        words plainly in the texts of every language.
        """
        text = normalise_query(text)
        if not text:
            return self.annotate(rank=Value(0.0, output_field=FloatField()))
        if connection.vendor == "postgresql":
            from .search import compile_query

            compiled = compile_query(text)
            if compiled is None:
                return self.annotate(rank=Value(0.0, output_field=FloatField()))
            matching = PracticeSearch.objects.filter(practice_id=OuterRef("pk")).extra(
                where=["inventory_words(vector) @@ %s::tsquery"],
                params=[compiled.tsquery],
            )
            return self.filter(Exists(matching)).annotate(
                rank=Value(1.0, output_field=FloatField())
            )
        from siehub.text_search import query_words, variants

        # SQLite (the demo): each word, or any of its stems in the four languages and
        # two scripts ("famili" for "families", "ром" for "romi"), as a substring;
        # capitalised too, as SQLite folds the case of Latin letters only.
        condition = Q()
        for word in query_words(text):
            word_matches = Q()
            forms = {word, *variants(word)}
            for form in forms | {form[:1].upper() + form[1:] for form in forms}:
                word_matches |= Q(keywords__icontains=form)
                for code in LANGUAGE_CODES:
                    for field in ("title", "summary", "context", "activities"):
                        word_matches |= Q(**{f"{field}_{code}__icontains": form})
            condition &= word_matches
        return self.filter(condition).annotate(
            rank=Value(1.0, output_field=FloatField())
        )

    def similar_to_title(self, title: str, limit: int = 5):
        """Published practices whose title resembles `title` (to suggest an adaptation)."""
        title = normalise_query(title)
        if len(title) < 4:
            return self.none()
        published = self.published()
        if connection.vendor == "postgresql":
            similarity = Greatest(
                *[
                    TrigramWordSimilarity(title, f"title_{code}")
                    for code in LANGUAGE_CODES
                ]
            )
            similar = Q()
            for code in LANGUAGE_CODES:
                similar |= Q(**{f"title_{code}__trigram_word_similar": title})
            return (
                published.filter(similar)
                .annotate(similarity=similarity)
                .order_by("-similarity")[:limit]
            )
        words = [word for word in title.split() if len(word) > 3]
        condition = Q()
        for word in words:
            for code in LANGUAGE_CODES:
                condition |= Q(**{f"title_{code}__icontains": word})
        return published.filter(condition)[:limit] if words else self.none()


SLUG_MARK = "practice-slug-mark"


@lru_cache(maxsize=64)
def _detail_url(language, prefix) -> str:
    return reverse("inventory:practice-detail", kwargs={"slug": SLUG_MARK})


class Practice(Moderated, TranslatableModel):
    """A good practice against early school leaving, described by those who ran it."""

    # Translated sections, in the order the form and the page show them.
    SECTIONS = (
        "summary",
        "context",
        "objectives",
        "activities",
        "resources",
        "results",
        "transferability",
    )
    # What a practice needs, in its original language, before it can be submitted.
    REQUIRED_SECTIONS = ("summary", "context", "objectives", "activities", "results")
    TRANSLATED_FIELDS = ("title", *SECTIONS)

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences: what, for whom, result."),
    )
    context = models.TextField(
        _("context and needs"),
        blank=True,
        help_text=_("The school, the pupils and the problem the practice answers."),
    )
    objectives = models.TextField(_("objectives"), blank=True)
    activities = models.TextField(
        _("activities"), blank=True, help_text=_("What was done, by whom, how often.")
    )
    resources = models.TextField(
        _("resources"),
        blank=True,
        help_text=_("People, time, money and materials needed."),
    )
    results = models.TextField(
        _("results and evidence"),
        blank=True,
        help_text=_(
            "What changed, and how you know it (attendance, grades, drop-out)."
        ),
    )
    transferability = models.TextField(
        _("transferability"),
        blank=True,
        help_text=_("What another school needs to know to do the same."),
    )
    original_language = models.CharField(
        _("original language"), max_length=5, choices=language_choices, default="en"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.DRAFT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="practices",
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="practices",
    )
    country = models.CharField(_("country"), max_length=2, choices=Country)
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), related_name="practices"
    )
    measure_types = models.ManyToManyField(
        MeasureType, verbose_name=_("types of measure"), related_name="practices"
    )
    areas = models.ManyToManyField(
        Area, verbose_name=_("whole-school areas"), related_name="practices"
    )
    education_levels = models.ManyToManyField(
        EducationLevel, verbose_name=_("education levels"), related_name="practices"
    )
    evidence_level = models.ForeignKey(
        EvidenceLevel,
        verbose_name=_("evidence level"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="practices",
    )
    scale = models.CharField(
        _("scale"), max_length=20, choices=Scale, default=Scale.SCHOOL
    )
    duration = models.CharField(_("duration"), max_length=150, blank=True)
    keywords = models.CharField(
        _("keywords"), max_length=250, blank=True, help_text=_("Separated by commas.")
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence, default=Licence.CC_BY
    )
    no_personal_data = models.BooleanField(
        _("no personal data of pupils"),
        default=False,
        help_text=_(
            "I confirm that the text and attachments contain no personal data of pupils "
            "(names, photos, health or family details)."
        ),
    )
    cover = cover_field("PracticePicture")
    video_url = video_field()
    featured = models.BooleanField(_("featured"), default=False)
    adaptation_count = models.PositiveIntegerField(
        _("published adaptations"), default=0
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["-published_at", "-created_at"]
        permissions = [("review", _("Can review and publish practices"))]
        indexes = [
            models.Index(
                fields=["status", "-published_at"], name="inventory_pr_newest"
            ),
            models.Index(
                fields=["status", "-adaptation_count", "-published_at"],
                name="inventory_pr_most_adapted",
            ),
            models.Index(fields=["status", "country"], name="inventory_pr_country"),
            models.Index(
                fields=["status", "evidence_level"], name="inventory_pr_evidence"
            ),
            models.Index(fields=["author", "-updated_at"], name="inventory_pr_author"),
            models.Index(fields=["status", "submitted_at"], name="inventory_pr_queue"),
            # An organisation's and a member's published practices (their pages count
            # and list them from the index alone).
            # The home page's latest practices, featured first.
            models.Index(
                fields=["-featured", "-published_at"],
                condition=Q(status="published"),
                name="inventory_pr_featured",
            ),
            models.Index(
                fields=["organisation", "-published_at"],
                condition=Q(status="published"),
                name="inventory_pr_org_published",
            ),
            models.Index(
                fields=["author", "-published_at"],
                condition=Q(status="published"),
                name="inventory_pr_author_published",
            ),
        ] + [
            # "Available in <language>" filters: only the published rows with a title.
            models.Index(
                fields=["-published_at"],
                condition=Q(status="published", **{f"title_{code}__gt": ""}),
                name=f"inventory_pr_lang_{code}",
            )
            for code in LANGUAGE_CODES
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="inventory_practice_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(no_personal_data=True),
                name="inventory_practice_submitted_confirms_no_personal_data",
            ),
        ]

    def get_country_display(self):
        return country_name(self.country)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # One reverse() per language, not one per practice of a list.
        return _detail_url(get_language(), get_script_prefix()).replace(
            SLUG_MARK, self.slug
        )

    @property
    def available_languages(self):
        return [code for code in LANGUAGE_CODES if getattr(self, f"title_{code}", "")]

    @property
    def keyword_list(self):
        return [word.strip() for word in self.keywords.split(",") if word.strip()]


# What a link to a practice from another page reads (`{% translated practice "title" %}`
# and its URL): no body text.
PRACTICE_LINK_FIELDS = (
    "slug",
    "original_language",
    "title",
    *translation_fields("title"),
)


class PracticeSearch(models.Model):
    """What the list and its search read of a published practice, one narrow row each:
    its words in every language, analysed (siehub.text_search) into one weighted vector
    (titles A, summaries and keywords B, sections C, its vocabulary terms D) and a head
    without the sections (what a RUM index ranks), its facets, and the columns the list
    sorts by. Written by `inventory.search.index_practices` whenever what is published
    changes (PostgreSQL)."""

    practice = models.OneToOneField(
        Practice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
    )
    vector = SearchVectorField(null=True)
    head = SearchVectorField(null=True)
    # "country:MK", "target_group:roma", "language:bg"…: what the facets count.
    facets = ArrayField(models.TextField(), default=list)
    published_at = models.DateTimeField()
    adaptation_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["-published_at"], name="inventory_ps_newest"),
            models.Index(
                fields=["-adaptation_count", "-published_at"],
                name="inventory_ps_adapted",
            ),
        ]

    def __str__(self):
        return str(self.practice_id)


class FacetCount(models.Model):
    """How many published practices carry a facet (`facet`) among those that carry
    another (`given`; "*" for all): the facet counts of the unfiltered list and of a list
    filtered on one value, read from a few hundred rows instead of counted over the
    inventory. Kept exact by `inventory.search.index_practices`, in the transaction that
    rewrites the practice's search entry."""

    given = models.CharField(max_length=80)
    facet = models.CharField(max_length=80)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["given", "facet"], name="inventory_facetcount_pair"
            )
        ]

    def __str__(self):
        return f"{self.facet} | {self.given}: {self.count}"


class SearchWord(models.Model):
    """A word of the published texts as analysed (its lexeme) and as written: when a
    query's word is found nowhere, the closest lexemes (trigram similarity, indexed) are
    what the reader probably meant."""

    lexeme = models.CharField(_("lexeme"), max_length=60, primary_key=True)
    word = models.CharField(_("word"), max_length=60)
    practice_count = models.PositiveIntegerField(_("practices"), default=0)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word


class PracticeReview(Practice):
    """The review queue in admin: the practices waiting for a curator."""

    class Meta:
        proxy = True
        verbose_name = _("practice to review")
        verbose_name_plural = _("review queue: practices")


class Attachment(models.Model):
    class Kind(models.TextChoices):
        DOCUMENT = "document", _("Document")
        PRESENTATION = "presentation", _("Presentation")
        IMAGE = "image", _("Image")
        VIDEO = "video", _("Video")
        LINK = "link", _("Web page")

    practice = models.ForeignKey(
        Practice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    file = models.FileField(
        _("file"), upload_to="inventory/attachments/%Y/%m/", blank=True, max_length=250
    )
    url = models.URLField(_("link"), blank=True, max_length=500)
    content_type = models.CharField(_("content type"), max_length=120, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="inventory_attachment_file_or_link",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.url:
            return self.url
        return reverse("inventory:attachment-download", kwargs={"pk": self.pk})


class PracticePicture(Picture):
    """A picture of a practice: its gallery, one of which may be its cover."""

    PICTURE_FOLDER = "inventory/pictures"

    practice = models.ForeignKey(
        Practice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="pictures",
    )

    class Meta(Picture.Meta):
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")
        indexes = [
            models.Index(
                fields=["practice", "position"], name="inventory_picture_order"
            )
        ]


class AdaptationQuerySet(ModeratedQuerySet):
    def outcomes_editable_by(self, user):
        """The published adaptations whose outcomes this member may still report: their
        own (results come months after the start, without a new review)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(author=user, status=Status.PUBLISHED)


class Adaptation(Moderated, TranslatableModel):
    """How another school adapted a practice: the second level of collection."""

    SECTIONS = ("context", "changes", "results", "lessons")
    REQUIRED_SECTIONS = ("context", "changes", "results")
    # What the author may still add once the adaptation is published: what came of it.
    # The rest (what differed, what was changed) was reviewed and stays as published.
    OUTCOME_SECTIONS = ("results", "lessons")
    OUTCOME_FIELDS = ("period",)
    TRANSLATED_FIELDS = ("title", *SECTIONS)

    practice = models.ForeignKey(
        Practice,
        verbose_name=_("original practice"),
        on_delete=models.PROTECT,
        related_name="adaptations",
    )
    title = models.CharField(_("title"), max_length=200)
    school = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("adapting school or organisation"),
        on_delete=models.PROTECT,
        related_name="adaptations",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="adaptations",
    )
    context = models.TextField(
        _("context"),
        blank=True,
        help_text=_(
            "What differs from the original: pupils, country, language, means."
        ),
    )
    changes = models.TextField(_("what was changed and why"), blank=True)
    results = models.TextField(_("results"), blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    period = models.CharField(
        _("period"),
        max_length=100,
        blank=True,
        help_text=_("For example: 2022/2023 school year."),
    )
    original_language = models.CharField(
        _("original language"), max_length=5, choices=language_choices, default="en"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.DRAFT
    )
    no_personal_data = models.BooleanField(
        _("no personal data of pupils"),
        default=False,
        help_text=_(
            "I confirm that the text contains no personal data of pupils "
            "(names, photos, health or family details)."
        ),
    )
    cover = cover_field("AdaptationPicture")
    video_url = video_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = AdaptationQuerySet.as_manager()

    class Meta:
        verbose_name = _("adaptation")
        verbose_name_plural = _("adaptations")
        ordering = ["-published_at", "-created_at"]
        indexes = [
            models.Index(fields=["practice", "status"], name="inventory_ad_practice"),
            models.Index(fields=["school", "status"], name="inventory_ad_school"),
            models.Index(fields=["author", "-updated_at"], name="inventory_ad_author"),
            models.Index(fields=["status", "submitted_at"], name="inventory_ad_queue"),
            models.Index(
                fields=["author", "-published_at"],
                condition=Q(status="published"),
                name="inventory_ad_author_published",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="inventory_adaptation_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(no_personal_data=True),
                name="inventory_adaptation_submitted_confirms_no_personal_data",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("inventory:adaptation-detail", kwargs={"pk": self.pk})


class AdaptationPicture(Picture):
    """A picture of an adaptation: its gallery, one of which may be its cover."""

    PICTURE_FOLDER = "inventory/pictures"

    adaptation = models.ForeignKey(
        Adaptation,
        verbose_name=_("adaptation"),
        on_delete=models.CASCADE,
        related_name="pictures",
    )

    class Meta(Picture.Meta):
        verbose_name = _("picture of an adaptation")
        verbose_name_plural = _("pictures of adaptations")
        indexes = [
            models.Index(
                fields=["adaptation", "position"], name="inventory_adaptpicture_order"
            )
        ]


class Indicator(models.TextChoices):
    """What a school can measure of an adaptation, before and after (VOCABULARY.md)."""

    ATTENDANCE = "attendance", _("Attendance rate")
    ABSENCES = "absences", _("Unexcused absences per pupil")
    EARLY_LEAVERS = "early_leavers", _("Pupils who left school early")
    PUPILS_REACHED = "pupils_reached", _("Pupils reached")
    REPETITION = "repetition", _("Grade repetition rate")


# Indicators given as a share of pupils (0-100 %), and those that count pupils (whole
# numbers); unexcused absences are days per pupil.
PERCENT_INDICATORS = (Indicator.ATTENDANCE, Indicator.REPETITION)
PUPIL_COUNT_INDICATORS = (Indicator.EARLY_LEAVERS, Indicator.PUPILS_REACHED)


def indicator_unit(indicator: str) -> str:
    """How an indicator is counted: "percent", "pupils" or "days" (per pupil)."""
    if indicator in PERCENT_INDICATORS:
        return "percent"
    if indicator in PUPIL_COUNT_INDICATORS:
        return "pupils"
    return "days"


class Measurement(models.TextChoices):
    SELF_REPORTED = "self_reported", _("Self-reported by the school")
    MONITORED = "monitored", _("Monitored in school records")
    EVALUATED = "evaluated", _("Evaluated independently")


class OutcomeIndicatorQuerySet(models.QuerySet):
    def published(self):
        return self.filter(adaptation__status=Status.PUBLISHED)

    def summary(self) -> list[dict]:
        """Per indicator: how many schools reported it, the mean before and after, and
        how many measured it in each way, in one query."""
        rows = (
            self.order_by()
            .values("indicator")
            .annotate(
                schools=models.Count("adaptation__school", distinct=True),
                reports=models.Count("pk"),
                baseline_mean=models.Avg("baseline"),
                result_mean=models.Avg("result"),
                evaluated=models.Count(
                    "pk", filter=Q(measurement=Measurement.EVALUATED)
                ),
                monitored=models.Count(
                    "pk", filter=Q(measurement=Measurement.MONITORED)
                ),
                self_reported=models.Count(
                    "pk", filter=Q(measurement=Measurement.SELF_REPORTED)
                ),
            )
        )
        order = {value: index for index, value in enumerate(Indicator.values)}
        summary = []
        for row in sorted(rows, key=lambda row: order[row["indicator"]]):
            row["label"] = Indicator(row["indicator"]).label
            row["baseline_mean"] = round(float(row["baseline_mean"]), 1)
            row["result_mean"] = round(float(row["result_mean"]), 1)
            row["change"] = round(row["result_mean"] - row["baseline_mean"], 1)
            summary.append(row)
        return summary


class OutcomeIndicator(models.Model):
    """A figure an adapting school reports: the indicator at the start (baseline) and at
    the end of a period, and how it was measured."""

    adaptation = models.ForeignKey(
        Adaptation,
        verbose_name=_("adaptation"),
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    indicator = models.CharField(_("indicator"), max_length=20, choices=Indicator)
    baseline = models.DecimalField(_("before"), max_digits=7, decimal_places=1)
    result = models.DecimalField(_("after"), max_digits=7, decimal_places=1)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    measurement = models.CharField(
        _("how it was measured"), max_length=20, choices=Measurement
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OutcomeIndicatorQuerySet.as_manager()

    class Meta:
        verbose_name = _("outcome indicator")
        verbose_name_plural = _("outcome indicators")
        ordering = ["adaptation", "indicator"]
        constraints = [
            models.UniqueConstraint(
                fields=["adaptation", "indicator"],
                name="inventory_indicator_once_per_adaptation",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gt=models.F("period_start")),
                name="inventory_indicator_period_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(baseline__gte=0, result__gte=0),
                name="inventory_indicator_not_negative",
            ),
            models.CheckConstraint(
                condition=~Q(indicator__in=PERCENT_INDICATORS)
                | Q(baseline__lte=100, result__lte=100),
                name="inventory_indicator_percent_at_most_100",
            ),
        ]

    def __str__(self):
        return f"{self.adaptation} · {self.get_indicator_display()}"

    def get_absolute_url(self):
        return self.adaptation.get_absolute_url()


class StatusChange(models.Model):
    """Audit trail: one row for every transition of a practice or an adaptation."""

    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="status_changes",
    )
    adaptation = models.ForeignKey(
        Adaptation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="status_changes",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    from_status = models.CharField(_("from"), max_length=20, choices=Status)
    to_status = models.CharField(_("to"), max_length=20, choices=Status)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(practice__isnull=True) ^ Q(adaptation__isnull=True),
                name="inventory_statuschange_one_subject",
            ),
        ]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class Revision(models.Model):
    """An edit of a published practice or adaptation: who changed which fields, from what
    to what (a curator in admin, or an author adding the outcomes of an adaptation)."""

    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="revisions",
    )
    adaptation = models.ForeignKey(
        Adaptation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="revisions",
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editor"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    changes = models.JSONField(_("changes"), default=dict)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("edit after publication")
        verbose_name_plural = _("edits after publication")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(practice__isnull=True) ^ Q(adaptation__isnull=True),
                name="inventory_revision_one_subject",
            ),
        ]

    def __str__(self):
        return ", ".join(sorted(self.changes))

    @property
    def subject(self):
        return self.practice or self.adaptation


class CommentQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(is_hidden=False)


class Comment(models.Model):
    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
    )
    adaptation = models.ForeignKey(
        Adaptation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="inventory_comments",
    )
    body = models.TextField(_("comment"), max_length=3000)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    report_count = models.PositiveIntegerField(_("reports"), default=0)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["practice", "is_hidden", "created_at"], name="inventory_cm_pr"
            ),
            models.Index(
                fields=["adaptation", "is_hidden", "created_at"], name="inventory_cm_ad"
            ),
            models.Index(fields=["-report_count"], name="inventory_cm_reported"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(practice__isnull=True) ^ Q(adaptation__isnull=True),
                name="inventory_comment_one_subject",
            ),
        ]

    def __str__(self):
        return self.body[:60]

    @property
    def subject(self):
        return self.practice or self.adaptation


class CommentReport(models.Model):
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)

    class Meta:
        verbose_name = _("comment report")
        verbose_name_plural = _("comment reports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="inventory_commentreport_once"
            ),
        ]

    def __str__(self):
        return f"{self.reporter} → {self.comment}"


class GatheredPractice(models.Model):
    """A published practice that members of a professional community gathered for it.

    It lives here, not in the network, because the network sits below the inventory: a
    community page lists `community.gathered_practices` through this reverse relation.
    """

    community = models.ForeignKey(
        "network.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="gathered_practices",
    )
    practice = models.ForeignKey(
        Practice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="gatherings",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.CharField(_("why it matters"), max_length=300, blank=True)
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("gathered practice")
        verbose_name_plural = _("gathered practices")
        ordering = ["-added_at", "-pk"]
        indexes = [
            models.Index(
                fields=["community", "-added_at"], name="inventory_gathered_list"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["community", "practice"], name="inventory_gathered_once"
            ),
        ]

    def __str__(self):
        return f"{self.practice} · {self.community}"

    def get_absolute_url(self):
        return self.practice.get_absolute_url()


class Compendium(models.Model):
    """A generated PDF of the published inventory in one language."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Being generated")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    language = models.CharField(_("language"), max_length=5, choices=language_choices)
    state = models.CharField(
        _("state"), max_length=10, choices=State, default=State.PENDING
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    file = models.FileField(_("file"), upload_to="inventory/compendium/", blank=True)
    practice_count = models.PositiveIntegerField(_("practices"), default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("compendium")
        verbose_name_plural = _("compendia")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["language", "-created_at"], name="inventory_cp_lang")
        ]

    def __str__(self):
        return f"{self.get_language_display()} · {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self):
        return reverse("inventory:compendium-detail", kwargs={"pk": self.pk})
