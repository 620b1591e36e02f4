"""URLs of the network's communities pages (included in the network namespace)."""

from django.urls import path

from .views import communities as views

urlpatterns = [
    path("communities/", views.CommunityListView.as_view(), name="community-list"),
    # Before the community's own address: "new" is never a community's slug.
    path(
        "communities/new/",
        views.CommunityFormView.as_view(),
        name="community-create",
    ),
    path(
        "communities/<slug:slug>/",
        views.CommunityDetailView.as_view(),
        name="community-detail",
    ),
    path(
        "communities/<slug:slug>/edit/",
        views.CommunityFormView.as_view(),
        name="community-edit",
    ),
    path(
        "communities/<slug:slug>/join/",
        views.CommunityJoinView.as_view(),
        name="community-join",
    ),
    path(
        "communities/<slug:slug>/leave/",
        views.CommunityLeaveView.as_view(),
        name="community-leave",
    ),
    path(
        "communities/<slug:slug>/email/",
        views.CommunityPreferencesView.as_view(),
        name="community-preferences",
    ),
    path(
        "communities/<slug:slug>/posts/",
        views.CommunityPostView.as_view(),
        name="community-post",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/",
        views.PostDetailView.as_view(),
        name="post-detail",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/edit/",
        views.PostEditView.as_view(),
        name="post-edit",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/hide/",
        views.PostHideView.as_view(),
        name="post-hide",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/unhide/",
        views.PostUnhideView.as_view(),
        name="post-unhide",
    ),
]
