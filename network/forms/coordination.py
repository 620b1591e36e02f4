"""Forms of the coordination pages: an organisation of the network, a claim decision, a
translator named."""

from django import forms
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from siehub.countries import sorted_country_choices
from siehub.forms import CheckboxesField
from siehub.i18n import language_choices
from siehub.models import EducationLevel

from ..models import Organisation, OrganisationKind
from ..services.coordination import EDITABLE_FIELDS


class OrganisationForm(forms.ModelForm):
    """A school (or another organisation) of a partner network, as its coordinator edits
    it. The partner network is the server's to set: a select of the partners the
    coordinator coordinates appears only when there are several, and only on creation."""

    country = forms.ChoiceField(label=_("Country"), choices=sorted_country_choices)
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    education_levels = CheckboxesField(
        EducationLevel.objects.all(),
        label=_("Education levels"),
        to_field_name="slug",
        help_text=_("For schools: the levels it teaches."),
    )
    partner = forms.ModelChoiceField(
        label=_("Partner network"),
        queryset=Organisation.objects.none(),
        empty_label=None,
        help_text=_("The partner network the organisation joins."),
    )

    class Meta:
        model = Organisation
        fields = EDITABLE_FIELDS
        widgets = {
            "pupil_count": forms.NumberInput(attrs={"min": 0}),
            "vulnerable_share": forms.NumberInput(attrs={"min": 0, "max": 100}),
        }

    field_order = [
        "partner",
        "name",
        "kind",
        "country",
        "city",
        "address",
        "website",
        "email",
        "phone",
        "description",
        "education_levels",
        "pupil_count",
        "vulnerable_share",
        "instruction_languages",
    ]

    def __init__(self, *args, partners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = get_language()
        language_name = get_language_info(self.language)["name_translated"]
        description = self.fields["description"]
        description.help_text = _(
            "Written in %(language)s; the descriptions in other languages are kept."
        ) % {"language": language_name}
        if self.instance.pk:
            description.initial = getattr(
                self.instance, f"description_{self.language}", ""
            )
        partner_list = list(partners) if partners is not None else []
        if not self.instance.pk:
            # Most additions are schools in the partner's own country.
            self.fields["kind"].initial = OrganisationKind.SCHOOL
            if partner_list:
                self.fields["country"].initial = partner_list[0].country
        if len(partner_list) > 1 and not self.instance.pk:
            self.fields["partner"].queryset = partners
        else:
            del self.fields["partner"]
        self.fields["name"].widget.attrs["autocomplete"] = "organization"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(
                self.fields["name"].error_messages["required"], code="required"
            )
        return name

    def service_data(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("partner", None)
        return data


class ClaimDecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the member (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class TranslatorForm(forms.Form):
    """A member of the coordinator's network named translator into a language."""

    member = forms.ModelChoiceField(
        label=_("Member"),
        queryset=None,
        help_text=_("A member of a school or organisation of your network."),
    )
    language = forms.ChoiceField(label=_("Translates into"), choices=language_choices)
    partner = forms.ModelChoiceField(
        label=_("For the partner"), queryset=Organisation.objects.none()
    )

    def __init__(self, *args, members, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members.order_by("last_name", "first_name")
        self.fields["member"].label_from_instance = lambda user: (
            f"{user.get_full_name() or user.email} ({user.email})"
        )
        self.fields["partner"].queryset = partners
        if partners.count() == 1:
            self.fields["partner"].initial = partners.get().pk
            self.fields["partner"].widget = forms.HiddenInput()
