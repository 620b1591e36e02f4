from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, register

from siehub import translating

from .models import Mobility, MobilityStatus, Photo, Session


@register(Mobility)
class MobilityTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "report", "venue", "city")


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description", "location")


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = Photo.TRANSLATED_FIELDS


# The translation workflow (siehub.translating): descriptions and programmes of the
# events visitors see; venues and cities are names, translated by people.
translating.register(
    Mobility,
    key="mobility",
    label=_("mobility"),
    label_plural=_("mobilities"),
    fields=("title", "summary", "description", "report"),
    html_fields=("report",),
    public=lambda queryset: queryset.published(),
    children=lambda mobility: [*mobility.sessions.all(), *mobility.photos.all()],
)
translating.register(
    Session,
    key="session",
    label=_("programme session"),
    label_plural=_("programme sessions"),
    fields=("title", "description"),
    original_language=lambda session: session.mobility.original_language,
    public=lambda queryset: queryset.filter(
        mobility__status__in=[MobilityStatus.PUBLISHED, MobilityStatus.CANCELLED]
    ),
)
translating.register(
    Photo,
    key="photo",
    label=_("photo of an event"),
    label_plural=_("photos of events"),
    fields=Photo.TRANSLATED_FIELDS,
    original_language=lambda photo: photo.mobility.original_language,
    public=lambda queryset: queryset.filter(
        mobility__status__in=[MobilityStatus.PUBLISHED, MobilityStatus.CANCELLED]
    ),
    title_field="alt_text",
)
