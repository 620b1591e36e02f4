"""The resource library's one write: counting a download."""

from django.db.models import F

from ..models import Resource


def resource_count_download(*, resource: Resource) -> None:
    """Add one to the resource's downloads in a single UPDATE (no row per download, no
    lost count when two people download at the same moment)."""
    Resource.objects.filter(pk=resource.pk).update(
        download_count=F("download_count") + 1
    )
