"""Writes of the network app: members, their profiles and their claims to belong to an
organisation (pending until a coordinator of its partner network approves)."""

from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from siehub.models import Notification
from siehub.services import notify

from ..models import ClaimStatus, Organisation, OrganisationClaim, User
from ..permissions import can_decide_claim


def has_verified_address(user: User) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


@transaction.atomic
def member_address_verified(*, user: User) -> None:
    """What waited for the member's address to be verified (by the link, a code or a
    curator in admin): the welcome on the first one, and the coordinators' mail about
    the claim made at sign-up. Each is sent once, however often this runs."""
    if EmailAddress.objects.filter(user=user, verified=True).count() == 1:
        member_welcome(user=user)
    claim = (
        OrganisationClaim.objects.pending()
        .filter(user=user)
        .select_related("organisation")
        .first()
    )
    if claim is not None and not _announced(claim):
        _notify_deciders(claim)


@transaction.atomic
def member_welcome(*, user: User):
    """Queue the welcome mail of a newly verified member (once per member)."""
    if user.notifications.filter(kind="welcome").exists():
        return None
    with translation.override(user.preferred_language):
        link = reverse("network:profile")
    return notify(user, "welcome", link=link)


# What members write in their own profile (ProfileForm; curators see it in admin).
PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "position",
    "country",
    "preferred_language",
    "bio",
    "expertise_areas",
    "languages",
    "public_profile",
    "allow_contact",
)
# A profile's links to the core's vocabularies (siehub.models), set after the row.
PROFILE_LINKED_FIELDS = ("expertise_areas",)


@transaction.atomic
def profile_update(*, user: User, data: dict) -> User:
    """Save a member's own profile fields (validated by ProfileForm).

    The organisation is not set here: a different choice becomes a pending claim for the
    coordinators of its network to approve, and no choice means leaving the current one.
    """
    data = dict(data)
    has_organisation = "organisation" in data
    organisation = data.pop("organisation", None)
    user = User.objects.select_for_update().get(pk=user.pk)
    links = {f: data.pop(f) for f in PROFILE_LINKED_FIELDS if f in data}
    for field, value in data.items():
        setattr(user, field, value)
    user.full_clean()
    user.save()
    for field, terms in links.items():
        getattr(user, field).set(terms)
    if has_organisation:
        if organisation is None:
            organisation_leave(user=user)
        else:
            claim_create(user=user, organisation=organisation)
        user.refresh_from_db()
    return user


# Claims ----------------------------------------------------------------------------------


def claimable_organisations():
    """Organisations a member can claim to belong to: those someone can approve, i.e. the
    partners and the organisations of their networks."""
    return Organisation.objects.filter(Q(is_partner=True) | Q(partner__isnull=False))


def claim_deciders(organisation: Organisation):
    """Who is told about a claim and may decide it: the coordinators of the organisation's
    partner network and those of the organisation itself."""
    partner = organisation.network_partner
    ids = {organisation.pk} | ({partner.pk} if partner else set())
    return (
        User.objects.filter(
            coordinated_organisations__in=ids, is_active=True, deleted_at__isnull=True
        )
        .distinct()
        .order_by("pk")
    )


def _close(claim: OrganisationClaim, *, status: str, by: User, note: str = "") -> None:
    claim.status = status
    claim.decided_at = timezone.now()
    claim.decided_by = by
    claim.note = note
    claim.save(update_fields=["status", "decided_at", "decided_by", "note"])


def _lock_pending(user: User) -> OrganisationClaim | None:
    return (
        OrganisationClaim.objects.select_for_update()
        .pending()
        .filter(user=user)
        .first()
    )


