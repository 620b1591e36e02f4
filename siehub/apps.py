from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiehubConfig(AppConfig):
    name = "siehub"
    verbose_name = _("platform")
