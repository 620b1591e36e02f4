"""URLs of the inventory app, in the inventory namespace, by noun: open data and the
compendium (before a practice's own address: "feed", "export" and "compendium" are never
a practice's slug), practices, their comments, adaptations, attachments and the member's
gathered practices."""

from django.urls import path

from .views import (
    adaptations,
    comments,
    compendium,
    gathering,
    media,
    opendata,
    practices,
)

app_name = "inventory"

urlpatterns = [
    # Open data and the compendium
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
    # Practices, their comments, adaptations and attachments
    path("practices/", practices.PracticeListView.as_view(), name="practice-list"),
    path(
        "practices/new/", practices.PracticeFormView.as_view(), name="practice-create"
    ),
    path(
        "practices/similar/",
        practices.SimilarPracticesView.as_view(),
        name="practice-similar",
    ),
    path(
        "practices/<slug:slug>/",
        practices.PracticeDetailView.as_view(),
        name="practice-detail",
    ),
    path(
        "practices/<slug:slug>/edit/",
        practices.PracticeFormView.as_view(),
        name="practice-edit",
    ),
    path(
        "practices/<slug:slug>/withdraw/",
        practices.PracticeWithdrawView.as_view(),
        name="practice-withdraw",
    ),
    path(
        "practices/<slug:slug>/comments/",
        comments.CommentCreateView.as_view(),
        name="comment-create",
    ),
    path(
        "practices/<slug:slug>/adapt/",
        adaptations.AdaptationFormView.as_view(),
        name="adaptation-create",
    ),
    path(
        "attachments/<int:pk>/download/",
        media.AttachmentDownloadView.as_view(),
        name="attachment-download",
    ),
    path(
        "comments/<int:pk>/report/",
        comments.CommentReportView.as_view(),
        name="comment-report",
    ),
    path(
        "comments/<int:pk>/hide/",
        comments.CommentHideView.as_view(),
        name="comment-hide",
    ),
    path(
        "adaptations/<int:pk>/",
        adaptations.AdaptationDetailView.as_view(),
        name="adaptation-detail",
    ),
    path(
        "adaptations/<int:pk>/edit/",
        adaptations.AdaptationFormView.as_view(),
        name="adaptation-edit",
    ),
    path(
        "adaptations/<int:pk>/outcomes/",
        adaptations.AdaptationOutcomesView.as_view(),
        name="adaptation-outcomes",
    ),
    path("my/practices/", practices.MyPracticesView.as_view(), name="my-practices"),
    path(
        "practices/<slug:slug>/gather/",
        gathering.PracticeGatherView.as_view(),
        name="practice-gather",
    ),
    path(
        "gathered/<int:pk>/remove/",
        gathering.GatheredPracticeRemoveView.as_view(),
        name="gathered-remove",
    ),
]
