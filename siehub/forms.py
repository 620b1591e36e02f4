from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from .text import html_to_text, is_plain_html, sanitize_html, text_to_html


class SiteFormRenderer(TemplatesSetting):
    """Forms render with the site's markup: an error summary, then labelled field groups."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"


class ParagraphsTextarea(forms.Textarea):
    """A textarea for stored HTML that is written as plain text: paragraphs separated by
    a blank line, lists of "- " lines, as members write in the site's forms.

    The HTML is shown as that text whenever nothing would be lost (only paragraphs and
    lists); richer markup is shown as it is. What comes back is turned into HTML and
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
