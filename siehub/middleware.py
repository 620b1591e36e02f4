from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.forms import BaseForm, BaseFormSet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext


class InvalidFormStatusMiddleware:
    """Answer a POST whose form did not validate with 400 instead of 200.

    Form views (ours and allauth's) re-render invalid forms with status 200; clients, tests
    and monitoring should see bad input as a 4xx. The page itself, with the typed values and
    the error summary, is unchanged.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        if request.method == "POST" and response.status_code == 200:
            context = response.context_data or {}
            for value in context.values():
                if (
                    isinstance(value, BaseForm | BaseFormSet)
                    and value.is_bound
                    and value.errors
                ):
                    response.status_code = 400
                    break
        return response


class StaffTwoFactorMiddleware:
    """With MFA_REQUIRED_FOR_STAFF, the admin opens only to staff who log in with a
    second factor: one who has set up no authenticator app is sent to set it up first.

    Whoever has one is asked for a code at every login (allauth.mfa), so having one is
    what matters here; other pages stay open, the set-up pages among them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.MFA_REQUIRED_FOR_STAFF
            and request.user.is_authenticated
            and request.user.is_staff
            and request.path.startswith(_admin_prefix())
            and not _has_second_factor(request.user)
        ):
            messages.warning(
                request,
                gettext(
                    "Set up two-factor authentication with an authenticator app "
                    "to use the administration."
                ),
            )
            return redirect(
                f"{reverse('mfa_activate_totp')}?{urlencode({'next': request.path})}"
            )
        return self.get_response(request)


def _admin_prefix() -> str:
    return reverse("admin:index")


def _has_second_factor(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()
