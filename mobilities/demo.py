"""Demo data of the mobilities (seed_demo calls `seed` last, after the network's and the
inventory's demo data exist): the Madrid joint staff training of September 2021 as a
completed event, and an upcoming training in Sofia that is open for registration.

Idempotent: a second run finds the same rows by their natural keys (slugs, participant,
day) and updates them; registrations are only created, never reset, so what was done on
the site with the demo accounts stays as it is.
"""

import datetime as dt

from allauth.account.models import EmailAddress
from django.utils import timezone

from inventory.models import Adaptation, Practice, Status
from network.demo import DEMO_PASSWORD
from network.models import Organisation, User
from siehub.pictures import demo_picture
from siehub.text import sanitize_html, text_to_html

from .models import (
    Attendance,
    Evaluation,
    Gender,
    Mobility,
    MobilityKind,
    MobilityStatus,
    Quota,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
)

LANGUAGES = ("en", "mk", "bg", "es")
MK_PARTNER = "evropsko-gragjanstvo-akcija"
BG_PARTNER = "ceicsem-sofia"
ES_PARTNER = "ceip-san-carlos-madrid"

# Participants the network's and the inventory's demo data do not have yet.
NEW_PARTICIPANTS = [
    {
        "email": "stefka.yankova@demo.siehub.eu",
        "first_name": "Stefka",
        "last_name": "Yankova",
        "position": "teacher",
        "country": "BG",
        "preferred_language": "bg",
        "organisation": "ou-hristo-botev-kyustendil",
    },
    {
        "email": "ines.castro@demo.siehub.eu",
        "first_name": "Inés",
        "last_name": "Castro Vidal",
        "position": "teacher",
        "country": "ES",
        "preferred_language": "es",
        "organisation": "ceip-san-carlos-madrid",
    },
]

# Madrid, 3-9 September 2021 ---------------------------------------------------------------

