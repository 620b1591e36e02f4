"""Who may do what with the results: the figures are public; the partnership's report is
the curators'. Views and templates ask these predicates (siehub.permissions says how)."""

REPORT_PERMISSION = "results.view_snapshot"


def can_download_report(user) -> bool:
    """Curators (the snapshot permission) download the partnership's spreadsheet."""
    return user.has_perm(REPORT_PERMISSION)
