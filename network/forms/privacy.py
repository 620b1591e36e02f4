"""The account deletion form: the member confirms with their password."""

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

# Wrong passwords allowed per member in a quarter of an hour: the form must not become a
# way to guess the password of a session left open.
MAX_FAILURES = 5
FAILURE_WINDOW = 15 * 60


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    remove_published = forms.BooleanField(
        label=_("Also remove my published practices and adaptations"),
        required=False,
        help_text=_(
            "Otherwise they stay in the inventory, shared under their open licence, "
            "attributed to “a former member” instead of your name."
        ),
    )
    confirm = forms.BooleanField(
        label=_(
            "I understand that my account is deleted for good and cannot be restored"
        ),
        error_messages={"required": _("Please confirm that you want to delete it.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    @property
    def failures_key(self) -> str:
        return f"network:account-delete-failures:{self.user.pk}"

    def clean_password(self):
        password = self.cleaned_data["password"]
        if cache.get(self.failures_key, 0) >= MAX_FAILURES:
            raise forms.ValidationError(
                _(
                    "Too many wrong passwords. Please try again in a quarter of an hour."
                ),
                code="rate_limited",
            )
        if not self.user.check_password(password):
            cache.add(self.failures_key, 0, FAILURE_WINDOW)
            try:
                cache.incr(self.failures_key)
            except ValueError:
                cache.set(self.failures_key, 1, FAILURE_WINDOW)
            raise forms.ValidationError(
                _("This is not your current password."), code="wrong_password"
            )
        return password
