from django.conf import settings
from django.utils.functional import SimpleLazyObject


def site(request):
    """Site-wide template values: unread notification count, footer pages."""
    from .models import Notification, Page

    user = getattr(request, "user", None)
    unread = 0
    is_coordinator = False
    if user is not None and user.is_authenticated:
        unread = Notification.objects.for_user(user).unread().count()
        # Through the reverse relation: the core imports no app.
        is_coordinator = SimpleLazyObject(user.coordinated_organisations.exists)
    return {
        "SITE_URL": settings.SITE_URL,
        "unread_notifications": unread,
        "is_coordinator": is_coordinator,
        "footer_pages": Page.objects.filter(show_in_footer=True).only("slug", "title"),
    }
