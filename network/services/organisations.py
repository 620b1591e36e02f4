"""Writes of the network app: partner coordinators add and edit the organisations of their
network on the site."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from siehub import translating
from siehub.i18n import LANGUAGE_CODES
from siehub.text import save_with_unique_slug

from ..models import Organisation, User

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


def coordinated_partners(user: User):
    """The partner organisations whose networks `user` coordinates, by name."""
    return Organisation.objects.coordinated_by(user).by_name()


def _apply(organisation: Organisation, data: dict, language: str) -> None:
    for field in EDITABLE_FIELDS:
        if field in data:
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


@transaction.atomic
def organisation_create(
    *, coordinator: User, partner: Organisation, data: dict, language: str
) -> Organisation:
    """Add a school (or another organisation) to the network of a partner `coordinator`
    coordinates; its description is in `language`, its slug made unique from its name."""
    if not coordinated_partners(coordinator).filter(pk=partner.pk).exists():
        raise PermissionDenied
    organisation = Organisation(partner=partner, is_partner=False)
    _apply(organisation, data, language)
    organisation.original_language = language
    organisation.full_clean(exclude=["slug"])
    save_with_unique_slug(
        organisation, getattr(organisation, f"name_{language}"), fallback="organisation"
    )
    translating.text_changed(obj=organisation)
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, editor: User, data: dict, language: str
) -> Organisation:
    """Save a coordinator's edit of an organisation of their network. The slug (its
    address) stays; the partner network and the partner status cannot be changed here."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if not Organisation.objects.managed_by(editor).filter(pk=organisation.pk).exists():
        raise PermissionDenied
    _apply(organisation, data, language)
    organisation.full_clean()
    organisation.save()
    # In another language than the original, the description is a person's translation.
    translating.record_edits(
        obj=organisation, columns=[f"description_{language}"], editor=editor
    )
    return organisation
