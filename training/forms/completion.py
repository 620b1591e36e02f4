"""The member's feedback on a module they completed: a rating and optional comments."""

from django import forms
from django.utils.translation import gettext_lazy as _

from siehub.forms import RATING_CHOICES

from ..models import Feedback
from ..services.completion import COMMENT_MAX_LENGTH


class FeedbackForm(forms.ModelForm):
    """A rating from 1 to 5 as a group of radio buttons (a fieldset with a legend) and
    comments of up to 3000 characters."""

    rating = forms.TypedChoiceField(
        label=_("Overall, how useful was this module for your work?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("From 1 (not at all) to 5 (very much)."),
        error_messages={
            "required": _("Choose a rating from 1 to 5."),
            "invalid_choice": _("Choose a rating from 1 to 5."),
        },
    )
    comment = forms.CharField(
        label=_("Comments"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Optional, up to 3000 characters: what worked, what to improve. "
            "Coordinators read the comments without your name."
        ),
    )

    class Meta:
        model = Feedback
        fields = ["rating", "comment"]
