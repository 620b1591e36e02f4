"""Demo data of the network: the three real partners, schools of their networks and an
account per role (seed_demo calls `seed`)."""

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
    Position,
    Post,
    SpokenLanguage,
    Translator,
    User,
)
from network.services.communities import community_recount
from siehub.countries import Country
from siehub.models import Area, EducationLevel
from siehub.text import sanitize_html, text_to_html

DEMO_PASSWORD = "siehub-demo-2026"

PARTNERS = [
    {
        "slug": "evropsko-gragjanstvo-akcija",
        "name": {
            "en": "Zdruzenie Evropsko Gragjanstvo-Akcija",
            "mk": "Здружение „Европско граѓанство – Акција“",
            "bg": "Сдружение „Европейско гражданство – Акция“",
            "es": "Zdruzenie Evropsko Gragjanstvo-Akcija",
        },
        "kind": OrganisationKind.CIVIL_SOCIETY,
        "country": Country.NORTH_MACEDONIA,
        "city": {"en": "Bitola", "mk": "Битола", "bg": "Битоля", "es": "Bitola"},
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
        "name": {
            "en": "Centre for Educational Integration of Children and Students from "
            "Ethnic Minorities",
            "mk": "Центар за образовна интеграција на децата и учениците од етничките "
            "малцинства",
            "bg": "Център за образователна интеграция на децата и учениците от "
            "етническите малцинства",
            "es": "Centro para la Integración Educativa de Niños y Alumnos de Minorías "
            "Étnicas",
        },
        "kind": OrganisationKind.PUBLIC_AUTHORITY,
        "country": Country.BULGARIA,
        "city": {"en": "Sofia", "mk": "Софија", "bg": "София", "es": "Sofía"},
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
        "name": {
            "en": "C.E.I.P. San Carlos",
            "mk": "Основно училиште „Сан Карлос“",
            "bg": "Основно училище „Сан Карлос“",
            "es": "C.E.I.P. San Carlos",
        },
        "kind": OrganisationKind.SCHOOL,
        "country": Country.SPAIN,
        "city": {"en": "Madrid", "mk": "Мадрид", "bg": "Мадрид", "es": "Madrid"},
        "website": "https://example.org/sancarlos",
        "original_language": "es",
        "education_levels": ["isced-0", "isced-1"],
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

# The cities of the schools, as each language writes them.
CITIES = {
    "Bitola": {"en": "Bitola", "mk": "Битола", "bg": "Битоля", "es": "Bitola"},
    "Prilep": {"en": "Prilep", "mk": "Прилеп", "bg": "Прилеп", "es": "Prilep"},
    "Kyustendil": {
        "en": "Kyustendil",
        "mk": "Ќустендил",
        "bg": "Кюстендил",
        "es": "Kiustendil",
    },
    "Sliven": {"en": "Sliven", "mk": "Сливен", "bg": "Сливен", "es": "Sliven"},
    "Pazardzhik": {
        "en": "Pazardzhik",
        "mk": "Пазарџик",
        "bg": "Пазарджик",
        "es": "Pazardzhik",
    },
    "Madrid": {"en": "Madrid", "mk": "Мадрид", "bg": "Мадрид", "es": "Madrid"},
    "Getafe": {"en": "Getafe", "mk": "Хетафе", "bg": "Хетафе", "es": "Getafe"},
}

# Per partner: slug, kind of school (for its levels), name in each language, city,
# pupils, share from vulnerable groups, language of instruction.
SCHOOLS = {
    "evropsko-gragjanstvo-akcija": [
        (
            "oou-goce-delchev-bitola",
            "primary",
            {
                "mk": "ООУ „Гоце Делчев“",
                "bg": "ОУ „Гоце Делчев“",
                "en": "“Goce Delchev” Primary School",
                "es": "Escuela primaria «Goce Delchev»",
            },
            "Bitola",
            610,
            35,
            "македонски",
        ),
        (
            "oou-kiril-metodij-bitola",
            "primary",
            {
                "mk": "ООУ „Св. Кирил и Методиј“",
                "bg": "ОУ „Св. св. Кирил и Методий“",
                "en": "“Saints Cyril and Methodius” Primary School",
                "es": "Escuela primaria «Santos Cirilo y Metodio»",
            },
            "Bitola",
            480,
            52,
            "македонски",
        ),
        (
            "oou-bratstvo-prilep",
            "primary",
            {
                "mk": "ООУ „Браќа Миладиновци“",
                "bg": "ОУ „Братя Миладинови“",
                "en": "“Miladinov Brothers” Primary School",
                "es": "Escuela primaria «Hermanos Miladinov»",
            },
            "Prilep",
            390,
            28,
            "македонски",
        ),
    ],
    "ceicsem-sofia": [
        (
            "ou-hristo-botev-kyustendil",
            "primary",
            {
                "bg": "ОУ „Христо Ботев“",
                "mk": "ОУ „Христо Ботев“",
                "en": "“Hristo Botev” Primary School",
                "es": "Escuela primaria «Hristo Botev»",
            },
            "Kyustendil",
            350,
            70,
            "български",
        ),
        (
            "su-vasil-levski-sliven",
            "secondary",
            {
                "bg": "СУ „Васил Левски“",
                "mk": "СУ „Васил Левски“",
                "en": "“Vasil Levski” Secondary School",
                "es": "Escuela secundaria «Vasil Levski»",
            },
            "Sliven",
            720,
            45,
            "български",
        ),
        (
            "ou-otets-paisiy-pazardzhik",
            "primary",
            {
                "bg": "ОУ „Отец Паисий“",
                "mk": "ОУ „Отец Паисиј“",
                "en": "“Father Paisiy” Primary School",
                "es": "Escuela primaria «Padre Paisiy»",
            },
            "Pazardzhik",
            300,
            80,
            "български",
        ),
    ],
    "ceip-san-carlos-madrid": [
        (
            "ceip-antonio-machado-madrid",
            "pre-primary and primary",
            {
                "es": "CEIP Antonio Machado",
                "en": "CEIP Antonio Machado",
                "mk": "ОУ „Антонио Мачадо“",
                "bg": "ОУ „Антонио Мачадо“",
            },
            "Madrid",
            450,
            40,
            "español",
        ),
        (
            "ies-lope-de-vega-madrid",
            "secondary",
            {
                "es": "IES Lope de Vega",
                "en": "IES Lope de Vega",
                "mk": "СУ „Лопе де Вега“",
                "bg": "СУ „Лопе де Вега“",
            },
            "Madrid",
            800,
            30,
            "español",
        ),
        (
            "ceip-valle-inclan-getafe",
            "pre-primary and primary",
            {
                "es": "CEIP Valle-Inclán",
                "en": "CEIP Valle-Inclán",
                "mk": "ОУ „Ваље-Инклан“",
                "bg": "ОУ „Валие-Инклан“",
            },
            "Getafe",
            380,
            55,
            "español",
        ),
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
        "public_profile": True,
        "expertise_areas": [
            "support-to-learners",
            "parental-involvement",
        ],
        "languages": [SpokenLanguage.MK, SpokenLanguage.EN, SpokenLanguage.ROM],
        "bio": "Одделенска наставничка во Битола. Работам со ромски семејства на "
        "редовно посетување на наставата и водам училишен клуб за читање.",
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
        "public_profile": True,
        "expertise_areas": [
            "support-to-learners",
            "stakeholders-involvement",
        ],
        "languages": [SpokenLanguage.ES, SpokenLanguage.EN, SpokenLanguage.AR],
        "bio": "Orientadora en un colegio público de Madrid. Coordino la acogida del "
        "alumnado recién llegado y el trabajo con los servicios sociales del distrito.",
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
        "public_profile": True,
        "expertise_areas": [
            "school-governance",
            "stakeholders-involvement",
        ],
        "languages": [SpokenLanguage.BG, SpokenLanguage.EN],
        "bio": "Експерт в Центъра за образователна интеграция. Координирам мрежата от "
        "училища на партньора в България.",
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
        "public_profile": True,
        "expertise_areas": ["school-governance"],
        "languages": [SpokenLanguage.MK, SpokenLanguage.EN, SpokenLanguage.ES],
        "bio": "Project coordinator of SIE HUB+ at Evropsko Gragjanstvo-Akcija, Bitola.",
    },
    {
        "email": "uchitelka@demo.siehub.eu",
        "first_name": "Mariya",
        "last_name": "Georgieva",
        "position": Position.TEACHER,
        "country": Country.BULGARIA,
        "preferred_language": "bg",
        # Her claim to a school in the Sofia network waits for the partner coordinator.
        "organisation": None,
        "claim": "ou-hristo-botev-kyustendil",
        "role": "member",
        "public_profile": True,
        "expertise_areas": ["parental-involvement"],
        "languages": [SpokenLanguage.BG, SpokenLanguage.ROM],
        "bio": "Начален учител в Кюстендил. Интересувам се от работа с родителите и "
        "от ролята на образователните медиатори.",
    },
]

# One account per role to try the platform with, as README's table lists them (all demo
# accounts share the password).
DEMO_LOGINS = (
    ("member (teacher, Bitola, Macedonian)", "teacher@demo.siehub.eu"),
    ("member (counsellor, Madrid, Spanish)", "maestra@demo.siehub.eu"),
    ("partner coordinator (Sofia, Bulgarian)", "partner@demo.siehub.eu"),
    ("project coordinator with admin access", "curator@demo.siehub.eu"),
    (
        "member (teacher, Kyustendil, Bulgarian) whose claim to her school waits",
        "uchitelka@demo.siehub.eu",
    ),
    (
        "host of the Madrid training (headteacher, C.E.I.P. San Carlos)",
        "carmen.ruiz@demo.siehub.eu",
    ),
)

# Colleagues with public profiles across the three countries (directory demo).
COLLEAGUES = [
    (
        "zoran.ristovski@demo.siehub.eu",
        "Zoran",
        "Ristovski",
        Position.HEADTEACHER,
        Country.NORTH_MACEDONIA,
        "mk",
        "oou-bratstvo-prilep",
        ["school-governance", "teachers"],
        [SpokenLanguage.MK, SpokenLanguage.SQ],
        "Директор на основно училиште во Прилеп. Го воведовме системот за рано "
        "предупредување за отсуствата.",
    ),
    (
        "sevdija.ameti@demo.siehub.eu",
        "Sevdija",
        "Ameti",
        Position.MEDIATOR,
        Country.NORTH_MACEDONIA,
        "mk",
        "oou-kiril-metodij-bitola",
        ["parental-involvement", "support-to-learners"],
        [SpokenLanguage.MK, SpokenLanguage.ROM, SpokenLanguage.TR],
        "Ромска образовна медијаторка. Ги посетувам семејствата и ги поврзувам со "
        "училиштето и центарот за социјална работа.",
    ),
    (
        "nikolay.dimitrov@demo.siehub.eu",
        "Nikolay",
        "Dimitrov",
        Position.COUNSELLOR,
        Country.BULGARIA,
        "bg",
        "su-vasil-levski-sliven",
        ["support-to-learners"],
        [SpokenLanguage.BG, SpokenLanguage.EN, SpokenLanguage.TR],
        "Училищен психолог в Сливен. Работя с ученици в риск от отпадане и с "
        "техните класни ръководители.",
    ),
    (
        "carmen.ruiz@demo.siehub.eu",
        "Carmen",
        "Ruiz",
        Position.HEADTEACHER,
        Country.SPAIN,
        "es",
        "ceip-san-carlos-madrid",
        ["school-governance", "parental-involvement"],
        [SpokenLanguage.ES, SpokenLanguage.EN, SpokenLanguage.FR],
        "Directora del C.E.I.P. San Carlos. Anfitriona de la formación conjunta de "
        "septiembre de 2021.",
    ),
    (
        "pablo.garcia@demo.siehub.eu",
        "Pablo",
        "García",
        Position.TEACHER,
        Country.SPAIN,
        "es",
        "ies-lope-de-vega-madrid",
        ["teachers", "support-to-learners"],
        [SpokenLanguage.ES, SpokenLanguage.EN],
        "Profesor de secundaria y tutor de un programa de refuerzo para alumnado en "
        "riesgo de abandono.",
    ),
]

COMMUNITIES = [
    {
        "slug": "families-and-mediators",
        "area": "parental-involvement",
        "original_language": "en",
        "name": {
            "en": "Families and school mediators",
            "mk": "Семејства и училишни медијатори",
            "bg": "Семейства и образователни медиатори",
            "es": "Familias y mediadores escolares",
        },
        "description": {
            "en": "Teachers, Roma and community mediators and counsellors who bring "
            "families closer to school: home visits, family breakfasts, parents' clubs.",
            "mk": "Наставници, ромски и образовни медијатори и стручни соработници кои "
            "ги приближуваат семејствата до училиштето: посети во домот, семејни "
            "појадоци, клубови за родители.",
            "bg": "Учители, образователни медиатори и педагогически съветници, които "
            "приближават семействата до училището: посещения по домовете, семейни "
            "закуски, клубове за родители.",
            "es": "Docentes, mediadores gitanos y comunitarios y orientadores que acercan "
            "las familias a la escuela: visitas a casa, desayunos con familias, clubes "
            "de madres y padres.",
        },
        "facilitators": ["sevdija.ameti@demo.siehub.eu"],
        "members": [
            "teacher@demo.siehub.eu",
            "maestra@demo.siehub.eu",
            "carmen.ruiz@demo.siehub.eu",
            "partner@demo.siehub.eu",
        ],
    },
    {
        "slug": "early-warning-attendance",
        "area": "support-to-learners",
        "original_language": "en",
        "name": {
            "en": "Early warning and attendance",
            "mk": "Рано предупредување и редовност",
            "bg": "Ранно предупреждение и посещаемост",
            "es": "Alerta temprana y asistencia",
        },
        "description": {
            "en": "Schools that track attendance and signs of disengagement and act "
            "early: indicators, case meetings, cooperation with social services.",
            "mk": "Училишта што ги следат отсуствата и знаците на оддалечување и "
            "реагираат навреме: показатели, состаноци за случаи, соработка со "
            "социјалните служби.",
            "bg": "Училища, които следят отсъствията и признаците на отчуждение и "
            "реагират навреме: показатели, срещи по случаи, сътрудничество със "
            "социалните служби.",
            "es": "Centros que siguen la asistencia y las señales de desenganche y "
            "actúan pronto: indicadores, reuniones de caso, coordinación con servicios "
            "sociales.",
        },
        "facilitators": ["nikolay.dimitrov@demo.siehub.eu"],
        "members": [
            "zoran.ristovski@demo.siehub.eu",
            "maestra@demo.siehub.eu",
            "pablo.garcia@demo.siehub.eu",
        ],
    },
    {
        "slug": "school-leaders-for-inclusion",
        "area": "school-governance",
        "original_language": "en",
        "name": {
            "en": "School leaders for inclusion",
            "mk": "Училишни лидери за инклузија",
            "bg": "Училищни лидери за приобщаване",
            "es": "Equipos directivos por la inclusión",
        },
        "description": {
            "en": "Headteachers and deputies who plan a whole-school approach against "
            "early school leaving and share how they lead the change.",
            "mk": "Директори и помошник-директори кои планираат пристап на целото "
            "училиште против раното напуштање и споделуваат како ја водат промената.",
            "bg": "Директори и заместник-директори, които планират цялостен училищен "
            "подход срещу ранното напускане и споделят как водят промяната.",
            "es": "Directoras, directores y jefaturas de estudios que planifican un "
            "enfoque de centro contra el abandono temprano y comparten cómo lideran el "
            "cambio.",
        },
        "facilitators": ["carmen.ruiz@demo.siehub.eu"],
        "members": ["zoran.ristovski@demo.siehub.eu", "curator@demo.siehub.eu"],
    },
]

# (community, author, days ago, text, replies as (author, text))
POSTS = [
    (
        "families-and-mediators",
        "sevdija.ameti@demo.siehub.eu",
        6,
        "Добредојдовте! Споделете како ги поканувате родителите што ретко доаѓаат на "
        "родителски средби. Кај нас најдобро функционира кратка посета дома пред "
        "првата средба.",
        [
            (
                "teacher@demo.siehub.eu",
                "Ние почнавме со семејни појадоци во петок наутро, по примерот од "
                "Мадрид: https://example.org/desayunos",
            ),
            (
                "maestra@demo.siehub.eu",
                "¡Qué bien! Los desayunos nos funcionan mejor si los organizan dos "
                "madres del centro y no el profesorado.",
            ),
        ],
    ),
    (
        "families-and-mediators",
        "partner@demo.siehub.eu",
        2,
        "Centre for Educational Integration: the call for the 2027 mediator training "
        "is open. Schools of the Bulgarian network can nominate two people each.",
        [],
    ),
    (
        "early-warning-attendance",
        "nikolay.dimitrov@demo.siehub.eu",
        4,
        "Which indicators do you look at every week? We use absences, missed homework "
        "and a short note from the class teacher. More than three unexcused absences "
        "in a month starts a case meeting.",
        [
            (
                "zoran.ristovski@demo.siehub.eu",
                "Ние ги гледаме и доцнењата; често се првиот знак. Табелата ја "
                "споделивме во инвентарот.",
            ),
        ],
    ),
    (
        "school-leaders-for-inclusion",
        "carmen.ruiz@demo.siehub.eu",
        3,
        "Para el claustro de enero preparamos una sesión sobre el enfoque de centro. "
        "¿Alguien tiene una presentación breve que funcione con todo el profesorado?",
        [],
    ),
]


def terms(model, slugs):
    """The vocabulary terms the demo names by slug (siehub.models)."""
    return list(model.objects.filter(slug__in=slugs))


def seed_organisations():
    organisations = {}
    for data in PARTNERS:
        data = dict(data)
        values = {"is_partner": True, "partner": None}
        for field in ("name", "city", "description"):
            for code, text in data.pop(field).items():
                values[f"{field}_{code}"] = text
        levels = data.pop("education_levels", [])
        values.update(data)
        organisation, _ = Organisation.objects.update_or_create(
            slug=data["slug"], defaults=values
        )
        organisation.education_levels.set(terms(EducationLevel, levels))
        organisations[organisation.slug] = organisation
    levels = {
        "primary": ["isced-1", "isced-2"],
        "secondary": ["isced-2", "isced-3"],
        "pre-primary and primary": ["isced-0", "isced-1"],
    }
    for partner_slug, schools in SCHOOLS.items():
        partner = organisations[partner_slug]
        for slug, level, names, city, pupils, share, language in schools:
            organisation, _ = Organisation.objects.update_or_create(
                slug=slug,
                defaults={
                    **{f"name_{code}": name for code, name in names.items()},
                    **{f"city_{code}": name for code, name in CITIES[city].items()},
                    "kind": OrganisationKind.SCHOOL,
                    "country": partner.country,
                    "partner": partner,
                    "is_partner": False,
                    "pupil_count": pupils,
                    "vulnerable_share": share,
                    "instruction_languages": language,
                    "original_language": partner.original_language,
                },
            )
            organisation.education_levels.set(terms(EducationLevel, levels[level]))
            organisations[slug] = organisation
    return organisations


def seed_accounts(organisations):
    for data in ACCOUNTS:
        data = dict(data)
        role = data.pop("role")
        claim = data.pop("claim", None)
        data["organisation"] = organisations.get(data["organisation"])
        areas = data.pop("expertise_areas", [])
        user, _ = User.objects.update_or_create(email=data["email"], defaults=data)
        user.expertise_areas.set(terms(Area, areas))
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
    for row in COLLEAGUES:
        email, first, last, position, country, language, org, areas, langs, bio = row
        user, created = User.objects.update_or_create(
            email=email,
            defaults={
                "first_name": first,
                "last_name": last,
                "position": position,
                "country": country,
                "preferred_language": language,
                "organisation": organisations[org],
                "languages": langs,
                "bio": bio,
                "public_profile": True,
            },
        )
        user.expertise_areas.set(terms(Area, areas))
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )


def seed_communities():
    users = {user.email: user for user in User.objects.all()}
    now = timezone.now()
    for data in COMMUNITIES:
        values = {
            "area": Area.objects.get(slug=data["area"]),
            "original_language": data["original_language"],
        }
        for field in ("name", "description"):
            for code, text in data[field].items():
                values[f"{field}_{code}"] = text
        values["name"] = data["name"][data["original_language"]]
        community, _ = Community.objects.update_or_create(
            slug=data["slug"], defaults=values
        )
        roles = dict.fromkeys(data["facilitators"], MembershipRole.FACILITATOR)
        roles.update(dict.fromkeys(data["members"], MembershipRole.MEMBER))
        for email, role in roles.items():
            Membership.objects.update_or_create(
                community=community,
                user=users[email],
                defaults={
                    "role": role,
                    # The Madrid counsellor reads the network's news once a day.
                    "email_frequency": EmailFrequency.DAILY
                    if email == "maestra@demo.siehub.eu"
                    else EmailFrequency.EACH_POST,
                },
            )
        if community.created_by_id is None:
            community.created_by = users["curator@demo.siehub.eu"]
            community.save(update_fields=["created_by"])
    communities = {c.slug: c for c in Community.objects.all()}

    def written(author, text):
        """A post's text in its author's language (the column, and the language),
        stored as the post services store it: sanitised HTML from Markdown."""
        language = users[author].preferred_language
        html = sanitize_html(text_to_html(text))
        return {"original_language": language, f"body_{language}": html}

    for slug, author, days_ago, body, replies in POSTS:
        community = communities[slug]
        if Post.objects.filter(community=community, **written(author, body)).exists():
            continue
        moment = now - timedelta(days=days_ago)
        thread = Post.objects.create(
            community=community, author=users[author], **written(author, body)
        )
        Post.objects.filter(pk=thread.pk).update(created_at=moment)
        for offset, (reply_author, reply_body) in enumerate(replies, start=1):
            reply = Post.objects.create(
                community=community,
                parent=thread,
                author=users[reply_author],
                **written(reply_author, reply_body),
            )
            Post.objects.filter(pk=reply.pk).update(
                created_at=moment + timedelta(hours=3 * offset)
            )
    # The counters the community services keep, recomputed for the demo rows.
    community_recount(community_ids=[c.pk for c in communities.values()])


# Each partner named a translator of its language (README: demo accounts).
TRANSLATORS = [
    ("teacher@demo.siehub.eu", "mk", "evropsko-gragjanstvo-akcija"),
    ("partner@demo.siehub.eu", "bg", "ceicsem-sofia"),
    ("maestra@demo.siehub.eu", "es", "ceip-san-carlos-madrid"),
]


def seed_translators(organisations):
    for email, language, partner in TRANSLATORS:
        Translator.objects.update_or_create(
            user=User.objects.get(email=email),
            language=language,
            defaults={"partner": organisations[partner]},
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
    for role, email in DEMO_LOGINS:
        stdout.write(f"  {email:<30} {role}")
    pending = OrganisationClaim.objects.filter(status=ClaimStatus.PENDING).count()
    stdout.write(
        f"Network: {Organisation.objects.count()} organisations, "
        f"{User.objects.listed().count()} public profiles, "
        f"{Community.objects.count()} communities, {pending} claim(s) to approve."
    )
