"""Lists whose filters live in the URL: the filter set and the list view every app uses
(the practice list keeps its own, with facets)."""

import django_filters
from django.views.generic import ListView

from .pagination import LastPageOnOverflowMixin


class URLFilterSet(django_filters.FilterSet):
    @property
    def is_filtering(self) -> bool:
        """Whether any filter narrows the list (after validation)."""
        return self.is_valid() and any(
            value not in (None, "") for value in self.form.cleaned_data.values()
        )

    @property
    def active_count(self) -> int:
        """How many of the form's filters (the search box and hidden fields aside) are
        set: the number shown beside "Filters" when they are folded away."""
        if not self.is_valid():
            return 0
        return sum(
            self.form.cleaned_data.get(field.name) not in (None, "")
            for field in self.form.visible_fields()
            if field.name != "q"
        )


class SlugFilter(django_filters.ModelChoiceFilter):
    """One row named in the URL by its slug (`?area=inclusion`): a term of a vocabulary,
    a partner network, an organisation. `rows` is the queryset it may name."""

    def __init__(self, rows, **kwargs):
        super().__init__(queryset=rows, to_field_name="slug", **kwargs)


class FilteredListView(LastPageOnOverflowMixin, ListView):
    """A list whose filters live in the URL; a value that does not validate is dropped
    with a note, so a stale or mistyped link still shows a list."""

    filterset_class: type[django_filters.FilterSet]  # set by each list

    def get_filterset(self):
        parameters = set(self.filterset_class.base_filters)
        data = self.request.GET.copy()
        for key in list(data):
            if key not in parameters:
                del data[key]
        filterset = self.filterset_class(data, queryset=self.base_queryset())
        self.ignored = []
        if not filterset.is_valid():
            self.ignored = sorted(filterset.errors)
            for key in self.ignored:
                data.pop(key, None)
            filterset = self.filterset_class(data, queryset=self.base_queryset())
        return filterset

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        self.filterset = self.get_filterset()
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        context["is_filtering"] = self.filterset.is_filtering
        context["ignored"] = self.ignored
        return context
