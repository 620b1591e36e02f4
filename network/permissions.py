"""Who may do what in the network: coordinating partners and organisations, deciding
members' claims, naming translators, writing to members, and the professional
communities with their discussion. Views, services and templates ask these predicates
(siehub.permissions says how); the reads of the same rules are the QuerySets'
(`Organisation.objects.coordinated_by/managed_by`, `Community.objects.visible_to/
editable_by`, `User.objects.visible_to`).

A partner coordinator is a coordinator of a partner organisation
(`Organisation.objects.coordinated_by(user)`), and `can_coordinate_partner` is the one
place that asks it. What a user coordinates is read once per user object, so once per
request, as Django keeps the answers of `has_perm` on the user: a page asks as often as
it needs to. Whoever changes a user's coordinators and asks again takes a fresh user
object (as after a change of permissions).
"""

from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from siehub.countries import COUNTRY_LANGUAGES
from siehub.i18n import LANGUAGE_CODES

from .models import Membership, Organisation

CLAIM_PERMISSION = "network.change_organisationclaim"
TRANSLATOR_PERMISSION = "network.add_translator"
CREATE_COMMUNITY_PERMISSION = "network.add_community"
CHANGE_COMMUNITY_PERMISSION = "network.change_community"
MODERATE_PERMISSION = "network.change_post"


def _pk(obj) -> int | None:
    """An object's primary key, or the key itself (where only `…_id` is at hand)."""
    return getattr(obj, "pk", obj)


def _once(user, attribute: str, read) -> frozenset[int]:
    """`read()`'s primary keys, kept on the user object (nothing for a visitor)."""
    if not user.is_authenticated:
        return frozenset()
    kept = getattr(user, attribute, None)
    if kept is None:
        kept = frozenset(read())
        setattr(user, attribute, kept)
    return kept


# Coordinators ----------------------------------------------------------------------------


def can_coordinate_partner(user, partner=None) -> bool:
    """Whether `user` is a partner coordinator: of `partner` (or its pk), or of any."""
    partners = _once(
        user,
        "_coordinated_partner_ids",
        lambda: Organisation.objects.coordinated_by(user).values_list("pk", flat=True),
    )
    return bool(partners) if partner is None else _pk(partner) in partners


def can_coordinate(user, organisation) -> bool:
    """Whether `user` is one of the coordinators of `organisation` (or of its pk)."""
    return _pk(organisation) in _coordinated_organisations(user)


def _coordinated_organisations(user) -> frozenset[int]:
    return _once(
        user,
        "_coordinated_organisation_ids",
        lambda: user.coordinated_organisations.values_list("pk", flat=True),
    )


def can_manage_network(user, organisation=None) -> bool:
    """Coordinators manage their partners' networks and the organisations they
    coordinate (`Organisation.objects.managed_by`): `organisation`, or, without one,
    any (the "My network" pages)."""
    if organisation is None:
        return bool(_coordinated_organisations(user))
    if not user.is_authenticated:
        return False
    return Organisation.objects.managed_by(user).filter(pk=_pk(organisation)).exists()


def can_decide_claim(user, claim) -> bool:
    """The coordinators of the claimed organisation's network, and staff allowed to."""
    if not user.is_authenticated:
        return False
    if user.is_staff and user.has_perm(CLAIM_PERMISSION):
        return True
    return can_manage_network(user, claim.organisation_id)


def partner_languages(partner) -> list[str]:
    """The languages a partner names translators of: its country's, and English, the
    partnership's common language that every partner writes."""
    own = COUNTRY_LANGUAGES.get(partner.country)
    return [code for code in LANGUAGE_CODES if code in (own, "en")]


def can_name_translator(user, partner, language: str) -> bool:
    """A partner's coordinators name its translators into the partner's languages;
    curators (the add permission) into any language."""
    return can_coordinate_partner(user, partner) and (
        language in partner_languages(partner) or user.has_perm(TRANSLATOR_PERMISSION)
    )


def can_remove_translator(user, translator) -> bool:
    """The coordinators of the partner that named a translator end their role."""
    return can_coordinate_partner(user, translator.partner_id)


# Members ---------------------------------------------------------------------------------


def can_log_in(user) -> bool:
    """A member: an active account with a verified address (not someone signing up)."""
    return bool(
        user is not None
        and user.is_active
        and EmailAddress.objects.filter(user=user, verified=True).exists()
    )


def can_contact_member(user, member) -> bool:
    """Members write to another member who is listed and accepts messages."""
    return bool(
        user.is_authenticated
        and user.pk != member.pk
        and member.is_listed
        and member.allow_contact
    )


# Professional communities ----------------------------------------------------------------

_UNKNOWN = object()


def _membership(user, community, membership):
    if membership is _UNKNOWN:
        return (
            Membership.objects.filter(community=community, user=user).order_by().first()
        )
    return membership


def can_create_community(user) -> bool:
    """Curators (the add permission) and partner coordinators open communities."""
    if not user.is_authenticated:
        return False
    return user.has_perm(CREATE_COMMUNITY_PERMISSION) or can_coordinate_partner(user)


def can_edit_community(user, community, *, membership=_UNKNOWN) -> bool:
    """Staff with the change permission edit any community, its facilitators an active
    one (`Community.objects.editable_by`). Pass the user's `membership` (or None) when
    it is at hand, to spare a query."""
    if not user.is_authenticated:
        return False
    if user.has_perm(CHANGE_COMMUNITY_PERMISSION):
        return True
    if not community.is_active:
        return False
    membership = _membership(user, community, membership)
    return membership is not None and membership.is_facilitator


def can_moderate_community(user, community, *, membership=_UNKNOWN) -> bool:
    """Its facilitators, and staff with the post permission, hide and unhide posts and
    take gathered practices out. Pass the user's `membership` (or None) when it is at
    hand, to spare a query."""
    if not user.is_authenticated:
        return False
    if user.has_perm(MODERATE_PERMISSION):
        return True
    membership = _membership(user, community, membership)
    return membership is not None and membership.is_facilitator


def edit_post_refusal(user, post, *, now: datetime | None = None) -> str:
    """Why `user` may not edit `post` now, in words; "" when they may.

    Its author edits a post for a short while, unless it was hidden or removed.
    """
    if not user.is_authenticated or post.author_id != user.pk:
        return _("Only its author can edit a post.")
    if post.removed_at is not None:
        return _("This post was removed.")
    if post.is_hidden:
        return _("A facilitator hid this post; it can no longer be edited.")
    minutes = settings.COMMUNITY_POST_EDIT_MINUTES
    if (now or timezone.now()) >= post.created_at + timedelta(minutes=minutes):
        return ngettext(
            "A post can be edited for %(minutes)d minute after it is published; "
            "that time has passed.",
            "A post can be edited for %(minutes)d minutes after it is published; "
            "that time has passed.",
            minutes,
        ) % {"minutes": minutes}
    return ""


def can_edit_post(user, post, *, now: datetime | None = None) -> bool:
    """Its author edits a post for a short while, unless it was hidden or removed."""
    return not edit_post_refusal(user, post, now=now)
