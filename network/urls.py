from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("my/profile/", views.ProfileView.as_view(), name="profile"),
    path("my/profile/edit/", views.ProfileEditView.as_view(), name="profile-edit"),
    path(
        "organisations/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
]
