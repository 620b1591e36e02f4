"""Pagination shared by the list pages."""

from django.http import Http404


class LastPageOnOverflowMixin:
    """A ListView whose out-of-range or mistyped page (a stale shared link) shows the
    last page instead of a 404."""

    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            self.kwargs["page"] = "last"
            return super().paginate_queryset(queryset, page_size)
