"""The public results page, its charts and CSV files, and the curators' spreadsheet."""

from csp.decorators import csp_replace
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import View
from django.views.generic import TemplateView

from siehub.exports import csv_response

from . import charts, figures, report, services
from .forms import ResultsFilterForm
from .permissions import can_download_report


class FiguresMixin:
    """The snapshot's tables for the country and period in the query string."""

    def figures(self):
        snapshot = services.current_snapshot()
        form = ResultsFilterForm(
            self.request.GET or None, years=figures.years(snapshot.data)
        )
        form.is_valid()
        chosen = form.filters()
        tables = figures.tables(snapshot.data, chosen, get_language())
        return snapshot, form, chosen, tables

    def table(self, tables, key):
        table = tables.get(key)
        if not isinstance(table, figures.Table):  # the totals are not figures
            raise Http404
        return table


class ResultsView(FiguresMixin, TemplateView):
    template_name = "results/results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        snapshot, form, chosen, tables = self.figures()
        query = self.request.GET.urlencode()
        context.update(
            form=form,
            filters=chosen,
            ignored=bool(form.errors),
            snapshot=snapshot,
            tables=tables,
            query=f"?{query}" if query else "",
            can_download_report=can_download_report(self.request.user),
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        if context["ignored"]:
            response_kwargs.setdefault("status", 400)
        return super().render_to_response(context, **response_kwargs)


@method_decorator(
    # pygal styles a chart with a <style> inside the SVG; the image runs no script.
    csp_replace({"style-src": ["'unsafe-inline'"], "script-src": ["'none'"]}),
    name="dispatch",
)
class ChartView(FiguresMixin, View):
    """One chart as an SVG image (the page shows it with <img>, its table beside it)."""

    def get(self, request, key):
        _snapshot, _form, _chosen, tables = self.figures()
        table = self.table(tables, key)
        response = HttpResponse(charts.render(table), content_type="image/svg+xml")
        response["Cache-Control"] = "public, max-age=300"
        return response


class CsvView(FiguresMixin, View):
    def get(self, request, key):
        _snapshot, _form, chosen, tables = self.figures()
        table = self.table(tables, key)
        # One table of figures: small enough to build at once.
        return csv_response(
            table.columns,
            table.rows,
            filename=f"siehub-{key}-{get_language()}.csv",
            streaming=False,
        )


class ReportView(LoginRequiredMixin, PermissionRequiredMixin, FiguresMixin, View):
    """The partnership's report for a period: one sheet per table, and definitions."""

    raise_exception = True

    def has_permission(self):
        return can_download_report(self.request.user)

    def handle_no_permission(self):
        if not self.request.user.is_authenticated:
            return redirect_to_login(self.request.get_full_path())
        return super().handle_no_permission()

    def get(self, request):
        snapshot, _form, chosen, tables = self.figures()
        content = report.workbook(snapshot, chosen, tables)
        stamp = timezone.localdate().isoformat()
        response = HttpResponse(
            content,
            content_type=(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ),
        )
        response["Content-Disposition"] = (
            f'attachment; filename="siehub-results-{get_language()}-{stamp}.xlsx"'
        )
        return response
