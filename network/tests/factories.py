import factory
from allauth.account.models import EmailAddress

from network.models import Organisation, OrganisationKind, Position, User
from siehub.countries import Country
from siehub.models import Area, EducationLevel


def terms(model, slugs):
    """The core's vocabulary terms a test names by slug, in the order given."""
    found = model.objects.in_bulk(list(slugs), field_name="slug")
    return [found[slug] for slug in slugs]


def slugs(related) -> list[str]:
    """The slugs of the terms a link holds, in the vocabulary's order."""
    return list(related.values_list("slug", flat=True))


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"School number {n}")
    slug = factory.Sequence(lambda n: f"school-{n}")
    kind = OrganisationKind.SCHOOL
    country = Country.NORTH_MACEDONIA
    city = "Bitola"

    @factory.post_generation
    def education_levels(obj, create, extracted, **kwargs):
        """Education levels by slug: `OrganisationFactory(education_levels=["isced-1"])`."""
        if create and extracted:
            obj.education_levels.set(terms(EducationLevel, extracted))


class PartnerFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    kind = OrganisationKind.CIVIL_SOCIETY
    is_partner = True


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    first_name = "Marija"
    last_name = factory.Sequence(lambda n: f"Petrovska{n}")
    position = Position.TEACHER
    country = Country.NORTH_MACEDONIA
    preferred_language = "en"
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def expertise_areas(obj, create, extracted, **kwargs):
        """Expertise areas by slug: `UserFactory(expertise_areas=["teachers"])`."""
        if create and extracted:
            obj.save()
            obj.expertise_areas.set(terms(Area, extracted))

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if not create:
            return
        obj.save()
        if extracted is not False:
            EmailAddress.objects.create(
                user=obj, email=obj.email, verified=True, primary=True
            )


# Membership claims (helper MEMBERSHIP) -----------------------------------------------------


class OrganisationClaimFactory(factory.django.DjangoModelFactory):
    """A pending claim of a member to a school of a partner network."""

    class Meta:
        model = "network.OrganisationClaim"

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(
        OrganisationFactory, partner=factory.SubFactory(PartnerFactory)
    )


# Professional communities (helper COMMUNITIES) ---------------------------------------------


class CommunityFactory(factory.django.DjangoModelFactory):
    """An active community written in English. Its counters are not kept: go through
    the services, or call `community_recount`, where a test reads them."""

    class Meta:
        model = "network.Community"

    name_en = factory.Sequence(lambda n: f"Attendance and mediation {n}")
    slug = factory.Sequence(lambda n: f"community-{n}")
    description_en = "Teachers and mediators who keep pupils from dropping out."
    original_language = "en"
    area = "support-to-learners"

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        """The area by slug (`area="school-governance"`), as URLs and forms name it."""
        if isinstance(kwargs.get("area"), str):
            kwargs["area"] = (
                Area.objects.get(slug=kwargs["area"]) if kwargs["area"] else None
            )
        return kwargs


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "network.Membership"

    community = factory.SubFactory(CommunityFactory)
    user = factory.SubFactory(UserFactory)
    role = "member"
    email_frequency = "each"


class FacilitatorFactory(MembershipFactory):
    role = "facilitator"


class PostFactory(factory.django.DjangoModelFactory):
    """A thread of a community's discussion (give `parent` for a reply)."""

    class Meta:
        model = "network.Post"

    community = factory.SubFactory(CommunityFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"How do you follow up absences? ({n})")
