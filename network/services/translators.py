"""Partners name the translators of their languages: members of their network who then
translate and review the platform's texts (siehub.translating)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from siehub.countries import COUNTRY_LANGUAGES
from siehub.i18n import LANGUAGE_CODES
from siehub.services import absolute_url, notify

from ..models import Organisation, Translator, User


def nameable_members(coordinator):
    """The members a coordinator may name: active ones of the organisations they manage."""
    return User.objects.filter(
        organisation__in=Organisation.objects.managed_by(coordinator),
        is_active=True,
        deleted_at__isnull=True,
    )


def partner_languages(partner) -> list[str]:
    """The languages a partner names translators of: its country's, and English, the
    partnership's common language that every partner writes."""
    own = COUNTRY_LANGUAGES.get(partner.country)
    return [code for code in LANGUAGE_CODES if code in (own, "en")]


@transaction.atomic
def translator_name(*, coordinator, partner, user, language: str) -> Translator:
    """Name `user` a translator into `language` for `partner`, which `coordinator`
    coordinates: a language of the partner, unless the coordinator is a curator (who
    names anyone in admin too); the member is told by mail, in their language."""
    if (
        not Organisation.objects.coordinated_by(coordinator)
        .filter(pk=partner.pk)
        .exists()
    ):
        raise PermissionDenied
    if not nameable_members(coordinator).filter(pk=user.pk).exists():
        raise PermissionDenied
    if language not in partner_languages(partner) and not coordinator.has_perm(
        "network.add_translator"
    ):
        raise ValidationError(
            _(
                "A partner names translators into its own country's language and into "
                "English; a curator names those of other languages."
            )
        )
    try:
        with transaction.atomic():
            translator = Translator.objects.create(
                user=user, language=language, partner=partner, named_by=coordinator
            )
    except IntegrityError:
        raise ValidationError(
            _("%(name)s already translates into this language.")
            % {"name": user.public_name}
        ) from None
    with translation.override(user.preferred_language):
        link = reverse("translation-queue", kwargs={"language": language})
    notify(
        user,
        "network_translator_named",
        link=absolute_url(link),
        translator=translator,
        partner_name=partner.name,
    )
    return translator


@transaction.atomic
def translator_remove(*, coordinator, translator: Translator) -> None:
    """End a translator's role; only a coordinator of the partner that named them."""
    if not Translator.objects.named_by(coordinator).filter(pk=translator.pk).exists():
        raise PermissionDenied
    translator.delete()