MADRID = {
    "slug": "initiating-positive-change-madrid-2021",
    "kind": MobilityKind.JOINT_STAFF_TRAINING,
    "status": MobilityStatus.PUBLISHED,
    "original_language": "en",
    "host": ES_PARTNER,
    "venue": {
        "en": "C.E.I.P. San Carlos",
        "mk": "Основно училиште „Сан Карлос“",
        "bg": "Основно училище „Сан Карлос“",
        "es": "C.E.I.P. San Carlos",
    },
    "address": "",
    "city": {"en": "Madrid", "mk": "Мадрид", "bg": "Мадрид", "es": "Madrid"},
    "country": "ES",
    "timezone": "Europe/Madrid",
    "starts_on": dt.date(2021, 9, 3),
    "ends_on": dt.date(2021, 9, 9),
    "registration_opens_on": dt.date(2021, 5, 3),
    "registration_closes_on": dt.date(2021, 7, 9),
    "capacity": 18,
    "text": {
        "title": {
            "en": "Initiating positive change",
            "mk": "Иницирање позитивна промена",
            "bg": "Иницииране на положителна промяна",
            "es": "Iniciando un cambio positivo",
        },
        "summary": {
            "en": "A week of joint staff training at C.E.I.P. San Carlos in Madrid: 18 "
            "teachers, headteachers, counsellors and public officers from North "
            "Macedonia, Bulgaria and Spain learned how schools keep pupils from "
            "vulnerable groups in education.",
            "mk": "Една недела заедничка обука во C.E.I.P. San Carlos во Мадрид: 18 "
            "наставници, директори, стручни соработници и јавни службеници од Северна "
            "Македонија, Бугарија и Шпанија учеа како училиштата ги задржуваат "
            "учениците од ранливите групи во образованието.",
            "bg": "Седмица съвместно обучение в C.E.I.P. San Carlos в Мадрид: 18 учители, "
            "директори, педагогически съветници и служители от администрацията от "
            "Северна Македония, България и Испания научиха как училищата задържат в "
            "образованието учениците от уязвимите групи.",
            "es": "Una semana de formación conjunta en el C.E.I.P. San Carlos de Madrid: "
            "18 docentes, directores, orientadores y técnicos de la administración de "
            "Macedonia del Norte, Bulgaria y España conocieron cómo los centros "
            "mantienen en la escuela al alumnado de grupos vulnerables.",
        },
        "description": {
            "en": "The first mobility of the SIE HUB+ partnership brings together six "
            "professionals from each partner country at a public primary school in the "
            "centre of Madrid, where pupils of more than twenty nationalities learn "
            "together.\n\n"
            "Over seven days participants visit classes and the welcome classroom, meet "
            "families, mediators and the district's social services, and work in "
            "mixed groups on the whole-school approach to early school leaving: early "
            "warning, the first call to the family, mentoring and reading partners. "
            "Each school team leaves with an action plan to adapt one practice at home.",
            "mk": "Првата мобилност на партнерството SIE HUB+ собира по шестмина "
            "професионалци од секоја партнерска земја во јавно основно училиште во "
            "центарот на Мадрид, каде што заедно учат ученици од повеќе од дваесет "
            "националности.\n\n"
            "Во текот на седум дена учесниците посетуваат часови и одделението за "
            "добредојде, се среќаваат со семејства, медијатори и со социјалните служби "
            "на општината и работат во мешани групи на пристапот на целото училиште "
            "против раното напуштање: рано предупредување, првиот повик до семејството, "
            "менторство и другарчиња за читање. Секој училишен тим си заминува со "
            "акциски план за да прилагоди една практика во своето училиште.",
            "bg": "Първата мобилност на партньорството SIE HUB+ събира по шестима "
            "специалисти от всяка страна партньор в държавно основно училище в центъра "
            "на Мадрид, където заедно учат деца от повече от двайсет националности.\n\n"
            "В продължение на седем дни участниците посещават часове и класната стая за "
            "добре дошли, срещат се със семейства, медиатори и социалните служби на "
            "района и работят в смесени групи върху цялостния училищен подход срещу "
            "ранното напускане: ранно предупреждение, първото обаждане до семейството, "
            "наставничество и четене по двойки. Всеки училищен екип си тръгва с план за "
            "действие, за да приложи една практика в своето училище.",
            "es": "La primera movilidad de la asociación SIE HUB+ reúne a seis "
            "profesionales de cada país socio en un colegio público del centro de "
            "Madrid, donde aprende junto alumnado de más de veinte nacionalidades.\n\n"
            "Durante siete días las personas participantes visitan aulas y el aula de "
            "acogida, conocen a familias, mediadores y los servicios sociales del "
            "distrito, y trabajan en grupos mixtos sobre el enfoque de centro contra el "
            "abandono temprano: alerta temprana, la primera llamada a la familia, "
            "mentoría y padrinos lectores. Cada equipo se lleva un plan de acción para "
            "adaptar una práctica en su centro.",
        },
        "report": {
            "en": "Eighteen participants took part in all or nearly all of the "
            "programme: six from the network of Evropsko Gragjanstvo-Akcija, six from "
            "the network of the Centre for Educational Integration and six from Madrid "
            "schools.\n\n"
            "The visits to the welcome classroom and to the family breakfasts were "
            "rated the most useful part of the week. Three schools started an "
            "adaptation in the following term: family breakfasts in Bitola, a welcome "
            "classroom for returning pupils in Pazardzhik and a monthly attendance "
            "traffic light in Madrid. Their adaptations are published in the "
            "inventory.\n\n"
            "What we will change next time: more time for the groups by country, and "
            "interpretation for the visits to families.",
            "mk": "Осумнаесет учесници беа дел од целата или речиси целата програма: "
            "шестмина од мрежата на Европско граѓанство-Акција, шестмина од мрежата на "
            "Центарот за образовна интеграција и шестмина од училишта во Мадрид.\n\n"
            "Посетите на одделението за добредојде и на семејните појадоци беа "
            "оценети како најкорисниот дел од неделата. Три училишта започнаа "
            "прилагодување во следното полугодие: семејни појадоци во Битола, "
            "одделение за добредојде за ученици што се враќаат од странство во "
            "Пазарџик и месечен семафор за редовноста во Мадрид. Нивните прилагодувања "
            "се објавени во инвентарот.\n\n"
            "Што ќе смениме следниот пат: повеќе време за групите по земја и превод "
            "при посетите кај семејствата.",
            "bg": "Осемнайсет участници взеха участие в цялата или почти цялата "
            "програма: шестима от мрежата на Европейско гражданство-Акция, шестима от "
            "мрежата на Центъра за образователна интеграция и шестима от училища в "
            "Мадрид.\n\n"
            "Посещенията в класната стая за добре дошли и на семейните закуски бяха "
            "оценени като най-полезната част от седмицата. Три училища започнаха "
            "адаптация през следващия срок: семейни закуски в Битоля, класна стая за "
            "добре дошли за завърнали се от чужбина деца в Пазарджик и месечен светофар "
            "за посещаемостта в Мадрид. Адаптациите им са публикувани в каталога.\n\n"
            "Какво ще променим следващия път: повече време за групите по държави и "
            "превод при посещенията в семействата.",
            "es": "Dieciocho participantes asistieron a todo o casi todo el programa: "
            "seis de la red de Evropsko Gragjanstvo-Akcija, seis de la red del Centro "
            "para la Integración Educativa y seis de centros de Madrid.\n\n"
            "Las visitas al aula de acogida y a los desayunos con familias fueron lo "
            "mejor valorado de la semana. Tres centros empezaron una adaptación el "
            "trimestre siguiente: desayunos con familias en Bitola, un aula de acogida "
            "para alumnado retornado en Pazardzhik y un semáforo mensual de asistencia "
            "en Madrid. Sus adaptaciones están publicadas en el inventario.\n\n"
            "Qué cambiaremos la próxima vez: más tiempo para los grupos por país e "
            "interpretación en las visitas a las familias.",
        },
    },
    "quotas": {MK_PARTNER: 6, BG_PARTNER: 6, ES_PARTNER: 6},
    "outputs_practices": [
        "aula-de-bienvenida-alumnado-recien-llegado",
        "desayunos-con-familias",
        "inclusive-classroom-management-training-pelagonia",
    ],
    # (practice, adapting school)
    "outputs_adaptations": [
        ("desayunos-con-familias", "oou-goce-delchev-bitola"),
        ("aula-de-bienvenida-alumnado-recien-llegado", "ou-otets-paisiy-pazardzhik"),
        ("tabela-za-rano-preduprereduvanje", "ceip-san-carlos-madrid"),
    ],
}

