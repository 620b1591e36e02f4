"""The filters of the resource library: all state in the URL (a value that does not
validate is dropped with a note by the list view)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from inventory.models import Area
from network.models import json_list_contains
from siehub.i18n import language_choices

from ..models import Audience, Resource, ResourceKind


class ResourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of resource"),
        choices=ResourceKind.choices,
        empty_label=_("All kinds"),
    )
    audience = django_filters.ChoiceFilter(
        label=_("For"),
        choices=Audience.choices,
        method="filter_audience",
        empty_label=_("Everyone"),
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Whole-school area"),
        queryset=Area.objects.order_by("position", "slug"),
        to_field_name="slug",
        field_name="areas",
        empty_label=_("All areas"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language of the resource"),
        choices=language_choices,
        field_name="content_language",
        empty_label=_("Any language"),
    )

    class Meta:
        model = Resource
        fields = []

    def filter_audience(self, queryset, name, value):
        return queryset.filter(json_list_contains("audience", value))

    @property
    def is_filtering(self) -> bool:
        """Whether any filter narrows the list (after validation)."""
        return self.is_valid() and any(
            value not in (None, "") for value in self.form.cleaned_data.values()
        )
