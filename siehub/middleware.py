import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.db import InterfaceError, OperationalError, connection
from django.forms import BaseForm, BaseFormSet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


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
            and request.path.startswith(_admin_prefix())
            and request.user.is_authenticated
            and request.user.is_staff
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


class RetryReadOnLostConnectionMiddleware:
    """Answer a GET or HEAD whose database connection was lost while it ran (a database
    restart or failover, a killed backend) once more, on a new connection, instead of
    with a 500. Reads change nothing, so running one twice is safe; a POST is not
    retried (it may have written), nor a view inside a transaction.

    Django hands it the error of the view or of rendering its template (where most
    queries of a page run); it runs the view again and renders the response itself.
    Last in MIDDLEWARE, so it is asked first and other errors go on to the others
    (allauth's, for one). A connection lost before the request is Django's:
    CONN_HEALTH_CHECKS replaces it at its first use.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if (
            request.method not in ("GET", "HEAD")
            or not isinstance(exception, OperationalError | InterfaceError)
            or getattr(request, "_retried_on_lost_connection", False)
            or request.resolver_match is None
            or connection.in_atomic_block
            or connection.is_usable()
        ):
            return None
        logger.warning(
            "Database connection lost during %s (%s): answering again",
            request.path,
            exception,
        )
        request._retried_on_lost_connection = True
        connection.close()
        match = request.resolver_match
        response = match.func(request, *match.args, **match.kwargs)
        if hasattr(response, "render") and callable(response.render):
            response.render()
        return response