# (day of the event from 0, start, end, titles en/mk/bg/es, facilitator, place,
#  practices presented, description in English)
MADRID_PROGRAMME = [
    (
        0,
        "16:00",
        "17:30",
        (
            "Welcome and introductions",
            "Добредојде и запознавање",
            "Добре дошли и запознанство",
            "Bienvenida y presentaciones",
        ),
        "Carmen Ruiz",
        "Biblioteca",
        [],
        "Who we are, what brings us here and what we hope to take home.",
    ),
    (
        0,
        "17:30",
        "19:00",
        (
            "The whole-school approach to early school leaving",
            "Пристапот на целото училиште кон раното напуштање",
            "Цялостният училищен подход към ранното напускане",
            "El enfoque de centro frente al abandono temprano",
        ),
        "Goran Nikolovski",
        "Biblioteca",
        ["inclusive-classroom-management-training-pelagonia"],
        "",
    ),
    (
        1,
        "09:30",
        "11:00",
        (
            "Early warning: spotting disengagement in time",
            "Рано предупредување: навремено препознавање на оддалечувањето",
            "Ранно предупреждение: навременно разпознаване на отчуждението",
            "Alerta temprana: detectar a tiempo la desvinculación",
        ),
        "Zoran Ristovski",
        "Aula 2",
        ["tabela-za-rano-preduprereduvanje"],
        "Which signs a school team reviews every month, and what it does next.",
    ),
    (
        1,
        "11:30",
        "13:30",
        (
            "A phone call to the family on the second day of absence",
            "Повик до семејството вториот ден од отсуството",
            "Обаждане до семейството на втория ден от отсъствието",
            "Llamar a la familia el segundo día de falta",
        ),
        "Sevdija Ameti",
        "Aula 2",
        ["povik-do-semejstvoto-vtor-den-otsustvo"],
        "",
    ),
    (
        1,
        "15:00",
        "17:00",
        (
            "Workshop: the risk factors of our pupils",
            "Работилница: факторите на ризик кај нашите ученици",
            "Работилница: рисковите фактори при нашите ученици",
            "Taller: los factores de riesgo de nuestro alumnado",
        ),
        "Goran Nikolovski",
        "Aula 2",
        [],
        "",
    ),
    (
        2,
        "10:00",
        "13:00",
        (
            "A walk through Lavapiés with community mediators",
            "Прошетка низ Лавапиес со медијатори од заедницата",
            "Разходка из Лавапиес с медиатори от общността",
            "Paseo por Lavapiés con mediadores comunitarios",
        ),
        "Javier Moreno Ruiz",
        "Plaza de Lavapiés",
        [],
        "The neighbourhood of the school, its associations and its families.",
    ),
    (
        2,
        "16:00",
        "18:00",
        (
            "Reflection groups by country",
            "Групи за рефлексија по земја",
            "Групи за размисъл по държави",
            "Grupos de reflexión por país",
        ),
        "",
        "Biblioteca",
        [],
        "",
    ),
    (
        3,
        "09:00",
        "11:00",
        (
            "Visit: the welcome classroom of C.E.I.P. San Carlos",
            "Посета: одделението за добредојде во C.E.I.P. San Carlos",
            "Посещение: класната стая за добре дошли в C.E.I.P. San Carlos",
            "Visita: el aula de acogida del C.E.I.P. San Carlos",
        ),
        "Javier Moreno Ruiz",
        "Aula de acogida",
        ["aula-de-bienvenida-alumnado-recien-llegado"],
        "",
    ),
    (
        3,
        "11:30",
        "13:30",
        (
            "Breakfast with families: how a school opens its doors",
            "Појадок со семејствата: како училиштето ги отвора вратите",
            "Закуска със семействата: как училището отваря вратите си",
            "Desayunos con familias: cómo un colegio abre sus puertas",
        ),
        "Lucía Fernández",
        "Comedor",
        ["desayunos-con-familias"],
        "",
    ),
    (
        3,
        "15:00",
        "16:30",
        (
            "Job shadowing in classes",
            "Следење на наставата во паралелките",
            "Наблюдение на часове",
            "Observación en las aulas",
        ),
        "",
        "Aulas",
        [],
        "",
    ),
    (
        4,
        "09:00",
        "11:00",
        (
            "Visit to CEIP Valle-Inclán in Getafe: reading partners",
            "Посета на CEIP Valle-Inclán во Хетафе: другарчиња за читање",
            "Посещение в CEIP Valle-Inclán в Хетафе: четене по двойки",
            "Visita al CEIP Valle-Inclán de Getafe: padrinos lectores",
        ),
        "Nuria Blanco Serrano",
        "CEIP Valle-Inclán, Getafe",
        ["padrinos-lectores"],
        "",
    ),
    (
        4,
        "12:00",
        "14:00",
        (
            "Second chance: basic education for young people over 16",
            "Втора шанса: основно образование за млади над 16 години",
            "Втори шанс: основно образование за младежи над 16 години",
            "Segunda oportunidad: educación básica para jóvenes mayores de 16",
        ),
        "Petar Ivanov",
        "CEIP Valle-Inclán, Getafe",
        ["vtori-shans-osnovno-obrazovanie-mladezhi"],
        "",
    ),
    (
        4,
        "16:00",
        "17:30",
        (
            "Meeting with the district's social services",
            "Средба со социјалните служби на општината",
            "Среща със социалните служби на района",
            "Encuentro con los servicios sociales del distrito",
        ),
        "Carmen Ruiz",
        "Biblioteca",
        [],
        "",
    ),
    (
        5,
        "09:30",
        "12:30",
        (
            "Workshop: adapting a practice to your school",
            "Работилница: прилагодување на практика за вашето училиште",
            "Работилница: адаптиране на практика за вашето училище",
            "Taller: adaptar una práctica a tu centro",
        ),
        "Goran Nikolovski",
        "Aula 2",
        [],
        "What differs in your school: pupils, language, staff, time. What to keep, "
        "what to change.",
    ),
    (
        5,
        "14:00",
        "16:00",
        (
            "Action plans for our schools",
            "Акциски планови за нашите училишта",
            "Планове за действие за нашите училища",
            "Planes de acción para nuestros centros",
        ),
        "",
        "Aula 2",
        [],
        "",
    ),
    (
        6,
        "09:30",
        "11:30",
        (
            "The action plans presented, and the evaluation of the week",
            "Презентација на акциските планови и евалуација на неделата",
            "Представяне на плановете за действие и оценка на седмицата",
            "Presentación de los planes de acción y evaluación de la semana",
        ),
        "Carmen Ruiz",
        "Biblioteca",
        [],
        "",
    ),
    (
        6,
        "12:00",
        "13:00",
        (
            "Certificates and farewell",
            "Сертификати и збогување",
            "Сертификати и сбогуване",
            "Certificados y despedida",
        ),
        "Carmen Ruiz",
        "Biblioteca",
        [],
        "",
    ),
]

