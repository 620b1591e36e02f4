from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    """Forms render with the site's markup: an error summary, then labelled field groups."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"
