"""Forms of the registration pages: applying, travel details, a coordinator's decision,
cancelling, and a coordinator registering a member or inviting a colleague.

The rules live in mobilities.services.registrations; the forms call its checks (dates,
school) so that a mistake shows next to its field, and the service checks again."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from network.models import Organisation, Position, User
from siehub.i18n import language_choices, translated_sql
from siehub.service_calls import add_service_errors

from ..models import Registration
from ..services import registrations as services

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class _DatesMixin:
    """Check arrival and departure against the event with the service's rule."""

    mobility = None

    def clean(self):
        cleaned = super().clean()
        if self.mobility is not None:
            try:
                services.check_dates(
                    self.mobility,
                    cleaned.get("arrival_date"),
                    cleaned.get("departure_date"),
                )
            except ValidationError as error:
                add_service_errors(self, error)
        return cleaned


class SchoolChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.city})" if obj.city else obj.name


class ApplyForm(_DatesMixin, forms.ModelForm):
    """A member's application; the school is one of their partner network."""

    school = SchoolChoiceField(
        label=_("School or organisation"),
        queryset=Organisation.objects.none(),
        help_text=_("Where you work; it belongs to the network that sends you."),
    )

    class Meta:
        model = Registration
        fields = services.APPLY_FIELDS
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 5}),
            "special_needs": forms.Textarea(attrs={"rows": 3}),
            "arrival_date": DATE_WIDGET,
            "departure_date": DATE_WIDGET,
        }
        help_texts = {
            "motivation": _(
                "Why you would like to take part, and what you hope to bring back to "
                "your school."
            ),
            "arrival_date": _(
                "When you plan to arrive (optional, you can add it later)."
            ),
            "departure_date": _("When you plan to leave (optional)."),
        }

    def __init__(self, *args, mobility, member, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.mobility = mobility
        self.fields["school"].queryset = Organisation.objects.in_network_of(
            partner
        ).order_by("-is_partner", translated_sql("name"), "pk")
        if not self.is_bound:
            self.initial.setdefault("school", member.organisation_id)
            self.initial.setdefault("role", member.position)
        self.fields["gender"].label = _("Gender (optional)")

    def validate_constraints(self):
        # The service's checks give the messages (the dates' are above).
        return None


class TravelForm(_DatesMixin, forms.ModelForm):
    """Travel details of a confirmed participant; the consent to be listed publicly is
    offered to the participant only."""

    class Meta:
        model = Registration
        fields = (*services.TRAVEL_FIELDS, "listed_publicly")
        widgets = {
            "arrival_date": DATE_WIDGET,
            "departure_date": DATE_WIDGET,
            "travel_details": forms.Textarea(attrs={"rows": 4}),
            "special_needs": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, is_participant: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.mobility = self.instance.mobility
        if not is_participant:
            del self.fields["listed_publicly"]

    def validate_constraints(self):
        return None


class NoteForm(forms.Form):
    """An optional note with a decision or a cancellation, mailed to the participant."""

    note = forms.CharField(
        label=_("Message to the participant (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, by_participant: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if by_participant:
            self.fields["note"].label = _("Reason (optional; your coordinators see it)")


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        name = obj.get_full_name() or obj.email
        if obj.organisation_id:
            return f"{name} · {obj.organisation.name}"
        return name


class RegisterForm(forms.Form):
    """A coordinator registers a member of their network, or a colleague without an
    account (name and email: an invitation is mailed)."""

    member = MemberChoiceField(
        label=_("Member of your network"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("— A colleague without an account (below) —"),
    )
    name = forms.CharField(
        label=_("Colleague's full name"), max_length=200, required=False
    )
    email = forms.EmailField(
        label=_("Colleague's email address"),
        required=False,
        help_text=_(
            "They receive an invitation to create their account; the registration "
            "then becomes theirs."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitation"), choices=language_choices
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("", _("As on their profile")), *Position.choices],
        required=False,
    )
    school = SchoolChoiceField(
        label=_("School or organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("As on their profile"),
    )

    field_order = ["member", "name", "email", "language", "role", "school"]

    def __init__(self, *args, mobility, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.partner = partner
        network = Organisation.objects.in_network_of(partner)
        already = (
            Registration.objects.active()
            .filter(mobility=mobility, participant__isnull=False)
            .values("participant")
        )
        self.fields["member"].queryset = (
            User.objects.filter(
                organisation__in=network, is_active=True, deleted_at__isnull=True
            )
            .exclude(pk__in=already)
            .select_related("organisation")
            .order_by("last_name", "first_name", "pk")
        )
        self.fields["school"].queryset = network.order_by(
            "-is_partner", translated_sql("name"), "pk"
        )
        self.fields["language"].initial = services.partner_language(partner)

    def clean(self):
        cleaned = super().clean()
        member, email = cleaned.get("member"), cleaned.get("email")
        if member and email:
            self.add_error(
                "email",
                _("Choose a member or give a colleague's address, not both."),
            )
        elif not member and not email and "email" not in self.errors:
            self.add_error(
                "member",
                _("Choose a member, or give the name and email of a colleague."),
            )
        elif email and not cleaned.get("name"):
            self.add_error("name", _("Give the name of your colleague."))
        elif email and not cleaned.get("role"):
            self.add_error("role", _("Choose your colleague's role."))
        return cleaned

    def service_data(self) -> dict:
        data = self.cleaned_data
        return {"role": data.get("role") or "", "school": data.get("school")}
