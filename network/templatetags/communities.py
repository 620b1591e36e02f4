"""Template helpers of the professional communities."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from ..forms.communities import GatherForm

register = template.Library()

URL_DISPLAY_LENGTH = 60


@register.filter(is_safe=True)
def post_body(text):
    """A post as its author typed it: escaped, links made clickable, lines kept.

    urlize escapes everything that is not a link, so "<script>" shows as text; the
    links it makes are marked as user content that search engines should not follow.
    """
    html = urlize(
        text or "", trim_url_limit=URL_DISPLAY_LENGTH, nofollow=True, autoescape=True
    )
    # Safe to rewrite: quotes typed by the author are escaped to &quot; by now.
    html = html.replace(' rel="nofollow"', ' rel="nofollow noopener ugc"')
    return mark_safe(linebreaksbr(html, autoescape=False))  # noqa: S308 - escaped above


@register.simple_tag
def gather_form_for(user, practice, form=None):
    """The "gather into a community" form of a practice page, for a logged-in member:
    the bound form a failed POST re-renders, else a new one (one query)."""
    if form:  # a missing context variable arrives as ""
        return form
    if not user.is_authenticated:
        return None
    return GatherForm.for_practice(user=user, practice=practice)
