from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from .forms import ParagraphsTextarea
from .models import Certificate, Notification, Page
from .text import sanitize_html

admin.site.site_header = _("SIE HUB+ administration")
admin.site.site_title = _("SIE HUB+ administration")
admin.site.index_title = _("Curate the platform")


class ParagraphsAdminMixin:
    """Translated HTML fields (`paragraph_fields`, base names) edited as plain text in
    every language tab, with ParagraphsTextarea."""

    paragraph_fields: tuple[str, ...] = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        base = getattr(db_field, "translated_field", db_field).name
        if base in self.paragraph_fields:
            kwargs["widget"] = ParagraphsTextarea(attrs={"rows": 8})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class PageAdminForm(forms.ModelForm):
    class Meta:
        model = Page
        fields = ("slug", "title", "body", "show_in_footer", "footer_order")

    def clean(self):
        cleaned = super().clean()
        for code, _name in settings.LANGUAGES:
            key = f"body_{code}"
            if cleaned.get(key):
                cleaned[key] = sanitize_html(cleaned[key])
        return cleaned


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    form = PageAdminForm
    list_display = ("title", "slug", "show_in_footer", "footer_order", "updated_at")
    list_editable = ("show_in_footer", "footer_order")
    readonly_fields = ("updated_at",)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("created_at", "kind", "to_email", "language", "sent_at", "attempts")
    list_filter = ("kind", "language", ("sent_at", admin.EmptyFieldListFilter))
    search_fields = ("to_email", "subject")
    date_hierarchy = "created_at"
    list_select_related = ("recipient",)
    actions = ["send_again"]
    readonly_fields = [f.name for f in Notification._meta.fields]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Retry sending the selected unsent notifications"))
    def send_again(self, request, queryset):
        from .tasks import deliver_notification

        pending = list(
            queryset.filter(sent_at__isnull=True).values_list("pk", flat=True)
        )
        queryset.filter(pk__in=pending).update(attempts=0, claimed_at=None)
        for pk in pending:
            deliver_notification.delay(pk)
        count = len(pending)
        self.message_user(
            request,
            ngettext(
                "%(count)d notification queued.",
                "%(count)d notifications queued.",
                count,
            )
            % {"count": count},
        )


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    """Certificates are issued by the apps (never added here); curators look them up by
    code or name and revoke one issued by mistake."""

    list_display = ("code", "holder_name", "title", "kind", "language", "issued_at")
    list_filter = ("kind", "language", ("revoked_at", admin.EmptyFieldListFilter))
    search_fields = ("code", "holder_name", "title", "source")
    date_hierarchy = "issued_at"
    actions = ["revoke"]
    readonly_fields = [
        f.name for f in Certificate._meta.fields if f.name != "revoked_reason"
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Revoke the selected certificates"))
    def revoke(self, request, queryset):
        from .certificates import certificates_revoke

        count = certificates_revoke(certificates=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d certificate revoked.",
                "%(count)d certificates revoked.",
                count,
            )
            % {"count": count},
        )
