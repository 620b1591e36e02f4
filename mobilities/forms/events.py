"""Forms of the events in admin: the event itself and its quotas."""

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import SEAT_STATUSES, Mobility, Registration


class MobilityAdminForm(forms.ModelForm):
    """The checks the database holds as constraints, as messages a curator can act on
    (a field with an error here is left out of the constraint checks that follow)."""

    class Meta:
        model = Mobility
        fields = ("timezone",)  # the admin adds the rest from its fieldsets
        widgets = {"areas": forms.CheckboxSelectMultiple}

    def clean_timezone(self):
        zone = self.cleaned_data["timezone"].strip()
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                _("Enter a time zone such as Europe/Madrid or Europe/Sofia.")
            ) from None
        return zone

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The last day cannot be before the first day."))
        opens = cleaned.get("registration_opens_on")
        closes = cleaned.get("registration_closes_on")
        if opens and closes and closes < opens:
            self.add_error(
                "registration_closes_on",
                _("Registration must close after it opens."),
            )
        return cleaned


class QuotaInlineFormSet(BaseInlineFormSet):
    """The quotas of the sending partners fit in the event's capacity, and none is set
    below the seats its partner has already taken."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        capacity = self.instance.capacity
        kept = [
            form
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("seats") is not None
        ]
        total = sum(form.cleaned_data["seats"] for form in kept)
        if capacity is not None and total > capacity:
            raise ValidationError(
                _(
                    "The quotas add up to %(total)d seats, more than the event's "
                    "capacity of %(capacity)d. Lower a quota or raise the capacity."
                )
                % {"total": total, "capacity": capacity},
                code="over_capacity",
            )
        if not self.instance.pk:
            return
        taken = dict(
            Registration.objects.filter(
                mobility=self.instance, status__in=SEAT_STATUSES
            )
            .values_list("sending_partner")
            .annotate(count=Count("pk"))
            .order_by()
        )
        for form in kept:
            partner = form.cleaned_data.get("partner")
            held = taken.get(partner.pk, 0) if partner else 0
            if form.cleaned_data["seats"] < held:
                form.add_error(
                    "seats",
                    ngettext(
                        "%(partner)s already holds %(count)d seat: the quota cannot "
                        "be lower.",
                        "%(partner)s already holds %(count)d seats: the quota cannot "
                        "be lower.",
                        held,
                    )
                    % {"partner": partner.name, "count": held},
                )
