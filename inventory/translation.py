from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, register

from siehub import translating

from .models import (
    Adaptation,
    AdaptationPicture,
    EvidenceLevel,
    MeasureType,
    Practice,
    PracticePicture,
    PracticeReview,
    TargetGroup,
)


@register([MeasureType, TargetGroup, EvidenceLevel])
class TermTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    fields = Practice.TRANSLATED_FIELDS
    # Written in any of the four languages: services check the original language.
    required_languages = ()


@register(Adaptation)
class AdaptationTranslationOptions(TranslationOptions):
    fields = Adaptation.TRANSLATED_FIELDS
    required_languages = ()


@register([PracticePicture, AdaptationPicture])
class PictureTranslationOptions(TranslationOptions):
    # Written in the language of the practice; translated like its texts.
    fields = PracticePicture.TRANSLATED_FIELDS
    required_languages = ()


@register(PracticeReview)
class PracticeReviewTranslationOptions(TranslationOptions):
    fields = ()


# The translation workflow (siehub.translating): the same fields, published ones only.
translating.register(
    Practice,
    key="practice",
    label=_("practice"),
    label_plural=_("practices"),
    fields=Practice.TRANSLATED_FIELDS,
    html_fields=Practice.SECTIONS,
    public=lambda queryset: queryset.published(),
    after_change="inventory.services.practices.practices_texts_changed",
    children=lambda practice: practice.pictures.all(),
)
translating.register(
    Adaptation,
    key="adaptation",
    label=_("adaptation"),
    label_plural=_("adaptations"),
    fields=Adaptation.TRANSLATED_FIELDS,
    html_fields=Adaptation.SECTIONS,
    public=lambda queryset: queryset.published(),
    children=lambda adaptation: adaptation.pictures.all(),
)
translating.register(
    PracticePicture,
    key="practice-picture",
    label=_("picture of a practice"),
    label_plural=_("pictures of practices"),
    fields=PracticePicture.TRANSLATED_FIELDS,
    original_language=lambda picture: picture.practice.original_language,
    public=lambda queryset: queryset.filter(practice__status="published"),
    title_field="alt_text",
)
translating.register(
    AdaptationPicture,
    key="adaptation-picture",
    label=_("picture of an adaptation"),
    label_plural=_("pictures of adaptations"),
    fields=AdaptationPicture.TRANSLATED_FIELDS,
    original_language=lambda picture: picture.adaptation.original_language,
    public=lambda queryset: queryset.filter(adaptation__status="published"),
    title_field="alt_text",
)
