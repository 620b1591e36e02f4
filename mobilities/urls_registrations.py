"""URLs of the mobilities registrations pages (included in the mobilities namespace)."""

urlpatterns = []
