"""Per-request memoisation: once per request, never across requests or outside them."""

from django.core.signals import request_finished, request_started

from siehub import memo

calls = []


@memo.per_request
def answer(n):
    calls.append(n)
    return len(calls)


def test_outside_a_request_every_call_computes():
    calls.clear()
    assert answer(1) == 1
    assert answer(1) == 2


def test_within_a_request_once_per_argument_and_fresh_in_the_next(db):
    calls.clear()
    request_started.send(sender=None)
    try:
        assert answer(1) == answer(1) == 1
        assert answer(2) == 2
        memo.forget()  # after a change: computed again
        assert answer(1) == 3
    finally:
        request_finished.send(sender=None)
    assert answer(1) == 4  # the request is over: nothing kept
    request_started.send(sender=None)
    try:
        assert answer(1) == 5
    finally:
        request_finished.send(sender=None)


def test_a_change_during_a_request_renews_the_inventory_version(db):
    from inventory.filters import inventory_changed, inventory_version

    request_started.send(sender=None)
    try:
        before = inventory_version()
        assert inventory_version() == before
        inventory_changed()
        assert inventory_version() != before
    finally:
        request_finished.send(sender=None)