# (email, sending partner, role, gender, listed publicly, days absent (0-based))
MADRID_PARTICIPANTS = [
    ("teacher@demo.siehub.eu", MK_PARTNER, "teacher", Gender.FEMALE, True, []),
    (
        "zoran.ristovski@demo.siehub.eu",
        MK_PARTNER,
        "headteacher",
        Gender.MALE,
        True,
        [],
    ),
    ("sevdija.ameti@demo.siehub.eu", MK_PARTNER, "mediator", Gender.FEMALE, True, []),
    (
        "marija.trajkovska@demo.siehub.eu",
        MK_PARTNER,
        "counsellor",
        Gender.FEMALE,
        False,
        [],
    ),
    (
        "vesna.angelovska@demo.siehub.eu",
        MK_PARTNER,
        "headteacher",
        Gender.FEMALE,
        False,
        [2],
    ),
    ("goran.nikolovski@demo.siehub.eu", MK_PARTNER, "trainer", Gender.MALE, True, []),
    ("partner@demo.siehub.eu", BG_PARTNER, "public-officer", Gender.MALE, True, []),
    (
        "nikolay.dimitrov@demo.siehub.eu",
        BG_PARTNER,
        "counsellor",
        Gender.MALE,
        True,
        [],
    ),
    ("asen.marinov@demo.siehub.eu", BG_PARTNER, "mediator", Gender.MALE, False, []),
    (
        "yordanka.kirilova@demo.siehub.eu",
        BG_PARTNER,
        "headteacher",
        Gender.FEMALE,
        False,
        [],
    ),
    (
        "desislava.petrova@demo.siehub.eu",
        BG_PARTNER,
        "counsellor",
        Gender.FEMALE,
        True,
        [],
    ),
    ("stefka.yankova@demo.siehub.eu", BG_PARTNER, "teacher", "", False, [4]),
    ("maestra@demo.siehub.eu", ES_PARTNER, "counsellor", Gender.FEMALE, True, []),
    ("carmen.ruiz@demo.siehub.eu", ES_PARTNER, "headteacher", Gender.FEMALE, True, []),
    ("javier.moreno@demo.siehub.eu", ES_PARTNER, "headteacher", Gender.MALE, False, []),
    ("pablo.garcia@demo.siehub.eu", ES_PARTNER, "teacher", Gender.MALE, True, []),
    ("nuria.blanco@demo.siehub.eu", ES_PARTNER, "teacher", Gender.FEMALE, False, []),
    (
        "ines.castro@demo.siehub.eu",
        ES_PARTNER,
        "teacher",
        Gender.UNDISCLOSED,
        False,
        [],
    ),
]

# (email, overall, content, organisation, will apply, most useful, to improve)
MADRID_EVALUATIONS = [
    (
        "teacher@demo.siehub.eu",
        5,
        5,
        4,
        5,
        "Семејните појадоци: веднаш ги започнавме во Битола.",
        "Повеќе време за разговор со родителите во Мадрид.",
    ),
    (
        "nikolay.dimitrov@demo.siehub.eu",
        5,
        4,
        5,
        4,
        "Срещата със социалните служби и таблицата за ранно предупреждение.",
        "",
    ),
    (
        "maestra@demo.siehub.eu",
        4,
        4,
        5,
        5,
        "Conocer cómo trabajan los mediadores en Bitola y en Sliven.",
        "Interpretación en las visitas a las familias.",
    ),
    (
        "zoran.ristovski@demo.siehub.eu",
        5,
        5,
        5,
        5,
        "Одделението за добредојде и начинот на кој тимот ги следи отсуствата.",
        "",
    ),
    (
        "desislava.petrova@demo.siehub.eu",
        4,
        5,
        4,
        5,
        "Класната стая за добре дошли – ще я адаптираме за децата, завърнали се "
        "от чужбина.",
        "Повече време за групите по държави.",
    ),
]

