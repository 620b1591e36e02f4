from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InventoryConfig(AppConfig):
    name = "inventory"
    verbose_name = _("inventory of good practices")

    def ready(self):
        from siehub.events import vocabulary_changed

        from . import checks  # noqa: F401 - registers the system checks
        from .filters import vocabularies_changed

        # The list's facets and filters read the vocabularies from the cache, keyed by
        # the inventory's version: a curator's edit renews it, so a new term is offered
        # at once.
        vocabulary_changed.connect(vocabularies_changed, dispatch_uid="inventory.terms")
