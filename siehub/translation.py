from modeltranslation.translator import TranslationOptions, register

from .models import Area, EducationLevel, Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "body")


@register([Area, EducationLevel])
class TermTranslationOptions(TranslationOptions):
    """The shared vocabularies' names and descriptions (the inventory's own vocabularies
    register the same fields)."""

    fields = ("name", "description")
