from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, register

from siehub import translating

from .models import Community, Organisation, Post


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    # A name and a city are read in the reader's script: "Битола", "Sofia", "София".
    fields = ("name", "city", "description")
    # Written in any one language; the others may follow.
    required_languages = ()


@register(Community)
class CommunityTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Post)
class PostTranslationOptions(TranslationOptions):
    fields = ("body",)
    required_languages = ()


# The translation workflow (siehub.translating): descriptions, and the discussions of
# active communities. Names of organisations are translated by people.
translating.register(
    Organisation,
    key="organisation",
    label=_("organisation"),
    label_plural=_("organisations"),
    fields=("description",),
    title_field="name",
)
translating.register(
    Community,
    key="community",
    label=_("community"),
    label_plural=_("communities"),
    fields=("name", "description"),
    public=lambda queryset: queryset.active(),
    title_field="name",
)
translating.register(
    Post,
    key="post",
    label=_("community post"),
    label_plural=_("community posts"),
    fields=("body",),
    html_fields=("body",),
    public=lambda queryset: queryset.visible().filter(community__is_active=True),
    title_field="body",
)