# The upcoming training, dated from the day the demo is seeded ---------------------------

SOFIA = {
    "slug": "families-mediators-schools-sofia",
    "kind": MobilityKind.JOINT_STAFF_TRAINING,
    "status": MobilityStatus.PUBLISHED,
    "original_language": "en",
    "host": BG_PARTNER,
    "venue": {
        "en": "Centre for Educational Integration, training hall",
        "mk": "Центар за образовна интеграција, сала за обуки",
        "bg": "Център за образователна интеграция, учебна зала",
        "es": "Centro para la Integración Educativa, sala de formación",
    },
    "address": "",
    "city": {"en": "Sofia", "mk": "Софија", "bg": "София", "es": "Sofía"},
    "country": "BG",
    "timezone": "Europe/Sofia",
    # Days from the seeding day: it stays upcoming and open however late it is seeded.
    "starts_in": 60,
    "days": 5,
    "opened_days_ago": 7,
    "closes_in": 30,
    "capacity": 12,
    "text": {
        "title": {
            "en": "Families, mediators and schools together",
            "mk": "Семејства, медијатори и училишта заедно",
            "bg": "Семейства, медиатори и училища заедно",
            "es": "Familias, mediadores y escuelas, juntos",
        },
        "summary": {
            "en": "A joint staff training in Sofia on working with Roma and minority "
            "families and with educational mediators to keep every pupil in school.",
            "mk": "Заедничка обука во Софија за работа со ромски и малцински семејства и "
            "со образовни медијатори, за секое дете да остане во училиште.",
            "bg": "Съвместно обучение в София за работа с ромски и малцинствени семейства "
            "и с образователни медиатори, за да остане всяко дете в училище.",
            "es": "Una formación conjunta en Sofía sobre el trabajo con familias gitanas y "
            "de minorías y con mediadores educativos para que ningún alumno deje la "
            "escuela.",
        },
        "description": {
            "en": "The Centre for Educational Integration hosts the second joint staff "
            "training of SIE HUB+. Over five days participants meet the mediators of "
            "Bulgarian schools, visit schools in Sofia and Kyustendil, and prepare with "
            "colleagues from the other countries how their school will involve families "
            "who rarely come to school.\n\n"
            "Each partner sends four people from the schools of its network; its "
            "coordinator confirms the registrations. When a partner's seats are taken, "
            "new registrations join its waiting list.",
            "mk": "Центарот за образовна интеграција е домаќин на втората заедничка обука "
            "на SIE HUB+. Во пет дена учесниците ги запознаваат медијаторите во "
            "бугарските училишта, посетуваат училишта во Софија и Ќустендил и заедно со "
            "колегите од другите земји подготвуваат како нивното училиште ќе ги вклучи "
            "семејствата што ретко доаѓаат во училиште.\n\n"
            "Секој партнер испраќа по четворица од училиштата во својата мрежа; неговиот "
            "координатор ги потврдува пријавите. Кога местата на партнерот ќе се "
            "пополнат, новите пријави одат на неговата листа на чекање.",
            "bg": "Центърът за образователна интеграция е домакин на второто съвместно "
            "обучение по SIE HUB+. В продължение на пет дни участниците се запознават с "
            "медиаторите в българските училища, посещават училища в София и Кюстендил и "
            "заедно с колеги от другите страни подготвят как тяхното училище ще включи "
            "семействата, които рядко идват в училище.\n\n"
            "Всеки партньор изпраща по четирима души от училищата в своята мрежа; "
            "координаторът му потвърждава регистрациите. Когато местата на партньора се "
            "запълнят, новите регистрации влизат в неговия списък с чакащи.",
            "es": "El Centro para la Integración Educativa acoge la segunda formación "
            "conjunta de SIE HUB+. Durante cinco días las personas participantes conocen "
            "a los mediadores de los colegios búlgaros, visitan centros de Sofía y "
            "Kiustendil y preparan con colegas de los otros países cómo su centro "
            "implicará a las familias que rara vez vienen a la escuela.\n\n"
            "Cada socio envía a cuatro personas de los centros de su red; su "
            "coordinación confirma las inscripciones. Cuando se ocupan las plazas de un "
            "socio, las nuevas inscripciones pasan a su lista de espera.",
        },
        "report": {},
    },
    # Three of four seats taken for the partners of teacher@ (Bitola) and of
    # uchitelka@ once her claim is approved (Sofia): the next confirmed registration
    # takes the last seat, the one after it joins the waiting list.
    "quotas": {MK_PARTNER: 4, BG_PARTNER: 4, ES_PARTNER: 4},
}

