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
