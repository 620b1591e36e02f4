"""URLs of the mobilities registrations pages (included in the mobilities namespace)."""

from django.urls import path

from .views import registrations as views

urlpatterns = [
    path(
        "mobilities/invitations/<str:token>/",
        views.InvitationView.as_view(),
        name="invitation",
    ),
    path(
        "mobilities/<slug:slug>/apply/",
        views.ApplyView.as_view(),
        name="registration-apply",
    ),
    path(
        "my/mobilities/",
        views.MyRegistrationsView.as_view(),
        name="my-registrations",
    ),
    path(
        "my/mobilities/<int:pk>/",
        views.RegistrationDetailView.as_view(),
        name="registration-detail",
    ),
    path(
        "my/mobilities/<int:pk>/travel/",
        views.TravelView.as_view(),
        name="registration-travel",
    ),
    path(
        "my/mobilities/<int:pk>/cancel/",
        views.CancelView.as_view(),
        name="registration-cancel",
    ),
    path(
        "my/mobilities/<int:pk>/accept/",
        views.AcceptOfferView.as_view(),
        name="registration-accept",
    ),
    path(
        "my/network/mobilities/",
        views.CoordinationView.as_view(),
        name="coordination",
    ),
    path(
        "my/network/mobilities/<slug:slug>/",
        views.CoordinationEventView.as_view(),
        name="coordination-event",
    ),
    path(
        "my/network/mobilities/<slug:slug>/register/",
        views.CoordinationRegisterView.as_view(),
        name="coordination-register",
    ),
    path(
        "my/network/registrations/<int:pk>/approve/",
        views.DecisionView.as_view(decision="approve"),
        name="registration-approve",
    ),
    path(
        "my/network/registrations/<int:pk>/decline/",
        views.DecisionView.as_view(decision="decline"),
        name="registration-decline",
    ),
]
