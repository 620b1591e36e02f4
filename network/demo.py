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
    Membership,
    MembershipRole,
    Organisation,
    OrganisationClaim,
    OrganisationKind,
    Post,
    Translator,
    User,
)
from network.services.communities import community_recount
from siehub import demo_data
from siehub.models import Area, EducationLevel
from siehub.text import sanitize_html, text_to_html

DEMO_PASSWORD = "siehub-demo-2026"


def _data(name: str):
    return demo_data.load("network", name)


def _terms(vocabulary, slugs) -> list:
    """The core's vocabulary terms (whole-school areas, education levels) the data files
    name by slug; an unknown slug is an error in the data, not a term left out."""
    slugs = list(slugs)
    found = vocabulary.objects.in_bulk(slugs, field_name="slug")
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise demo_data.DemoDataError(
            f"network demo data: no {vocabulary._meta.verbose_name} {missing}"
        )
    return [found[slug] for slug in slugs]


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
            elif field not in ("schools", "education_levels"):
                values[field] = value
        organisation, _ = Organisation.objects.update_or_create(
            slug=partner["slug"], defaults=values
        )
        organisation.education_levels.set(
            _terms(EducationLevel, partner.get("education_levels", []))
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
                    "pupil_count": school["pupil_count"],
                    "vulnerable_share": school["vulnerable_share"],
                    "instruction_languages": school["instruction_languages"],
                    "original_language": partner.original_language,
                },
            )
            organisation.education_levels.set(
                _terms(EducationLevel, school["education_levels"])
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
        user.expertise_areas.set(_terms(Area, account.get("expertise_areas", [])))
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
        user.expertise_areas.set(_terms(Area, colleague.get("expertise_areas", [])))
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
            "area": _terms(Area, [community_data["area"]])[0],
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
