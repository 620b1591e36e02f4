from modeltranslation.translator import TranslationOptions, register

from .models import Community, Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(Community)
class CommunityTranslationOptions(TranslationOptions):
    fields = ("name", "description")
