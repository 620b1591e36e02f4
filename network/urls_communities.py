"""URLs of the network's communities pages (included in the network namespace)."""

urlpatterns = []
