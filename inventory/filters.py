"""The filters of the practice list: facets, search, language, sort — all in the URL."""

import hashlib

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from siehub.countries import Country
from siehub.i18n import language_choices

from .models import (
    Area,
    EducationLevel,
    EvidenceLevel,
    MeasureType,
    Practice,
    TargetGroup,
)

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


def _exists_filter(m2m_field: str):
    through = Practice._meta.get_field(m2m_field).remote_field.through
    target = Practice._meta.get_field(m2m_field).m2m_reverse_field_name()

    def method(queryset, name, value):
        if not value:
            return queryset
        slugs = [term.slug for term in value]
        matches = through.objects.filter(
            practice_id=OuterRef("pk"), **{f"{target}__slug__in": slugs}
        )
        return queryset.filter(Exists(matches))

    return method


class PracticeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", max_length=200
    )
    country = django_filters.MultipleChoiceFilter(
        label=_("Country"), choices=Country.choices, widget=forms.CheckboxSelectMultiple
    )
    target_group = django_filters.ModelMultipleChoiceFilter(
        label=_("Target group"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        method=_exists_filter("target_groups"),
        widget=forms.CheckboxSelectMultiple,
    )
    measure = django_filters.ModelMultipleChoiceFilter(
        label=_("Type of measure"),
        queryset=MeasureType.objects.all(),
        to_field_name="slug",
        method=_exists_filter("measure_types"),
        widget=forms.CheckboxSelectMultiple,
    )
    area = django_filters.ModelMultipleChoiceFilter(
        label=_("Whole-school area"),
        queryset=Area.objects.all(),
        to_field_name="slug",
        method=_exists_filter("areas"),
        widget=forms.CheckboxSelectMultiple,
    )
    level = django_filters.ModelMultipleChoiceFilter(
        label=_("Education level"),
        queryset=EducationLevel.objects.all(),
        to_field_name="slug",
        method=_exists_filter("education_levels"),
        widget=forms.CheckboxSelectMultiple,
    )
    evidence = django_filters.ModelMultipleChoiceFilter(
        label=_("Evidence level"),
        queryset=EvidenceLevel.objects.all(),
        to_field_name="slug",
        field_name="evidence_level",
        widget=forms.CheckboxSelectMultiple,
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


def inventory_version() -> int:
    """Bumped by every change to what is published: old facet counts are never read."""
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def inventory_changed() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def facet_counts(filterset: PracticeFilter, language: str) -> dict:
    """For each facet, how many listed practices carry each term, with the term names,
    and under "total" how many practices are listed (the paginator's count).

    Counting joins the filtered practices with the vocabulary links, so the result is
    cached per filter state, language and inventory version rather than recomputed on
    every request.
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
    practices = filterset.qs.order_by().values("pk")
    facets = {"total": filterset.qs.order_by().count()}
    for param, (model, field) in VOCABULARY_FACETS.items():
        through = Practice._meta.get_field(field).remote_field.through
        target = Practice._meta.get_field(field).m2m_reverse_field_name()
        counts = dict(
            through.objects.filter(practice_id__in=practices)
            .values_list(f"{target}__slug")
            .annotate(n=Count("pk"))
        )
        facets[param] = [
            (term.slug, str(term.name), counts.get(term.slug, 0))
            for term in model.objects.all()
        ]
    evidence = dict(
        filterset.qs.order_by()
        .values_list("evidence_level__slug")
        .annotate(n=Count("pk"))
    )
    facets["evidence"] = [
        (term.slug, str(term.name), evidence.get(term.slug, 0))
        for term in EvidenceLevel.objects.all()
    ]
    countries = dict(
        filterset.qs.order_by().values_list("country").annotate(n=Count("pk"))
    )
    facets["country"] = [
        (code, str(label), countries.get(code, 0))
        for code, label in Country.choices
        if countries.get(code) or code in filterset.data.getlist("country")
    ]
    available = filterset.qs.order_by().aggregate(
        **{
            code: Count("pk", filter=Q(**{f"title_{code}__gt": ""}))
            for code, _n in settings.LANGUAGES
        }
    )
    facets["language"] = [
        (code, name, available[code]) for code, name in settings.LANGUAGES
    ]
    cache.set(key, facets, FACET_CACHE_SECONDS)
    return facets
