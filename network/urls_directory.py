"""URLs of the directories of organisations and members (in the network namespace)."""

from django.urls import path

from .views import directory

urlpatterns = [
    path(
        "organisations/",
        directory.OrganisationListView.as_view(),
        name="organisation-list",
    ),
    path(
        "organisations/<slug:slug>/",
        directory.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("members/", directory.MemberListView.as_view(), name="member-list"),
    path(
        "members/<int:pk>/",
        directory.MemberDetailView.as_view(),
        name="member-detail",
    ),
    path(
        "members/<int:pk>/contact/",
        directory.MemberContactView.as_view(),
        name="member-contact",
    ),
]
