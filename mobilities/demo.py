"""Demo data of the mobilities (seed_demo calls `seed` last, after the network's and the
inventory's demo data exist): the Madrid joint staff training of September 2021 as a
completed event, and an upcoming training in Sofia that is open for registration.

The content is data: mobilities/demo_data/madrid.yaml and sofia.yaml (the events, their
programmes, participants and evaluations), places.yaml (the programmes' rooms and
places in each language) and participants.yaml (participants the other apps' demo data
lack, who registers each partner's), read through siehub.demo_data. This module turns
it into rows.

Idempotent: a second run finds the same rows by their natural keys (slugs, participant,
day) and updates them; registrations are only created, never reset, so what was done on
the site with the demo accounts stays as it is.
"""

import datetime as dt

from allauth.account.models import EmailAddress
from django.utils import timezone

from inventory.models import Adaptation, Practice, Status
from network.demo import DEMO_PASSWORD
from network.models import Organisation, User
from siehub import demo_data
from siehub.models import Area
from siehub.pictures import demo_picture
from siehub.text import sanitize_html, text_to_html

from .models import (
    Attendance,
    Evaluation,
    Mobility,
    Quota,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
)

LANGUAGES = ("en", "mk", "bg", "es")


def _data(name: str):
    return demo_data.load("mobilities", name)


def _date(value, today: dt.date) -> dt.date:
    """A date of the data files: a day (2021-09-03), or counted from the day the demo is
    seeded ({days_from_now: 60}, {days_ago: 7})."""
    if isinstance(value, dt.date):
        return value
    return today + dt.timedelta(
        days=value.get("days_from_now", 0) - value.get("days_ago", 0)
    )


def _seed_participants():
    for data in _data("participants")["participants"]:
        values = dict(data)
        values["organisation"] = Organisation.objects.get(slug=values["organisation"])
        user, created = User.objects.update_or_create(
            email=values.pop("email"), defaults=values
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )


