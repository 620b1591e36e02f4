from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, register

from siehub import translating

from .models import (
    Adaptation,
    Area,
    EducationLevel,
    EvidenceLevel,
    MeasureType,
    Practice,
    PracticeReview,
    TargetGroup,
)


@register([Area, MeasureType, TargetGroup, EducationLevel, EvidenceLevel])
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
    after_change="inventory.services.practices_texts_changed",
)
translating.register(
    Adaptation,
    key="adaptation",
    label=_("adaptation"),
    label_plural=_("adaptations"),
    fields=Adaptation.TRANSLATED_FIELDS,
    html_fields=Adaptation.SECTIONS,
    public=lambda queryset: queryset.published(),
)
