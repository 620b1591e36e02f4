"""URLs of the training modules pages (included in the training namespace)."""

from django.urls import path, register_converter

from .views import modules as views


class ModuleSlugConverter:
    """A module's slug, never a word the other training pages use at that place
    ("training/resources/" is the library, not a module)."""

    regex = r"(?!(?:resources|results|certificates|feedback)/)[-a-zA-Z0-9_]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ModuleSlugConverter, "module")

urlpatterns = [
    path("training/", views.ModuleListView.as_view(), name="module-list"),
    path(
        "training/<module:slug>/",
        views.ModuleDetailView.as_view(),
        name="module-detail",
    ),
    path(
        "training/<module:slug>/enrol/",
        views.ModuleEnrolView.as_view(),
        name="module-enrol",
    ),
]
