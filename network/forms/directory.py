from django import forms
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import CONTACT_MESSAGE_MAX_LENGTH
from ..services.directory import contact_body_clean


class ContactForm(forms.Form):
    """A message to a member, sent from their public profile."""

    body = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(
            attrs={"rows": 6, "maxlength": CONTACT_MESSAGE_MAX_LENGTH}
        ),
        error_messages={"required": _("Please write a message.")},
    )
    share_email = forms.BooleanField(required=False)

    def __init__(self, *args, recipient, sender, **kwargs):
        super().__init__(*args, **kwargs)
        name = recipient.public_name
        # Help texts are rendered as HTML; a name is text.
        safe_name = escape(name)
        self.fields["body"].help_text = gettext(
            "%(name)s receives it by email; your email address stays hidden unless you "
            "share it below. At most %(limit)d characters."
        ) % {"name": safe_name, "limit": CONTACT_MESSAGE_MAX_LENGTH}
        self.fields["share_email"].label = gettext(
            "Share my email address with %(name)s so they can reply directly"
        ) % {"name": name}
        if not (sender.is_listed and sender.allow_contact):
            # Without a public profile that accepts messages, mail is the only way back.
            self.fields["share_email"].help_text = gettext(
                "You have no public profile that accepts messages, so %(name)s can "
                "only reply if you share your email address."
            ) % {"name": safe_name}

    def clean_body(self):
        return contact_body_clean(self.cleaned_data["body"])
