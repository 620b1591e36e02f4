from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve

from network.views.accounts import ConfirmEmailView

from . import views

# The admin's own login form had no throttling and no second factor: it sends to
# allauth's login, with its rate limits (ACCOUNT_RATE_LIMITS) and two-factor step.
# mypy forbids assigning to a method; wrapping this one site's login is the point.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", views.healthz, name="healthz"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("pages/<slug:slug>/", views.PageView.as_view(), name="page"),
    path("formatting/preview/", views.markdown_preview, name="markdown-preview"),
    path(
        "my/notifications/", views.NotificationListView.as_view(), name="notifications"
    ),
    path(
        "verify/",
        views.CertificateVerifyFormView.as_view(),
        name="certificate-verify-form",
    ),
    path(
        "verify/<str:code>/",
        views.CertificateVerifyView.as_view(),
        name="certificate-verify",
    ),
    path(
        "my/translations/",
        views.TranslationOverviewView.as_view(),
        name="translation-overview",
    ),
    path(
        "my/translations/<str:language>/",
        views.TranslationQueueView.as_view(),
        name="translation-queue",
    ),
    path(
        "my/translations/<str:language>/<slug:kind>/<int:pk>/",
        views.TranslationEditView.as_view(),
        name="translation-edit",
    ),
    path(
        "my/notifications/read/",
        views.NotificationsMarkReadView.as_view(),
        name="notifications-mark-read",
    ),
    # Before allauth's own pattern of the same name: answers 400 for a dead link.
    path(
        "accounts/confirm-email/<str:key>/",
        ConfirmEmailView.as_view(),
        name="account_confirm_email",
    ),
    path("accounts/", include("allauth.urls")),
    path("", include("network.urls")),
    path("", include("inventory.urls")),
    path("", include("mobilities.urls")),
    path("", include("training.urls")),
    path("", include("results.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]
