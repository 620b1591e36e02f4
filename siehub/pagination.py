"""Pagination shared by the list pages."""

from typing import TYPE_CHECKING, Any

from django.http import Http404

# A mixin of ListView: the type checker is told so; at run time it stays a plain mixin.
if TYPE_CHECKING:
    from django.views.generic import ListView

    _ListBase = ListView[Any]
else:
    _ListBase = object


class LastPageOnOverflowMixin(_ListBase):
    """A ListView whose out-of-range or mistyped page (a stale shared link) shows the
    last page instead of a 404."""

    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            self.kwargs["page"] = "last"
            return super().paginate_queryset(queryset, page_size)
