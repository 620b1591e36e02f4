"""The filters of the list of mobilities: all state in the URL."""

import django_filters
from django.utils.translation import gettext_lazy as _

from network.filters import country_choices

from .models import Mobility, MobilityKind


class MobilityFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of event"),
        choices=MobilityKind.choices,
        empty_label=_("All kinds"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=country_choices, empty_label=_("All countries")
    )

    class Meta:
        model = Mobility
        fields = []

    @property
    def is_filtering(self) -> bool:
        """Whether any filter narrows the list (after validation)."""
        return self.is_valid() and any(
            value not in (None, "") for value in self.form.cleaned_data.values()
        )
