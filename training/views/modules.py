"""The catalogue of training modules and a module's page, with enrolment.

Everyone sees the published modules. A draft is a 404 for members; staff who author
modules (training.change_module) open it as a preview, with a banner saying so."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView

from inventory.models import PRACTICE_LINK_FIELDS, Practice
from siehub.filters import FilteredListView
from siehub.i18n import translated_columns, translated_field
from siehub.models import Area, term_names
from siehub.service_calls import ServiceCall

from ..filters import ModuleFilter
from ..models import Audience, Enrolment, Module, ModuleStatus, Unit, UnitProgress
from ..permissions import can_see_results
from ..services import learning as services

MODULE_CARD_FIELDS = (
    "slug",
    "status",
    "original_language",
    "level",
    "duration_minutes",
    "languages",
    "audience",
    "published_at",
    "machine_translated",
    *translated_columns("title", "summary"),
)
UNIT_LIST_FIELDS = ("module_id", "position", "minutes", *translated_columns("title"))


def url_or_none(name: str, **kwargs) -> str | None:
    """A URL of another part of the app, or None while that part is not installed."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def audience_labels(module: Module) -> list[str]:
    labels = dict(Audience.choices)
    return [str(labels[value]) for value in module.audience if value in labels]


def objectives_list(module: Module) -> dict:
    """The translated learning objectives, one per line, as a list."""
    objectives = translated_field(module, "objectives")
    objectives["lines"] = [
        line.strip().lstrip("-*• ").strip()
        for line in objectives["value"].splitlines()
        if line.strip().lstrip("-*• ").strip()
    ]
    return objectives


class ModuleListView(FilteredListView):
    """Published modules, newest first, filtered by audience, area, level, language and
    estimated time."""

    template_name = "training/module_list.html"
    context_object_name = "modules"
    filterset_class = ModuleFilter
    paginate_by = 12

    def base_queryset(self):
        return (
            Module.objects.published()
            .only(*MODULE_CARD_FIELDS)
            .annotate(unit_count=Count("units"))
            .prefetch_related(term_names("areas", Area))
            .order_by("-published_at", "pk")
        )


class ModuleDetailView(DetailView):
    """A module: summary and objectives, its units in order, who wrote it, related
    practices; for a member, enrolment and progress."""

    template_name = "training/module_detail.html"
    context_object_name = "module"

    def get_queryset(self):
        return Module.objects.visible_to(self.request.user).prefetch_related(
            Prefetch(
                "units",
                queryset=Unit.objects.only(*UNIT_LIST_FIELDS)
                .annotate(question_count=Count("questions"))
                .order_by("position", "pk"),
            ),
            term_names("areas", Area),
            Prefetch(
                "related_practices",
                queryset=Practice.objects.published().only(*PRACTICE_LINK_FIELDS),
                to_attr="published_practices",
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        module = self.object
        units = list(module.units.all())
        context.update(
            units=units,
            is_preview=module.status != ModuleStatus.PUBLISHED,
            objectives=objectives_list(module),
            audience_labels=audience_labels(module),
            has_questions=any(unit.question_count for unit in units),
            enrolment=None,
            can_see_results=can_see_results(self.request.user),
        )
        user = self.request.user
        if user.is_authenticated:
            enrolment = (
                Enrolment.objects.with_progress()
                .filter(user=user, module=module)
                .first()
            )
            if enrolment is not None:
                context.update(self.progress(enrolment, units))
                context["enrolment"] = enrolment
        return context

    def progress(self, enrolment: Enrolment, units: list[Unit]) -> dict:
        done_ids = set(
            UnitProgress.objects.filter(enrolment=enrolment).values_list(
                "unit_id", flat=True
            )
        )
        for unit in units:
            unit.is_done = unit.pk in done_ids
        done = sum(unit.is_done for unit in units)
        resume = next((u for u in units if u.pk == enrolment.last_unit_id), None)
        if resume is None:
            resume = next(
                (u for u in units if not u.is_done), units[0] if units else None
            )
        enrolment.module = self.object
        progress = enrolment.progress_summary
        return {
            "done_count": done,
            "progress": progress,
            "resume_unit": resume,
            "below_pass_mark": progress.below_pass_mark,
            "units_with_questions": [u for u in units if u.question_count],
            "certificate_url": (
                url_or_none("training:certificate-download", slug=self.object.slug)
                if enrolment.certificate_id
                else None
            ),
        }


class ModuleEnrolView(LoginRequiredMixin, View):
    """Enrol in a published module (again: nothing changes) and start its first unit."""

    http_method_names = ["post"]

    def post(self, request, slug):
        module = get_object_or_404(Module.objects.published(), slug=slug)
        with ServiceCall(request) as call:
            services.enrolment_start(module=module, user=request.user)
        if call.failed:
            return redirect(module)
        messages.success(request, _("You are enrolled in this module."))
        first = module.units.order_by("position", "pk").only("position").first()
        if first is None:
            return redirect(module)
        return redirect(
            "training:unit-detail", slug=module.slug, position=first.position
        )
