import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.text import capfirst, format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.forms.accounts import sorted_country_choices
from network.models import Organisation
from siehub.forms import FORMATTING_HELP, MarkdownTextarea, PictureField
from siehub.i18n import language_choices
from siehub.text import html_to_text
from siehub.video import video_of

from .models import (
    VIDEO_HELP,
    Adaptation,
    Area,
    Attachment,
    EducationLevel,
    EvidenceLevel,
    Indicator,
    Licence,
    Measurement,
    MeasureType,
    OutcomeIndicator,
    Practice,
    PracticePicture,
    Scale,
    TargetGroup,
    indicator_unit,
)

MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
# What an attachment may be, recognised by its content (not its name).
ALLOWED_TYPES = {
    "application/pdf": ("pdf",),
    "image/jpeg": ("jpg", "jpeg"),
    "image/png": ("png",),
    "image/gif": ("gif",),
    "image/webp": ("webp",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        "docx",
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xlsx",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        "pptx",
    ),
    "application/vnd.oasis.opendocument.text": ("odt",),
    "application/vnd.oasis.opendocument.spreadsheet": ("ods",),
    "application/vnd.oasis.opendocument.presentation": ("odp",),
    "application/msword": ("doc",),
    "application/vnd.ms-excel": ("xls",),
    "application/vnd.ms-powerpoint": ("ppt",),
}
ACTIONS = {"save", "preview", "submit"}