SOFIA_PROGRAMME = [
    (
        0,
        "10:00",
        "12:30",
        (
            "Welcome, and the families we rarely see",
            "Добредојде и семејствата што ретко ги гледаме",
            "Добре дошли и семействата, които рядко виждаме",
            "Bienvenida y las familias que rara vez vemos",
        ),
        "Petar Ivanov",
        "Учебна зала",
        [],
        "",
    ),
    (
        0,
        "14:00",
        "16:30",
        (
            "What an educational mediator does",
            "Што прави образовниот медијатор",
            "Какво прави образователният медиатор",
            "Qué hace un mediador educativo",
        ),
        "Asen Marinov",
        "Учебна зала",
        ["sreshti-s-rolevi-modeli-kariero-orientirane"],
        "",
    ),
    (
        1,
        "09:00",
        "13:00",
        (
            "Visit to a Sofia school with a mediator",
            "Посета на училиште во Софија со медијатор",
            "Посещение в софийско училище с медиатор",
            "Visita a un colegio de Sofía con mediador",
        ),
        "",
        "Sofia",
        [],
        "",
    ),
    (
        2,
        "08:30",
        "17:00",
        (
            "Kyustendil: the homework club and the mothers' club",
            "Ќустендил: клубот за домашни задачи и клубот на мајките",
            "Кюстендил: занималнята за домашни и клубът на майките",
            "Kiustendil: el club de deberes y el club de madres",
        ),
        "Yordanka Kirilova",
        "OU Hristo Botev, Kyustendil",
        [
            "zanimalnya-za-domashni-s-mestno-sdruzhenie",
            "klub-na-maykite-podgotvitelni-grupi",
        ],
        "",
    ),
    (
        3,
        "09:30",
        "12:30",
        (
            "Workshop: a plan to involve the families of your school",
            "Работилница: план за вклучување на семејствата од вашето училиште",
            "Работилница: план за включване на семействата от вашето училище",
            "Taller: un plan para implicar a las familias de tu centro",
        ),
        "Goran Nikolovski",
        "Учебна зала",
        [],
        "",
    ),
    (
        4,
        "09:30",
        "12:00",
        (
            "The plans presented, evaluation and certificates",
            "Презентација на плановите, евалуација и сертификати",
            "Представяне на плановете, оценка и сертификати",
            "Presentación de los planes, evaluación y certificados",
        ),
        "Petar Ivanov",
        "Учебна зала",
        [],
        "",
    ),
]

# (email, sending partner, role, gender, status, listed publicly). Neither teacher@ nor
# uchitelka@ is registered: the demo journeys register them.
SOFIA_REGISTRATIONS = [
    (
        "zoran.ristovski@demo.siehub.eu",
        MK_PARTNER,
        "headteacher",
        Gender.MALE,
        "confirmed",
        True,
    ),
    (
        "sevdija.ameti@demo.siehub.eu",
        MK_PARTNER,
        "mediator",
        Gender.FEMALE,
        "confirmed",
        True,
    ),
    (
        "vesna.angelovska@demo.siehub.eu",
        MK_PARTNER,
        "headteacher",
        Gender.FEMALE,
        "confirmed",
        False,
    ),
    (
        "nikolay.dimitrov@demo.siehub.eu",
        BG_PARTNER,
        "counsellor",
        Gender.MALE,
        "confirmed",
        True,
    ),
    (
        "asen.marinov@demo.siehub.eu",
        BG_PARTNER,
        "mediator",
        Gender.MALE,
        "confirmed",
        False,
    ),
    (
        "desislava.petrova@demo.siehub.eu",
        BG_PARTNER,
        "counsellor",
        Gender.FEMALE,
        "confirmed",
        False,
    ),
    (
        "pablo.garcia@demo.siehub.eu",
        ES_PARTNER,
        "teacher",
        Gender.MALE,
        "confirmed",
        True,
    ),
    (
        "nuria.blanco@demo.siehub.eu",
        ES_PARTNER,
        "teacher",
        Gender.FEMALE,
        "pending",
        False,
    ),
]

# Who registered the participants of each partner (its coordinator where the demo has one).
REGISTERED_BY = {
    MK_PARTNER: "curator@demo.siehub.eu",
    BG_PARTNER: "partner@demo.siehub.eu",
    ES_PARTNER: "carmen.ruiz@demo.siehub.eu",
}
# The host's coordinator runs the Madrid week on the site (attendance, certificates).
HOST_COORDINATOR = ("carmen.ruiz@demo.siehub.eu", ES_PARTNER)


def _seed_participants():
    for data in NEW_PARTICIPANTS:
        values = dict(data)
        values["organisation"] = Organisation.objects.get(slug=values["organisation"])
        user, created = User.objects.update_or_create(
            email=values.pop("email"), defaults=values
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )


