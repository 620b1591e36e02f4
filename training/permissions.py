"""Who may do what in training: preview modules that are not published, read the
results of a module, download anyone's certificate. Views and templates ask these
predicates (siehub.permissions says how); which modules a user opens is
`Module.objects.visible_to(user)`."""

from network.permissions import can_coordinate_partner

AUTHOR_PERMISSION = "training.change_module"
RESULTS_PERMISSIONS = ("training.view_feedback", AUTHOR_PERMISSION)
ENROLMENT_PERMISSIONS = ("training.view_enrolment", AUTHOR_PERMISSION)


def can_preview_module(user, module=None) -> bool:
    """Staff who author modules open any one, a draft too, without enrolling."""
    return bool(user.is_authenticated and user.has_perm(AUTHOR_PERMISSION))


def can_see_results(user, module=None) -> bool:
    """Staff with a training permission and partner coordinators (the partnership tests
    its modules with pilot groups) read the results of every module."""
    if not user.is_authenticated:
        return False
    if any(user.has_perm(perm) for perm in RESULTS_PERMISSIONS):
        return True
    return can_coordinate_partner(user)


def can_download_certificates(user) -> bool:
    """Staff who manage training download any member's certificate of completion."""
    return bool(
        user.is_authenticated
        and user.is_staff
        and any(user.has_perm(perm) for perm in ENROLMENT_PERMISSIONS)
    )
