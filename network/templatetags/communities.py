"""Template helpers of the professional communities."""

from django import template

from ..forms.communities import GatherForm

register = template.Library()


@register.simple_tag
def gather_form_for(user, practice, form=None):
    """The "gather into a community" form of a practice page, for a logged-in member:
    the bound form a failed POST re-renders, else a new one (one query)."""
    if form:  # a missing context variable arrives as ""
        return form
    if not user.is_authenticated:
        return None
    return GatherForm.for_practice(user=user, practice=practice)
