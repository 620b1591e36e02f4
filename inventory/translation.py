from modeltranslation.translator import TranslationOptions, register

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
