"""Demo data of the network: the three real partners, schools of their networks and an
account per role (seed_demo calls `seed`)."""

from allauth.account.models import EmailAddress

from network.models import IscedLevel, Organisation, OrganisationKind, Position, User
from siehub.countries import Country

DEMO_PASSWORD = "siehub-demo-2026"

PARTNERS = [
    {
        "slug": "evropsko-gragjanstvo-akcija",
        "name": "Zdruzenie Evropsko Gragjanstvo-Akcija",
        "kind": OrganisationKind.CIVIL_SOCIETY,
        "country": Country.NORTH_MACEDONIA,
        "city": "Bitola",
        "website": "https://example.org/zega",
        "original_language": "mk",
        "description": {
            "mk": "Здружение на граѓани од Битола, координатор на партнерството SIE HUB+. "
            "Работи на интеграција на ромските ученици и на соработка меѓу училиштата, "
            "семејствата и локалната заедница.",
            "en": "A civil-society organisation from Bitola and coordinator of the SIE HUB+ "
            "partnership. It works on the inclusion of Roma pupils and on cooperation "
            "between schools, families and the local community.",
        },
    },
    {
        "slug": "ceicsem-sofia",
        "name": "Centre for Educational Integration of Children and Students from Ethnic "
        "Minorities",
        "kind": OrganisationKind.PUBLIC_AUTHORITY,
        "country": Country.BULGARIA,
        "city": "Sofia",
        "website": "https://example.org/coiduem",
        "original_language": "bg",
        "description": {
            "bg": "Национален публичен орган към Министерството на образованието и науката, "
            "който подкрепя образователната интеграция на децата и учениците от етническите "
            "малцинства в цялата страна.",
            "en": "A national public body under the Ministry of Education and Science that "
            "supports the educational integration of children and pupils from ethnic "
            "minorities across Bulgaria.",
        },
    },
    {
        "slug": "ceip-san-carlos-madrid",
        "name": "C.E.I.P. San Carlos",
        "kind": OrganisationKind.SCHOOL,
        "country": Country.SPAIN,
        "city": "Madrid",
        "website": "https://example.org/sancarlos",
        "original_language": "es",
        "education_levels": [IscedLevel.ISCED_0, IscedLevel.ISCED_1],
        "pupil_count": 420,
        "vulnerable_share": 60,
        "instruction_languages": "Español",
        "description": {
            "es": "Colegio público de educación infantil y primaria de Madrid, con alumnado de "
            "más de veinte nacionalidades. Anfitrión de la formación conjunta «Iniciando un "
            "cambio positivo» en septiembre de 2021.",
            "en": "A public pre-primary and primary school in Madrid with pupils of more than "
            "twenty nationalities. Host of the joint staff training “Initiating positive "
            "change” in September 2021.",
        },
    },
]

SCHOOLS = {
    "evropsko-gragjanstvo-akcija": [
        (
            "oou-goce-delchev-bitola",
            "ООУ „Гоце Делчев“",
            "Bitola",
            610,
            35,
            "македонски",
        ),
        (
            "oou-kiril-metodij-bitola",
            "ООУ „Св. Кирил и Методиј“",
            "Bitola",
            480,
            52,
            "македонски",
        ),
        (
            "oou-bratstvo-prilep",
            "ООУ „Браќа Миладиновци“",
            "Prilep",
            390,
            28,
            "македонски",
        ),
    ],
    "ceicsem-sofia": [
        (
            "ou-hristo-botev-kyustendil",
            "ОУ „Христо Ботев“",
            "Kyustendil",
            350,
            70,
            "български",
        ),
        ("su-vasil-levski-sliven", "СУ „Васил Левски“", "Sliven", 720, 45, "български"),
        (
            "ou-otets-paisiy-pazardzhik",
            "ОУ „Отец Паисий“",
            "Pazardzhik",
            300,
            80,
            "български",
        ),
    ],
    "ceip-san-carlos-madrid": [
        (
            "ceip-antonio-machado-madrid",
            "CEIP Antonio Machado",
            "Madrid",
            450,
            40,
            "español",
        ),
        ("ies-lope-de-vega-madrid", "IES Lope de Vega", "Madrid", 800, 30, "español"),
        ("ceip-valle-inclan-getafe", "CEIP Valle-Inclán", "Getafe", 380, 55, "español"),
    ],
}

