"""Forms of the professional communities: the community itself, the list's filter, posts,
the email preference, and the inventory's "gather this practice" form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from siehub.forms import FORMATTING_HELP, MarkdownTextarea
from siehub.i18n import translation_fields
from siehub.models import Area

from ..models import (
    Community,
    EmailFrequency,
    MembershipRole,
    User,
)
from ..services.communities import (
    NAME_MAX_LENGTH,
    POST_MAX_LENGTH,
    facilitator_candidates,
)

DESCRIPTION_MAX_LENGTH = 5000


class FacilitatorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        # Never the email address: the name, and where it helps, the organisation.
        if obj.organisation_id:
            return f"{obj.public_name} · {obj.organisation.name}"
        return obj.public_name


class CommunityForm(forms.Form):
    """Name and description in one language, the area and the facilitators."""

    name = forms.CharField(label=_("Name"), max_length=NAME_MAX_LENGTH)
    description = forms.CharField(
        label=_("Description"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Whom the community is for, what it works on and how."),
    )
    area = forms.ModelChoiceField(
        label=_("Whole-school area"),
        queryset=Area.objects.all(),
        to_field_name="slug",
        empty_label=_("Several areas"),
        required=False,
    )
    facilitators = FacilitatorChoiceField(
        label=_("Facilitators"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    def __init__(self, *args, user, community: Community | None = None, **kwargs):
        self.community = community
        if community is not None:
            language = community.original_language
            kwargs.setdefault(
                "initial",
                {
                    "name": getattr(community, f"name_{language}") or "",
                    "description": getattr(community, f"description_{language}") or "",
                    "area": community.area_id and community.area.slug,
                    "facilitators": [
                        m.user_id
                        for m in community.memberships.filter(
                            role=MembershipRole.FACILITATOR
                        )
                    ],
                },
            )
        super().__init__(*args, **kwargs)
        field = self.fields["facilitators"]
        field.queryset = (
            facilitator_candidates(user=user, community=community)
            .select_related("organisation")
            .only(
                "first_name",
                "last_name",
                "deleted_at",
                *translation_fields("name", prefix="organisation__"),
            )
            .order_by("last_name", "first_name", "pk")
        )
        if community is None:
            field.help_text = _(
                "You facilitate the community yourself; choose others who will share "
                "the task. Facilitators welcome members, moderate the discussion and "
                "edit the community. Hold Ctrl (or Cmd) to choose several."
            )
        else:
            field.required = True
            field.error_messages["required"] = _(
                "A community needs at least one facilitator."
            )
            field.help_text = _(
                "Facilitators welcome members, moderate the discussion and edit the "
                "community. Hold Ctrl (or Cmd) to choose several."
            )


class CommunityFilterForm(forms.Form):
    area = forms.ModelChoiceField(
        label=_("Whole-school area"),
        queryset=Area.objects.all(),
        to_field_name="slug",
        empty_label=_("All areas"),
        required=False,
    )
    mine = forms.BooleanField(label=_("Only my communities"), required=False)


class PostForm(forms.Form):
    """A new post, or a reply when `parent` names the post it answers."""

    body = forms.CharField(
        label=_("Your message"),
        max_length=POST_MAX_LENGTH,
        widget=MarkdownTextarea(attrs={"rows": 5}),
        help_text=FORMATTING_HELP,
        error_messages={"required": _("Write a message first.")},
    )
    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class PostEditForm(forms.Form):
    body = PostForm.base_fields["body"]


class EmailPreferenceForm(forms.Form):
    email_frequency = forms.ChoiceField(
        label=_("Email about new posts"),
        choices=EmailFrequency.choices,
        widget=forms.RadioSelect,
    )
