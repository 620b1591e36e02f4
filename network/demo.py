"""Demo data of the network: the three real partners, schools of their networks and an
account per role (seed_demo calls `seed`).

The content is data: network/demo_data/organisations.yaml (partners, schools, cities),
people.yaml (accounts, colleagues, translators) and communities.yaml (communities and
their posts), read through siehub.demo_data. This module turns it into rows."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.utils import timezone

from network.models import (
    ClaimStatus,
    Community,
    EmailFrequency,
    IscedLevel,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationClaim,
    OrganisationKind,
    Post,
    Translator,
    User,
    WholeSchoolArea,
)
from network.services.communities import community_recount
from siehub import demo_data
from siehub.text import sanitize_html, text_to_html

DEMO_PASSWORD = "siehub-demo-2026"


def _data(name: str):
    return demo_data.load("network", name)


def _term(vocabulary, slug: str):
    """A vocabulary term (a whole-school area, an education level) that the data files
    name by its slug, as the value the network stores: for now the slug itself, checked
    against the vocabulary."""
    return vocabulary(slug)


def seed_organisations():
    data = _data("organisations")
    cities = data["cities"]
    organisations = {}
    for partner in data["partners"]:
        values = {"is_partner": True, "partner": None}
        for field, value in partner.items():
            if field in ("name", "description"):
                values.update({f"{field}_{code}": text for code, text in value.items()})
            elif field == "city":
                values.update(
                    {f"city_{code}": name for code, name in cities[value].items()}
                )
            elif field == "education_levels":
                values[field] = [_term(IscedLevel, slug) for slug in value]
            elif field != "schools":
                values[field] = value
        organisation, _ = Organisation.objects.update_or_create(
            slug=partner["slug"], defaults=values
        )
        organisations[organisation.slug] = organisation
    for partner_data in data["partners"]:
        partner = organisations[partner_data["slug"]]
        for school in partner_data.get("schools", []):
            organisation, _ = Organisation.objects.update_or_create(
                slug=school["slug"],
                defaults={
                    **{f"name_{code}": name for code, name in school["name"].items()},
                    **{
                        f"city_{code}": name
                        for code, name in cities[school["city"]].items()
                    },
                    "kind": OrganisationKind.SCHOOL,
                    "country": partner.country,
                    "partner": partner,
                    "is_partner": False,
                    "education_levels": [
                        _term(IscedLevel, slug) for slug in school["education_levels"]
                    ],
                    "pupil_count": school["pupil_count"],
                    "vulnerable_share": school["vulnerable_share"],
                    "instruction_languages": school["instruction_languages"],
                    "original_language": partner.original_language,
                },
            )
            organisations[school["slug"]] = organisation
    return organisations


def _profile(person: dict, organisations) -> dict:
    """A person of people.yaml as the user's fields."""
    return {
        "first_name": person["first_name"],
        "last_name": person["last_name"],
        "position": person["position"],
        "country": person["country"],
        "preferred_language": person["preferred_language"],
        "organisation": organisations.get(person.get("organisation")),
        "public_profile": person.get("public_profile", True),
        "expertise_areas": [
            _term(WholeSchoolArea, slug) for slug in person.get("expertise_areas", [])
        ],
        "languages": list(person.get("languages", [])),
        "bio": person.get("bio", ""),
    }


def seed_accounts(organisations):
    for account in _data("people")["accounts"]:
        role = account["role"]
        claim = account.get("claim")
        user, _ = User.objects.update_or_create(
            email=account["email"], defaults=_profile(account, organisations)
        )
        if claim and not user.organisation_claims.exists():
            OrganisationClaim.objects.create(
                user=user, organisation=organisations[claim]
            )
        user.set_password(DEMO_PASSWORD)
        user.is_staff = user.is_superuser = role.startswith("project coordinator")
        user.save()
        EmailAddress.objects.update_or_create(
            user=user,
            email=user.email,
            defaults={"verified": True, "primary": True},
        )
        if role == "partner coordinator":
            user.organisation.coordinators.add(user)


