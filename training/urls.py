"""URLs of the training app, one module per noun (modules, learning, resources)."""

from django.urls import include, path

app_name = "training"

urlpatterns = [
    path("", include("training.urls_modules")),
    path("", include("training.urls_learning")),
    path("", include("training.urls_resources")),
    path("", include("training.urls_completion")),
]
