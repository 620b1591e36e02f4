from django import forms
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from siehub.countries import sorted_country_choices
from siehub.forms import CheckboxesField
from siehub.i18n import language_choices
from siehub.models import Area

from ..models import (
    ClaimStatus,
    Position,
    SpokenLanguage,
    User,
)
from ..services import accounts
from ..services.accounts import PROFILE_FIELDS, claimable_organisations


def organisation_choices():
    """The organisations a member can claim, grouped by country (partner countries
    first), each labelled with its city: one query per rendered form."""
    labels = dict(sorted_country_choices())
    groups: dict[str, list] = {code: [] for code in labels if code}
    rows = (
        claimable_organisations().by_name().values_list("pk", "name", "city", "country")
    )
    for pk, name, city, country in rows:
        label = f"{name} ({city})" if city else name
        groups.setdefault(country, []).append((str(pk), label))
    return [("", pgettext_lazy("organisation", "None"))] + [
        (labels.get(code, code), options) for code, options in groups.items() if options
    ]


class OrganisationChoiceField(forms.ChoiceField):
    """A claimable organisation, offered grouped by country; cleans to the instance."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("School or organisation"))
        kwargs.setdefault("choices", organisation_choices)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        value = self.to_python(value)
        if not value:
            if self.required:
                raise forms.ValidationError(
                    self.error_messages["required"], code="required"
                )
            return None
        organisation = None
        if value.isdigit():
            organisation = claimable_organisations().filter(pk=int(value)).first()
        if organisation is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return organisation

    def has_changed(self, initial, data):
        return str(initial or "") != str(data or "")


def ordered_slugs(selected, choices) -> list[str]:
    """The chosen slugs in the order of their TextChoices (a stable stored list)."""
    chosen = set(selected or [])
    return [value for value in choices.values if value in chosen]


class SignupForm(forms.Form):
    """Extra fields of allauth's sign-up form (allauth adds email and passwords)."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    position = forms.ChoiceField(label=_("Position"), choices=Position.choices)
    country = forms.ChoiceField(label=_("Country"), choices=sorted_country_choices)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=language_choices,
        help_text=_("The platform and its emails use this language."),
    )
    organisation = OrganisationChoiceField(
        help_text=_(
            "Optional. If your school or organisation is in the network, choose it: the "
            "coordinator of its partner network confirms that you belong to it."
        ),
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "position",
        "organisation",
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
        if self.cleaned_data.get("organisation"):
            accounts.claim_create(
                user=user, organisation=self.cleaned_data["organisation"]
            )


class ProfileForm(forms.ModelForm):
    """A member's own profile. The organisation is a wish: a different choice becomes a
    claim for the coordinator of its network to approve; choosing none leaves the
    organisation the member belonged to."""

    organisation = OrganisationChoiceField(
        help_text=_(
            "Choosing another organisation asks the coordinator of its partner network "
            "to confirm that you belong to it; until then your profile keeps the current "
            "one. Choose “None” to leave your organisation."
        ),
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=sorted_country_choices, required=False
    )
    expertise_areas = CheckboxesField(
        Area.objects.all(),
        label=_("Expertise areas"),
        to_field_name="slug",
        help_text=_("Areas of the whole-school approach you work in."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages I work in"),
        choices=SpokenLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = User
        fields = PROFILE_FIELDS
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    field_order = ["first_name", "last_name", "organisation", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        user = self.instance
        # What the member asked for last: the claim waiting for approval, if any.
        pending = (
            user.organisation_claims.filter(status=ClaimStatus.PENDING)
            .values_list("organisation_id", flat=True)
            .first()
        )
        current = pending or user.organisation_id
        self.fields["organisation"].initial = str(current) if current else ""

    def clean_languages(self):
        return ordered_slugs(self.cleaned_data["languages"], SpokenLanguage)


class UserCreationAdminForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "first_name", "last_name")


class UserChangeAdminForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"
