from modeltranslation.translator import TranslationOptions, register

from .models import Mobility, Photo, Session


@register(Mobility)
class MobilityTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "report", "venue", "city")


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description", "location")


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = ("caption", "alt_text")
