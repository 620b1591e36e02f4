from django.urls import path

from . import opendata

urlpatterns = [
    path("practices/feed/", opendata.PracticeFeed(), name="practice-feed"),
    path(
        "practices/export.<str:fmt>",
        opendata.PracticeExportView.as_view(),
        name="practice-export",
    ),
    path("practices/compendium/", opendata.CompendiumView.as_view(), name="compendium"),
    path(
        "practices/compendium/<int:pk>/",
        opendata.CompendiumDetailView.as_view(),
        name="compendium-detail",
    ),
    path(
        "practices/compendium/<int:pk>/download/",
        opendata.CompendiumDownloadView.as_view(),
        name="compendium-download",
    ),
]
