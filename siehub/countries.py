"""Countries of the Erasmus+ programme and its neighbourhood, the partner countries first.

A controlled list rather than the whole world: the network works in Erasmus+ countries, and
each name is translated in our own catalogues (MK, BG, ES, EN).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    NORTH_MACEDONIA = "MK", _("North Macedonia")
    BULGARIA = "BG", _("Bulgaria")
    SPAIN = "ES", _("Spain")
    ALBANIA = "AL", _("Albania")
    AUSTRIA = "AT", _("Austria")
    BELGIUM = "BE", _("Belgium")
    BOSNIA_AND_HERZEGOVINA = "BA", _("Bosnia and Herzegovina")
    CROATIA = "HR", _("Croatia")
    CYPRUS = "CY", _("Cyprus")
    CZECHIA = "CZ", _("Czechia")
    DENMARK = "DK", _("Denmark")
    ESTONIA = "EE", _("Estonia")
    FINLAND = "FI", _("Finland")
    FRANCE = "FR", _("France")
    GERMANY = "DE", _("Germany")
    GREECE = "GR", _("Greece")
    HUNGARY = "HU", _("Hungary")
    ICELAND = "IS", _("Iceland")
    IRELAND = "IE", _("Ireland")
    ITALY = "IT", _("Italy")
    KOSOVO = "XK", _("Kosovo")
    LATVIA = "LV", _("Latvia")
    LIECHTENSTEIN = "LI", _("Liechtenstein")
    LITHUANIA = "LT", _("Lithuania")
    LUXEMBOURG = "LU", _("Luxembourg")
    MALTA = "MT", _("Malta")
    MOLDOVA = "MD", _("Moldova")
    MONTENEGRO = "ME", _("Montenegro")
    NETHERLANDS = "NL", _("Netherlands")
    NORWAY = "NO", _("Norway")
    POLAND = "PL", _("Poland")
    PORTUGAL = "PT", _("Portugal")
    ROMANIA = "RO", _("Romania")
    SERBIA = "RS", _("Serbia")
    SLOVAKIA = "SK", _("Slovakia")
    SLOVENIA = "SI", _("Slovenia")
    SWEDEN = "SE", _("Sweden")
    TURKIYE = "TR", _("Türkiye")
    UKRAINE = "UA", _("Ukraine")
    OTHER = "ZZ", _("Other country")


PARTNER_COUNTRIES = (Country.NORTH_MACEDONIA, Country.BULGARIA, Country.SPAIN)
# The language of a partner country: of mail to a colleague there without an account, of
# the translators its partner names.
COUNTRY_LANGUAGES: dict[str, str] = {
    Country.NORTH_MACEDONIA: "mk",
    Country.BULGARIA: "bg",
    Country.SPAIN: "es",
}


_LABELS = {country.value: country.label for country in Country}


def country_name(code: str) -> str:
    """A country's name in the active language: one catalogue lookup (Django's own
    get_country_display hashes the whole list of choices on every call, which a list of
    twenty practices pays twenty times)."""
    label = _LABELS.get(code)
    return str(label) if label is not None else code or ""


def sorted_country_choices():
    """Countries ordered by their name in the active language, partners first."""
    partners = [Country.NORTH_MACEDONIA, Country.BULGARIA, Country.SPAIN]
    rest = sorted(
        (c for c in Country if c not in partners and c != Country.OTHER),
        key=lambda c: str(c.label),
    )
    return [("", "---------")] + [
        (c.value, c.label) for c in [*partners, *rest, Country.OTHER]
    ]