class TextSectionsMixin:
    """Sections are edited as plain text (paragraphs, "- " lists) in the original language."""

    model = None

    def initial_from(self, obj):
        language = obj.original_language
        initial = {
            "original_language": language,
            "title": getattr(obj, f"title_{language}"),
        }
        for section in self.model.SECTIONS:
            initial[section] = html_to_text(getattr(obj, f"{section}_{language}") or "")
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
    target_groups = forms.ModelMultipleChoiceField(
        label=_("Target groups"),
        queryset=TargetGroup.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    measure_types = forms.ModelMultipleChoiceField(
        label=_("Types of measure"),
        queryset=MeasureType.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    areas = forms.ModelMultipleChoiceField(
        label=_("Whole-school areas"),
        queryset=Area.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    education_levels = forms.ModelMultipleChoiceField(
        label=_("Education levels"),
        queryset=EducationLevel.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
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
            initial.update(
                organisation=practice.organisation_id,
                country=practice.country,
                target_groups=list(practice.target_groups.all()),
                measure_types=list(practice.measure_types.all()),
                areas=list(practice.areas.all()),
                education_levels=list(practice.education_levels.all()),
                evidence_level=practice.evidence_level_id,
                scale=practice.scale,
                duration=practice.duration,
                keywords=practice.keywords,
                licence=practice.licence,
                video_url=practice.video_url,
                no_personal_data=practice.no_personal_data,
            )
            kwargs["initial"] = {**initial, **kwargs.get("initial", {})}
        elif user is not None:
            kwargs.setdefault("initial", {}).update(
                original_language=user.preferred_language or get_language(),
                organisation=user.organisation_id,
                country=user.country,
            )
        super().__init__(*args, **kwargs)


class AdaptationForm(TextSectionsMixin, forms.Form):
    model = Adaptation

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
            initial.update(
                school=adaptation.school_id,
                period=adaptation.period,
                video_url=adaptation.video_url,
                no_personal_data=adaptation.no_personal_data,
            )
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


class AttachmentForm(forms.Form):
    """One new file or link, added in the practice form itself (empty slots are ignored)."""

    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=lazy(
            lambda: (
                _("PDF, office document or image, up to %(size)s.")
                % {"size": filesizeformat(MAX_ATTACHMENT_SIZE)}
            ),
            str,
        )(),
    )
    url = forms.URLField(
        label=_("Or a link"),
        required=False,
        assume_scheme="https",
        help_text=_("For example a video or a web page about the practice."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=Attachment.Kind.choices,
        initial=Attachment.Kind.DOCUMENT,
    )
    # Not "Title": the practice form has its own title field.
    title = forms.CharField(
        label=_("Name shown to readers"),
        max_length=200,
        required=False,
        help_text=_("Optional: without it, the file's name or the link is shown."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        if upload.size > MAX_ATTACHMENT_SIZE:
            raise forms.ValidationError(
                _("The file is too large (%(size)s); the limit is %(limit)s.")
                % {
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(MAX_ATTACHMENT_SIZE),
                }
            )
        head = upload.read(8192)
        upload.seek(0)
        kind = filetype.guess(head)
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if kind is None or kind.mime not in ALLOWED_TYPES:
            raise forms.ValidationError(
                _(
                    "This kind of file cannot be attached. Use PDF, an office document or an image."
                )
            )
        if extension not in ALLOWED_TYPES[kind.mime]:
            raise forms.ValidationError(
                _("The file's name does not match its content (.%(extension)s).")
                % {"extension": extension or "?"}
            )
        self.cleaned_data["content_type"] = kind.mime
        return upload

    def clean(self):
        cleaned = super().clean()
        upload, url = cleaned.get("file"), cleaned.get("url")
        if bool(upload) == bool(url) and not self.errors:
            raise forms.ValidationError(_("Attach either a file or a link."))
        if not cleaned.get("title") and (upload or url):
            name = upload.name.rsplit("/", 1)[-1] if upload else url
            cleaned["title"] = name[:200]
        return cleaned


# New attachments offered at once in the practice form; more after saving. The cap also
# bounds what a forged management form can ask for.
NEW_ATTACHMENT_SLOTS = 2
AttachmentFormSet = forms.formset_factory(
    AttachmentForm,
    extra=NEW_ATTACHMENT_SLOTS,
    max_num=NEW_ATTACHMENT_SLOTS,
    absolute_max=NEW_ATTACHMENT_SLOTS,
    validate_max=True,
)


class AttachmentRemovalForm(forms.Form):
    """Which of the practice's attachments the author ticked to remove."""

    remove_attachments = forms.ModelMultipleChoiceField(
        label=_("Remove"),
        queryset=Attachment.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, practice=None, **kwargs):
        super().__init__(*args, **kwargs)
        if practice is not None:
            self.fields["remove_attachments"].queryset = practice.attachments.all()

    def removing(self) -> set[str]:
        """The ticked values as typed (to keep them ticked when the page comes back)."""
        return set(self.data.getlist("remove_attachments")) if self.is_bound else set()


class PictureForm(forms.Form):
    """One new picture, with what it shows for people who cannot see it (empty slots
    are ignored)."""

    image = PictureField(label=_("Picture"), required=False)
    alt_text = forms.CharField(
        label=_("Text alternative"),
        max_length=300,
        required=False,
        help_text=_(
            "Required with a picture: what it shows, in one sentence, for people who "
            "cannot see it. For example: “Two mothers and a teacher at a breakfast "
            "table in the school hall.”"
        ),
    )
    caption = forms.CharField(
        label=_("Caption"),
        max_length=300,
        required=False,
        help_text=_("Optional: shown under the picture."),
    )
    credit = forms.CharField(
        label=_("Credit"),
        max_length=200,
        required=False,
        help_text=_("Optional: who took or drew it (a name, or a school)."),
    )

    def clean(self):
        cleaned = super().clean()
        image, alt = cleaned.get("image"), (cleaned.get("alt_text") or "").strip()
        if image and not alt:
            self.add_error(
                "alt_text",
                _("Describe what the picture shows, for people who cannot see it."),
            )
        elif (
            (alt or cleaned.get("caption")) and not image and "image" not in self.errors
        ):
            self.add_error("image", _("Choose the picture these words describe."))
        cleaned["alt_text"] = alt
        return cleaned


# New pictures offered at once in a form; more after saving. The cap also bounds what a
# forged management form can ask for, and MAX_PICTURES what a gallery holds.
NEW_PICTURE_SLOTS = 3
MAX_PICTURES = 12
PictureFormSet = forms.formset_factory(
    PictureForm,
    extra=NEW_PICTURE_SLOTS,
    max_num=NEW_PICTURE_SLOTS,
    absolute_max=NEW_PICTURE_SLOTS,
    validate_max=True,
)


class PictureChoicesForm(forms.Form):
    """The gallery's pictures: which one is the cover, which to remove; and, for new
    pictures, the author's word about pupils' faces."""

    cover = forms.ModelChoiceField(
        label=_("Cover picture"),
        queryset=PracticePicture.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        empty_label=_("The first picture"),
        help_text=_("Shown at the top of the page and on the cards in lists."),
    )
    remove_pictures = forms.ModelMultipleChoiceField(
        label=_("Remove"),
        queryset=PracticePicture.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    faces_consent = forms.BooleanField(
        label=_(
            "Pupils whose faces can be recognised in these pictures are shown with "
            "their parents' consent."
        ),
        help_text=_(
            "Required to add pictures. Without a parent's written consent, choose a "
            "picture where no pupil can be recognised."
        ),
        required=False,
    )

    def __init__(self, *args, owner=None, **kwargs):
        super().__init__(*args, **kwargs)
        pictures = owner.pictures.all() if owner is not None else None
        if pictures is not None:
            self.fields["cover"].queryset = pictures
            self.fields["remove_pictures"].queryset = pictures
            self.initial.setdefault("cover", owner.cover_id)
        self.pictures = list(pictures) if pictures is not None else []

    def removing(self) -> set[str]:
        return set(self.data.getlist("remove_pictures")) if self.is_bound else set()

    def check_new(self, new: list[dict]) -> bool:
        """Whether the new pictures may be added (the consent given, the gallery not
        over MAX_PICTURES); says why not on the form."""
        if not new:
            return True
        if not self.cleaned_data.get("faces_consent"):
            self.add_error(
                "faces_consent",
                _(
                    "Confirm that pupils' faces are shown only with their parents' "
                    "consent, or choose pictures where no pupil can be recognised."
                ),
            )
            return False
        kept = len(self.pictures) - len(self.cleaned_data.get("remove_pictures") or [])
        if kept + len(new) > MAX_PICTURES:
            self.add_error(
                None,
                _("A gallery holds at most %(count)d pictures.")
                % {"count": MAX_PICTURES},
            )
            return False
        return True


def bound_slots(request, formset_class, prefix: str):
    """The new items (attachments, pictures) posted with a form in its slots: an
    unbound, empty formset when a page from before the form had those slots posts
    without them."""
    if f"{prefix}-TOTAL_FORMS" not in request.POST:
        return formset_class(prefix=prefix)
    return formset_class(request.POST, request.FILES, prefix=prefix)


def filled_slots(formset, needs: str = "") -> list[dict]:
    """What the filled slots of a valid formset add (empty slots add nothing; with
    `needs`, neither do slots without that field)."""
    if not formset.is_bound:
        return []
    return [
        form.cleaned_data
        for form in formset
        if form.has_changed() and (not needs or form.cleaned_data.get(needs))
    ]


class PictureUploads:
    """A practice's or an adaptation's pictures in its form: the slots for new ones and
    the choices about those it has (cover, removal, consent), checked together; the
    template context and the arguments of services.pictures_update."""

    prefix = "pictures"

    def __init__(self, request=None, *, owner=None):
        if request is None:
            self.formset = PictureFormSet(prefix=self.prefix)
            self.choices = PictureChoicesForm(owner=owner)
        else:
            self.formset = bound_slots(request, PictureFormSet, self.prefix)
            self.choices = PictureChoicesForm(request.POST, owner=owner)

    def new(self) -> list[dict]:
        return filled_slots(self.formset, needs="image")

    def is_valid(self) -> bool:
        valid = (
            not self.formset.is_bound or self.formset.is_valid()
        ) & self.choices.is_valid()
        return valid and self.choices.check_new(self.new())

    def changes(self) -> dict:
        return {
            "add": self.new(),
            "remove": self.choices.cleaned_data["remove_pictures"],
            "cover": self.choices.cleaned_data["cover"],
        }

    def context(self) -> dict:
        return {
            "picture_formset": self.formset,
            "picture_choices": self.choices,
            "removing_pictures": self.choices.removing(),
        }


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CuratorNoteForm(forms.Form):
    note = forms.CharField(
        label=_("Message to the author"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


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