# The rooms and places of the programmes, and the sessions' descriptions, in each
# language (en, mk, bg, es), keyed by how the programmes below name them.
PLACES = {
    "Biblioteca": ("Library", "Библиотека", "Библиотека", "Biblioteca"),
    "Aula 2": ("Classroom 2", "Училница 2", "Класна стая 2", "Aula 2"),
    "Plaza de Lavapiés": (
        "Plaza de Lavapiés",
        "Плоштад Лавапиес",
        "Площад „Лавапиес“",
        "Plaza de Lavapiés",
    ),
    "Aula de acogida": (
        "Welcome classroom for newly arrived pupils",
        "Училница за новодојдени ученици",
        "Класна стая за новопристигнали ученици",
        "Aula de acogida",
    ),
    "Comedor": ("Dining hall", "Трпезарија", "Столова", "Comedor"),
    "Aulas": ("Classrooms", "Училници", "Класни стаи", "Aulas"),
    "CEIP Valle-Inclán, Getafe": (
        "CEIP Valle-Inclán, Getafe",
        "ОУ „Ваље-Инклан“, Хетафе",
        "ОУ „Валие-Инклан“, Хетафе",
        "CEIP Valle-Inclán, Getafe",
    ),
    "Учебна зала": (
        "Training room",
        "Сала за обуки",
        "Учебна зала",
        "Sala de formación",
    ),
    "Sofia": ("Sofia", "Софија", "София", "Sofía"),
    "OU Hristo Botev, Kyustendil": (
        "“Hristo Botev” Primary School, Kyustendil",
        "ОУ „Христо Ботев“, Ќустендил",
        "ОУ „Христо Ботев“, Кюстендил",
        "Escuela primaria «Hristo Botev», Kiustendil",
    ),
}
DESCRIPTIONS = {
    "Who we are, what brings us here and what we hope to take home.": (
        "Кои сме, што нè донесе тука и што се надеваме да понесеме дома.",
        "Кои сме, какво ни доведе тук и какво се надяваме да отнесем у дома.",
        "Quiénes somos, qué nos trae aquí y qué esperamos llevarnos a casa.",
    ),
    "Which signs a school team reviews every month, and what it does next.": (
        "Кои знаци училишниот тим ги прегледува секој месец и што прави потоа.",
        "Кои сигнали училищният екип преглежда всеки месец и какво прави след това.",
        "Qué señales revisa cada mes el equipo del centro y qué hace después.",
    ),
    "The neighbourhood of the school, its associations and its families.": (
        "Населбата на училиштето, нејзините здруженија и семејства.",
        "Кварталът на училището, неговите сдружения и семейства.",
        "El barrio del colegio, sus asociaciones y sus familias.",
    ),
    "What differs in your school: pupils, language, staff, time. What to keep, what "
    "to change.": (
        "Што е различно во вашето училиште: учениците, јазикот, кадарот, времето. "
        "Што да се задржи, што да се смени.",
        "Какво е различно във вашето училище: учениците, езикът, персоналът, времето. "
        "Какво да запазите и какво да промените.",
        "Qué es distinto en tu centro: alumnado, lengua, personal, tiempo. Qué "
        "mantener y qué cambiar.",
    ),
}


def _texts(values: dict, text: dict, original: str) -> None:
    for field, translations in text.items():
        if field == "report":  # formatted text, stored as HTML
            translations = {
                code: sanitize_html(text_to_html(value))
                for code, value in translations.items()
            }
        values[field] = translations.get(original, "")
        for code in LANGUAGES:
            values[f"{field}_{code}"] = translations.get(code, "")


def _mobility(data: dict, *, starts_on, ends_on, opens_on, closes_on) -> Mobility:
    values = {
        key: data[key]
        for key in (
            "kind",
            "status",
            "original_language",
            "address",
            "country",
            "timezone",
            "capacity",
        )
    }
    values.update(
        host=Organisation.objects.get(slug=data["host"]),
        starts_on=starts_on,
        ends_on=ends_on,
        registration_opens_on=opens_on,
        registration_closes_on=closes_on,
    )
    _texts(
        values,
        {**data["text"], "venue": data["venue"], "city": data["city"]},
        data["original_language"],
    )
    mobility, _ = Mobility.objects.update_or_create(slug=data["slug"], defaults=values)
    partners = Organisation.objects.in_bulk(list(data["quotas"]), field_name="slug")
    for slug, seats in data["quotas"].items():
        Quota.objects.update_or_create(
            mobility=mobility, partner=partners[slug], defaults={"seats": seats}
        )
    return mobility


def _programme(mobility: Mobility, programme: list) -> None:
    """The sessions in order, matched to the existing ones by position (the upcoming
    event moves with the seeding day, so its dates are no key)."""
    practices = {p.slug: p for p in Practice.objects.filter(status=Status.PUBLISHED)}
    existing = list(mobility.sessions.order_by("day", "starts_at", "pk"))
    for index, row in enumerate(programme):
        offset, start, end, titles, facilitator, place, presented, description = row
        session = (
            existing[index] if index < len(existing) else Session(mobility=mobility)
        )
        session.day = mobility.starts_on + dt.timedelta(days=offset)
        session.starts_at = dt.time.fromisoformat(start)
        session.ends_at = dt.time.fromisoformat(end) if end else None
        session.facilitator = facilitator
        blank = ("",) * len(LANGUAGES)
        places = PLACES.get(place, (place,) * len(LANGUAGES)) if place else blank
        descriptions = (
            (description, *DESCRIPTIONS[description]) if description else blank
        )
        for code, title, where, about in zip(
            LANGUAGES, titles, places, descriptions, strict=True
        ):
            setattr(session, f"title_{code}", title)
            setattr(session, f"location_{code}", where)
            setattr(session, f"description_{code}", about)
        session.save()
        session.practices.set(
            [practices[slug] for slug in presented if slug in practices]
        )
    for extra in existing[len(programme) :]:
        extra.delete()


