"""The filters of the list of mobilities: all state in the URL."""

import django_filters
from django.utils.translation import gettext_lazy as _

from network.filters import countries_of
from siehub.filters import SlugFilter, URLFilterSet
from siehub.models import Area

from .models import Mobility, MobilityKind, MobilityStatus


class MobilityFilter(URLFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of event"),
        choices=MobilityKind.choices,
        empty_label=_("All kinds"),
    )
    # The countries of the events visitors see (staff previewing a draft elsewhere
    # filter by kind or by date instead).
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=countries_of(
            Mobility.objects.filter(
                status__in=[MobilityStatus.PUBLISHED, MobilityStatus.CANCELLED]
            )
        ),
        empty_label=_("All countries"),
    )
    area = SlugFilter(
        Area.objects.all(),
        label=_("Whole-school area"),
        field_name="areas",
        empty_label=_("All areas"),
    )

    class Meta:
        model = Mobility
        fields = []
