from django import forms
from django.forms.renderers import TemplatesSetting
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import pictures
from .text import html_to_text, is_plain_html, sanitize_html, text_to_html

# A rating from 1 to 5, as evaluations and feedback ask it.
RATING_CHOICES = [
    (1, _("1 (lowest)")),
    (2, "2"),
    (3, "3"),
    (4, "4"),
    (5, _("5 (highest)")),
]


class CheckboxesField(forms.ModelMultipleChoiceField):
    """Rows to tick, none required: the terms of a vocabulary a practice, an organisation
    or a member has (by slug where the form's data names them so), or files to remove."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(queryset, **kwargs)


class SiteFormRenderer(TemplatesSetting):
    """Forms render with the site's markup: an error summary, then labelled field groups."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"


FORMATTING_HELP = _(
    "Formatting: ## heading, **bold**, *italic*, - list, 1. numbered list, > quote, "
    "[link text](https://…)."
)


class MarkdownTextarea(forms.Textarea):
    """A textarea for formatted text (Markdown, siehub.text): site.js adds a toolbar
    and a preview; without JavaScript the help text says how to format."""

    def __init__(self, attrs=None):
        super().__init__({"data-markdown": "", **(attrs or {})})


class ParagraphsTextarea(MarkdownTextarea):
    """A textarea for stored HTML that is written as Markdown: paragraphs separated by
    a blank line, "- " lists, headings, emphasis, links and quotes, as members write in
    the site's forms.

    The HTML is shown as that Markdown whenever nothing would be lost; other markup is
    shown as it is. What comes back is turned into HTML and
    sanitised, so a curator never sees nor has to type "<p>".
    """

    def format_value(self, value):
        if value and is_plain_html(value):
            return html_to_text(value)
        return super().format_value(value)

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if not value:
            return value
        return sanitize_html(text_to_html(value))


class CertificateCodeForm(forms.Form):
    """The code printed on a certificate, as someone types it (checked by the view:
    a malformed code is simply one that no certificate has)."""

    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_(
            "Twelve letters and digits, as printed on the certificate, for example "
            "ABCD-EFGH-JKLM. Upper or lower case, with or without dashes."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
            }
        ),
    )


# Short texts (a title, a name, a caption) get one line; the others a text box.
SHORT_FIELDS = {"title", "name", "material_title", "image_alt", "cover_alt", "text"}


class TranslationField(forms.CharField):
    """A translation in the side-by-side editor, changed only when the translator
    changed it: the value is compared with what the untouched field sends back (stored
    HTML shown as Markdown and turned into HTML again, which may differ from the
    machine's HTML in its spacing; the browser's CR LF line ends and outer spaces),
    not with the stored text itself."""

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        return _normalised(self._untouched(initial)) != _normalised(data)

    def _untouched(self, initial):
        if not initial:
            return ""
        shown = self.widget.format_value(initial)
        return self.widget.value_from_datadict({"value": shown}, {}, "value")


def _normalised(value) -> str:
    return (value or "").replace("\r\n", "\n").strip()


class TranslationForm(forms.Form):
    """The texts of one object in one language, each beside its original (the
    translators' side-by-side editor). Fields with no original text are left out."""

    def __init__(self, *args, kind, states, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.states = [state for state in states if state.status not in ("empty",)]
        for state in self.states:
            model_field = kind.model._meta.get_field(state.field)
            attrs = {"lang": language, "spellcheck": "true"}
            widget: forms.Widget
            if state.field in kind.html_fields:
                widget = ParagraphsTextarea(attrs={**attrs, "rows": 8})
            elif state.field in SHORT_FIELDS and model_field.max_length:
                widget = forms.TextInput(attrs=attrs)
            else:
                widget = forms.Textarea(attrs={**attrs, "rows": 4})
            self.fields[state.field] = TranslationField(
                label=capfirst(model_field.verbose_name),
                required=False,
                max_length=model_field.max_length,
                widget=widget,
                initial=state.text,
            )

    def rows(self):
        """Each field with its original and its state, for the template."""
        return [(self[state.field], state) for state in self.states]


class PictureField(forms.FileField):
    """A picture upload, checked by its content and cleaned (siehub.pictures): what comes
    out is the cleaned file, upright and without metadata, never the camera's."""

    widget = forms.ClearableFileInput(
        attrs={"accept": "image/jpeg,image/png,image/webp"}
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text",
            lazy(
                lambda: (
                    gettext("JPEG, PNG or WebP, up to %(size)s.")
                    % {"size": filesizeformat(pictures.max_bytes())}
                ),
                str,
            )(),
        )
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        cleaned = pictures.clean_upload(upload)
        return cleaned.file
