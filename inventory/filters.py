"""The filters of the practice list: facets, search, language, sort — all in the URL."""

import hashlib
import uuid
from functools import partial
from typing import NamedTuple

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from siehub import memo
from siehub.countries import Country
from siehub.i18n import language_choices
from siehub.memo import per_request
from siehub.models import Area, EducationLevel

from .models import EvidenceLevel, MeasureType, Practice, TargetGroup

# Facet parameter -> (vocabulary model, M2M field of Practice).
VOCABULARY_FACETS = {
    "target_group": (TargetGroup, "target_groups"),
    "measure": (MeasureType, "measure_types"),
    "area": (Area, "areas"),
    "level": (EducationLevel, "education_levels"),
}


class SortChoices:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    MOST_ADAPTED = "adapted"
    CHOICES = [
        (RELEVANCE, _("Relevance")),
        (NEWEST, _("Newest")),
        (MOST_ADAPTED, _("Most adapted")),
    ]


def vocabulary_links(field_name: str):
    """The table linking practices to the terms of a vocabulary field, and the name of
    its term column (for counting or reading the links without the ORM's joins)."""
    field = Practice._meta.get_field(field_name)
    return field.remote_field.through, field.m2m_reverse_field_name()


def _exists_filter(m2m_field: str):
    through, target = vocabulary_links(m2m_field)

    def method(queryset, name, value):
        if not value:
            return queryset
        matches = through.objects.filter(
            practice_id=OuterRef("pk"), **{f"{target}__slug__in": value}
        )
        return queryset.filter(Exists(matches))

    return method


def _terms(facet: str) -> list[tuple[str, str]]:
    return vocabulary_options(get_language())[facet]


