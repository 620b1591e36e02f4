"""The filters of the directories of organisations and members: all state in the URL."""

import django_filters
from django import forms
from django.db import connection
from django.db.models import F, Lookup, Q
from django.utils.translation import gettext_lazy as _

from siehub.countries import Country
from siehub.filters import SlugFilter, URLFilterSet
from siehub.i18n import translation_fields
from siehub.models import Area, EducationLevel

from .models import (
    Organisation,
    OrganisationKind,
    Position,
    SpokenLanguage,
    User,
)

# A search of more words than this is cut: each word is one more condition to match.
SEARCH_MAX_WORDS = 5
PARTNER_COUNTRIES = (Country.NORTH_MACEDONIA, Country.BULGARIA, Country.SPAIN)


class ILikeContains(Lookup):
    """`column ILIKE pattern`: what PostgreSQL's trigram GIN indexes answer.

    Django's `icontains` compares UPPER(column), which an index on the bare column
    cannot serve; this lookup is used as an expression, it is not registered.
    """

    lookup_name = "ilike_contains"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} ILIKE {rhs}", [*lhs_params, *rhs_params]


def words_in_fields(text: str, fields: tuple[str, ...]) -> Q:
    """Rows where every word of `text` occurs in one of `fields`, ignoring case.

    On PostgreSQL an ILIKE per field (served by the trigram indexes of migrations 0003
    and 0004); elsewhere Django's `icontains`.
    """
    condition = Q()
    for word in text.split()[:SEARCH_MAX_WORDS]:
        if connection.vendor == "postgresql":
            pattern = f"%{connection.ops.prep_for_like_query(word)}%"
            matches = [ILikeContains(F(field), pattern) for field in fields]
            condition &= Q(*matches, _connector=Q.OR)
        else:
            condition &= Q(
                *[(f"{field}__icontains", word) for field in fields], _connector=Q.OR
            )
    return condition


def country_choices():
    """Countries by their name in the active language, the partner countries first."""
    rest = sorted(
        (c for c in Country if c not in PARTNER_COUNTRIES and c != Country.OTHER),
        key=lambda c: str(c.label),
    )
    return [(c.value, c.label) for c in [*PARTNER_COUNTRIES, *rest, Country.OTHER]]


def countries_of(queryset):
    """Choices of the countries `queryset` has rows in, named as `country_choices` names
    them: a filter offers the three countries there are, not forty (one small query,
    served by an index on the country, when the form is shown)."""

    def choices():
        present = set(queryset.order_by().values_list("country", flat=True).distinct())
        return [(code, name) for code, name in country_choices() if code in present]

    return choices


class DirectoryFilter(URLFilterSet):
    """What both directories share: a search box over `search_fields`."""

    search_fields: tuple[str, ...] = ()

    def filter_search(self, queryset, name, value):
        return queryset.filter(words_in_fields(value, self.search_fields))


class OrganisationFilter(DirectoryFilter):
    # Every language's name and city (each with a trigram index on PostgreSQL).
    search_fields = translation_fields("name", "city")

    q = django_filters.CharFilter(
        label=_("Name or city"), method="filter_search", max_length=100
    )

    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=countries_of(Organisation.objects.all()),
        empty_label=_("All countries"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of organisation"),
        choices=OrganisationKind.choices,
        empty_label=_("All kinds"),
    )
    level = SlugFilter(
        EducationLevel.objects.all(),
        label=_("Education level"),
        method="filter_level",
        empty_label=_("All levels"),
    )
    network = SlugFilter(
        Organisation.objects.partners().by_name(),
        label=_("Partner network"),
        method="filter_network",
        empty_label=_("All networks"),
    )

    class Meta:
        model = Organisation
        fields = []

    def filter_level(self, queryset, name, value):
        return queryset.with_education_level(value)

    def filter_network(self, queryset, name, value):
        return queryset.in_network_of(value)


class MemberFilter(DirectoryFilter):
    search_fields = ("first_name", "last_name")

    q = django_filters.CharFilter(
        label=_("Name"), method="filter_search", max_length=100
    )

    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=countries_of(User.objects.listed()),
        empty_label=_("All countries"),
    )
    position = django_filters.ChoiceFilter(
        label=_("Position"), choices=Position.choices, empty_label=_("All positions")
    )
    expertise = SlugFilter(
        Area.objects.all(),
        label=_("Expertise area"),
        method="filter_expertise",
        empty_label=_("All areas"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Works in"),
        choices=SpokenLanguage.choices,
        method="filter_language",
        empty_label=_("Any language"),
    )
    # Reached from an organisation's page ("all its members"); not a field of the form.
    organisation = SlugFilter(
        Organisation.objects.only("name", "slug"),
        label=_("Organisation"),
        widget=forms.HiddenInput,
    )

    class Meta:
        model = User
        fields = []

    def filter_expertise(self, queryset, name, value):
        return queryset.with_expertise(value)

    def filter_language(self, queryset, name, value):
        return queryset.speaking(value)