def _register(mobility, user, partner, *, role, gender, status, listed, registered_by):
    """A registration as the services would have left it, with its audit row; an
    existing one is left as it is."""
    registration, created = Registration.objects.get_or_create(
        mobility=mobility,
        participant=user,
        defaults={
            "sending_partner": partner,
            "school": user.organisation if user.organisation_id else None,
            "role": role,
            "gender": gender,
            "status": status,
            "listed_publicly": listed,
            "registered_by": registered_by,
            "motivation": "",
            "arrival_date": mobility.starts_on - dt.timedelta(days=1)
            if status == RegistrationStatus.CONFIRMED
            else None,
            "departure_date": mobility.ends_on + dt.timedelta(days=1)
            if status == RegistrationStatus.CONFIRMED
            else None,
        },
    )
    if created:
        RegistrationChange.objects.create(
            registration=registration,
            actor=registered_by,
            from_status="",
            to_status=status,
            note="",
        )
        if mobility.is_past:
            # Registered in the spring before the event, not on the day of seeding.
            when = timezone.make_aware(
                dt.datetime.combine(
                    mobility.starts_on - dt.timedelta(days=80), dt.time(10)
                )
            )
            Registration.objects.filter(pk=registration.pk).update(created_at=when)
            registration.changes.update(created_at=when)
    return registration


MADRID_PHOTOS = ("madrid-training-1.jpg", "madrid-training-2.jpg")


def _seed_madrid(users, partners) -> Mobility:
    data = MADRID
    mobility = _mobility(
        data,
        starts_on=data["starts_on"],
        ends_on=data["ends_on"],
        opens_on=data["registration_opens_on"],
        closes_on=data["registration_closes_on"],
    )
    _programme(mobility, MADRID_PROGRAMME)
    mobility.outputs_practices.set(
        Practice.objects.filter(
            slug__in=data["outputs_practices"], status=Status.PUBLISHED
        )
    )
    adaptations = []
    for practice, school in data["outputs_adaptations"]:
        adaptations += Adaptation.objects.filter(
            practice__slug=practice, school__slug=school, status=Status.PUBLISHED
        )
    mobility.outputs_adaptations.set(adaptations)
    # Photos of the event: illustrations drawn for the demo (siehub/demo_pictures).
    if not mobility.photos.exists():
        for position, name in enumerate(MADRID_PHOTOS):
            mobility.photos.create(position=position, **demo_picture(name))

    email, host_slug = HOST_COORDINATOR
    partners[host_slug].coordinators.add(users[email])
    marker = users[email]
    for email, partner, role, gender, listed, absent in MADRID_PARTICIPANTS:
        registration = _register(
            mobility,
            users[email],
            partners[partner],
            role=role,
            gender=gender,
            status=RegistrationStatus.CONFIRMED,
            listed=listed,
            registered_by=users.get(REGISTERED_BY[partner]),
        )
        for number, day in enumerate(mobility.days):
            Attendance.objects.update_or_create(
                registration=registration,
                day=day,
                defaults={"present": number not in absent, "marked_by": marker},
            )
    registrations = {
        r.participant.email: r
        for r in mobility.registrations.select_related("participant")
    }
    for (
        email,
        overall,
        content,
        organisation,
        will_apply,
        useful,
        improve,
    ) in MADRID_EVALUATIONS:
        Evaluation.objects.update_or_create(
            registration=registrations[email],
            defaults={
                "overall": overall,
                "content": content,
                "organisation": organisation,
                "will_apply": will_apply,
                "most_useful": useful,
                "to_improve": improve,
            },
        )
    return mobility


def _seed_sofia(users, partners) -> Mobility:
    data = SOFIA
    today = timezone.localdate()
    starts_on = today + dt.timedelta(days=data["starts_in"])
    mobility = _mobility(
        data,
        starts_on=starts_on,
        ends_on=starts_on + dt.timedelta(days=data["days"] - 1),
        opens_on=today - dt.timedelta(days=data["opened_days_ago"]),
        closes_on=today + dt.timedelta(days=data["closes_in"]),
    )
    _programme(mobility, SOFIA_PROGRAMME)
    for email, partner, role, gender, status, listed in SOFIA_REGISTRATIONS:
        _register(
            mobility,
            users[email],
            partners[partner],
            role=role,
            gender=gender,
            status=status,
            listed=listed,
            registered_by=users.get(REGISTERED_BY[partner]),
        )
    return mobility


def seed(stdout):
    """Create or update the Madrid training of 2021 (completed, with its programme,
    participants, attendance, evaluations and outputs) and an upcoming training in
    Sofia open for registration."""
    _seed_participants()
    users = {
        user.email: user
        for user in User.objects.filter(email__endswith="@demo.siehub.eu")
    }
    partners = {
        o.slug: o
        for o in Organisation.objects.filter(
            slug__in=[MK_PARTNER, BG_PARTNER, ES_PARTNER]
        )
    }
    madrid = _seed_madrid(users, partners)
    sofia = _seed_sofia(users, partners)
    confirmed = RegistrationStatus.CONFIRMED
    stdout.write(
        f"Mobilities: {madrid.slug} ({madrid.registrations.filter(status=confirmed).count()}"
        f" participants), {sofia.slug} from {sofia.starts_on:%Y-%m-%d}, open for "
        "registration (one seat left for the Bitola and Sofia networks)."
    )
