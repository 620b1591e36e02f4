"""The demo's results page shows every figure with data, in the four languages."""

import pytest

from results import services
from results.figures import Filters, Table, tables


@pytest.mark.parametrize("language", ["en", "mk", "bg", "es"])
def test_every_figure_of_the_demo_has_data(demo, client, language):
    figures = tables(services.current_snapshot().data, Filters(), language)
    empty = [
        key
        for key, table in figures.items()
        if isinstance(table, Table) and table.is_empty
    ]
    assert empty == []
    response = client.get(f"/{language}/results/")
    assert response.status_code == 200
    assert "Nothing to show" not in response.content.decode()


def test_demo_outcomes_are_summed_by_indicator(demo):
    figures = tables(services.current_snapshot().data, Filters(), "en")
    attendance = figures["outcomes"].rows[0]
    # Five schools reported attendance: 78→89, 84→91, 71→80, 76→86, 73→82.
    assert attendance[:4] == ["Attendance rate", 5, 76.4, 85.6]
