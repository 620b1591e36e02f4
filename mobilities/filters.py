"""The filters of the list of mobilities: all state in the URL."""

import django_filters
from django.utils.translation import gettext_lazy as _

from network.filters import country_choices
from siehub.filters import URLFilterSet

from .models import Mobility, MobilityKind


class MobilityFilter(URLFilterSet):
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
