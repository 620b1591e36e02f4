from django.urls import include, path

from .views.adaptations import (
    AdaptationDetailView,
    AdaptationFormView,
    AdaptationOutcomesView,
)
from .views.comments import CommentCreateView, CommentHideView, CommentReportView
from .views.gathering import GatheredPracticeRemoveView, PracticeGatherView
from .views.media import AttachmentDownloadView
from .views.practices import (
    MyPracticesView,
    PracticeDetailView,
    PracticeFormView,
    PracticeListView,
    PracticeWithdrawView,
    SimilarPracticesView,
)

app_name = "inventory"

urlpatterns = [
    path("", include("inventory.urls_opendata")),
    path("practices/", PracticeListView.as_view(), name="practice-list"),
    path("practices/new/", PracticeFormView.as_view(), name="practice-create"),
    path(
        "practices/similar/",
        SimilarPracticesView.as_view(),
        name="practice-similar",
    ),
    path(
        "practices/<slug:slug>/",
        PracticeDetailView.as_view(),
        name="practice-detail",
    ),
    path(
        "practices/<slug:slug>/edit/",
        PracticeFormView.as_view(),
        name="practice-edit",
    ),
    path(
        "practices/<slug:slug>/withdraw/",
        PracticeWithdrawView.as_view(),
        name="practice-withdraw",
    ),
    path(
        "practices/<slug:slug>/comments/",
        CommentCreateView.as_view(),
        name="comment-create",
    ),
    path(
        "practices/<slug:slug>/adapt/",
        AdaptationFormView.as_view(),
        name="adaptation-create",
    ),
    path(
        "attachments/<int:pk>/download/",
        AttachmentDownloadView.as_view(),
        name="attachment-download",
    ),
    path(
        "comments/<int:pk>/report/",
        CommentReportView.as_view(),
        name="comment-report",
    ),
    path("comments/<int:pk>/hide/", CommentHideView.as_view(), name="comment-hide"),
    path(
        "adaptations/<int:pk>/",
        AdaptationDetailView.as_view(),
        name="adaptation-detail",
    ),
    path(
        "adaptations/<int:pk>/edit/",
        AdaptationFormView.as_view(),
        name="adaptation-edit",
    ),
    path(
        "adaptations/<int:pk>/outcomes/",
        AdaptationOutcomesView.as_view(),
        name="adaptation-outcomes",
    ),
    path("my/practices/", MyPracticesView.as_view(), name="my-practices"),
    path(
        "practices/<slug:slug>/gather/",
        PracticeGatherView.as_view(),
        name="practice-gather",
    ),
    path(
        "gathered/<int:pk>/remove/",
        GatheredPracticeRemoveView.as_view(),
        name="gathered-remove",
    ),
]
