from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("network")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from .adapters import address_verified

        email_confirmed.connect(
            address_verified, dispatch_uid="network.address_verified"
        )
