from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from . import services
from .models import Notification, Page


class HomeView(TemplateView):
    template_name = "siehub/home.html"

    def get_context_data(self, **kwargs):
        # The one place where the core reads the apps above it (DESIGN.md: home page).
        from inventory.models import Practice
        from network.models import Organisation

        context = super().get_context_data(**kwargs)
        context["partners"] = list(Organisation.objects.partners().order_by("name"))
        context["latest_practices"] = list(
            Practice.objects.published()
            .select_related("organisation")
            .order_by("-featured", "-published_at")[:6]
        )
        return context


class PageView(DetailView):
    model = Page
    template_name = "siehub/page_detail.html"
    context_object_name = "page"


class NotificationListView(LoginRequiredMixin, ListView):
    template_name = "siehub/notification_list.html"
    context_object_name = "notifications"
    paginate_by = 20

    def get_queryset(self):
        return Notification.objects.for_user(self.request.user).only(
            "subject", "link", "created_at", "read_at"
        )


class NotificationsMarkReadView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        count = services.notifications_mark_read(user=request.user)
        if count:
            messages.success(request, _("All notifications are marked as read."))
        return redirect("notifications")


def csrf_failure(request, reason=""):
    """A translated 403 in the site design instead of Django's technical CSRF page."""
    return render(request, "403_csrf.html", status=403)
