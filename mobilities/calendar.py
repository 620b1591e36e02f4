"""iCalendar (RFC 5545) files of a mobility: the event as one all-day entry, and its
programme with one entry per session.

The `icalendar` library escapes commas, semicolons and line breaks and folds long lines;
session times are converted from the venue's time zone to UTC (a trailing Z), which every
calendar reads without a VTIMEZONE block.
"""

import datetime as dt
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from siehub.i18n import translated_field

from .models import Mobility, MobilityStatus, Session

PRODID = "-//SIE HUB+//Mobilities//EN"


def _site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "siehub.eu"


def _absolute_url(mobility: Mobility) -> str:
    return settings.SITE_URL + mobility.get_absolute_url()


def _venue_zone(mobility: Mobility) -> dt.tzinfo:
    try:
        return ZoneInfo(mobility.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _location(mobility: Mobility, *, room: str = "") -> str:
    parts = [
        room,
        mobility.venue,
        mobility.address,
        mobility.city,
        str(mobility.get_country_display()) if mobility.country else "",
    ]
    return ", ".join(part.strip() for part in parts if part and part.strip())


def _status(mobility: Mobility) -> str:
    return "CANCELLED" if mobility.status == MobilityStatus.CANCELLED else "CONFIRMED"


def _event_component(mobility: Mobility, *, stamp: dt.datetime, url: str) -> Event:
    event = Event()
    event.add("uid", f"mobility-{mobility.pk}@{_site_host()}")
    event.add("dtstamp", stamp)
    event.add("dtstart", mobility.starts_on)
    # DTEND of an all-day event is exclusive: the day after the last day.
    event.add("dtend", mobility.ends_on + dt.timedelta(days=1))
    event.add("summary", translated_field(mobility, "title")["value"])
    location = _location(mobility)
    if location:
        event.add("location", location)
    summary = translated_field(mobility, "summary")["value"]
    event.add("description", "\n\n".join(part for part in (summary, url) if part))
    event.add("url", url)
    event.add("status", _status(mobility))
    event.add("transp", "TRANSPARENT")
    if mobility.updated_at:
        event.add("last-modified", mobility.updated_at.astimezone(dt.UTC))
    return event


def _session_component(
    mobility: Mobility,
    session: Session,
    *,
    stamp: dt.datetime,
    url: str,
    zone: dt.tzinfo,
) -> Event:
    event = Event()
    event.add("uid", f"mobility-{mobility.pk}-session-{session.pk}@{_site_host()}")
    event.add("dtstamp", stamp)
    starts = dt.datetime.combine(session.day, session.starts_at, tzinfo=zone)
    event.add("dtstart", starts.astimezone(dt.UTC))
    if session.ends_at:
        ends = dt.datetime.combine(session.day, session.ends_at, tzinfo=zone)
        event.add("dtend", ends.astimezone(dt.UTC))
    event.add("summary", translated_field(session, "title")["value"])
    location = _location(mobility, room=session.location)
    if location:
        event.add("location", location)
    lines = []
    description = translated_field(session, "description")["value"]
    if description:
        lines.append(description)
    if session.facilitator:
        lines.append(_("Facilitator: %(name)s") % {"name": session.facilitator})
    event_title = translated_field(mobility, "title")["value"]
    lines.append(f"{event_title}\n{url}")
    event.add("description", "\n\n".join(lines))
    event.add("url", url)
    event.add("status", _status(mobility))
    return event


def mobility_ics(mobility: Mobility, *, programme: bool = False) -> str:
    """The event as an iCalendar text in the active language; with `programme`, also
    one entry per session of its programme (times in UTC from the venue's time zone)."""
    stamp = timezone.now().astimezone(dt.UTC).replace(microsecond=0)
    url = _absolute_url(mobility)
    title = translated_field(mobility, "title")["value"]

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    calendar.add_component(_event_component(mobility, stamp=stamp, url=url))
    if programme:
        zone = _venue_zone(mobility)
        for session in mobility.sessions.all():
            calendar.add_component(
                _session_component(mobility, session, stamp=stamp, url=url, zone=zone)
            )
    return calendar.to_ical().decode("utf-8")
