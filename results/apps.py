from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    name = "results"
    verbose_name = _("results and impact")

    def ready(self):
        from siehub.events import publication_changed

        from .services import publication_changed as refresh_after

        publication_changed.connect(refresh_after, dispatch_uid="results.refresh")
