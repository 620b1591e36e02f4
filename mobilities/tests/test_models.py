"""The read-only QuerySet methods of the mobilities."""

import pytest

from mobilities.models import Quota, RegistrationStatus

from .factories import MobilityFactory, QuotaFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def quota_with(seats, *statuses, mobility=None):
    quota = QuotaFactory(seats=seats, **({"mobility": mobility} if mobility else {}))
    for status in statuses:
        RegistrationFactory(
            mobility=quota.mobility, sending_partner=quota.partner, status=status
        )
    return quota


def test_availability_counts_seats_taken_and_left_per_partner():
    mobility = MobilityFactory()
    busy = quota_with(
        2,
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.OFFERED,
        RegistrationStatus.PENDING,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.CANCELLED,
        mobility=mobility,
    )
    calm = quota_with(3, RegistrationStatus.CONFIRMED, mobility=mobility)
    quotas = {q.pk: q for q in Quota.objects.with_availability()}
    counts = ("used", "left", "confirmed", "offered", "pending", "waitlisted")
    assert [getattr(quotas[busy.pk], name) for name in counts] == [2, 0, 1, 1, 1, 1]
    assert [getattr(quotas[calm.pk], name) for name in counts] == [1, 2, 1, 0, 0, 0]


def test_seats_left_never_go_below_zero():
    quota = quota_with(1, RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED)
    quota = Quota.objects.with_availability().get(pk=quota.pk)
    assert (quota.used, quota.left) == (2, 0)


@pytest.mark.parametrize("quotas", [1, 5])
def test_availability_is_one_query_for_any_number_of_quotas(
    django_assert_num_queries, quotas
):
    for _ in range(quotas):
        quota_with(2, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)
    with django_assert_num_queries(1):
        rows = list(Quota.objects.with_availability().select_related("partner"))
    assert [(q.used, q.left, q.waitlisted) for q in rows] == [(1, 1, 1)] * quotas
