from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _


class SiteFormRenderer(TemplatesSetting):
    """Forms render with the site's markup: an error summary, then labelled field groups."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"


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
