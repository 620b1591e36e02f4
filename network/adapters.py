"""django-allauth integration: mail through the outbox, language after login, welcome mail."""

from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.template.loader import render_to_string
from django.utils import translation

from siehub.i18n import url_in_language
from siehub.services import enqueue_email

from .models import User
from .permissions import can_log_in
from .services import accounts as services

# The links of allauth's mails, built in the language of the page that caused them.
ACCOUNT_MAIL_LINKS = ("activate_url", "password_reset_url", "signup_url")


def _link_in_language(url: str, language: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=url_in_language(parts.path, language)))


def account_of(email: str, context: dict):
    """The account an allauth mail is about: given by allauth, or the one holding the
    address (a notice allauth sends without it, an "account already exists" mail)."""
    user = context.get("user")
    if getattr(user, "pk", None):
        return user
    address = (
        EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    )
    if address is not None:
        return address.user
    return User.objects.filter(email__iexact=email).first()


def address_verified(sender, request=None, email_address=None, **kwargs):
    """allauth verified an address: by the link, by a code or by a curator in admin. Its
    `email_confirmed` signal is the one hook all of these pass (connected in
    NetworkConfig.ready); what waited for the verification is a service."""
    services.member_address_verified(user=email_address.user)


class AccountAdapter(DefaultAccountAdapter):
    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """allauth leaves the account out of a notice's context: put it in, so that the
        notice is written in its owner's language."""
        return super().send_notification_mail(
            template_prefix, user, {"user": user, **(context or {})}, email
        )

    def send_mail(self, template_prefix, email, context):
        """Render allauth's mail in the recipient's language, in the layout of every
        other mail (HTML and plain text), and queue it in the outbox."""
        request = self.request
        user = account_of(email, context)
        language = (
            getattr(user, "preferred_language", "")
            or translation.get_language()
            or settings.LANGUAGE_CODE
        )
        context = dict(context)
        for key in ACCOUNT_MAIL_LINKS:
            if context.get(key):
                context[key] = _link_in_language(context[key], language)
        with translation.override(language):
            ctx = {
                "request": request,
                "email": email,
                # allauth's templates greet and sign with the Site's name ("SIE HUB+").
                "current_site": get_current_site(request),
                **context,
            }
            message = self.render_mail(template_prefix, email, ctx)
            layout = {
                "subject": message.subject,
                "body": message.body,
                "recipient": user if can_log_in(user) else None,
                "site_url": settings.SITE_URL,
            }
            # Queued inside the override: the outbox records the language.
            enqueue_email(
                to_email=email,
                subject=message.subject,
                body_text=render_to_string("emails/account.txt", layout).strip(),
                body_html=render_to_string("emails/account.html", layout),
                kind=template_prefix.rsplit("/", 1)[-1],
                recipient=user,
                secret=True,
            )

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        """Continue in the member's preferred language after login."""
        language = getattr(user, "preferred_language", "")
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = super().post_login(
            request, user, redirect_url=redirect_url, **kwargs
        )
        location = response.get("Location") if hasattr(response, "get") else None
        if language and location:
            response["Location"] = url_in_language(location, language)
        return response
