"""The registration window in days, not instants.

It opens at the start of its first day and closes at the end of its last one, at midnight
where the event takes place; stored as instants, windows set as days showed "23:00" to
readers in another time zone. Existing instants become the days they fall on at the
venue; a window that closed at midnight closed after the day before.
"""

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import migrations, models


def _zone(mobility):
    try:
        return ZoneInfo(mobility.timezone)
    except (ValueError, ZoneInfoNotFoundError):
        return dt.timezone.utc


def instants_to_days(apps, schema_editor):
    Mobility = apps.get_model("mobilities", "Mobility")
    for mobility in Mobility.objects.exclude(
        registration_opens_at__isnull=True, registration_closes_at__isnull=True
    ):
        zone = _zone(mobility)
        if mobility.registration_opens_at:
            mobility.registration_opens_on = mobility.registration_opens_at.astimezone(
                zone
            ).date()
        if mobility.registration_closes_at:
            closes = mobility.registration_closes_at.astimezone(zone)
            last_day = closes.date()
            if closes.time() == dt.time(0):
                last_day -= dt.timedelta(days=1)
            mobility.registration_closes_on = last_day
        mobility.save(update_fields=["registration_opens_on", "registration_closes_on"])


def days_to_instants(apps, schema_editor):
    Mobility = apps.get_model("mobilities", "Mobility")
    for mobility in Mobility.objects.all():
        zone = _zone(mobility)
        if mobility.registration_opens_on:
            mobility.registration_opens_at = dt.datetime.combine(
                mobility.registration_opens_on, dt.time(0), tzinfo=zone
            )
        if mobility.registration_closes_on:
            mobility.registration_closes_at = dt.datetime.combine(
                mobility.registration_closes_on + dt.timedelta(days=1),
                dt.time(0),
                tzinfo=zone,
            )
        mobility.save(update_fields=["registration_opens_at", "registration_closes_at"])


class Migration(migrations.Migration):
    dependencies = [("mobilities", "0003_places_in_four_languages")]

    operations = [
        migrations.RemoveConstraint(
            model_name="mobility",
            name="mobilities_mobility_window_order",
        ),
        migrations.AddField(
            model_name="mobility",
            name="registration_closes_on",
            field=models.DateField(
                blank=True,
                help_text="The last day on which members can apply.",
                null=True,
                verbose_name="registration closes after",
            ),
        ),
        migrations.AddField(
            model_name="mobility",
            name="registration_opens_on",
            field=models.DateField(
                blank=True, null=True, verbose_name="registration opens on"
            ),
        ),
        migrations.RunPython(instants_to_days, days_to_instants),
        migrations.RemoveField(model_name="mobility", name="registration_closes_at"),
        migrations.RemoveField(model_name="mobility", name="registration_opens_at"),
        migrations.AddConstraint(
            model_name="mobility",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("registration_opens_on__isnull", True),
                    ("registration_closes_on__isnull", True),
                    ("registration_closes_on__gte", models.F("registration_opens_on")),
                    _connector="OR",
                ),
                name="mobilities_mobility_window_order",
            ),
        ),
    ]
