"""Forms of the host's tools (attendance) and of the participants' evaluation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from siehub.forms import RATING_CHOICES

from ..models import Evaluation
from ..services.hosting import ANSWER_FIELDS, COMMENT_FIELDS, RATING_FIELDS


class AttendanceForm(forms.Form):
    """Who was present on one day: the ids of the confirmed registrations ticked."""

    present = forms.TypedMultipleChoiceField(
        label=_("Present"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, registrations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [
            (registration.pk, registration.participant_name)
            for registration in registrations
        ]


class RatingField(forms.TypedChoiceField):
    """A rating from 1 to 5 as a group of radio buttons (a fieldset with a legend)."""

    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        super().__init__(choices=RATING_CHOICES, coerce=int, **kwargs)


class EvaluationForm(forms.ModelForm):
    overall = RatingField(label=_("Overall, how useful was the event?"))
    content = RatingField(label=_("The content and the practices presented"))
    organisation = RatingField(label=_("The organisation and the hosting"))
    will_apply = RatingField(
        label=_("How likely are you to apply something in your school?")
    )

    class Meta:
        model = Evaluation
        fields = ANSWER_FIELDS
        labels = {
            "most_useful": _("What was most useful?"),
            "to_improve": _("What should we improve?"),
        }
        widgets = {
            "most_useful": forms.Textarea(attrs={"rows": 4}),
            "to_improve": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in RATING_FIELDS:
            self.fields[name].help_text = _("From 1 (not at all) to 5 (very much).")
        for name in COMMENT_FIELDS:
            self.fields[name].help_text = _(
                "Optional. The host reads the comments without your name."
            )
