"""django-allauth integration: mail through the outbox, language after login, welcome mail."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import translation

from siehub.i18n import url_in_language
from siehub.services import enqueue_email

from .services import members as services


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """Render allauth's mail now (in the page's language) and queue it in the outbox."""
        request = self.request
        ctx = {"request": request, "email": email, **context}
        message = self.render_mail(template_prefix, email, ctx)
        html = next(
            (
                body
                for body, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            "",
        )
        user = context.get("user")
        enqueue_email(
            to_email=email,
            subject=message.subject,
            body_text=message.body,
            body_html=html,
            kind=template_prefix.rsplit("/", 1)[-1],
            recipient=user if getattr(user, "pk", None) else None,
            secret=True,
        )

    def confirm_email(self, request, email_address):
        """Verify the address; the first verified address of a member earns the welcome."""
        with transaction.atomic():
            first = not EmailAddress.objects.filter(
                user_id=email_address.user_id, verified=True
            ).exists()
            confirmed = super().confirm_email(request, email_address)
            if confirmed and first:
                services.member_welcome(user=email_address.user)
        return confirmed

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
