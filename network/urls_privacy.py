"""URLs of the network's privacy pages (included in the network namespace)."""

from django.urls import path

from .views import privacy

urlpatterns = [
    path("my/data/", privacy.PrivacyExportView.as_view(), name="privacy-export"),
    path(
        "my/data/download/",
        privacy.PrivacyExportDownloadView.as_view(),
        name="privacy-export-download",
    ),
    path(
        "my/account/delete/", privacy.AccountDeleteView.as_view(), name="privacy-delete"
    ),
    path(
        "my/account/deleted/",
        privacy.AccountDeletedView.as_view(),
        name="privacy-deleted",
    ),
]
