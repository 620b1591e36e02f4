from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InventoryConfig(AppConfig):
    name = "inventory"
    verbose_name = _("inventory of good practices")

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
