"""URLs of the mobilities hosting pages (included in the mobilities namespace)."""

urlpatterns = []
