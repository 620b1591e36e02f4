"""The practice form and what the adaptation form shares with it."""

from django import forms
from django.conf import settings
from django.utils.text import capfirst, format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import Organisation
from siehub.countries import sorted_country_choices
from siehub.forms import FORMATTING_HELP, CheckboxesField, MarkdownTextarea
from siehub.i18n import language_choices
from siehub.models import Area, EducationLevel
from siehub.text import html_to_text
from siehub.video import video_of

from ..models import (
    VIDEO_HELP,
    EvidenceLevel,
    Licence,
    MeasureType,
    Practice,
    Scale,
    TargetGroup,
)
from ..services.practices import PRACTICE_M2M_FIELDS, PRACTICE_PLAIN_FIELDS

ACTIONS = {"save", "preview", "submit"}


class TextSectionsMixin:
    """Sections are edited as plain text (paragraphs, "- " lists) in the original language;
    the plain fields (those the service writes as given) start from the object's."""

    model = None
    plain_fields: tuple[str, ...] = ()

    def initial_from(self, obj):
        language = obj.original_language
        initial = {
            "original_language": language,
            "title": getattr(obj, f"title_{language}"),
        }
        for section in self.model.SECTIONS:
            initial[section] = html_to_text(getattr(obj, f"{section}_{language}") or "")
        for name in self.plain_fields:
            # A relation by its id (`organisation_id`), as its choice field takes it.
            initial[name] = getattr(obj, obj._meta.get_field(name).attname)
        return initial


def section_field(model, name, rows=6):
    field = model._meta.get_field(name)
    return forms.CharField(
        # capfirst keeps the label lazy: it is translated when the form is shown, not
        # once, in English, when this module is imported.
        label=capfirst(field.verbose_name),
        help_text=format_lazy("{} {}", field.help_text, FORMATTING_HELP)
        if field.help_text
        else FORMATTING_HELP,
        required=False,
        max_length=10000,
        widget=MarkdownTextarea(attrs={"rows": rows}),
    )


class VideoURLField(forms.URLField):
    """The address of a video on one of the allowed hosts (siehub.video)."""

    def __init__(self, **kwargs):
        kwargs = {
            "label": _("Video"),
            "max_length": 500,
            "required": False,
            "assume_scheme": "https",
            "help_text": VIDEO_HELP,
            **kwargs,
        }
        super().__init__(**kwargs)

    def clean(self, value):
        url = super().clean(value)
        if url and video_of(url) is None:
            raise forms.ValidationError(
                _(
                    "This is not the address of a video we can show. Copy the address "
                    "of the video's page on YouTube, Vimeo or PeerTube (%(hosts)s)."
                )
                % {"hosts": ", ".join(settings.VIDEO_PEERTUBE_HOSTS) or "-"}
            )
        return url


class PracticeForm(TextSectionsMixin, forms.Form):
    model = Practice
    plain_fields = PRACTICE_PLAIN_FIELDS

    original_language = forms.ChoiceField(
        label=_("Language you write in"),
        choices=language_choices,
        help_text=_(
            "Curators and colleagues translate it into the other languages later."
        ),
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    summary = section_field(Practice, "summary", rows=3)
    context = section_field(Practice, "context")
    objectives = section_field(Practice, "objectives", rows=4)
    activities = section_field(Practice, "activities", rows=8)
    resources = section_field(Practice, "resources", rows=4)
    results = section_field(Practice, "results")
    transferability = section_field(Practice, "transferability", rows=4)
    organisation = forms.ModelChoiceField(
        label=_("School or organisation"),
        queryset=Organisation.objects.by_name(),
        required=False,
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=sorted_country_choices, required=False
    )
    target_groups = CheckboxesField(TargetGroup.objects.all(), label=_("Target groups"))
    measure_types = CheckboxesField(
        MeasureType.objects.all(), label=_("Types of measure")
    )
    areas = CheckboxesField(Area.objects.all(), label=_("Whole-school areas"))
    education_levels = CheckboxesField(
        EducationLevel.objects.all(), label=_("Education levels")
    )
    evidence_level = forms.ModelChoiceField(
        label=_("Evidence of results"),
        queryset=EvidenceLevel.objects.all(),
        required=False,
        widget=forms.RadioSelect,
    )
    scale = forms.ChoiceField(
        label=_("Scale"), choices=Scale.choices, initial=Scale.SCHOOL
    )
    duration = forms.CharField(label=_("Duration"), max_length=150, required=False)
    keywords = forms.CharField(
        label=_("Keywords"),
        max_length=250,
        required=False,
        help_text=_("Separated by commas."),
    )
    licence = forms.ChoiceField(
        label=_("Licence"), choices=Licence.choices, initial=Licence.CC_BY
    )
    video_url = VideoURLField()
    no_personal_data = forms.BooleanField(
        label=_("The text and attachments contain no personal data of pupils."),
        help_text=_(
            "No names, photos, health or family details of pupils. Required to submit."
        ),
        required=False,
    )

    def __init__(self, *args, practice=None, user=None, **kwargs):
        if practice is not None:
            initial = self.initial_from(practice)
            for name in PRACTICE_M2M_FIELDS:
                initial[name] = list(getattr(practice, name).all())
            kwargs["initial"] = {**initial, **kwargs.get("initial", {})}
        elif user is not None:
            kwargs.setdefault("initial", {}).update(
                original_language=user.preferred_language or get_language(),
                organisation=user.organisation_id,
                country=user.country,
            )
        super().__init__(*args, **kwargs)
