"""URLs of completing a module (included in the training namespace): the member's
certificate under my/learning/<slug>/, the feedback form and the coordinators' results
under training/<slug>/."""

from django.urls import path

from .views import completion as views

urlpatterns = [
    path(
        "my/learning/<slug:slug>/certificate/",
        views.CertificateDownloadView.as_view(),
        name="certificate-download",
    ),
    path(
        "training/<slug:slug>/feedback/",
        views.FeedbackView.as_view(),
        name="module-feedback",
    ),
    path(
        "training/<slug:slug>/results/",
        views.ModuleResultsView.as_view(),
        name="module-results",
    ),
]
