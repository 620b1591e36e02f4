"""Charts of the results page: SVG drawn on the server by pygal from a figure's table.

pygal (Kozea, maintained since 2012, LGPL) writes plain SVG from Python with no runtime
dependency: the charts need no JavaScript and no CDN (its tooltip script is switched
off), so they are readable as images in any browser, and every chart's numbers are also
in the table beside it.
"""

import re

import pygal
from pygal.style import Style

from .figures import Table

# The site's palette (site.css), dark enough on white for WCAG's 3:1 for graphics.
STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1f2933",
    foreground_strong="#1f2933",
    foreground_subtle="#52606d",
    colors=("#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e"),
    font_family="system-ui, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=12,
    legend_font_size=13,
    title_font_size=16,
)

_SCRIPT = re.compile(rb"<script\b.*?</script>", re.DOTALL)

KINDS = {
    "hbar": pygal.HorizontalBar,
    "bar": pygal.Bar,
    "stacked": pygal.StackedBar,
    "pair": pygal.HorizontalBar,
}


def _number(value):
    return (
        value
        if isinstance(value, int | float) and not isinstance(value, bool)
        else None
    )


def render(table: Table) -> bytes:
    """The table's chart as an SVG document."""
    kind = KINDS.get(table.chart, pygal.HorizontalBar)
    labels = [str(row[0]) for row in table.rows]
    chart = kind(
        style=STYLE,
        js=[],
        width=720,
        height=max(260, 60 + 34 * len(labels)) if kind is pygal.HorizontalBar else 380,
        show_legend=table.chart in ("stacked", "bar", "pair"),
        legend_at_bottom=True,
        print_values=table.chart != "stacked",
        truncate_label=40,
        truncate_legend=40,
        no_data_text="",
        margin=12,
    )
    chart.title = table.title
    chart.x_labels = labels
    if table.chart == "pair":
        columns = [2, 3]  # the mean before and after
    elif table.chart == "stacked":
        columns = list(range(1, len(table.columns) - 1))  # not the total
    elif table.chart == "bar":
        columns = list(range(1, len(table.columns)))
    else:
        columns = [1]
    for index in columns:
        values = [
            _number(row[index]) if index < len(row) else None for row in table.rows
        ]
        chart.add(str(table.columns[index]), values)
    # pygal always writes its tooltips' configuration as an inline script; an image
    # never runs it, and the page's policy forbids it: it is left out.
    return _SCRIPT.sub(b"", chart.render())
