from django.urls import path

from .views import compendium, opendata

urlpatterns = [
    path("practices/feed/", opendata.PracticeFeed(), name="practice-feed"),
    path(
        "practices/export.<str:fmt>",
        opendata.PracticeExportView.as_view(),
        name="practice-export",
    ),
    path(
        "practices/compendium/", compendium.CompendiumView.as_view(), name="compendium"
    ),
    path(
        "practices/compendium/<int:pk>/",
        compendium.CompendiumDetailView.as_view(),
        name="compendium-detail",
    ),
    path(
        "practices/compendium/<int:pk>/download/",
        compendium.CompendiumDownloadView.as_view(),
        name="compendium-download",
    ),
]
