from django.conf import settings


def site(request):
    """Site-wide template values: unread notification count, footer pages."""
    from .models import Notification, Page

    user = getattr(request, "user", None)
    unread = 0
    if user is not None and user.is_authenticated:
        unread = Notification.objects.for_user(user).unread().count()
    return {
        "SITE_URL": settings.SITE_URL,
        "unread_notifications": unread,
        "footer_pages": Page.objects.filter(show_in_footer=True).only("slug", "title"),
    }
