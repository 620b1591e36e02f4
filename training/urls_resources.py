"""URLs of the training resources pages (included in the training namespace)."""

from django.urls import path

from .views import resources as views

urlpatterns = [
    path("training/resources/", views.ResourceListView.as_view(), name="resource-list"),
    path(
        "training/resources/<slug:slug>/",
        views.ResourceDetailView.as_view(),
        name="resource-detail",
    ),
    path(
        "training/resources/<slug:slug>/download/",
        views.ResourceDownloadView.as_view(),
        name="resource-download",
    ),
]
