"""URLs of the mobilities hosting pages (included in the mobilities namespace): the
host's tools under my/hosting/<slug>/, and the participant's certificate and evaluation
under my/mobilities/<registration pk>/."""

from django.urls import path

from .views import hosting as views

urlpatterns = [
    path("my/hosting/", views.HostListView.as_view(), name="host-list"),
    path(
        "my/hosting/<slug:slug>/",
        views.HostEventView.as_view(),
        name="host-event",
    ),
    path(
        "my/hosting/<slug:slug>/participants/",
        views.HostParticipantsView.as_view(),
        name="host-participants",
    ),
    path(
        "my/hosting/<slug:slug>/participants.csv",
        views.HostParticipantsCsvView.as_view(),
        name="host-participants-csv",
    ),
    path(
        "my/hosting/<slug:slug>/attendance/",
        views.HostAttendanceDaysView.as_view(),
        name="host-attendance-days",
    ),
    path(
        "my/hosting/<slug:slug>/attendance/<str:day>/",
        views.HostAttendanceView.as_view(),
        name="host-attendance",
    ),
    path(
        "my/hosting/<slug:slug>/certificates/",
        views.HostCertificatesView.as_view(),
        name="host-certificates",
    ),
    path(
        "my/hosting/<slug:slug>/evaluation/",
        views.HostEvaluationView.as_view(),
        name="host-evaluation",
    ),
    path(
        "my/mobilities/<int:pk>/certificate/",
        views.CertificateDownloadView.as_view(),
        name="certificate-download",
    ),
    path(
        "my/mobilities/<int:pk>/evaluation/",
        views.EvaluationView.as_view(),
        name="evaluation",
    ),
]