def _times(value) -> tuple[dt.time, dt.time | None]:
    """A session's time as the data files write it: "09:30-11:00", or its start alone.
    YAML reads a lone time from 10:00 on as minutes (sexagesimal), taken back here."""
    if isinstance(value, int):
        return dt.time(value // 60, value % 60), None
    start, _, end = value.partition("-")
    return (
        dt.time.fromisoformat(start.strip()),
        dt.time.fromisoformat(end.strip()) if end.strip() else None,
    )


TEXT_FIELDS = ("title", "summary", "description", "report")


def _texts(values: dict, text: dict, original: str) -> None:
    for field, translations in text.items():
        if field == "report":  # formatted text, stored as HTML
            translations = {
                code: sanitize_html(text_to_html(value))
                for code, value in translations.items()
            }
        values[field] = translations.get(original, "")
        for code in LANGUAGES:
            values[f"{field}_{code}"] = translations.get(code, "")


def _mobility(data: dict) -> Mobility:
    """The event of madrid.yaml or sofia.yaml, with its quotas."""
    today = timezone.localdate()
    values = {
        key: data[key]
        for key in (
            "kind",
            "status",
            "original_language",
            "country",
            "timezone",
            "capacity",
        )
    }
    values.update(
        address=data.get("address", ""),
        host=Organisation.objects.get(slug=data["host"]),
        starts_on=_date(data["starts_on"], today),
        ends_on=_date(data["ends_on"], today),
        registration_opens_on=_date(data["registration_opens_on"], today),
        registration_closes_on=_date(data["registration_closes_on"], today),
    )
    _texts(
        values,
        {
            **{field: data.get(field, {}) for field in TEXT_FIELDS},
            "venue": data["venue"],
            "city": data["city"],
        },
        data["original_language"],
    )
    mobility, _ = Mobility.objects.update_or_create(slug=data["slug"], defaults=values)
    areas = Area.objects.in_bulk(data.get("areas", []), field_name="slug")
    mobility.areas.set([areas[slug] for slug in data.get("areas", [])])
    partners = Organisation.objects.in_bulk(list(data["quotas"]), field_name="slug")
    for slug, seats in data["quotas"].items():
        Quota.objects.update_or_create(
            mobility=mobility, partner=partners[slug], defaults={"seats": seats}
        )
    return mobility


def _programme(mobility: Mobility, programme: list) -> None:
    """The sessions in order, matched to the existing ones by position (the upcoming
    event moves with the seeding day, so its dates are no key)."""
    practices = {p.slug: p for p in Practice.objects.filter(status=Status.PUBLISHED)}
    places = _data("places")["places"]
    existing = list(mobility.sessions.order_by("day", "starts_at", "pk"))
    for index, data in enumerate(programme):
        session = (
            existing[index] if index < len(existing) else Session(mobility=mobility)
        )
        # Day 1 is the first day of the event.
        session.day = mobility.starts_on + dt.timedelta(days=data["day"] - 1)
        session.starts_at, session.ends_at = _times(data["time"])
        session.facilitator = data.get("facilitator", "")
        place = data.get("place", "")
        where = places.get(place, dict.fromkeys(LANGUAGES, place))
        about = data.get("description", {})
        for code in LANGUAGES:
            setattr(session, f"title_{code}", data["title"][code])
            setattr(session, f"location_{code}", where[code])
            setattr(session, f"description_{code}", about.get(code, ""))
        session.save()
        session.practices.set(
            [practices[slug] for slug in data.get("practices", []) if slug in practices]
        )
    for extra in existing[len(programme) :]:
        extra.delete()


def _register(mobility, user, partner, *, role, gender, status, listed, registered_by):
    """A registration as the services would have left it, with its audit row; an
    existing one is left as it is."""
    registration, created = Registration.objects.get_or_create(
        mobility=mobility,
        participant=user,
        defaults={
            "sending_partner": partner,
            "school": user.organisation if user.organisation_id else None,
            "role": role,
            "gender": gender,
            "status": status,
            "listed_publicly": listed,
            "registered_by": registered_by,
            "motivation": "",
            "arrival_date": mobility.starts_on - dt.timedelta(days=1)
            if status == RegistrationStatus.CONFIRMED
            else None,
            "departure_date": mobility.ends_on + dt.timedelta(days=1)
            if status == RegistrationStatus.CONFIRMED
            else None,
        },
    )
    if created:
        RegistrationChange.objects.create(
            registration=registration,
            actor=registered_by,
            from_status="",
            to_status=status,
            note="",
        )
        if mobility.is_past:
            # Registered in the spring before the event, not on the day of seeding.
            when = timezone.make_aware(
                dt.datetime.combine(
                    mobility.starts_on - dt.timedelta(days=80), dt.time(10)
                )
            )
            Registration.objects.filter(pk=registration.pk).update(created_at=when)
            registration.changes.update(created_at=when)
    return registration


def _seed_madrid(users, partners, registered_by) -> Mobility:
    data = _data("madrid")
    mobility = _mobility(data)
    _programme(mobility, data["programme"])
    mobility.outputs_practices.set(
        Practice.objects.filter(
            slug__in=data["outputs_practices"], status=Status.PUBLISHED
        )
    )
    adaptations = []
    for output in data["outputs_adaptations"]:
        adaptations += Adaptation.objects.filter(
            practice__slug=output["practice"],
            school__slug=output["school"],
            status=Status.PUBLISHED,
        )
    mobility.outputs_adaptations.set(adaptations)
    # Photos of the event: illustrations drawn for the demo (siehub/demo_pictures).
    if not mobility.photos.exists():
        for position, name in enumerate(data.get("photos", [])):
            mobility.photos.create(position=position, **demo_picture(name))

    marker = users[data["host_coordinator"]]
    partners[data["host"]].coordinators.add(marker)
    for participant in data["participants"]:
        partner = participant["partner"]
        registration = _register(
            mobility,
            users[participant["email"]],
            partners[partner],
            role=participant["role"],
            gender=participant.get("gender", ""),
            status=RegistrationStatus.CONFIRMED,
            listed=participant["listed"],
            registered_by=users.get(registered_by[partner]),
        )
        absent = participant.get("absent_on_days", [])
        for number, day in enumerate(mobility.days, start=1):
            Attendance.objects.update_or_create(
                registration=registration,
                day=day,
                defaults={"present": number not in absent, "marked_by": marker},
            )
    registrations = {
        r.participant.email: r
        for r in mobility.registrations.select_related("participant")
    }
    for evaluation in data["evaluations"]:
        Evaluation.objects.update_or_create(
            registration=registrations[evaluation["participant"]],
            defaults={
                "overall": evaluation["overall"],
                "content": evaluation["content"],
                "organisation": evaluation["organisation"],
                "will_apply": evaluation["will_apply"],
                "most_useful": evaluation.get("most_useful", ""),
                "to_improve": evaluation.get("to_improve", ""),
            },
        )
    return mobility


def _seed_sofia(users, partners, registered_by) -> Mobility:
    data = _data("sofia")
    mobility = _mobility(data)
    _programme(mobility, data["programme"])
    for registration in data["registrations"]:
        partner = registration["partner"]
        _register(
            mobility,
            users[registration["email"]],
            partners[partner],
            role=registration["role"],
            gender=registration.get("gender", ""),
            status=registration["status"],
            listed=registration["listed"],
            registered_by=users.get(registered_by[partner]),
        )
    return mobility


def seed(stdout):
    """Create or update the Madrid training of 2021 (completed, with its programme,
    participants, attendance, evaluations and outputs) and an upcoming training in
    Sofia open for registration."""
    _seed_participants()
    users = {
        user.email: user
        for user in User.objects.filter(email__endswith="@demo.siehub.eu")
    }
    # Who registers the participants of each partner (participants.yaml).
    registered_by = _data("participants")["registered_by"]
    partners = {
        o.slug: o for o in Organisation.objects.filter(slug__in=list(registered_by))
    }
    madrid = _seed_madrid(users, partners, registered_by)
    sofia = _seed_sofia(users, partners, registered_by)
    confirmed = RegistrationStatus.CONFIRMED
    stdout.write(
        f"Mobilities: {madrid.slug} ({madrid.registrations.filter(status=confirmed).count()}"
        f" participants), {sofia.slug} from {sofia.starts_on:%Y-%m-%d}, open for "
        "registration (one seat left for the Bitola and Sofia networks)."
    )
