from django import forms
from django.conf import settings
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from siehub.countries import Country

from ..models import Organisation, Position, User


def sorted_country_choices():
    """Countries ordered by their name in the active language, partners first."""
    partners = [Country.NORTH_MACEDONIA, Country.BULGARIA, Country.SPAIN]
    rest = sorted(
        (c for c in Country if c not in partners and c != Country.OTHER),
        key=lambda c: str(c.label),
    )
    return [("", "---------")] + [
        (c.value, c.label) for c in [*partners, *rest, Country.OTHER]
    ]


class SignupForm(forms.Form):
    """Extra fields of allauth's sign-up form (allauth adds email and passwords)."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    position = forms.ChoiceField(label=_("Position"), choices=Position.choices)
    country = forms.ChoiceField(label=_("Country"), choices=sorted_country_choices)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("The platform and its emails use this language."),
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "position",
        "country",
        "preferred_language",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"

    def signup(self, request, user):
        # allauth has saved the user before calling this hook.
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.position = self.cleaned_data["position"]
        user.country = self.cleaned_data["country"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(
            update_fields=[
                "first_name",
                "last_name",
                "position",
                "country",
                "preferred_language",
            ]
        )


class ProfileForm(forms.ModelForm):
    country = forms.ChoiceField(
        label=_("Country"), choices=sorted_country_choices, required=False
    )

    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "organisation",
            "position",
            "country",
            "preferred_language",
            "bio",
            "public_profile",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["organisation"].queryset = Organisation.objects.only(
            "name"
        ).order_by("name")
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"


class UserCreationAdminForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "first_name", "last_name")


class UserChangeAdminForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"
