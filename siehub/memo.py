"""Values asked for several times while one page is built, computed once per request.

`per_request` memoises a function's results between Django's `request_started` and
`request_finished` signals, in the request's own thread or task; outside a request
(a Celery task, a management command) every call computes afresh, so nothing read
there can go stale. `forget()` drops what this request memoised, after a change that
would make it wrong.
"""

from functools import wraps

from asgiref.local import Local
from django.core.signals import request_finished, request_started

_state = Local()


def _start(**kwargs) -> None:
    _state.values = {}


def forget(**kwargs) -> None:
    """Drop the memoised values (at the end of a request, or after a change)."""
    if getattr(_state, "values", None) is not None:
        _state.values = {}


def _finish(**kwargs) -> None:
    _state.values = None


request_started.connect(_start, dispatch_uid="siehub.memo.start")
request_finished.connect(_finish, dispatch_uid="siehub.memo.finish")


def per_request(func):
    @wraps(func)
    def wrapper(*args):
        values = getattr(_state, "values", None)
        if values is None:
            return func(*args)
        key = (func, args)
        if key not in values:
            values[key] = func(*args)
        return values[key]

    return wrapper
