"""Writes of the network app: partner coordinators add and edit the organisations of their
network on the site."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from siehub.i18n import LANGUAGE_CODES

from ..models import Organisation, User

# What a coordinator may set; `partner`, `is_partner`, `slug` and the coordinators are
# the server's (or the curators', in admin).
EDITABLE_FIELDS = (
    "name",
    "kind",
    "country",
    "city",
    "address",
    "website",
    "email",
    "phone",
    "education_levels",
    "pupil_count",
    "vulnerable_share",
    "instruction_languages",
)

# Cyrillic of the region (Macedonian, Bulgarian, Serbian, Russian, Ukrainian) in Latin
# letters, so that a slug made of a Cyrillic name still says something.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "ђ": "dj", "е": "e",
    "ё": "yo", "є": "ye", "ж": "zh", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "yi",
    "й": "y", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj", "ћ": "c", "у": "u",
    "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "џ": "dz", "ш": "sh",
    "щ": "sht", "ъ": "a", "ы": "y", "ь": "y", "э": "e", "ю": "yu", "я": "ya", "ґ": "g",
}  # fmt: skip
SLUG_MAX = 190  # room for a "-<n>" suffix within the field's 200 characters


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin (keeping the case of the first letter)."""
    out = []
    for char in text:
        latin = CYRILLIC_TO_LATIN.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def organisation_slug_base(name: str) -> str:
    """An ASCII slug of a name in any of the platform's scripts; never empty."""
    base = slugify(transliterate(name), allow_unicode=False)[:SLUG_MAX].strip("-")
    return base or "organisation"


def _free_slug(base: str, exclude_pk=None) -> str:
    taken = set(
        Organisation.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def coordinated_partners(user: User):
    """The partner organisations whose networks `user` coordinates."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.partners().filter(coordinators=user).order_by("name")


def _apply(organisation: Organisation, data: dict, language: str) -> None:
    for field in EDITABLE_FIELDS:
        if field in data:
            value = data[field]
            if isinstance(value, str):
                value = value.strip()
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
    base = organisation_slug_base(organisation.name)
    for _attempt in range(5):
        organisation.slug = _free_slug(base)
        organisation.full_clean(exclude=["slug"])
        try:
            # A savepoint: two coordinators adding the same name at once must not
            # break the transaction; the second one takes the next free slug.
            with transaction.atomic():
                organisation.save()
        except IntegrityError:
            if not Organisation.objects.filter(slug=organisation.slug).exists():
                raise
            organisation.pk = None
            continue
        return organisation
    raise IntegrityError("No free slug for this organisation name.")


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
    return organisation
