"""URLs of the mobilities events pages (included in the mobilities namespace)."""

from django.urls import path

from .views import events, hosting

urlpatterns = [
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
]
