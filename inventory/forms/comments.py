"""The comment form."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
