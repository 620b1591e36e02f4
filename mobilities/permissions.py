"""Who may do what in the mobilities: preview events that are not published, host an
event, and decide, register, cancel and complete the registrations of a sending
partner's participants. Views, services and templates ask these predicates
(siehub.permissions says how); the reads of the same rules are `Mobility.objects.
visible_to/managed_by` and `Registration.objects.visible_to`."""

from network.permissions import can_coordinate, can_coordinate_partner

REGISTRATION_PERMISSION = "mobilities.change_registration"
HOST_PERMISSION = "mobilities.change_mobility"
PREVIEW_PERMISSIONS = ("mobilities.view_mobility", HOST_PERMISSION)


def can_see_drafts(user) -> bool:
    """Staff who manage mobilities see drafts on the public pages (a preview)."""
    return bool(
        user.is_authenticated
        and user.is_staff
        and any(user.has_perm(perm) for perm in PREVIEW_PERMISSIONS)
    )


def can_host(user, mobility) -> bool:
    """The host organisation's coordinators, and staff allowed to change mobilities,
    use an event's host tools (its participants with their special needs)."""
    if not user.is_authenticated:
        return False
    return can_coordinate(user, mobility.host_id) or user.has_perm(HOST_PERMISSION)


def can_download_certificates(user) -> bool:
    """Staff who manage registrations or events download anyone's certificate."""
    return bool(
        user.is_authenticated
        and (user.has_perm(REGISTRATION_PERMISSION) or user.has_perm(HOST_PERMISSION))
    )


def can_manage_registrations(user) -> bool:
    """Staff allowed to manage every registration (the curators, mostly in admin)."""
    return bool(
        user.is_authenticated
        and user.is_staff
        and user.has_perm(REGISTRATION_PERMISSION)
    )


def can_register_participants(user, partner) -> bool:
    """A sending partner's coordinators (and staff who manage registrations) register,
    approve and decline its participants; `partner` may be its pk."""
    return can_manage_registrations(user) or can_coordinate_partner(user, partner)


def can_decide_registration(user, registration) -> bool:
    """The sending partner's coordinators, and staff, approve and decline it."""
    return can_register_participants(user, registration.sending_partner_id)


def can_cancel_registration(user, registration) -> bool:
    """The participant, those who decide it and the host's coordinators cancel it."""
    if not user.is_authenticated:
        return False
    return (
        registration.participant_id == user.pk
        or can_decide_registration(user, registration)
        or can_coordinate(user, registration.mobility.host_id)
    )


def can_update_travel(user, registration) -> bool:
    """The participant and those who decide it give the travel details."""
    if not user.is_authenticated:
        return False
    return registration.participant_id == user.pk or can_decide_registration(
        user, registration
    )
