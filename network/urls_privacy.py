"""URLs of the network's privacy pages (included in the network namespace)."""

urlpatterns = []
