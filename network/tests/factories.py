import factory
from allauth.account.models import EmailAddress

from network.models import Organisation, OrganisationKind, Position, User
from siehub.countries import Country


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"School number {n}")
    slug = factory.Sequence(lambda n: f"school-{n}")
    kind = OrganisationKind.SCHOOL
    country = Country.NORTH_MACEDONIA
    city = "Bitola"


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
