"""What partner coordinators do on the site (network.views.coordination): add and edit
the organisations of their network, and name the translators of their languages, members
of their network who then translate and review the platform's texts (siehub.translating).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from siehub import translating
from siehub.i18n import LANGUAGE_CODES
from siehub.services import absolute_url, notify
from siehub.text import save_with_unique_slug

from ..models import Organisation, Translator, User
from ..permissions import (
    can_coordinate_partner,
    can_manage_network,
    can_name_translator,
    can_remove_translator,
)

# What a coordinator may set; `partner`, `is_partner`, `slug` and the coordinators are
# the server's (or the curators', in admin). The name and city are written in the
# coordinator's language, the other languages' kept.
TRANSLATED_FIELDS = ("name", "city")
EDITABLE_FIELDS = (
    *TRANSLATED_FIELDS,
    "kind",
    "country",
    "address",
    "website",
    "email",
    "phone",
    "education_levels",
    "pupil_count",
    "vulnerable_share",
    "instruction_languages",
)
# Links to the core's vocabularies (siehub.models), set after the row is saved.
LINKED_FIELDS = ("education_levels",)


def coordinated_partners(user: User):
    """The partner organisations whose networks `user` coordinates, by name."""
    return Organisation.objects.coordinated_by(user).by_name()


def _apply(organisation: Organisation, data: dict, language: str) -> None:
    for field in EDITABLE_FIELDS:
        if field in data and field not in LINKED_FIELDS:
            value = data[field]
            if isinstance(value, str):
                value = value.strip()
            if field in TRANSLATED_FIELDS:
                field = f"{field}_{language}"
            setattr(organisation, field, value)
    if "description" in data:
        had_description = any(
            getattr(organisation, f"description_{code}", "") for code in LANGUAGE_CODES
        )
        setattr(
            organisation, f"description_{language}", (data["description"] or "").strip()
        )
        if not had_description:
            organisation.original_language = language


def _apply_links(organisation: Organisation, data: dict) -> None:
    """The vocabulary links, once the organisation has a row (the form gives terms)."""
    for field in LINKED_FIELDS:
        if field in data:
            getattr(organisation, field).set(data[field])


@transaction.atomic
def organisation_create(
    *, coordinator: User, partner: Organisation, data: dict, language: str
) -> Organisation:
    """Add a school (or another organisation) to the network of a partner `coordinator`
    coordinates; its description is in `language`, its slug made unique from its name."""
    if not can_coordinate_partner(coordinator, partner):
        raise PermissionDenied
    organisation = Organisation(partner=partner, is_partner=False)
    _apply(organisation, data, language)
    organisation.original_language = language
    organisation.full_clean(exclude=["slug"])
    save_with_unique_slug(
        organisation, getattr(organisation, f"name_{language}"), fallback="organisation"
    )
    _apply_links(organisation, data)
    translating.text_changed(obj=organisation)
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, editor: User, data: dict, language: str
) -> Organisation:
    """Save a coordinator's edit of an organisation of their network. The slug (its
    address) stays; the partner network and the partner status cannot be changed here."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if not can_manage_network(editor, organisation):
        raise PermissionDenied
    _apply(organisation, data, language)
    organisation.full_clean()
    organisation.save()
    _apply_links(organisation, data)
    # In another language than the original, the description is a person's translation.
    translating.record_edits(
        obj=organisation, columns=[f"description_{language}"], editor=editor
    )
    return organisation


# Translators ----------------------------------------------------------------------------


def nameable_members(coordinator):
    """The members a coordinator may name: active ones of the organisations they manage."""
    return User.objects.filter(
        organisation__in=Organisation.objects.managed_by(coordinator),
        is_active=True,
        deleted_at__isnull=True,
    )


@transaction.atomic
def translator_name(*, coordinator, partner, user, language: str) -> Translator:
    """Name `user` a translator into `language` for `partner`, which `coordinator`
    coordinates: a language of the partner, unless the coordinator is a curator (who
    names anyone in admin too); the member is told by mail, in their language."""
    if not can_coordinate_partner(coordinator, partner):
        raise PermissionDenied
    if not nameable_members(coordinator).filter(pk=user.pk).exists():
        raise PermissionDenied
    if not can_name_translator(coordinator, partner, language):
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
    if not can_remove_translator(coordinator, translator):
        raise PermissionDenied
    translator.delete()
