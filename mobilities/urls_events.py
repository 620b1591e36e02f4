"""URLs of the mobilities events pages (included in the mobilities namespace)."""

urlpatterns = []
