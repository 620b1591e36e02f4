"""URLs of the network's coordination pages (included in the network namespace)."""

urlpatterns = []
