from django import forms
from django.utils.translation import gettext_lazy as _

from siehub.countries import Country

from .figures import Filters


class ResultsFilterForm(forms.Form):
    """The country and period of the figures (years, inclusive), all optional."""

    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("All countries")), *Country.choices],
    )
    year_from = forms.IntegerField(
        label=_("From the year"), required=False, min_value=2000, max_value=2100
    )
    year_to = forms.IntegerField(
        label=_("To the year"), required=False, min_value=2000, max_value=2100
    )

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Any year")), *[(y, y) for y in years]]
        for name in ("year_from", "year_to"):
            self.fields[name].widget = forms.Select(choices=choices)

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and end < start:
            self.add_error("year_to", _("The period must end after it starts."))
        return data

    def filters(self) -> Filters:
        """What validated; a value that did not is left out (and the page says so)."""
        data = getattr(self, "cleaned_data", {}) or {}
        return Filters(
            country=data.get("country") or "",
            year_from=data.get("year_from"),
            year_to=data.get("year_to") if "year_to" not in self.errors else None,
        )
