"""URLs of the directories of organisations and members (in the network namespace)."""

from django.urls import path

from .views import accounts

urlpatterns = [
    path(
        "organisations/<slug:slug>/",
        accounts.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
]
