"""URLs of the network app: the member's own account pages, then one module per noun."""

from django.urls import include, path

from .views import accounts

app_name = "network"

urlpatterns = [
    path("my/profile/", accounts.ProfileView.as_view(), name="profile"),
    path("my/profile/edit/", accounts.ProfileEditView.as_view(), name="profile-edit"),
    path("", include("network.urls_directory")),
    path("", include("network.urls_communities")),
    path("", include("network.urls_coordination")),
    path("", include("network.urls_privacy")),
]
