from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from siehub.admin import (
    ParagraphsAdminMixin,
    TranslatedAdminMixin,
    TranslationStateFilter,
)
from siehub.forms import CheckboxesField
from siehub.i18n import translation_fields
from siehub.models import Area, EducationLevel

from .forms.accounts import UserChangeAdminForm, UserCreationAdminForm
from .models import (
    Community,
    ContactMessage,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationClaim,
    Post,
    SpokenLanguage,
    Translator,
    User,
)
from .services import accounts, communities, privacy


class OrganisationAdminForm(forms.ModelForm):
    education_levels = CheckboxesField(
        EducationLevel.objects.all(), label=_("education levels"), to_field_name="slug"
    )

    class Meta:
        model = Organisation
        fields = ("education_levels",)  # the admin adds the rest from its fieldsets


@admin.register(Organisation)
class OrganisationAdmin(TranslatedAdminMixin, TabbedTranslationAdmin):
    form = OrganisationAdminForm
    # A website typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = (
        "name",
        "kind",
        "country",
        "city",
        "is_partner",
        "partner",
        "translation_languages",
    )
    list_filter = ("is_partner", "kind", "country", "partner", TranslationStateFilter)
    list_select_related = ("partner",)
    search_fields = ("name", "city")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("coordinators",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "is_partner", "partner", "logo")}),
        (
            _("Contact"),
            {"fields": ("country", "city", "address", "website", "email", "phone")},
        ),
        (_("Description"), {"fields": ("original_language", "description")}),
        (
            _("School"),
            {
                "fields": (
                    "education_levels",
                    "pupil_count",
                    "vulnerable_share",
                    "instruction_languages",
                )
            },
        ),
        (_("Coordinators"), {"fields": ("coordinators",)}),
    )


class UserAdminForm(UserChangeAdminForm):
    expertise_areas = CheckboxesField(
        Area.objects.all(), label=_("expertise areas"), to_field_name="slug"
    )
    languages = forms.TypedMultipleChoiceField(
        label=_("languages I work in"),
        choices=SpokenLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserAdminForm
    add_form = UserCreationAdminForm
    ordering = ("email",)
    list_display = (
        "email",
        "first_name",
        "last_name",
        "organisation",
        "country",
        "is_staff",
    )
    list_filter = (
        "is_staff",
        "is_superuser",
        "is_active",
        "public_profile",
        ("deleted_at", admin.EmptyFieldListFilter),
        "country",
        "position",
    )
    readonly_fields = ("deleted_at",)
    actions = ("delete_accounts",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")

    @admin.action(
        description=_("Delete the accounts (GDPR): anonymise, keep what was published"),
        permissions=["change"],
    )
    def delete_accounts(self, request, queryset):
        deleted = 0
        for user in queryset.filter(deleted_at__isnull=True).exclude(
            pk=request.user.pk
        ):
            privacy.account_delete(user=user, remove_published=False)
            deleted += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d account deleted.", "%(count)d accounts deleted.", deleted
            )
            % {"count": deleted},
            messages.SUCCESS,
        )

    list_select_related = ("organisation",)
    search_fields = ("email", "first_name", "last_name")
    autocomplete_fields = ("organisation",)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            _("Personal info"),
            {
                # The member's own profile, and the organisation curators set.
                "fields": ("organisation", *accounts.PROFILE_FIELDS)
            },
        ),
        (
            _("Permissions"),
            {
                "fields": (
                    "is_active",
                    "is_staff",
                    "is_superuser",
                    "groups",
                    "user_permissions",
                )
            },
        ),
        (
            _("Important dates"),
            {"fields": ("last_login", "date_joined", "deleted_at")},
        ),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": (
                    "email",
                    "first_name",
                    "last_name",
                    "password1",
                    "password2",
                ),
            },
        ),
    )