def seed_colleagues(organisations):
    for colleague in _data("people")["colleagues"]:
        user, created = User.objects.update_or_create(
            email=colleague["email"], defaults=_profile(colleague, organisations)
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )


def seed_communities():
    users = {user.email: user for user in User.objects.all()}
    people = _data("people")
    # How each person hears of the posts of their communities (people.yaml).
    emails = {
        person["email"]: person.get("community_emails", EmailFrequency.EACH_POST)
        for person in [*people["accounts"], *people["colleagues"]]
    }
    now = timezone.now()
    data = _data("communities")["communities"]
    for community_data in data:
        original = community_data["original_language"]
        values = {
            "area": _term(WholeSchoolArea, community_data["area"]),
            "original_language": original,
        }
        for field in ("name", "description"):
            for code, text in community_data[field].items():
                values[f"{field}_{code}"] = text
        values["name"] = community_data["name"][original]
        community, _ = Community.objects.update_or_create(
            slug=community_data["slug"], defaults=values
        )
        roles = dict.fromkeys(
            community_data["facilitators"], MembershipRole.FACILITATOR
        )
        roles.update(dict.fromkeys(community_data["members"], MembershipRole.MEMBER))
        for email, role in roles.items():
            Membership.objects.update_or_create(
                community=community,
                user=users[email],
                defaults={
                    "role": role,
                    "email_frequency": emails.get(email, EmailFrequency.EACH_POST),
                },
            )
        if community.created_by_id is None:
            community.created_by = users[community_data["created_by"]]
            community.save(update_fields=["created_by"])
    communities = {c.slug: c for c in Community.objects.all()}

    def written(author, text):
        """A post's text in its author's language (the column, and the language),
        stored as the post services store it: sanitised HTML from Markdown."""
        language = users[author].preferred_language
        html = sanitize_html(text_to_html(text))
        return {"original_language": language, f"body_{language}": html}

    for community_data in data:
        community = communities[community_data["slug"]]
        for post in community_data.get("posts", []):
            author, body = post["author"], post["text"]
            if Post.objects.filter(
                community=community, **written(author, body)
            ).exists():
                continue
            moment = now - timedelta(days=post["days_ago"])
            thread = Post.objects.create(
                community=community, author=users[author], **written(author, body)
            )
            Post.objects.filter(pk=thread.pk).update(created_at=moment)
            for offset, reply in enumerate(post.get("replies", []), start=1):
                answer = Post.objects.create(
                    community=community,
                    parent=thread,
                    author=users[reply["author"]],
                    **written(reply["author"], reply["text"]),
                )
                Post.objects.filter(pk=answer.pk).update(
                    created_at=moment + timedelta(hours=3 * offset)
                )
    # The counters the community services keep, recomputed for the demo rows.
    community_recount(community_ids=[c.pk for c in communities.values()])


def seed_translators(organisations):
    for translator in _data("people")["translators"]:
        Translator.objects.update_or_create(
            user=User.objects.get(email=translator["email"]),
            language=translator["language"],
            defaults={"partner": organisations[translator["partner"]]},
        )


def seed(stdout):
    """Create or update the partners, their schools, the demo accounts, colleagues with
    public profiles, the professional communities with their discussions, and the
    partners' translators."""
    organisations = seed_organisations()
    seed_accounts(organisations)
    seed_colleagues(organisations)
    seed_communities()
    seed_translators(organisations)
    stdout.write(f"Demo-only accounts (password for all: {DEMO_PASSWORD}):")
    for login in _data("people")["logins"]:
        stdout.write(f"  {login['email']:<30} {login['role']}")
    pending = OrganisationClaim.objects.filter(status=ClaimStatus.PENDING).count()
    stdout.write(
        f"Network: {Organisation.objects.count()} organisations, "
        f"{User.objects.listed().count()} public profiles, "
        f"{Community.objects.count()} communities, {pending} claim(s) to approve."
    )
