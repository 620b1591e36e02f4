"""URLs of the training app, in the training namespace, by noun: modules, learning (units
and my learning), resources, and completion (the member's certificate under
my/learning/<slug>/, the feedback form and the coordinators' results under
training/<slug>/)."""

from django.urls import path, register_converter

from .views import completion, learning, modules, resources


class ModuleSlugConverter:
    """A module's slug, never a word the other training pages use at that place
    ("training/resources/" is the library, not a module)."""

    regex = r"(?!(?:resources|results|certificates|feedback)/)[-a-zA-Z0-9_]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ModuleSlugConverter, "module")

app_name = "training"

urlpatterns = [
    # Modules
    path("training/", modules.ModuleListView.as_view(), name="module-list"),
    path(
        "training/<module:slug>/",
        modules.ModuleDetailView.as_view(),
        name="module-detail",
    ),
    path(
        "training/<module:slug>/enrol/",
        modules.ModuleEnrolView.as_view(),
        name="module-enrol",
    ),
    # Learning
    path(
        "training/<module:slug>/units/<int:position>/",
        learning.UnitDetailView.as_view(),
        name="unit-detail",
    ),
    path(
        "training/<module:slug>/units/<int:position>/complete/",
        learning.UnitCompleteView.as_view(),
        name="unit-complete",
    ),
    path(
        "training/<module:slug>/units/<int:position>/answers/",
        learning.UnitAnswerView.as_view(),
        name="unit-answer",
    ),
    path("my/learning/", learning.MyLearningView.as_view(), name="my-learning"),
    # Resources
    path(
        "training/resources/",
        resources.ResourceListView.as_view(),
        name="resource-list",
    ),
    path(
        "training/resources/<slug:slug>/",
        resources.ResourceDetailView.as_view(),
        name="resource-detail",
    ),
    path(
        "training/resources/<slug:slug>/download/",
        resources.ResourceDownloadView.as_view(),
        name="resource-download",
    ),
    # Completion
    path(
        "my/learning/<slug:slug>/certificate/",
        completion.CertificateDownloadView.as_view(),
        name="certificate-download",
    ),
    path(
        "training/<slug:slug>/feedback/",
        completion.FeedbackView.as_view(),
        name="module-feedback",
    ),
    path(
        "training/<slug:slug>/results/",
        completion.ModuleResultsView.as_view(),
        name="module-results",
    ),
]
