"""The filters of the catalogue of training modules and of the resource library: all
state in the URL (a value that does not validate is dropped with a note by the list
view)."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from network.models import json_list_contains
from siehub.filters import SlugFilter, URLFilterSet
from siehub.i18n import language_choices
from siehub.models import Area

from .models import Audience, Level, Module, Resource, ResourceKind

# Estimated time bands of the catalogue, in minutes (a band includes its upper bound).
SHORT_MINUTES = 60
MEDIUM_MINUTES = 180
DURATIONS = {
    "short": Q(duration_minutes__lte=SHORT_MINUTES),
    "medium": Q(
        duration_minutes__gt=SHORT_MINUTES, duration_minutes__lte=MEDIUM_MINUTES
    ),
    "long": Q(duration_minutes__gt=MEDIUM_MINUTES),
}
DURATION_CHOICES = [
    ("short", _("Short (up to 1 hour)")),
    ("medium", _("Medium (1 to 3 hours)")),
    ("long", _("Long (more than 3 hours)")),
]


class AudienceAreaFilter(URLFilterSet):
    """What modules and resources are both filtered by: who they are for, and the
    whole-school area."""

    audience = django_filters.ChoiceFilter(
        label=_("For"),
        choices=Audience.choices,
        method="filter_audience",
        empty_label=_("Everyone"),
    )
    area = SlugFilter(
        Area.objects.all(),
        label=_("Whole-school area"),
        field_name="areas",
        empty_label=_("All areas"),
    )

    def filter_audience(self, queryset, name, value):
        return queryset.filter(json_list_contains("audience", value))


class ModuleFilter(AudienceAreaFilter):
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=Level.choices, empty_label=_("All levels")
    )
    language = django_filters.ChoiceFilter(
        label=_("Available in"),
        choices=language_choices,
        method="filter_language",
        empty_label=_("Any language"),
    )
    duration = django_filters.ChoiceFilter(
        label=_("Estimated time"),
        choices=DURATION_CHOICES,
        method="filter_duration",
        empty_label=_("Any length"),
    )

    class Meta:
        model = Module
        fields = []

    def filter_language(self, queryset, name, value):
        return queryset.filter(json_list_contains("languages", value))

    def filter_duration(self, queryset, name, value):
        return queryset.filter(DURATIONS[value])


class ResourceFilter(AudienceAreaFilter):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of resource"),
        choices=ResourceKind.choices,
        empty_label=_("All kinds"),
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
