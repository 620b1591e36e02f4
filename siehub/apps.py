from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiehubConfig(AppConfig):
    name = "siehub"
    verbose_name = _("platform")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import pictures
        from .context_processors import forget_footer_links
        from .models import Page

        # A deleted picture's files go with it.
        for model in pictures.picture_models():
            post_delete.connect(
                pictures.forget_files, sender=model, dispatch_uid=f"pictures-{model}"
            )
        # Every page's footer lists the content pages from the cache.
        for signal in (post_save, post_delete):
            signal.connect(
                forget_footer_links, sender=Page, dispatch_uid=f"footer-{signal}"
            )
