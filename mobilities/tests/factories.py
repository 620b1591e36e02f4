"""Factories of the mobilities app (owned by helper REGISTRATION; others append below).

MobilityFactory makes a published event a month ahead whose registration window is open,
hosted by a partner. Members who apply need an approved organisation in a partner network:
`network_member(partner)` makes one."""

import datetime as dt

import factory
from django.utils import timezone

from mobilities.models import (
    Mobility,
    MobilityStatus,
    Quota,
    Registration,
    RegistrationStatus,
    Session,
)
from network.models import Position
from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory


def _in_days(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


class MobilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mobility

    title_en = factory.Sequence(lambda n: f"Initiating positive change {n}")
    slug = factory.Sequence(lambda n: f"initiating-positive-change-{n}")
    summary_en = "A week of joint staff training on inclusive schools."
    original_language = "en"
    host = factory.SubFactory(
        PartnerFactory, name="C.E.I.P. San Carlos", country="ES", city="Madrid"
    )
    venue = "C.E.I.P. San Carlos"
    city = "Madrid"
    country = "ES"
    timezone = "Europe/Madrid"
    starts_on = factory.LazyFunction(lambda: _in_days(30))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + dt.timedelta(days=6))
    registration_opens_on = factory.LazyFunction(
        lambda: timezone.localdate() - dt.timedelta(days=10)
    )
    registration_closes_on = factory.LazyFunction(
        lambda: timezone.localdate() + dt.timedelta(days=14)
    )
    capacity = 18
    offer_hours = 48
    status = MobilityStatus.PUBLISHED


class QuotaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quota

    mobility = factory.SubFactory(MobilityFactory)
    partner = factory.SubFactory(PartnerFactory)
    seats = 6


def network_member(partner, **fields):
    """A member whose approved organisation is a school of `partner`'s network."""
    school = OrganisationFactory(partner=partner, country=partner.country)
    return UserFactory(organisation=school, **fields)


def coordinator_of(partner, **fields):
    user = UserFactory(**fields)
    partner.coordinators.add(user)
    return user


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration in the given status (PENDING by default), made directly: the
    services are for behaviour, this is for the state around it."""

    class Meta:
        model = Registration

    mobility = factory.SubFactory(MobilityFactory)
    sending_partner = factory.SubFactory(PartnerFactory)
    participant = factory.LazyAttribute(lambda o: network_member(o.sending_partner))
    school = factory.LazyAttribute(
        lambda o: o.participant.organisation if o.participant else None
    )
    role = Position.TEACHER
    status = RegistrationStatus.PENDING
    waitlisted_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == RegistrationStatus.WAITLISTED else None
    )
    offer_expires_at = factory.LazyAttribute(
        lambda o: (
            timezone.now() + dt.timedelta(hours=48)
            if o.status == RegistrationStatus.OFFERED
            else None
        )
    )


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    mobility = factory.SubFactory(MobilityFactory)
    day = factory.LazyAttribute(lambda o: o.mobility.starts_on)
    starts_at = dt.time(9, 30)
    ends_at = dt.time(11, 0)
    title_en = factory.Sequence(lambda n: f"Workshop {n}")
    facilitator = "Ana García"


# Host tools (helper HOSTING) ---------------------------------------------------------------


def ended_mobility(**fields):
    """A published event of 7 days that ended yesterday (its window closed before it)."""
    starts_on = fields.pop("starts_on", _in_days(-7))
    return MobilityFactory(
        starts_on=starts_on,
        ends_on=fields.pop("ends_on", starts_on + dt.timedelta(days=6)),
        registration_opens_on=timezone.localdate() - dt.timedelta(days=60),
        registration_closes_on=timezone.localdate() - dt.timedelta(days=30),
        **fields,
    )


class AttendanceFactory(factory.django.DjangoModelFactory):
    """A day marked present (or absent) for a confirmed registration."""

    class Meta:
        model = "mobilities.Attendance"

    registration = factory.SubFactory(
        RegistrationFactory, status=RegistrationStatus.CONFIRMED
    )
    day = factory.LazyAttribute(lambda o: o.registration.mobility.starts_on)
    present = True


class EvaluationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "mobilities.Evaluation"

    registration = factory.SubFactory(
        RegistrationFactory, status=RegistrationStatus.CONFIRMED
    )
    overall = 5
    content = 4
    organisation = 5
    will_apply = 4