ACCOUNTS = [
    {
        "email": "teacher@demo.siehub.eu",
        "first_name": "Ana",
        "last_name": "Stojanovska",
        "position": Position.TEACHER,
        "country": Country.NORTH_MACEDONIA,
        "preferred_language": "mk",
        "organisation": "oou-goce-delchev-bitola",
        "role": "member",
    },
    {
        "email": "maestra@demo.siehub.eu",
        "first_name": "Lucía",
        "last_name": "Fernández",
        "position": Position.COUNSELLOR,
        "country": Country.SPAIN,
        "preferred_language": "es",
        "organisation": "ceip-antonio-machado-madrid",
        "role": "member",
    },
    {
        "email": "partner@demo.siehub.eu",
        "first_name": "Petar",
        "last_name": "Ivanov",
        "position": Position.PUBLIC_OFFICER,
        "country": Country.BULGARIA,
        "preferred_language": "bg",
        "organisation": "ceicsem-sofia",
        "role": "partner coordinator",
    },
    {
        "email": "curator@demo.siehub.eu",
        "first_name": "Elena",
        "last_name": "Petrovska",
        "position": Position.CIVIL_SOCIETY,
        "country": Country.NORTH_MACEDONIA,
        "preferred_language": "en",
        "organisation": "evropsko-gragjanstvo-akcija",
        "role": "project coordinator (admin)",
    },
]


def seed_organisations():
    organisations = {}
    for data in PARTNERS:
        data = dict(data)
        description = data.pop("description")
        values = {**data, "is_partner": True, "partner": None}
        for code, text in description.items():
            values[f"description_{code}"] = text
        organisation, _ = Organisation.objects.update_or_create(
            slug=data["slug"], defaults=values
        )
        organisations[organisation.slug] = organisation
    levels = {
        "ООУ": [IscedLevel.ISCED_1, IscedLevel.ISCED_2],
        "ОУ": [IscedLevel.ISCED_1, IscedLevel.ISCED_2],
        "СУ": [IscedLevel.ISCED_2, IscedLevel.ISCED_3],
        "CEIP": [IscedLevel.ISCED_0, IscedLevel.ISCED_1],
        "IES": [IscedLevel.ISCED_2, IscedLevel.ISCED_3],
    }
    for partner_slug, schools in SCHOOLS.items():
        partner = organisations[partner_slug]
        for slug, name, city, pupils, share, language in schools:
            organisation, _ = Organisation.objects.update_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "kind": OrganisationKind.SCHOOL,
                    "country": partner.country,
                    "city": city,
                    "partner": partner,
                    "is_partner": False,
                    "education_levels": levels[name.split()[0]],
                    "pupil_count": pupils,
                    "vulnerable_share": share,
                    "instruction_languages": language,
                    "original_language": partner.original_language,
                },
            )
            organisations[slug] = organisation
    return organisations


def seed_accounts(organisations):
    for data in ACCOUNTS:
        data = dict(data)
        role = data.pop("role")
        data["organisation"] = organisations[data["organisation"]]
        user, _ = User.objects.update_or_create(email=data["email"], defaults=data)
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


def seed(stdout):
    """Create or update the partners, their schools and the demo accounts."""
    organisations = seed_organisations()
    seed_accounts(organisations)
    stdout.write(f"Demo-only accounts (password for all: {DEMO_PASSWORD}):")
    for account in ACCOUNTS:
        stdout.write(f"  {account['role']:<28} {account['email']}")
