from django.urls import include, path

from . import views

app_name = "inventory"

urlpatterns = [
    path("", include("inventory.urls_opendata")),
    path("practices/", views.PracticeListView.as_view(), name="practice-list"),
    path("practices/new/", views.PracticeFormView.as_view(), name="practice-create"),
    path(
        "practices/similar/",
        views.SimilarPracticesView.as_view(),
        name="practice-similar",
    ),
    path(
        "practices/<slug:slug>/",
        views.PracticeDetailView.as_view(),
        name="practice-detail",
    ),
    path(
        "practices/<slug:slug>/edit/",
        views.PracticeFormView.as_view(),
        name="practice-edit",
    ),
    path(
        "practices/<slug:slug>/withdraw/",
        views.PracticeWithdrawView.as_view(),
        name="practice-withdraw",
    ),
    path(
        "practices/<slug:slug>/comments/",
        views.CommentCreateView.as_view(),
        name="comment-create",
    ),
    path(
        "practices/<slug:slug>/adapt/",
        views.AdaptationFormView.as_view(),
        name="adaptation-create",
    ),
    path(
        "attachments/<int:pk>/download/",
        views.AttachmentDownloadView.as_view(),
        name="attachment-download",
    ),
    path(
        "comments/<int:pk>/report/",
        views.CommentReportView.as_view(),
        name="comment-report",
    ),
    path(
        "comments/<int:pk>/hide/", views.CommentHideView.as_view(), name="comment-hide"
    ),
    path(
        "adaptations/<int:pk>/",
        views.AdaptationDetailView.as_view(),
        name="adaptation-detail",
    ),
    path(
        "adaptations/<int:pk>/edit/",
        views.AdaptationFormView.as_view(),
        name="adaptation-edit",
    ),
    path(
        "adaptations/<int:pk>/outcomes/",
        views.AdaptationOutcomesView.as_view(),
        name="adaptation-outcomes",
    ),
    path("my/practices/", views.MyPracticesView.as_view(), name="my-practices"),
    path(
        "practices/<slug:slug>/gather/",
        views.PracticeGatherView.as_view(),
        name="practice-gather",
    ),
    path(
        "gathered/<int:pk>/remove/",
        views.GatheredPracticeRemoveView.as_view(),
        name="gathered-remove",
    ),
]
