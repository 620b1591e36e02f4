"""URLs of the training learning pages (included in the training namespace)."""

from django.urls import path

from . import urls_modules  # noqa: F401 - registers the "module" path converter
from .views import learning as views

urlpatterns = [
    path(
        "training/<module:slug>/units/<int:position>/",
        views.UnitDetailView.as_view(),
        name="unit-detail",
    ),
    path(
        "training/<module:slug>/units/<int:position>/complete/",
        views.UnitCompleteView.as_view(),
        name="unit-complete",
    ),
    path(
        "training/<module:slug>/units/<int:position>/answers/",
        views.UnitAnswerView.as_view(),
        name="unit-answer",
    ),
    path("my/learning/", views.MyLearningView.as_view(), name="my-learning"),
]
