from django.conf import settings
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

FOOTER_KEY = "siehub:footer:{language}"


def footer_links() -> list[dict]:
    """The content pages linked from every page's footer (url, title), in the active
    language: cached, as they change only when a coordinator edits a page
    (siehub.apps forgets them then)."""
    from .models import Page

    key = FOOTER_KEY.format(language=get_language())
    links = cache.get(key)
    if links is None:
        links = [
            {"url": page.get_absolute_url(), "title": str(page.title)}
            for page in Page.objects.filter(show_in_footer=True).only("slug", "title")
        ]
        cache.set(key, links, timeout=3600)  # an hour at most after a data migration
    return links


def forget_footer_links(**kwargs) -> None:
    cache.delete_many(
        [FOOTER_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )


def site(request):
    """Site-wide template values: unread notification count, footer pages."""
    from .models import Notification

    user = getattr(request, "user", None)
    unread = 0
    if user is not None and user.is_authenticated:
        unread = Notification.objects.for_user(user).unread().count()
    return {
        "SITE_URL": settings.SITE_URL,
        "unread_notifications": unread,
        "footer_pages": SimpleLazyObject(footer_links),
    }
