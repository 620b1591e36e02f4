"""One way for a view to call a service and to go back where the user came from.

A service raises `ValidationError` for a problem the user can fix (STYLE.md, Services);
the view shows it and answers 400, or the page the view chooses. `ServiceCall` is that
`try`/`except` written once::

    with ServiceCall(form) as call:
        registration = services.registration_apply(...)
    if call.failed:
        return self.render_form(form, status=400)

With a form, the errors go on the form: next to the field the error names when the form
has it, else on `field` (the error summary by default). With a request, each message is
shown on the next page (`django.contrib.messages`). With neither, the view reads
`call.error` and shows it its own way (a refusal page, a status by the error's code).
A context manager rather than a function that takes the service: one call may be
several services in one transaction, and a service may rightly return None.

`next_url` and `redirect_next` follow a `next` parameter only to this site."""

from __future__ import annotations

from types import TracebackType

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def add_service_errors(
    form: BaseForm, error: ValidationError, *, field: str | None = None
) -> None:
    """Show a service's ValidationError on the form: next to the field it names when the
    form has that field, else in the error summary; an error that names no field goes
    on `field` (None: the summary)."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(field, error)


class ServiceCall:
    """Catch the ValidationError of the services called in the block and show it on the
    form or as messages of the request; `failed` and `error` tell the view."""

    def __init__(
        self,
        target: BaseForm | HttpRequest | None = None,
        *,
        field: str | None = None,
    ) -> None:
        self.target = target
        self.field = field
        self.error: ValidationError | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None

    def __enter__(self) -> ServiceCall:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if not isinstance(exc, ValidationError):
            return False
        self.error = exc
        if isinstance(self.target, BaseForm):
            add_service_errors(self.target, exc, field=self.field)
        elif isinstance(self.target, HttpRequest):
            for message in exc.messages:
                messages.error(self.target, message)
        return True


def next_url(request: HttpRequest, fallback: str) -> str:
    """The `next` parameter of the request (POST, then GET) if it points to this site,
    else `fallback`."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def redirect_next(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    """Back to the page the form was on (`next`, if it is ours), else to `fallback`."""
    return HttpResponseRedirect(next_url(request, fallback))
