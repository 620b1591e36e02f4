from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .forms.accounts import UserChangeAdminForm, UserCreationAdminForm
from .models import IscedLevel, Organisation, User


class OrganisationAdminForm(forms.ModelForm):
    education_levels = forms.TypedMultipleChoiceField(
        label=_("education levels"),
        choices=IscedLevel.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Organisation
        fields = ("education_levels",)  # the admin adds the rest from its fieldsets


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    form = OrganisationAdminForm
    # A website typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "kind", "country", "city", "is_partner", "partner")
    list_filter = ("is_partner", "kind", "country", "partner")
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


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserChangeAdminForm
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
    list_filter = ("is_staff", "is_superuser", "is_active", "country", "position")
    list_select_related = ("organisation",)
    search_fields = ("email", "first_name", "last_name")
    autocomplete_fields = ("organisation",)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            _("Personal info"),
            {
                "fields": (
                    "first_name",
                    "last_name",
                    "organisation",
                    "position",
                    "country",
                    "preferred_language",
                    "bio",
                    "public_profile",
                )
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
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
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
