"""Attachments and pictures: checked by content, offered in slots beside the forms."""

import filetype
from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from siehub.forms import CheckboxesField, PictureField

from ..models import (
    Attachment,
    PracticePicture,
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

    remove_attachments = CheckboxesField(Attachment.objects.none(), label=_("Remove"))

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
    remove_pictures = CheckboxesField(PracticePicture.objects.none(), label=_("Remove"))
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
