"""Writes of the network app: members and their profiles."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from siehub.services import notify

from ..models import User


@transaction.atomic
def member_welcome(*, user: User):
    """Queue the welcome mail of a newly verified member (once per member)."""
    if user.notifications.filter(kind="welcome").exists():
        return None
    with translation.override(user.preferred_language):
        link = reverse("network:profile")
    return notify(user, "welcome", link=link)


@transaction.atomic
def profile_update(*, user: User, data: dict) -> User:
    """Save a member's own profile fields (validated by ProfileForm)."""
    user = User.objects.select_for_update().get(pk=user.pk)
    for field, value in data.items():
        setattr(user, field, value)
    user.full_clean()
    user.save()
    return user
