"""URLs of the mobilities app, one module per noun (events, registrations, hosting)."""

from django.urls import include, path

app_name = "mobilities"

urlpatterns = [
    path("", include("mobilities.urls_events")),
    path("", include("mobilities.urls_registrations")),
    path("", include("mobilities.urls_hosting")),
]
