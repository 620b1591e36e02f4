"""URLs of the network's coordination pages (included in the network namespace): partner
coordinators manage their network; members withdraw their own claims."""

from django.urls import path

from .views import accounts, coordination

urlpatterns = [
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
]
