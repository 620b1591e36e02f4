"""Gathering practices into professional communities."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from network.models import Community, Membership
from siehub.i18n import translated_field

from ..models import (
    GatheredPractice,
    Practice,
    Status,
)
from ..permissions import can_remove_gathered_practice

# Professional communities ----------------------------------------------------------------


@transaction.atomic
def practice_gather(
    *, practice: Practice, community: Community, user, note: str = ""
) -> GatheredPractice:
    """Gather a published practice into a community the user is a member of (once)."""
    if practice.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published practice can be gathered."))
    if not community.is_active:
        raise ValidationError(_("This community is closed."))
    if not Membership.objects.filter(community=community, user=user).exists():
        raise ValidationError(_("Join the community to gather practices for it."))
    try:
        with transaction.atomic():
            return GatheredPractice.objects.create(
                community=community,
                practice=practice,
                added_by=user,
                note=" ".join((note or "").split())[:300],
            )
    except IntegrityError:
        raise ValidationError(
            _("This practice is already gathered in “%(community)s”.")
            % {"community": translated_field(community, "name")["value"]}
        ) from None


@transaction.atomic
def gathered_practice_remove(*, gathered: GatheredPractice, user) -> None:
    """Take a practice out of a community (its facilitators and curators only)."""
    if not can_remove_gathered_practice(user, gathered):
        raise PermissionDenied
    gathered.delete()
