"""Gathering a practice into one of the member's professional communities."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from network.models import Community, Membership
from siehub.i18n import translated_field, translation_fields


class GatherForm(forms.Form):
    """Gather a published practice into one of the member's communities.

    Every community of the member is a valid choice (so that a practice gathered there
    meanwhile gets the service's friendly message); the select offers only those that
    do not hold the practice yet.
    """

    community = forms.TypedChoiceField(label=_("Community"), coerce=int)
    note = forms.CharField(
        label=_("Why it matters (optional)"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, communities, **kwargs):
        super().__init__(*args, **kwargs)
        self.communities = communities
        labelled = [(c.pk, translated_field(c, "name")["value"]) for c in communities]
        field = self.fields["community"]
        field.choices = labelled
        field.widget.choices = [
            (pk, label)
            for (pk, label), c in zip(labelled, communities, strict=True)
            if not c.has_practice
        ]

    @classmethod
    def for_practice(cls, *, user, practice, data=None):
        """The form for a member and a practice: one query for their communities."""
        gathered = Community._meta.get_field("gathered_practices").related_model
        communities = list(
            Community.objects.active()
            .filter(pk__in=Membership.objects.filter(user=user).values("community"))
            .annotate(
                has_practice=Exists(
                    gathered.objects.filter(community=OuterRef("pk"), practice=practice)
                )
            )
            .only(
                "slug",
                "original_language",
                *translation_fields("name"),
            )
            .order_by("name")
        )
        return cls(data, communities=communities)

    @property
    def gathered_in(self):
        return [c for c in self.communities if c.has_practice]

    @property
    def can_gather(self) -> bool:
        return any(not c.has_practice for c in self.communities)
