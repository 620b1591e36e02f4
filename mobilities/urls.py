"""URLs of the mobilities app, in the mobilities namespace, by noun: events, registrations,
and hosting (the host's tools under my/hosting/<slug>/, the participant's certificate and
evaluation under my/mobilities/<registration pk>/)."""

from django.urls import path

from .views import events, hosting, registrations

app_name = "mobilities"

urlpatterns = [
    # Events
    path("mobilities/", events.MobilityListView.as_view(), name="mobility-list"),
    path(
        "mobilities/<slug:slug>/",
        events.MobilityDetailView.as_view(),
        name="mobility-detail",
    ),
    path(
        "mobilities/<slug:slug>/participants/",
        hosting.ParticipantListView.as_view(),
        name="participant-list",
    ),
    path(
        "mobilities/<slug:slug>/event.ics",
        events.MobilityCalendarView.as_view(),
        name="mobility-ics",
    ),
    path(
        "mobilities/<slug:slug>/programme.ics",
        events.MobilityCalendarView.as_view(programme=True),
        name="mobility-programme-ics",
    ),
    # Registrations
    path(
        "mobilities/invitations/<str:token>/",
        registrations.InvitationView.as_view(),
        name="invitation",
    ),
    path(
        "mobilities/<slug:slug>/apply/",
        registrations.ApplyView.as_view(),
        name="registration-apply",
    ),
    path(
        "my/mobilities/",
        registrations.MyRegistrationsView.as_view(),
        name="my-registrations",
    ),
    path(
        "my/mobilities/<int:pk>/",
        registrations.RegistrationDetailView.as_view(),
        name="registration-detail",
    ),
    path(
        "my/mobilities/<int:pk>/travel/",
        registrations.TravelView.as_view(),
        name="registration-travel",
    ),
    path(
        "my/mobilities/<int:pk>/cancel/",
        registrations.CancelView.as_view(),
        name="registration-cancel",
    ),
    path(
        "my/mobilities/<int:pk>/accept/",
        registrations.AcceptOfferView.as_view(),
        name="registration-accept",
    ),
    path(
        "my/network/mobilities/",
        registrations.CoordinationView.as_view(),
        name="coordination",
    ),
    path(
        "my/network/mobilities/<slug:slug>/",
        registrations.CoordinationEventView.as_view(),
        name="coordination-event",
    ),
    path(
        "my/network/mobilities/<slug:slug>/register/",
        registrations.CoordinationRegisterView.as_view(),
        name="coordination-register",
    ),
    path(
        "my/network/registrations/<int:pk>/approve/",
        registrations.DecisionView.as_view(decision="approve"),
        name="registration-approve",
    ),
    path(
        "my/network/registrations/<int:pk>/decline/",
        registrations.DecisionView.as_view(decision="decline"),
        name="registration-decline",
    ),
    # Hosting, certificates and evaluation
    path("my/hosting/", hosting.HostListView.as_view(), name="host-list"),
    path(
        "my/hosting/<slug:slug>/",
        hosting.HostEventView.as_view(),
        name="host-event",
    ),
    path(
        "my/hosting/<slug:slug>/participants/",
        hosting.HostParticipantsView.as_view(),
        name="host-participants",
    ),
    path(
        "my/hosting/<slug:slug>/participants.csv",
        hosting.HostParticipantsCsvView.as_view(),
        name="host-participants-csv",
    ),
    path(
        "my/hosting/<slug:slug>/attendance/",
        hosting.HostAttendanceDaysView.as_view(),
        name="host-attendance-days",
    ),
    path(
        "my/hosting/<slug:slug>/attendance/<str:day>/",
        hosting.HostAttendanceView.as_view(),
        name="host-attendance",
    ),
    path(
        "my/hosting/<slug:slug>/certificates/",
        hosting.HostCertificatesView.as_view(),
        name="host-certificates",
    ),
    path(
        "my/hosting/<slug:slug>/evaluation/",
        hosting.HostEvaluationView.as_view(),
        name="host-evaluation",
    ),
    path(
        "my/mobilities/<int:pk>/certificate/",
        hosting.CertificateDownloadView.as_view(),
        name="certificate-download",
    ),
    path(
        "my/mobilities/<int:pk>/evaluation/",
        hosting.EvaluationView.as_view(),
        name="evaluation",
    ),
]
