"""URLs of the network app, in the network namespace, by noun: the member's own account,
the directories of organisations and members, communities, coordination (partner
coordinators manage their network; members withdraw their own claims) and privacy."""

from django.urls import path

from .views import accounts, communities, coordination, directory, privacy

app_name = "network"

urlpatterns = [
    # The member's own account
    path("my/profile/", accounts.ProfileView.as_view(), name="profile"),
    path("my/profile/edit/", accounts.ProfileEditView.as_view(), name="profile-edit"),
    # Directories of organisations and members
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
    # Communities
    path(
        "communities/", communities.CommunityListView.as_view(), name="community-list"
    ),
    # Before the community's own address: "new" is never a community's slug.
    path(
        "communities/new/",
        communities.CommunityFormView.as_view(),
        name="community-create",
    ),
    path(
        "communities/<slug:slug>/",
        communities.CommunityDetailView.as_view(),
        name="community-detail",
    ),
    path(
        "communities/<slug:slug>/edit/",
        communities.CommunityFormView.as_view(),
        name="community-edit",
    ),
    path(
        "communities/<slug:slug>/join/",
        communities.CommunityJoinView.as_view(),
        name="community-join",
    ),
    path(
        "communities/<slug:slug>/leave/",
        communities.CommunityLeaveView.as_view(),
        name="community-leave",
    ),
    path(
        "communities/<slug:slug>/email/",
        communities.CommunityPreferencesView.as_view(),
        name="community-preferences",
    ),
    path(
        "communities/<slug:slug>/posts/",
        communities.CommunityPostView.as_view(),
        name="community-post",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/",
        communities.PostDetailView.as_view(),
        name="post-detail",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/edit/",
        communities.PostEditView.as_view(),
        name="post-edit",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/hide/",
        communities.PostHideView.as_view(),
        name="post-hide",
    ),
    path(
        "communities/<slug:slug>/posts/<int:pk>/unhide/",
        communities.PostUnhideView.as_view(),
        name="post-unhide",
    ),
    # Coordination
    path("my/network/", coordination.CoordinationView.as_view(), name="coordination"),
    path(
        "my/network/organisations/new/",
        coordination.OrganisationCreateView.as_view(),
        name="coordination-school-create",
    ),
    path(
        "my/network/organisations/<slug:slug>/edit/",
        coordination.OrganisationEditView.as_view(),
        name="coordination-school-edit",
    ),
    path(
        "my/network/members/",
        coordination.MembersView.as_view(),
        name="coordination-members",
    ),
    path(
        "my/network/translators/",
        coordination.TranslatorsView.as_view(),
        name="coordination-translators",
    ),
    path(
        "my/network/translators/<int:pk>/remove/",
        coordination.TranslatorRemoveView.as_view(),
        name="translator-remove",
    ),
    path(
        "my/network/claims/<int:pk>/approve/",
        coordination.ClaimDecisionView.as_view(decision="approve"),
        name="claim-approve",
    ),
    path(
        "my/network/claims/<int:pk>/decline/",
        coordination.ClaimDecisionView.as_view(decision="decline"),
        name="claim-decline",
    ),
    path(
        "my/profile/claims/<int:pk>/withdraw/",
        accounts.ClaimWithdrawView.as_view(),
        name="claim-withdraw",
    ),
    # Privacy: a member's data and account
    path("my/data/", privacy.PrivacyExportView.as_view(), name="privacy-export"),
    path(
        "my/data/download/",
        privacy.PrivacyExportDownloadView.as_view(),
        name="privacy-export-download",
    ),
    path(
        "my/account/delete/", privacy.AccountDeleteView.as_view(), name="privacy-delete"
    ),
    path(
        "my/account/deleted/",
        privacy.AccountDeletedView.as_view(),
        name="privacy-deleted",
    ),
]