class VocabularyFilter(django_filters.MultipleChoiceFilter):
    """Terms of a vocabulary chosen by slug, validated against the cached vocabulary
    (`vocabulary_options`) rather than by a query on every request."""

    def __init__(self, facet: str, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(choices=partial(_terms, facet), **kwargs)


# The longest query searched; a longer one is cut to it (inventory.views).
QUERY_LENGTH = 200


class PracticeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", max_length=QUERY_LENGTH
    )
    country = django_filters.MultipleChoiceFilter(
        label=_("Country"), choices=Country.choices, widget=forms.CheckboxSelectMultiple
    )
    target_group = VocabularyFilter(
        "target_group",
        label=_("Target group"),
        method=_exists_filter("target_groups"),
    )
    measure = VocabularyFilter(
        "measure", label=_("Type of measure"), method=_exists_filter("measure_types")
    )
    area = VocabularyFilter(
        "area", label=_("Whole-school area"), method=_exists_filter("areas")
    )
    level = VocabularyFilter(
        "level", label=_("Education level"), method=_exists_filter("education_levels")
    )
    evidence = VocabularyFilter(
        "evidence", label=_("Evidence level"), field_name="evidence_level__slug"
    )
    language = django_filters.ChoiceFilter(
        label=_("Available in"),
        choices=language_choices,
        method="filter_language",
        empty_label=_("Any language"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SortChoices.CHOICES,
        method="filter_sort",
        empty_label=_("Best match, then newest"),
    )

    class Meta:
        model = Practice
        fields = []

    @property
    def active_count(self) -> int:
        """How many facet options are chosen (each ticked box, a language): the number
        shown beside "Filters" when they are folded away."""
        return sum(
            len([value for value in self.data.getlist(key) if value])
            for key in self.base_filters
            if key not in ("q", "sort")
        )

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_language(self, queryset, name, value):
        return queryset.filter(**{f"title_{value}__gt": ""})

    def filter_sort(self, queryset, name, value):
        # Sorting happens in `qs` after every filter, so the search rank is known.
        return queryset

    @property
    def qs(self):
        queryset = super().qs
        data = self.form.cleaned_data if self.form.is_valid() else {}
        sort = data.get("sort") or ""
        searching = bool(data.get("q"))
        if sort == SortChoices.MOST_ADAPTED:
            return queryset.order_by("-adaptation_count", "-published_at", "-pk")
        if searching and sort != SortChoices.NEWEST:
            return queryset.order_by("-rank", "-published_at", "-pk")
        return queryset.order_by("-published_at", "-pk")


# Facet counts ----------------------------------------------------------------------------

FACET_CACHE_SECONDS = 600
VERSION_KEY = "inventory:version"


@per_request
def inventory_version() -> str:
    """Renewed by every change to what is published: old facet counts are never read.
    A random token, not a counter: after the cache is emptied a counter would start
    again at 1 and meet values computed (and memoised in processes) for an old 1."""
    return cache.get_or_set(VERSION_KEY, _new_version, timeout=None)


def _new_version() -> str:
    return uuid.uuid4().hex


def vocabularies_changed(sender, **kwargs) -> None:
    """A curator changed a vocabulary (siehub.events.vocabulary_changed)."""
    inventory_changed()


def inventory_changed() -> None:
    cache.set(VERSION_KEY, _new_version(), timeout=None)
    memo.forget()


FACET_PARAMS = ("country", *VOCABULARY_FACETS, "evidence", "language")


def selected_values(filterset: PracticeFilter) -> dict[str, list[str]]:
    """The chosen value(s) of each facet, as strings (slugs, country codes)."""
    data = filterset.form.cleaned_data if filterset.is_valid() else {}
    selected = {}
    for param in FACET_PARAMS:
        value = data.get(param)
        if isinstance(value, str):
            chosen = [value] if value else []
        else:
            chosen = list(dict.fromkeys(value or ()))
        if chosen:
            selected[param] = chosen
    return selected


@per_request
def vocabulary_options(language: str) -> dict[str, list[tuple[str, str]]]:
    """(slug, name) of every term of each vocabulary facet, in the page's language
    (cached: the vocabularies change with a curator's edit, rarely)."""
    key = f"inventory:vocabulary:{inventory_version()}:{language}"
    options = cache.get(key)
    if options is None:
        options = {
            param: [(term.slug, str(term.name)) for term in model.objects.all()]
            for param, (model, _field) in VOCABULARY_FACETS.items()
        }
        options["evidence"] = [
            (term.slug, str(term.name)) for term in EvidenceLevel.objects.all()
        ]
        cache.set(key, options, FACET_CACHE_SECONDS)
    return options


class FacetOption(NamedTuple):
    """One option of a facet as the list shows it: `count` is None when the facet's
    matches were too many to count (a broad search); `count_text` says it in words for
    screen readers."""

    value: str
    name: str
    count: int | None
    checked: bool
    count_text: str = ""


# The checkbox facets in the order the list shows them (the language is a radio group).
CHECKBOX_FACETS = ("country", "target_group", "measure", "area", "level", "evidence")


def facet_options(
    counts: dict[str, dict[str, int] | None] | None, selected: dict, language: str
) -> dict:
    """What the facets show: for each, its options (FacetOption), built here rather
    than in the template, which would take longer than the search on a list page."""

    def option(param, value, name):
        facet = None if counts is None else counts.get(param)
        count = None if facet is None else facet.get(value, 0)
        text = "" if count is None else practices_text(count)
        return FacetOption(value, name, count, value in selected.get(param, ()), text)

    options = vocabulary_options(language)
    facets = {
        param: [option(param, slug, name) for slug, name in options[param]]
        for param in (*VOCABULARY_FACETS, "evidence")
    }
    countries = [option("country", code, str(label)) for code, label in Country.choices]
    facets["country"] = [
        item for item in countries if item.count is None or item.count or item.checked
    ]
    facets["language"] = [
        option("language", code, name) for code, name in settings.LANGUAGES
    ]
    facets["groups"] = [
        (param, str(PracticeFilter.base_filters[param].label), facets[param])
        for param in CHECKBOX_FACETS
    ]
    return facets


def practices_text(count: int) -> str:
    return ngettext("%(counter)s practice", "%(counter)s practices", count) % {
        "counter": count
    }


def _counted(queryset, params) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} over the practices of `queryset` (the ORM's way: SQLite,
    the demo's database; PostgreSQL reads inventory.search's counts)."""
    practices = queryset.order_by().values("pk")
    counts: dict[str, dict[str, int]] = {}
    for param in params:
        if param in VOCABULARY_FACETS:
            through, target = vocabulary_links(VOCABULARY_FACETS[param][1])
            counts[param] = dict(
                through.objects.filter(practice_id__in=practices)
                .values_list(f"{target}__slug")
                .annotate(n=Count("pk"))
            )
        elif param == "evidence":
            counts[param] = dict(
                queryset.order_by()
                .values_list("evidence_level__slug")
                .annotate(n=Count("pk"))
            )
        elif param == "country":
            counts[param] = dict(
                queryset.order_by().values_list("country").annotate(n=Count("pk"))
            )
        elif param == "language":
            counts[param] = queryset.order_by().aggregate(
                **{
                    code: Count("pk", filter=Q(**{f"title_{code}__gt": ""}))
                    for code, _n in settings.LANGUAGES
                }
            )
    return counts


def facet_counts(filterset: PracticeFilter, language: str) -> dict:
    """The facets with their counts and, under "total", how many practices are listed
    (the paginator's count), counted with the ORM and cached per filter state, language
    and inventory version.

    A facet's options count the practices the other facets leave, as readers expect of
    facets: ticking one country leaves the other countries and their counts in view.
    """
    filterset.is_valid()  # validates the form, so cleaned_data exists
    params = sorted(
        (key, value)
        for key in filterset.form.cleaned_data
        for value in filterset.data.getlist(key)
        if key not in ("sort", "page") and value
    )
    digest = hashlib.sha256(repr(params).encode()).hexdigest()[:32]
    key = f"inventory:facets:{inventory_version()}:{language}:{digest}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    selected = selected_values(filterset)
    counts = _counted(
        filterset.qs, [param for param in FACET_PARAMS if param not in selected]
    )
    for param in selected:
        data = filterset.data.copy()
        data.pop(param, None)
        others = PracticeFilter(data, queryset=filterset.queryset)
        counts.update(_counted(others.qs, [param]))
    facets = facet_options(counts, selected, language)
    facets["total"] = filterset.qs.order_by().count()
    cache.set(key, facets, FACET_CACHE_SECONDS)
    return facets
