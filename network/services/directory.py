"""Writes of the directories: members writing to each other through public profiles."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from siehub.services import notify

from ..models import CONTACT_MESSAGE_MAX_LENGTH, ContactMessage, User


class ContactRateLimited(ValidationError):
    """The sender has written as many messages as allowed for now (HTTP 429)."""


def contact_body_clean(body: str) -> str:
    """The message as it is stored and mailed: line breaks as a browser counts them
    (one character each), outer white space removed; a translated error if it is empty
    or too long."""
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise ValidationError(_("Please write a message."), code="required")
    if len(body) > CONTACT_MESSAGE_MAX_LENGTH:
        raise ValidationError(
            _(
                "Your message is too long: it may have at most %(limit)d characters, "
                "it has %(length)d."
            )
            % {"limit": CONTACT_MESSAGE_MAX_LENGTH, "length": len(body)},
            code="max_length",
        )
    return body


def contactable_members():
    """Who can be written to: listed members who accept messages."""
    return User.objects.listed().filter(allow_contact=True)


def _check_rate(sender: User) -> None:
    now = timezone.now()
    hourly = settings.CONTACT_MESSAGES_PER_HOUR
    daily = settings.CONTACT_MESSAGES_PER_DAY
    sent = ContactMessage.objects.filter(
        sender=sender, created_at__gte=now - timedelta(days=1)
    ).aggregate(
        day=Count("pk"),
        hour=Count("pk", filter=Q(created_at__gte=now - timedelta(hours=1))),
    )
    if sent["hour"] >= hourly:
        raise ContactRateLimited(
            ngettext(
                "You can send at most %(limit)d message an hour. Please try again "
                "later.",
                "You can send at most %(limit)d messages an hour. Please try again "
                "later.",
                hourly,
            )
            % {"limit": hourly},
            code="rate_limited",
        )
    if sent["day"] >= daily:
        raise ContactRateLimited(
            ngettext(
                "You can send at most %(limit)d message a day. Please try again "
                "tomorrow.",
                "You can send at most %(limit)d messages a day. Please try again "
                "tomorrow.",
                daily,
            )
            % {"limit": daily},
            code="rate_limited",
        )


@transaction.atomic
def contact_send(
    *, sender: User, recipient: User, body: str, share_email: bool = False
) -> ContactMessage:
    """Send a member's message to a listed member by mail (the outbox), within the
    sender's hourly and daily limits; the recipient's address is never revealed, the
    sender's only when they choose to share it."""
    body = contact_body_clean(body)
    if sender.pk == recipient.pk:
        raise ValidationError(_("You cannot write to yourself."), code="self")
    # The sender's row is the lock: two messages posted at once are counted one after
    # the other, so they cannot both slip under the limit.
    sender = User.objects.select_for_update().get(pk=sender.pk)
    try:
        recipient = contactable_members().get(pk=recipient.pk)
    except User.DoesNotExist:
        raise ValidationError(
            _("This member does not accept messages."), code="unavailable"
        ) from None
    _check_rate(sender)
    message = ContactMessage.objects.create(
        sender=sender, recipient=recipient, body=body
    )
    # The recipient answers through the sender's public profile, if there is one.
    link = ""
    if sender.is_listed:
        with translation.override(recipient.preferred_language):
            link = sender.get_absolute_url()
    notify(
        recipient,
        "network_contact",
        link=link,
        sender=sender,
        contact_message=message,
        sender_name=sender.public_name,
        sender_email=sender.email if share_email else "",
        can_reply_on_site=bool(link) and sender.allow_contact,
        message=body,
    )
    return message