@admin.register(OrganisationClaim)
class OrganisationClaimAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "status", "created_at", "decided_by")
    list_filter = ("status", "organisation__partner", "organisation__country")
    list_select_related = ("user", "organisation", "decided_by")
    search_fields = ("user__email", "user__last_name", "organisation__name")
    autocomplete_fields = ("user", "organisation")
    readonly_fields = ("created_at", "decided_at", "decided_by", "status")
    date_hierarchy = "created_at"
    actions = ("approve_claims", "decline_claims")

    def _decide(self, request, queryset, decide, done_message):
        done = 0
        for claim in queryset:
            try:
                decide(claim=claim, coordinator=request.user)
            except (ValidationError, PermissionDenied) as error:
                reason = getattr(error, "messages", None) or [_("Not allowed.")]
                self.message_user(
                    request, f"{claim}: {' '.join(reason)}", messages.WARNING
                )
            else:
                done += 1
        self.message_user(request, done_message(done), messages.SUCCESS)

    @admin.action(description=_("Approve the selected claims"), permissions=["change"])
    def approve_claims(self, request, queryset):
        self._decide(
            request,
            queryset,
            accounts.claim_approve,
            lambda n: (
                ngettext("%(count)d claim approved.", "%(count)d claims approved.", n)
                % {"count": n}
            ),
        )

    @admin.action(description=_("Decline the selected claims"), permissions=["change"])
    def decline_claims(self, request, queryset):
        self._decide(
            request,
            queryset,
            accounts.claim_decline,
            lambda n: (
                ngettext("%(count)d claim declined.", "%(count)d claims declined.", n)
                % {"count": n}
            ),
        )


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)
    fields = ("user", "role", "email_frequency", "joined_at")
    readonly_fields = ("joined_at",)


@admin.register(Community)
class CommunityAdmin(TranslatedAdminMixin, TabbedTranslationAdmin):
    list_display = (
        "name",
        "area",
        "is_active",
        "member_count",
        "post_count",
        "last_post_at",
        "translation_languages",
    )
    list_filter = ("is_active", "area", TranslationStateFilter)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("member_count", "post_count", "last_post_at", "created_by")
    fields = (
        "name",
        "slug",
        "original_language",
        "description",
        "area",
        "is_active",
        "created_by",
        "member_count",
        "post_count",
        "last_post_at",
    )
    inlines = (MembershipInline,)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Membership:
            return super().save_formset(request, form, formset, change)
        community = form.instance

        def facilitators():
            return set(
                Membership.objects.filter(
                    community=community, role=MembershipRole.FACILITATOR
                ).values_list("user_id", flat=True)
            )

        before = facilitators()
        super().save_formset(request, form, formset, change)
        # Made a facilitator here as on the site: the member is told.
        communities.facilitators_appointed(
            community=community, user_ids=facilitators() - before, by=request.user
        )
        return None


@admin.register(Post)
class PostAdmin(ParagraphsAdminMixin, TranslatedAdminMixin, TabbedTranslationAdmin):
    paragraph_fields = ("body",)
    list_display = (
        "__str__",
        "community",
        "author",
        "created_at",
        "is_hidden",
        "translation_languages",
    )
    list_filter = ("is_hidden", "community", TranslationStateFilter)
    list_select_related = ("community", "author")
    search_fields = (
        *translation_fields("body"),
        "author__email",
        "author__last_name",
    )
    raw_id_fields = ("parent",)
    autocomplete_fields = ("author",)
    readonly_fields = (
        "created_at",
        "edited_at",
        "is_hidden",
        "hidden_by",
        "removed_at",
    )
    date_hierarchy = "created_at"
    actions = ("hide_posts", "unhide_posts")

    def _moderate(self, request, queryset, moderate, message):
        done = 0
        for post in queryset.select_related("community"):
            try:
                moderate(post=post, moderator=request.user)
            except (ValidationError, PermissionDenied):
                continue
            done += 1
        self.message_user(request, message(done), messages.SUCCESS)

    @admin.action(description=_("Hide the selected posts"), permissions=["change"])
    def hide_posts(self, request, queryset):
        self._moderate(
            request,
            queryset,
            communities.post_hide,
            lambda n: (
                ngettext("%(count)d post hidden.", "%(count)d posts hidden.", n)
                % {"count": n}
            ),
        )

    @admin.action(
        description=_("Show the selected posts again"), permissions=["change"]
    )
    def unhide_posts(self, request, queryset):
        self._moderate(
            request,
            queryset,
            communities.post_unhide,
            lambda n: (
                ngettext("%(count)d post shown.", "%(count)d posts shown.", n)
                % {"count": n}
            ),
        )


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """Read only: the trace of who wrote to whom, for handling reports of abuse."""

    list_display = ("sender", "recipient", "created_at")
    list_select_related = ("sender", "recipient")
    search_fields = ("sender__email", "recipient__email")
    date_hierarchy = "created_at"
    readonly_fields = ("sender", "recipient", "body", "created_at")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Translator)
class TranslatorAdmin(admin.ModelAdmin):
    """Curators see and name translators of every partner (coordinators do it on the
    site for their own)."""

    list_display = ("user", "language", "partner", "named_by", "created_at")
    list_filter = ("language", "partner")
    list_select_related = ("user", "partner", "named_by")
    search_fields = ("user__email", "user__first_name", "user__last_name")
    autocomplete_fields = ("user",)
    readonly_fields = ("named_by", "created_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.named_by = request.user
        super().save_model(request, obj, form, change)
