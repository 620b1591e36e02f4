from modeltranslation.translator import TranslationOptions, register

from .models import Mobility, Photo, Session


@register(Mobility)
class MobilityTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "report")


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = ("caption", "alt_text")
