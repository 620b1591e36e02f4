"""The adaptation form and its outcomes with their indicators."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import Organisation
from siehub.forms import FORMATTING_HELP, MarkdownTextarea
from siehub.i18n import language_choices
from siehub.text import html_to_text

from ..models import (
    Adaptation,
    Indicator,
    Measurement,
    OutcomeIndicator,
    indicator_unit,
)
from ..services.adaptations import ADAPTATION_PLAIN_FIELDS
from .practices import TextSectionsMixin, VideoURLField, section_field


class AdaptationForm(TextSectionsMixin, forms.Form):
    model = Adaptation
    plain_fields = ADAPTATION_PLAIN_FIELDS

    original_language = forms.ChoiceField(
        label=_("Language you write in"), choices=language_choices
    )
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    school = forms.ModelChoiceField(
        label=_("Adapting school or organisation"),
        queryset=Organisation.objects.by_name(),
    )
    period = forms.CharField(
        label=_("Period"),
        max_length=100,
        required=False,
        help_text=_("For example: 2022/2023 school year."),
    )
    context = section_field(Adaptation, "context")
    changes = section_field(Adaptation, "changes")
    results = section_field(Adaptation, "results")
    lessons = section_field(Adaptation, "lessons")
    video_url = VideoURLField()
    no_personal_data = forms.BooleanField(
        label=_("The text contains no personal data of pupils."),
        help_text=_(
            "No names, photos, health or family details of pupils. Required to submit."
        ),
        required=False,
    )

    def __init__(self, *args, adaptation=None, user=None, **kwargs):
        if adaptation is not None:
            initial = self.initial_from(adaptation)
            kwargs["initial"] = {**initial, **kwargs.get("initial", {})}
        elif user is not None:
            kwargs.setdefault("initial", {}).update(
                original_language=user.preferred_language or get_language(),
                school=user.organisation_id,
            )
        super().__init__(*args, **kwargs)


class AdaptationOutcomesForm(forms.Form):
    """What the author adds to a published adaptation once results are known."""

    results = forms.CharField(
        label=_("Results"),
        max_length=10000,
        help_text=format_lazy(
            "{} {}",
            _(
                "What changed for the pupils, and how you know it (attendance, grades, "
                "drop-out)."
            ),
            FORMATTING_HELP,
        ),
        widget=MarkdownTextarea(attrs={"rows": 8}),
    )
    lessons = section_field(Adaptation, "lessons")
    period = forms.CharField(
        label=_("Period"),
        max_length=100,
        required=False,
        help_text=_(
            "When it ran, start and end: for example, September 2022 to June 2023."
        ),
    )

    def __init__(self, *args, adaptation, **kwargs):
        language = adaptation.original_language
        kwargs["initial"] = {
            "results": html_to_text(getattr(adaptation, f"results_{language}") or ""),
            "lessons": html_to_text(getattr(adaptation, f"lessons_{language}") or ""),
            "period": adaptation.period,
            **kwargs.get("initial", {}),
        }
        super().__init__(*args, **kwargs)


INDICATOR_UNITS = {
    "percent": (_("Before (%)"), _("After (%)")),
    "days": (_("Before (days per pupil)"), _("After (days per pupil)")),
    "pupils": (_("Before (pupils)"), _("After (pupils)")),
}


class OutcomeIndicatorForm(forms.ModelForm):
    """One indicator of an adaptation's outcomes: left empty, it is not reported (and
    one reported before is removed); filled in, every field is needed."""

    class Meta:
        model = OutcomeIndicator
        fields = ["baseline", "result", "period_start", "period_end", "measurement"]
        widgets = {
            "period_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "period_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, indicator: str, **kwargs):
        super().__init__(*args, prefix=indicator, **kwargs)
        self.indicator = indicator
        self.instance.indicator = indicator
        before, after = INDICATOR_UNITS[indicator_unit(indicator)]
        self.fields["baseline"].label = before
        self.fields["result"].label = after
        for name in ("baseline", "result"):
            self.fields[name].localize = True
            self.fields[name].widget.is_localized = True
            self.fields[name].widget.input_type = "text"
            self.fields[name].widget.attrs.pop("step", None)  # not for a text input
            self.fields[name].widget.attrs.update(inputmode="decimal", size=8)
        for name in ("baseline", "result"):
            value = self.initial.get(name)
            if value is not None and value == value.to_integral_value():
                self.initial[name] = value.quantize(1)  # "78", not "78.0"
        for field in self.fields.values():
            field.required = False
        self.fields["measurement"].choices = [("", "—"), *Measurement.choices]

    @property
    def legend(self) -> str:
        return Indicator(self.indicator).label

    def reported(self) -> dict | None:
        """What this indicator reports once valid: its fields, or None to remove it."""
        if self.is_blank():
            return None
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", None) or {}
        return not any(data.get(name) not in (None, "") for name in self.Meta.fields)

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        for name in self.Meta.fields:
            if data.get(name) in (None, "") and name not in self.errors:
                self.add_error(
                    name, _("Give this too, or leave the whole indicator empty.")
                )
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end <= start:
            self.add_error("period_end", _("The period must end after it starts."))
        unit = indicator_unit(self.indicator)
        for name in ("baseline", "result"):
            value = data.get(name)
            if value is None:
                continue
            if value < 0:
                self.add_error(name, _("A figure cannot be negative."))
            elif unit == "percent" and value > 100:
                self.add_error(name, _("A share of pupils is at most 100 %."))
            elif unit == "pupils" and value != value.to_integral_value():
                self.add_error(name, _("Give a whole number of pupils."))
        return data

    def _post_clean(self):
        if not self.is_blank():
            super()._post_clean()


def indicator_forms(data=None, *, adaptation) -> list[OutcomeIndicatorForm]:
    """One form per indicator, filled with what the adaptation reported before."""
    reported = {item.indicator: item for item in adaptation.indicators.all()}
    return [
        OutcomeIndicatorForm(
            data,
            indicator=indicator,
            instance=reported.get(indicator)
            or OutcomeIndicator(adaptation=adaptation, indicator=indicator),
        )
        for indicator in Indicator.values
    ]