@transaction.atomic
def claim_create(*, user: User, organisation: Organisation) -> OrganisationClaim | None:
    """Ask to belong to `organisation`: a pending claim its network's coordinators are
    told about. It replaces the member's earlier pending claim; choosing the organisation
    the member already belongs to only withdraws that earlier claim. None when nothing is
    to be approved."""
    if not (organisation.is_partner or organisation.partner_id):
        raise ValidationError(
            _(
                "This organisation is not yet part of a partner network, so nobody can "
                "confirm that you belong to it."
            )
        )
    # The member's row serialises their claims (and is locked before any claim row, in
    # the same order as the decisions take).
    user = User.objects.select_for_update().get(pk=user.pk)
    pending = _lock_pending(user)
    if pending is not None and pending.organisation_id == organisation.pk:
        return pending
    if pending is not None:
        _close(pending, status=ClaimStatus.WITHDRAWN, by=user)
    if user.organisation_id == organisation.pk:
        return None
    claim = OrganisationClaim.objects.create(user=user, organisation=organisation)
    # A claim made at sign-up waits until the address is verified: coordinators hear
    # only of members who can log in (member_address_verified announces it then).
    if has_verified_address(user):
        _notify_deciders(claim)
    return claim


def _announced(claim: OrganisationClaim) -> bool:
    return Notification.objects.filter(
        kind="network_claim_submitted",
        context__claim=f"{claim._meta.label_lower}:{claim.pk}",
    ).exists()


def _notify_deciders(claim: OrganisationClaim) -> None:
    organisation = claim.organisation
    partner = organisation.network_partner
    for coordinator in claim_deciders(organisation).exclude(pk=claim.user_id):
        with translation.override(coordinator.preferred_language):
            link = reverse("network:coordination-members")
        notify(
            coordinator,
            "network_claim_submitted",
            link=link,
            member_name=claim.user.get_full_name() or claim.user.email,
            member_email=claim.user.email,
            organisation_name=organisation.name,
            partner_name=partner.name if partner else "",
            claim=claim,
        )


@transaction.atomic
def claim_withdraw(*, claim: OrganisationClaim, user: User) -> OrganisationClaim:
    """The member takes back their own pending claim."""
    User.objects.select_for_update().get(pk=user.pk)
    claim = OrganisationClaim.objects.select_for_update().get(pk=claim.pk)
    if claim.user_id != user.pk:
        raise PermissionDenied
    if claim.status != ClaimStatus.PENDING:
        raise ValidationError(_("Only a claim waiting for approval can be withdrawn."))
    _close(claim, status=ClaimStatus.WITHDRAWN, by=user)
    return claim


@transaction.atomic
def organisation_leave(*, user: User) -> User:
    """The member belongs to no organisation any more (and withdraws a pending claim)."""
    user = User.objects.select_for_update().get(pk=user.pk)
    pending = _lock_pending(user)
    if pending is not None:
        _close(pending, status=ClaimStatus.WITHDRAWN, by=user)
    if user.organisation_id is not None:
        user.organisation = None
        user.save(update_fields=["organisation"])
    return user


def _decide(claim, coordinator, *, status: str, note: str) -> OrganisationClaim:
    # Member first, then the claim: the order claim_create locks them in.
    member = User.objects.select_for_update().get(pk=claim.user_id)
    claim = (
        OrganisationClaim.objects.select_for_update()
        .select_related("organisation")
        .get(pk=claim.pk)
    )
    if not can_decide_claim(coordinator, claim):
        raise PermissionDenied
    if claim.status != ClaimStatus.PENDING:
        raise ValidationError(
            _("This claim has already been decided (%(status)s).")
            % {"status": claim.get_status_display()}
        )
    note = (note or "").strip()
    _close(claim, status=status, by=coordinator, note=note)
    if status == ClaimStatus.APPROVED:
        member.organisation = claim.organisation
        member.save(update_fields=["organisation"])
    with translation.override(member.preferred_language):
        link = reverse("network:profile")
    notify(
        member,
        f"network_claim_{status}",
        link=link,
        organisation_name=claim.organisation.name,
        note=note,
        claim=claim,
    )
    return claim


@transaction.atomic
def claim_approve(
    *, claim: OrganisationClaim, coordinator: User, note: str = ""
) -> OrganisationClaim:
    """Confirm that the member belongs to the organisation; it becomes theirs, they are
    told. Only a coordinator of its network (or staff allowed to) decides, and only once."""
    return _decide(claim, coordinator, status=ClaimStatus.APPROVED, note=note)


@transaction.atomic
def claim_decline(
    *, claim: OrganisationClaim, coordinator: User, note: str = ""
) -> OrganisationClaim:
    """Refuse a pending claim; the member is told, with the coordinator's note."""
    return _decide(claim, coordinator, status=ClaimStatus.DECLINED, note=note)
