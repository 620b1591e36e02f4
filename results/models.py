"""The results page reads a summary of the whole platform's figures, computed by a Celery
task with aggregate queries (results.figures), never by scanning tables per request."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Snapshot(models.Model):
    """The platform's figures at one moment, as small aggregated rows (results.figures)."""

    computed_at = models.DateTimeField(_("computed"), auto_now_add=True, db_index=True)
    data = models.JSONField(_("figures"))

    class Meta:
        verbose_name = _("results snapshot")
        verbose_name_plural = _("results snapshots")
        ordering = ["-computed_at", "-pk"]
        get_latest_by = ["computed_at", "pk"]

    def __str__(self):
        return f"{self.computed_at:%Y-%m-%d %H:%M}"
