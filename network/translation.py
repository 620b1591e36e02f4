from modeltranslation.translator import TranslationOptions, register

from .models import Community, Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    # A name and a city are read in the reader's script: "Битола", "Sofia", "София".
    fields = ("name", "city", "description")
    # Written in any one language; the others may follow.
    required_languages = ()


@register(Community)
class CommunityTranslationOptions(TranslationOptions):
    fields = ("name", "description")
