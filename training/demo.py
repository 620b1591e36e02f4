"""Demo data of the training modules (seed_demo calls `seed` after the inventory's demo
data exist, before the mobilities'): two published modules in the four languages with
units and self-assessment questions, and a few resources of the library.

Idempotent: a second run finds the same rows by their natural keys (slugs, positions)
and updates them; enrolments made on the site with the demo accounts stay as they are.
"""

import datetime as dt

from django.utils import timezone

from inventory.models import Practice
from network.models import User
from siehub.models import Area

from .models import (
    Audience,
    Choice,
    Enrolment,
    Feedback,
    Level,
    Module,
    ModuleStatus,
    Question,
    Resource,
    ResourceKind,
    Unit,
)
from .services.modules import module_refresh_languages

PARTNERS = {
    "en": "Zdruzenie Evropsko Gragjanstvo-Akcija (Bitola), Centre for Educational "
    "Integration of Children and Students from Ethnic Minorities (Sofia), "
    "C.E.I.P. San Carlos (Madrid)",
    "mk": "Здружение „Европско граѓанство – Акција“ (Битола), Центар за образовна "
    "интеграција на децата и учениците од етничките малцинства (Софија), Основно "
    "училиште „Сан Карлос“ (Мадрид)",
    "bg": "Сдружение „Европейско гражданство – Акция“ (Битоля), Център за "
    "образователна интеграция на децата и учениците от етническите малцинства "
    "(София), Основно училище „Сан Карлос“ (Мадрид)",
    "es": "Zdruzenie Evropsko Gragjanstvo-Akcija (Bitola), Centro para la Integración "
    "Educativa de Niños y Alumnos de Minorías Étnicas (Sofía), C.E.I.P. San Carlos "
    "(Madrid)",
}

# Understanding early school leaving --------------------------------------------------------

ESL_UNITS = [
    {
        "minutes": 15,
        "title": {
            "en": "What early school leaving is",
            "mk": "Што е рано напуштање на образованието",
            "bg": "Какво е ранното напускане на училище",
            "es": "Qué es el abandono temprano",
        },
        "body": {
            "en": "<p>In the European Union an <strong>early leaver from education and "
            "training</strong> is a young person aged 18 to 24 who has completed at "
            "most lower secondary education and is no longer in education or "
            "training. Leaving early is rarely a sudden decision: it is the end of a "
            "long process of disengagement that often starts in primary school.</p>"
            "<p>The EU has set itself the target of <strong>fewer than 9% early "
            "leavers by 2030</strong>. The EU average is close to it, but the share "
            "is much higher among Roma and migrant young people and in some regions "
            "of every partner country.</p>"
            "<p>Early leavers are more often unemployed, earn less and take less part "
            "in society. Every pupil kept in school is a life with more choices.</p>",
            "mk": "<p>Во Европската Унија, <strong>млад човек кој рано го напуштил "
            "образованието и обуката</strong> е лице на возраст од 18 до 24 години "
            "кое завршило најмногу основно образование и повеќе не се образува ниту "
            "обучува. Раното напуштање ретко е ненадејна одлука: тоа е крајот на "
            "долг процес на оддалечување што често започнува уште во основното "
            "училиште.</p>"
            "<p>ЕУ си постави цел <strong>до 2030 година помалку од 9% млади да го "
            "напуштат образованието рано</strong>. Просекот на ЕУ е блиску до целта, "
            "но уделот е многу повисок кај младите Роми и мигранти и во некои "
            "региони на секоја партнерска земја.</p>"
            "<p>Младите што рано го напуштиле училиштето почесто се невработени, "
            "заработуваат помалку и помалку учествуваат во општеството. Секој "
            "ученик задржан во училиште е живот со повеќе можности.</p>",
            "bg": "<p>В Европейския съюз <strong>преждевременно напуснал образованието "
            "и обучението</strong> е млад човек на възраст от 18 до 24 години, който "
            "е завършил най-много основно образование и вече не учи и не се обучава. "
            "Ранното напускане рядко е внезапно решение: то е краят на дълъг процес "
            "на отчуждаване, който често започва още в началното училище.</p>"
            "<p>ЕС си е поставил за цел <strong>под 9% преждевременно напуснали до "
            "2030 г.</strong> Средната стойност за ЕС е близо до целта, но делът е "
            "много по-висок сред младите роми и мигранти и в някои региони на всяка "
            "страна партньор.</p>"
            "<p>Преждевременно напусналите по-често са безработни, печелят по-малко и "
            "по-малко участват в обществения живот. Всеки ученик, задържан в "
            "училище, е живот с повече възможности.</p>",
            "es": "<p>En la Unión Europea, una persona que <strong>abandona "
            "tempranamente la educación y la formación</strong> es un joven de 18 a 24 "
            "años que ha terminado como máximo la educación secundaria obligatoria y "
            "ya no estudia ni se forma. Abandonar rara vez es una decisión repentina: "
            "es el final de un largo proceso de desvinculación que a menudo empieza "
            "en primaria.</p>"
            "<p>La UE se ha fijado el objetivo de <strong>menos de un 9% de abandono "
            "temprano en 2030</strong>. La media europea está cerca, pero la tasa es "
            "mucho más alta entre los jóvenes gitanos y migrantes y en algunas "
            "regiones de cada país socio.</p>"
            "<p>Quienes abandonan pronto sufren más desempleo, ganan menos y "
            "participan menos en la sociedad. Cada alumno que sigue en la escuela es "
            "una vida con más oportunidades.</p>",
        },
        "questions": [
            {
                "text": {
                    "en": "Who counts as an early leaver from education and training?",
                    "mk": "Кој се смета за млад човек кој рано го напуштил "
                    "образованието?",
                    "bg": "Кой се смята за преждевременно напуснал образованието?",
                    "es": "¿Quién cuenta como persona que abandona tempranamente la "
                    "educación?",
                },
                "explanation": {
                    "en": "The EU indicator counts 18 to 24 year olds with at most "
                    "lower secondary education who are not in education or training. "
                    "Absences are a warning sign, not the definition.",
                    "mk": "Индикаторот на ЕУ ги брои младите од 18 до 24 години со "
                    "најмногу основно образование кои не се во образование или обука. "
                    "Отсуствата се предупредувачки знак, а не дефиниција.",
                    "bg": "Показателят на ЕС отчита младите от 18 до 24 години с "
                    "най-много основно образование, които не учат и не се обучават. "
                    "Отсъствията са предупредителен знак, а не определение.",
                    "es": "El indicador europeo cuenta a los jóvenes de 18 a 24 años "
                    "con, como máximo, la secundaria obligatoria que no estudian ni "
                    "se forman. Las faltas son una señal de alerta, no la "
                    "definición.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "A person aged 18-24 with at most lower secondary "
                            "education who is not in education or training",
                            "mk": "Лице од 18 до 24 години со најмногу основно "
                            "образование кое не се образува ниту обучува",
                            "bg": "Човек на 18-24 години с най-много основно "
                            "образование, който не учи и не се обучава",
                            "es": "Una persona de 18 a 24 años con, como máximo, la "
                            "secundaria obligatoria que no estudia ni se forma",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "Any pupil who misses more than ten days of school "
                            "in a year",
                            "mk": "Секој ученик што отсуствува повеќе од десет дена "
                            "во годината",
                            "bg": "Всеки ученик, който отсъства повече от десет дни "
                            "в годината",
                            "es": "Cualquier alumno que falta más de diez días al año",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "A pupil who changes school during the school year",
                            "mk": "Ученик што го менува училиштето во текот на "
                            "годината",
                            "bg": "Ученик, който сменя училището си по време на "
                            "учебната година",
                            "es": "Un alumno que cambia de centro durante el curso",
                        },
                    ),
                ],
            },
            {
                "text": {
                    "en": "What is the EU target for early leavers by 2030?",
                    "mk": "Која е целта на ЕУ за раното напуштање до 2030 година?",
                    "bg": "Каква е целта на ЕС за преждевременно напусналите до "
                    "2030 г.?",
                    "es": "¿Cuál es el objetivo de la UE de abandono temprano para "
                    "2030?",
                },
                "explanation": {
                    "en": "The European Education Area aims at fewer than 9% early "
                    "leavers by 2030.",
                    "mk": "Европскиот образовен простор има за цел помалку од 9% "
                    "млади рано да го напуштат образованието до 2030 година.",
                    "bg": "Европейското образователно пространство си поставя за цел "
                    "под 9% преждевременно напуснали до 2030 г.",
                    "es": "El Espacio Europeo de Educación aspira a menos de un 9% de "
                    "abandono temprano en 2030.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "Fewer than 9%",
                            "mk": "Помалку од 9%",
                            "bg": "Под 9%",
                            "es": "Menos del 9%",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "Fewer than 15%",
                            "mk": "Помалку од 15%",
                            "bg": "Под 15%",
                            "es": "Menos del 15%",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "No early leavers at all",
                            "mk": "Ниту еден млад човек да не го напушти рано",
                            "bg": "Нито един преждевременно напуснал",
                            "es": "Ningún abandono temprano",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "minutes": 20,
        "title": {
            "en": "Risk factors and early-warning signs",
            "mk": "Фактори на ризик и знаци за рано предупредување",
            "bg": "Рискови фактори и ранни предупредителни знаци",
            "es": "Factores de riesgo y señales de alerta temprana",
        },
        "body": {
            "en": "<p>No single cause explains early leaving. Risks add up: poverty and "
            "housing, a family that has to move for work, low expectations, a "
            "language the pupil does not yet master, grade repetition, a difficult "
            "move from primary to secondary school, bullying or discrimination.</p>"
            "<p>The school sees the first signs long before a pupil leaves:</p>"
            "<ul><li><strong>attendance</strong>: rising or patterned absences (every "
            "Monday, after holidays);</li><li><strong>behaviour</strong>: withdrawal, "
            "conflicts, no homework;</li><li><strong>course performance</strong>: "
            "falling marks, a failed subject.</li></ul>"
            "<p>An early-warning system looks at these three together, every week, "
            "and names who acts: the class teacher calls the family, the counsellor "
            "meets the pupil, the team reviews the case.</p>",
            "mk": "<p>Ниту една причина сама по себе не го објаснува раното напуштање. "
            "Ризиците се собираат: сиромаштија и домување, семејство што мора да се "
            "сели поради работа, ниски очекувања, јазик што ученикот сè уште не го "
            "владее, повторување на одделение, тежок премин од одделенска во "
            "предметна настава, врсничко насилство или дискриминација.</p>"
            "<p>Училиштето ги гледа првите знаци долго пред ученикот да замине:</p>"
            "<ul><li><strong>присуство</strong>: сè почести отсуства или отсуства по "
            "шема (секој понеделник, по празници);</li><li><strong>однесување"
            "</strong>: повлекување, конфликти, неизработени домашни задачи;</li>"
            "<li><strong>успех</strong>: пад на оценките, слаба оценка по некој "
            "предмет.</li></ul>"
            "<p>Системот за рано предупредување ги следи сите три заедно, секоја "
            "недела, и одредува кој презема чекор: одделенскиот раководител го "
            "повикува семејството, стручниот соработник се среќава со ученикот, "
            "тимот го разгледува случајот.</p>",
            "bg": "<p>Няма една-единствена причина за ранното напускане. Рисковете се "
            "натрупват: бедност и жилищни условия, семейство, което се мести заради "
            "работа, ниски очаквания, език, който ученикът още не владее, повтаряне "
            "на клас, труден преход от начален към прогимназиален етап, тормоз или "
            "дискриминация.</p>"
            "<p>Училището вижда първите знаци много преди ученикът да напусне:</p>"
            "<ul><li><strong>посещаемост</strong>: зачестяващи отсъствия или "
            "отсъствия по модел (всеки понеделник, след ваканции);</li><li><strong>"
            "поведение</strong>: затваряне в себе си, конфликти, неподготвени "
            "домашни;</li><li><strong>успех</strong>: спадащи оценки, слаба оценка по "
            "някой предмет.</li></ul>"
            "<p>Системата за ранно предупреждение следи и трите заедно, всяка "
            "седмица, и определя кой действа: класният ръководител се обажда на "
            "семейството, педагогическият съветник разговаря с ученика, екипът "
            "обсъжда случая.</p>",
            "es": "<p>Ninguna causa explica por sí sola el abandono. Los riesgos se "
            "suman: pobreza y vivienda, una familia que se traslada por trabajo, "
            "bajas expectativas, una lengua que el alumno aún no domina, la "
            "repetición de curso, un paso difícil de primaria a secundaria, el acoso "
            "o la discriminación.</p>"
            "<p>La escuela ve las primeras señales mucho antes de que el alumno se "
            "vaya:</p>"
            "<ul><li><strong>asistencia</strong>: faltas que aumentan o siguen un "
            "patrón (todos los lunes, tras las vacaciones);</li><li><strong>conducta"
            "</strong>: aislamiento, conflictos, deberes sin hacer;</li><li><strong>"
            "rendimiento</strong>: notas que bajan, una asignatura suspendida.</li>"
            "</ul>"
            "<p>Un sistema de alerta temprana mira las tres cosas juntas, cada "
            "semana, y decide quién actúa: el tutor llama a la familia, la "
            "orientadora habla con el alumno, el equipo revisa el caso.</p>",
        },
        "questions": [
            {
                "text": {
                    "en": "Which sign can a school track every day to spot a pupil "
                    "at risk early?",
                    "mk": "Кој знак училиштето може да го следи секој ден за рано "
                    "да препознае ученик во ризик?",
                    "bg": "Кой знак училището може да следи всеки ден, за да открие "
                    "рано ученик в риск?",
                    "es": "¿Qué señal puede seguir la escuela cada día para detectar "
                    "pronto a un alumno en riesgo?",
                },
                "explanation": {
                    "en": "Attendance, and its patterns, is the earliest and most "
                    "reliable sign a school has. A pupil's origin is not a warning "
                    "sign: treating it as one leads to stereotypes, not help.",
                    "mk": "Присуството и неговите шеми се најраниот и најсигурниот "
                    "знак што го има училиштето. Потеклото на ученикот не е знак за "
                    "предупредување: таквото гледање води до стереотипи, а не до "
                    "помош.",
                    "bg": "Посещаемостта и нейните модели са най-ранният и "
                    "най-надеждният знак, с който училището разполага. Произходът на "
                    "ученика не е предупредителен знак: подобно отношение води до "
                    "стереотипи, а не до помощ.",
                    "es": "La asistencia, y sus patrones, es la señal más temprana y "
                    "fiable que tiene la escuela. El origen del alumno no es una "
                    "señal de alerta: tratarlo así lleva a estereotipos, no a "
                    "ayudar.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "Absences and their pattern",
                            "mk": "Отсуствата и нивната шема",
                            "bg": "Отсъствията и техният модел",
                            "es": "Las faltas de asistencia y su patrón",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "The family's ethnic origin",
                            "mk": "Етничкото потекло на семејството",
                            "bg": "Етническият произход на семейството",
                            "es": "El origen étnico de la familia",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "How many friends the pupil has on social media",
                            "mk": "Колку пријатели има ученикот на социјалните мрежи",
                            "bg": "Колко приятели има ученикът в социалните мрежи",
                            "es": "Cuántos amigos tiene el alumno en redes sociales",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "minutes": 20,
        "title": {
            "en": "Prevention, intervention and compensation",
            "mk": "Превенција, интервенција и компензација",
            "bg": "Превенция, интервенция и компенсиране",
            "es": "Prevención, intervención y compensación",
        },
        "body": {
            "en": "<p>European policy groups the measures against early leaving in "
            "three kinds:</p>"
            "<ul><li><strong>Prevention</strong> tackles the roots before problems "
            "show: quality early childhood education, language support, flexible "
            "pathways, a welcoming school climate.</li><li><strong>Intervention"
            "</strong> responds to the first signs in a pupil or a group: early "
            "warning, mentoring, tutoring, a call and a meeting with the family.</li>"
            "<li><strong>Compensation</strong> opens a way back for those who have "
            "left: second-chance programmes and recognition of what they learned.</li>"
            "</ul>"
            "<p>A <strong>whole-school approach</strong> joins the three: leaders, "
            "teachers, counsellors, families and partners outside school (social "
            "services, health, NGOs, mediators) share one plan and each knows their "
            "part in it.</p>",
            "mk": "<p>Европските политики ги делат мерките против раното напуштање во "
            "три вида:</p>"
            "<ul><li><strong>Превенцијата</strong> ги решава корените пред да се "
            "појават проблемите: квалитетно предучилишно образование, поддршка во "
            "јазикот, флексибилни патеки, училишна клима што прифаќа.</li><li>"
            "<strong>Интервенцијата</strong> реагира на првите знаци кај ученик или "
            "група: рано предупредување, менторство, дополнителна поддршка во "
            "учењето, повик и средба со семејството.</li><li><strong>Компензацијата"
            "</strong> отвора пат назад за оние што веќе заминале: програми за втора "
            "шанса и признавање на она што го научиле.</li></ul>"
            "<p><strong>Пристапот на целото училиште</strong> ги поврзува сите три: "
            "раководството, наставниците, стручните соработници, семејствата и "
            "партнерите надвор од училиштето (социјални служби, здравство, "
            "граѓански организации, медијатори) делат еден план и секој ја знае "
            "својата улога во него.</p>",
            "bg": "<p>Европейските политики разделят мерките срещу ранното напускане "
            "на три вида:</p>"
            "<ul><li><strong>Превенцията</strong> засяга корените, преди да се "
            "появят проблеми: качествено предучилищно образование, езикова "
            "подкрепа, гъвкави образователни пътеки, приемаща училищна среда.</li>"
            "<li><strong>Интервенцията</strong> отговаря на първите знаци при ученик "
            "или група: ранно предупреждение, наставничество, допълнителни занимания, "
            "обаждане и среща със семейството.</li><li><strong>Компенсирането"
            "</strong> отваря път обратно за вече напусналите: програми за втори "
            "шанс и признаване на наученото.</li></ul>"
            "<p><strong>Цялостният училищен подход</strong> свързва трите: "
            "ръководството, учителите, педагогическите съветници, семействата и "
            "партньорите извън училището (социални служби, здравеопазване, "
            "неправителствени организации, медиатори) следват един общ план и всеки "
            "знае своята роля в него.</p>",
            "es": "<p>La política europea agrupa las medidas contra el abandono en "
            "tres tipos:</p>"
            "<ul><li><strong>Prevención</strong>: ataca las raíces antes de que "
            "aparezcan los problemas: educación infantil de calidad, apoyo "
            "lingüístico, itinerarios flexibles, un clima escolar acogedor.</li><li>"
            "<strong>Intervención</strong>: responde a las primeras señales en un "
            "alumno o un grupo: alerta temprana, mentoría, refuerzo, una llamada y "
            "una reunión con la familia.</li><li><strong>Compensación</strong>: abre "
            "un camino de vuelta a quienes ya se fueron: programas de segunda "
            "oportunidad y reconocimiento de lo aprendido.</li></ul>"
            "<p>El <strong>enfoque de centro</strong> une las tres: equipo directivo, "
            "docentes, orientación, familias y entidades de fuera de la escuela "
            "(servicios sociales, salud, ONG, mediadores) comparten un plan y cada "
            "cual sabe cuál es su papel.</p>",
        },
        "questions": [
            {
                "text": {
                    "en": "A mentor is assigned to a pupil whose absences are "
                    "rising. What kind of measure is this?",
                    "mk": "На ученик чии отсуства растат му е доделен ментор. Каков "
                    "вид мерка е ова?",
                    "bg": "На ученик, чиито отсъствия зачестяват, е определен "
                    "наставник. Какъв вид мярка е това?",
                    "es": "Se asigna un mentor a un alumno cuyas faltas van en "
                    "aumento. ¿Qué tipo de medida es?",
                },
                "explanation": {
                    "en": "It responds to early signs in one pupil, so it is an "
                    "intervention. Prevention acts before any sign; compensation "
                    "after the pupil has left.",
                    "mk": "Мерката реагира на рани знаци кај еден ученик, па затоа е "
                    "интервенција. Превенцијата делува пред да има знаци, а "
                    "компензацијата откако ученикот заминал.",
                    "bg": "Мярката отговаря на ранни знаци при един ученик, така че "
                    "е интервенция. Превенцията действа преди да има знаци, а "
                    "компенсирането — след като ученикът е напуснал.",
                    "es": "Responde a señales tempranas en un alumno, así que es una "
                    "intervención. La prevención actúa antes de cualquier señal; la "
                    "compensación, cuando el alumno ya se ha ido.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "Intervention",
                            "mk": "Интервенција",
                            "bg": "Интервенция",
                            "es": "Intervención",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "Prevention",
                            "mk": "Превенција",
                            "bg": "Превенция",
                            "es": "Prevención",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "Compensation",
                            "mk": "Компензација",
                            "bg": "Компенсиране",
                            "es": "Compensación",
                        },
                    ),
                ],
            },
        ],
    },
]

# Working with Roma and migrant families ----------------------------------------------------

FAMILY_UNITS = [
    {
        "minutes": 15,
        "title": {
            "en": "Building trust with families",
            "mk": "Градење доверба со семејствата",
            "bg": "Изграждане на доверие със семействата",
            "es": "Construir confianza con las familias",
        },
        "body": {
            "en": "<p>Many Roma and migrant parents have had hard experiences with "
            "schools and institutions: their own short schooling, discrimination, "
            "letters they could not read that only brought bad news. Distrust is "
            "often a reasonable answer to that history, not a lack of interest in "
            "their children.</p>"
            "<p>Trust grows from small, repeated, reliable contacts:</p>"
            "<ul><li>make the first contact a positive one: something the child did "
            "well;</li><li>do what you said you would, and say when you cannot;</li>"
            "<li>invite parents to informal moments (a breakfast, a class "
            "exhibition), not only to meetings about problems;</li><li>learn and "
            "use the names of the family members.</li></ul>",
            "mk": "<p>Многу родители Роми и мигранти имаат тешки искуства со "
            "училиштата и институциите: сопственото кратко школување, "
            "дискриминација, писма што не можеле да ги прочитаат, а носеле само лоши "
            "вести. Недовербата често е разбирлив одговор на таа историја, а не "
            "незаинтересираност за децата.</p>"
            "<p>Довербата расте од мали, повторени и сигурни контакти:</p>"
            "<ul><li>првиот контакт нека биде позитивен: нешто што детето го "
            "направило добро;</li><li>направете го она што сте го ветиле, а кажете "
            "кога не можете;</li><li>поканете ги родителите на неформални средби "
            "(појадок, изложба на одделението), а не само на состаноци за "
            "проблеми;</li><li>научете ги и користете ги имињата на членовите на "
            "семејството.</li></ul>",
            "bg": "<p>Много родители роми и мигранти имат тежък опит с училищата и "
            "институциите: собственото си кратко образование, дискриминация, писма, "
            "които не са могли да прочетат и които са носели само лоши новини. "
            "Недоверието често е разбираем отговор на тази история, а не липса на "
            "интерес към децата.</p>"
            "<p>Доверието расте от малки, повтарящи се и надеждни контакти:</p>"
            "<ul><li>първият контакт да е положителен: нещо, което детето е "
            "направило добре;</li><li>правете това, което сте обещали, и казвайте, "
            "когато не можете;</li><li>канете родителите на неформални срещи "
            "(закуска, изложба на класа), а не само на срещи за проблеми;</li><li>"
            "научете и използвайте имената на членовете на семейството.</li></ul>",
            "es": "<p>Muchas familias gitanas y migrantes han tenido experiencias "
            "difíciles con la escuela y las instituciones: una escolarización corta, "
            "discriminación, cartas que no podían leer y que solo traían malas "
            "noticias. La desconfianza suele ser una respuesta razonable a esa "
            "historia, no falta de interés por sus hijos.</p>"
            "<p>La confianza crece con contactos pequeños, repetidos y fiables:</p>"
            "<ul><li>que el primer contacto sea positivo: algo que el niño hizo "
            "bien;</li><li>cumplir lo prometido y decir cuándo no se puede;</li><li>"
            "invitar a las familias a momentos informales (un desayuno, una "
            "exposición de clase), no solo a reuniones por problemas;</li><li>"
            "aprender y usar los nombres de los miembros de la familia.</li></ul>",
        },
        "questions": [
            {
                "text": {
                    "en": "Which first contact with a family builds trust best?",
                    "mk": "Кој прв контакт со семејството најдобро гради доверба?",
                    "bg": "Кой първи контакт със семейството изгражда най-добре "
                    "доверие?",
                    "es": "¿Qué primer contacto con una familia construye mejor la "
                    "confianza?",
                },
                "explanation": {
                    "en": "Starting with something positive shows the school sees the "
                    "child, not only the problems; later difficult conversations "
                    "then find an open door.",
                    "mk": "Кога се почнува со нешто позитивно, семејството гледа дека "
                    "училиштето го гледа детето, а не само проблемите; подоцнежните "
                    "тешки разговори тогаш наоѓаат отворена врата.",
                    "bg": "Когато започнете с нещо положително, семейството вижда, "
                    "че училището забелязва детето, а не само проблемите; тогава "
                    "по-късните трудни разговори намират отворена врата.",
                    "es": "Empezar por algo positivo muestra que la escuela ve al "
                    "niño, no solo los problemas; así las conversaciones difíciles "
                    "encuentran luego la puerta abierta.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "A call to share something the child did well",
                            "mk": "Повик за да споделите нешто што детето го "
                            "направило добро",
                            "bg": "Обаждане, за да споделите нещо, което детето е "
                            "направило добре",
                            "es": "Una llamada para contar algo que el niño hizo bien",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "A letter listing the absences and their legal "
                            "consequences",
                            "mk": "Писмо со списокот отсуства и нивните законски "
                            "последици",
                            "bg": "Писмо със списъка на отсъствията и правните "
                            "последици от тях",
                            "es": "Una carta con la lista de faltas y sus "
                            "consecuencias legales",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "Waiting for the parents to come to the termly "
                            "meeting",
                            "mk": "Чекање родителите да дојдат на родителската средба",
                            "bg": "Изчакване родителите да дойдат на родителската "
                            "среща",
                            "es": "Esperar a que la familia venga a la reunión "
                            "trimestral",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "minutes": 20,
        "title": {
            "en": "Mediators and home visits",
            "mk": "Медијатори и посети во домот",
            "bg": "Медиатори и посещения по домовете",
            "es": "Mediadores y visitas a casa",
        },
        "body": {
            "en": "<p>Roma educational mediators and intercultural mediators come from "
            "or know the community well. They bridge school and families: they "
            "explain how the school works, carry messages both ways, accompany "
            "parents to meetings and help the school understand a family's "
            "situation. They are partners of the teachers, not their replacement, "
            "and not a control service.</p>"
            "<p>A home visit can open a door that letters never open, if it is "
            "prepared:</p>"
            "<ul><li>agree the visit with the family beforehand, with the mediator "
            "if possible;</li><li>come to listen first, with one or two simple "
            "goals;</li><li>agree on a next step together and note who does what.</li>"
            "</ul>",
            "mk": "<p>Ромските образовни медијатори и интеркултурните медијатори "
            "доаѓаат од заедницата или добро ја познаваат. Тие се мост меѓу "
            "училиштето и семејствата: објаснуваат како работи училиштето, "
            "пренесуваат пораки во двете насоки, ги придружуваат родителите на "
            "средбите и му помагаат на училиштето да ја разбере состојбата на "
            "семејството. Тие се партнери на наставниците, а не нивна замена, ниту "
            "служба за контрола.</p>"
            "<p>Посетата во домот може да отвори врата што писмата никогаш не ја "
            "отвораат, ако е подготвена:</p>"
            "<ul><li>договорете ја посетата со семејството однапред, по можност со "
            "медијаторот;</li><li>дојдете најпрво да слушате, со една или две "
            "едноставни цели;</li><li>заедно договорете следен чекор и запишете кој "
            "што презема.</li></ul>",
            "bg": "<p>Образователните медиатори роми и междукултурните медиатори идват "
            "от общността или я познават добре. Те са мост между училището и "
            "семействата: обясняват как работи училището, предават съобщения и в "
            "двете посоки, придружават родителите на срещи и помагат на училището да "
            "разбере положението на семейството. Те са партньори на учителите, а не "
            "техен заместител, нито контролен орган.</p>"
            "<p>Посещението у дома може да отвори врата, която писмата никога не "
            "отварят, ако е подготвено:</p>"
            "<ul><li>уговорете посещението със семейството предварително, по "
            "възможност с медиатора;</li><li>отидете най-напред да слушате, с една-"
            "две прости цели;</li><li>договорете заедно следващата стъпка и "
            "запишете кой какво поема.</li></ul>",
            "es": "<p>Los mediadores educativos gitanos y los mediadores "
            "interculturales proceden de la comunidad o la conocen bien. Son un "
            "puente entre la escuela y las familias: explican cómo funciona el "
            "centro, llevan mensajes en ambos sentidos, acompañan a las familias a "
            "las reuniones y ayudan a la escuela a entender la situación de cada "
            "familia. Son compañeros del profesorado, no su sustituto ni un servicio "
            "de control.</p>"
            "<p>Una visita a casa puede abrir una puerta que las cartas nunca abren, "
            "si se prepara:</p>"
            "<ul><li>acordar la visita con la familia antes, si es posible con el "
            "mediador;</li><li>ir primero a escuchar, con uno o dos objetivos "
            "sencillos;</li><li>acordar juntos el siguiente paso y anotar quién hace "
            "qué.</li></ul>",
        },
        "questions": [
            {
                "text": {
                    "en": "What is the role of a Roma educational mediator?",
                    "mk": "Која е улогата на ромскиот образовен медијатор?",
                    "bg": "Каква е ролята на образователния медиатор ром?",
                    "es": "¿Cuál es el papel de un mediador educativo gitano?",
                },
                "explanation": {
                    "en": "Mediators build understanding and communication between "
                    "school and families; they neither replace teachers nor police "
                    "families.",
                    "mk": "Медијаторите градат разбирање и комуникација меѓу "
                    "училиштето и семејствата; тие ниту ги заменуваат наставниците, "
                    "ниту ги контролираат семејствата.",
                    "bg": "Медиаторите изграждат разбиране и общуване между училището "
                    "и семействата; те нито заместват учителите, нито контролират "
                    "семействата.",
                    "es": "Los mediadores construyen entendimiento y comunicación "
                    "entre escuela y familias; ni sustituyen al profesorado ni "
                    "vigilan a las familias.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "To bridge communication between the school and "
                            "families and support the pupils' attendance",
                            "mk": "Да ја поврзува комуникацијата меѓу училиштето и "
                            "семејствата и да го поддржува редовното присуство",
                            "bg": "Да свързва училището и семействата и да подкрепя "
                            "редовното посещение на учениците",
                            "es": "Tender puentes entre la escuela y las familias y "
                            "apoyar la asistencia del alumnado",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "To teach the class when the teacher is absent",
                            "mk": "Да го води часот кога наставникот отсуствува",
                            "bg": "Да води часа, когато учителят отсъства",
                            "es": "Dar la clase cuando falta el docente",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "To report families who do not send their "
                            "children to school",
                            "mk": "Да ги пријавува семејствата што не ги праќаат "
                            "децата на училиште",
                            "bg": "Да докладва за семействата, които не пращат "
                            "децата си на училище",
                            "es": "Denunciar a las familias que no llevan a sus "
                            "hijos a la escuela",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "minutes": 20,
        "title": {
            "en": "Language barriers and cultural responsiveness",
            "mk": "Јазични бариери и културна одговорност",
            "bg": "Езикови бариери и културна чувствителност",
            "es": "Barreras lingüísticas y respuesta cultural",
        },
        "body": {
            "en": "<p>When parents do not speak the school's language well, the school "
            "has to meet them halfway: key messages in plain language and in the "
            "family's language, pictures and short videos, a trained interpreter or "
            "mediator for important meetings. Children should not interpret for "
            "their parents about their own difficulties.</p>"
            "<p>Cultural responsiveness means that pupils' languages, histories and "
            "cultures are seen and valued in class: in books, examples, celebrations "
            "and displays. It also means high expectations for every pupil and "
            "watching our own stereotypes: a Roma or migrant pupil is an individual, "
            "not a representative of a group.</p>",
            "mk": "<p>Кога родителите не го зборуваат добро јазикот на училиштето, "
            "училиштето треба да им излезе во пресрет: клучните пораки на "
            "едноставен јазик и на јазикот на семејството, слики и кратки видеа, "
            "обучен преведувач или медијатор за важните средби. Децата не треба да "
            "им преведуваат на родителите за сопствените тешкотии.</p>"
            "<p>Културната одговорност значи јазиците, историите и културите на "
            "учениците да се видливи и ценети на часот: во книгите, примерите, "
            "прославите и на ѕидовите. Тоа значи и високи очекувања за секој ученик "
            "и внимание на сопствените стереотипи: ученикот Ром или мигрант е "
            "личност, а не претставник на група.</p>",
            "bg": "<p>Когато родителите не говорят добре езика на училището, "
            "училището трябва да ги срещне по средата на пътя: основните съобщения "
            "на ясен език и на езика на семейството, картинки и кратки видеа, "
            "обучен преводач или медиатор за важните срещи. Децата не бива да "
            "превеждат на родителите си за собствените си трудности.</p>"
            "<p>Културната чувствителност означава езиците, историята и културата "
            "на учениците да бъдат видими и ценени в клас: в книгите, примерите, "
            "празниците и по стените. Тя означава и високи очаквания към всеки "
            "ученик и внимание към собствените стереотипи: ученикът ром или мигрант "
            "е личност, а не представител на група.</p>",
            "es": "<p>Cuando las familias no dominan la lengua de la escuela, la "
            "escuela tiene que acercarse a ellas: los mensajes clave en lenguaje "
            "claro y en la lengua de la familia, imágenes y vídeos cortos, un "
            "intérprete o mediador formado para las reuniones importantes. Los niños "
            "no deben hacer de intérpretes de sus propias dificultades.</p>"
            "<p>La respuesta cultural significa que las lenguas, historias y "
            "culturas del alumnado se ven y se valoran en el aula: en los libros, "
            "los ejemplos, las celebraciones y las paredes. También significa altas "
            "expectativas para cada alumno y vigilar nuestros propios estereotipos: "
            "un alumno gitano o migrante es una persona, no el representante de un "
            "grupo.</p>",
        },
        "questions": [
            {
                "text": {
                    "en": "Who should interpret at a meeting about a pupil's "
                    "difficulties with parents who do not speak the school's "
                    "language?",
                    "mk": "Кој треба да преведува на средба за тешкотиите на "
                    "ученикот со родители што не го зборуваат јазикот на "
                    "училиштето?",
                    "bg": "Кой трябва да превежда на среща за трудностите на ученика "
                    "с родители, които не говорят езика на училището?",
                    "es": "¿Quién debe interpretar en una reunión sobre las "
                    "dificultades de un alumno con una familia que no habla la "
                    "lengua de la escuela?",
                },
                "explanation": {
                    "en": "A trained interpreter or mediator keeps the child out of an "
                    "adult conversation about them and makes sure both sides are "
                    "understood.",
                    "mk": "Обучен преведувач или медијатор го чува детето надвор од "
                    "разговорот на возрасните за него и се грижи двете страни да се "
                    "разберат.",
                    "bg": "Обученият преводач или медиатор пази детето извън "
                    "разговора на възрастните за него и се грижи двете страни да се "
                    "разберат.",
                    "es": "Un intérprete o mediador formado deja al niño fuera de una "
                    "conversación de adultos sobre él y asegura que ambas partes se "
                    "entiendan.",
                },
                "choices": [
                    (
                        True,
                        {
                            "en": "A trained interpreter or mediator",
                            "mk": "Обучен преведувач или медијатор",
                            "bg": "Обучен преводач или медиатор",
                            "es": "Un intérprete o mediador formado",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "The pupil's older brother or sister",
                            "mk": "Постариот брат или сестра на ученикот",
                            "bg": "По-големият брат или сестра на ученика",
                            "es": "El hermano o la hermana mayor del alumno",
                        },
                    ),
                    (
                        False,
                        {
                            "en": "The pupil",
                            "mk": "Самиот ученик",
                            "bg": "Самият ученик",
                            "es": "El propio alumno",
                        },
                    ),
                ],
            },
        ],
    },
]

MODULES = [
    {
        "slug": "understanding-early-school-leaving",
        "level": Level.INTRODUCTORY,
        "duration_minutes": 55,
        "pass_mark": 70,
        "audience": [Audience.TEACHERS, Audience.SCHOOL_LEADERS, Audience.COUNSELLORS],
        "areas": ["school-governance", "teachers", "support-to-learners"],
        "practices": [
            "tabela-za-rano-preduprereduvanje",
            "povik-do-semejstvoto-vtor-den-otsustvo",
        ],
        "published_at": (2025, 9, 15),
        "text": {
            "title": {
                "en": "Understanding early school leaving",
                "mk": "Разбирање на раното напуштање на училиштето",
                "bg": "Да разберем ранното напускане на училище",
                "es": "Comprender el abandono escolar temprano",
            },
            "summary": {
                "en": "What early school leaving is, why it matters, how to recognise "
                "the first signs and what schools can do about it, with the EU target "
                "for 2030.",
                "mk": "Што е раното напуштање на училиштето, зошто е важно, како да се "
                "препознаат првите знаци и што можат да направат училиштата, со целта "
                "на ЕУ за 2030 година.",
                "bg": "Какво е ранното напускане на училище, защо е важно, как да "
                "разпознаем първите знаци и какво могат да направят училищата, с "
                "целта на ЕС за 2030 г.",
                "es": "Qué es el abandono escolar temprano, por qué importa, cómo "
                "reconocer las primeras señales y qué pueden hacer los centros, con "
                "el objetivo europeo para 2030.",
            },
            "objectives": {
                "en": "Explain the EU definition of early leaving and its 2030 target\n"
                "Recognise risk factors and early-warning signs\n"
                "Tell prevention, intervention and compensation measures apart",
                "mk": "Да ја објасните дефиницијата на ЕУ за рано напуштање и целта "
                "за 2030 година\n"
                "Да ги препознавате факторите на ризик и знаците за рано "
                "предупредување\n"
                "Да ги разликувате мерките за превенција, интервенција и компензација",
                "bg": "Да обяснявате определението на ЕС за ранно напускане и целта "
                "за 2030 г.\n"
                "Да разпознавате рисковите фактори и ранните предупредителни знаци\n"
                "Да различавате мерките за превенция, интервенция и компенсиране",
                "es": "Explicar la definición europea de abandono temprano y su "
                "objetivo para 2030\n"
                "Reconocer factores de riesgo y señales de alerta temprana\n"
                "Distinguir medidas de prevención, intervención y compensación",
            },
        },
        "units": ESL_UNITS,
    },
    {
        "slug": "working-with-roma-and-migrant-families",
        "level": Level.INTERMEDIATE,
        "duration_minutes": 55,
        "pass_mark": 70,
        "audience": [Audience.TEACHERS, Audience.COUNSELLORS, Audience.MEDIATORS],
        "areas": ["parental-involvement", "stakeholders-involvement"],
        "practices": [
            "desayunos-con-familias",
            "povik-do-semejstvoto-vtor-den-otsustvo",
        ],
        "published_at": (2025, 10, 6),
        "text": {
            "title": {
                "en": "Working with Roma and migrant families",
                "mk": "Работа со ромски семејства и семејства мигранти",
                "bg": "Работа с ромски семейства и семейства на мигранти",
                "es": "Trabajar con familias gitanas y migrantes",
            },
            "summary": {
                "en": "How schools build trust with Roma and migrant families: "
                "positive first contacts, mediators, home visits, overcoming language "
                "barriers and teaching in a culturally responsive way.",
                "mk": "Како училиштата градат доверба со ромските семејства и "
                "семејствата мигранти: позитивни први контакти, медијатори, посети "
                "во домот, надминување на јазичните бариери и културно одговорна "
                "настава.",
                "bg": "Как училищата изграждат доверие с ромските семейства и "
                "семействата на мигранти: положителни първи контакти, медиатори, "
                "посещения по домовете, преодоляване на езиковите бариери и "
                "културно чувствително преподаване.",
                "es": "Cómo construyen los centros confianza con las familias gitanas "
                "y migrantes: primeros contactos positivos, mediadores, visitas a "
                "casa, superar las barreras lingüísticas y enseñar con respuesta "
                "cultural.",
            },
            "objectives": {
                "en": "Plan positive, reliable contacts with families\n"
                "Work with mediators and prepare a home visit\n"
                "Overcome language barriers without using children as interpreters",
                "mk": "Да планирате позитивни и сигурни контакти со семејствата\n"
                "Да соработувате со медијатори и да подготвите посета во домот\n"
                "Да ги надминете јазичните бариери без децата да бидат преведувачи",
                "bg": "Да планирате положителни и надеждни контакти със семействата\n"
                "Да работите с медиатори и да подготвите посещение у дома\n"
                "Да преодолявате езиковите бариери, без децата да са преводачи",
                "es": "Planificar contactos positivos y fiables con las familias\n"
                "Trabajar con mediadores y preparar una visita a casa\n"
                "Superar las barreras lingüísticas sin que los niños hagan de "
                "intérpretes",
            },
        },
        "units": FAMILY_UNITS,
    },
]

RESOURCES = [
    {
        "slug": "early-warning-checklist",
        "kind": ResourceKind.DOCUMENT,
        "content_language": "en",
        "url": "https://example.org/siehub/early-warning-checklist.pdf",
        "audience": [Audience.TEACHERS, Audience.COUNSELLORS],
        "areas": ["teachers", "support-to-learners"],
        "module": "understanding-early-school-leaving",
        "title": {
            "en": "Early-warning checklist for class teachers",
            "mk": "Листа за рано предупредување за одделенските раководители",
            "bg": "Списък за ранно предупреждение за класните ръководители",
            "es": "Lista de alerta temprana para tutores",
        },
        "description": {
            "en": "One page to review attendance, behaviour and marks of a class every "
            "week, and to note who acts.",
            "mk": "Една страница за неделен преглед на присуството, однесувањето и "
            "оценките на одделението и за запишување кој презема чекор.",
            "bg": "Една страница за седмичен преглед на посещаемостта, поведението и "
            "оценките на класа и за отбелязване кой действа.",
            "es": "Una página para revisar cada semana la asistencia, la conducta y "
            "las notas de un grupo, y anotar quién actúa.",
        },
    },
    {
        "slug": "every-pupil-counts-school-leaders",
        "kind": ResourceKind.ADVOCACY,
        "content_language": "mk",
        "url": "https://example.org/siehub/sekoj-uchenik-e-vazhen.pptx",
        "audience": [Audience.SCHOOL_LEADERS],
        "areas": ["school-governance", "stakeholders-involvement"],
        "module": "understanding-early-school-leaving",
        "title": {
            "en": "Every pupil counts: a talk for school leaders to give in their "
            "community",
            "mk": "Секој ученик е важен: презентација за директорите за нивната "
            "заедница",
            "bg": "Всеки ученик е важен: беседа за директори пред тяхната общност",
            "es": "Cada alumno cuenta: una charla para que la dirección la dé en su "
            "comunidad",
        },
        "description": {
            "en": "Slides and speaking notes for a headteacher to present the school's "
            "plan against early leaving to parents, the municipality and local "
            "partners.",
            "mk": "Слајдови и белешки за директорот да го претстави планот на "
            "училиштето против раното напуштање пред родителите, општината и "
            "локалните партнери.",
            "bg": "Слайдове и бележки, с които директорът представя плана на "
            "училището срещу ранното напускане пред родителите, общината и местните "
            "партньори.",
            "es": "Diapositivas y notas para que la dirección presente el plan del "
            "centro contra el abandono a las familias, el ayuntamiento y las "
            "entidades locales.",
        },
    },
    {
        "slug": "whole-school-approach-presentation",
        "kind": ResourceKind.PRESENTATION,
        "content_language": "bg",
        "url": "https://example.org/siehub/tsyalosten-uchilishten-podhod.pdf",
        "audience": [Audience.TEACHERS, Audience.SCHOOL_LEADERS],
        "areas": ["school-governance", "teachers"],
        "module": None,
        "title": {
            "en": "The whole-school approach in ten slides",
            "mk": "Пристапот на целото училиште во десет слајдови",
            "bg": "Цялостният училищен подход в десет слайда",
            "es": "El enfoque de centro en diez diapositivas",
        },
        "description": {
            "en": "A presentation for a staff meeting: who does what when a pupil is "
            "at risk of leaving.",
            "mk": "Презентација за наставнички совет: кој што прави кога ученик е во "
            "ризик да го напушти училиштето.",
            "bg": "Презентация за педагогически съвет: кой какво прави, когато ученик "
            "е в риск да напусне училище.",
            "es": "Una presentación para el claustro: quién hace qué cuando un alumno "
            "corre el riesgo de abandonar.",
        },
    },
    {
        "slug": "welcoming-families-video",
        "kind": ResourceKind.VIDEO,
        "content_language": "es",
        "url": "https://example.org/siehub/desayunos-con-familias-video",
        "audience": [Audience.TEACHERS, Audience.MEDIATORS],
        "areas": ["parental-involvement"],
        "module": "working-with-roma-and-migrant-families",
        "title": {
            "en": "Welcoming families: breakfasts at C.E.I.P. San Carlos (video)",
            "mk": "Добредојде за семејствата: појадоци во C.E.I.P. San Carlos (видео)",
            "bg": "Добре дошли, семейства: закуски в C.E.I.P. San Carlos (видео)",
            "es": "Acoger a las familias: desayunos en el C.E.I.P. San Carlos (vídeo)",
        },
        "description": {
            "en": "Eight minutes on how a Madrid school opens its doors to parents "
            "every month, with subtitles in four languages.",
            "mk": "Осум минути за тоа како едно училиште во Мадрид секој месец ги "
            "отвора вратите за родителите, со преводи на четири јазици.",
            "bg": "Осем минути за това как едно училище в Мадрид всеки месец отваря "
            "вратите си за родителите, със субтитри на четири езика.",
            "es": "Ocho minutos sobre cómo un colegio de Madrid abre cada mes sus "
            "puertas a las familias, con subtítulos en cuatro idiomas.",
        },
    },
    {
        "slug": "working-with-mediators-guide",
        "kind": ResourceKind.DOCUMENT,
        "content_language": "mk",
        "url": "https://example.org/siehub/rabota-so-medijatori.pdf",
        "audience": [Audience.MEDIATORS, Audience.SCHOOL_LEADERS],
        "areas": ["stakeholders-involvement", "parental-involvement"],
        "module": "working-with-roma-and-migrant-families",
        "title": {
            "en": "Working with Roma educational mediators: a guide for schools",
            "mk": "Работа со ромски образовни медијатори: водич за училиштата",
            "bg": "Работа с образователни медиатори роми: наръчник за училищата",
            "es": "Trabajar con mediadores educativos gitanos: guía para los centros",
        },
        "description": {
            "en": "Roles, agreements and a home-visit plan, from the experience of "
            "schools in North Macedonia.",
            "mk": "Улоги, договори и план за посета во домот, од искуството на "
            "училиштата во Северна Македонија.",
            "bg": "Роли, договорки и план за посещение у дома от опита на училищата в "
            "Северна Македония.",
            "es": "Funciones, acuerdos y un plan de visita a casa, a partir de la "
            "experiencia de centros de Macedonia del Norte.",
        },
    },
]


def _texts(values: dict, text: dict) -> dict:
    """`{field: {code: value}}` as the model's translated columns."""
    for field, by_language in text.items():
        # The base column first: modeltranslation writes it to the active language.
        values[field] = by_language["en"]
        for code, value in by_language.items():
            values[f"{field}_{code}"] = value
    return values


def _seed_units(module: Module, units: list) -> None:
    for position, data in enumerate(units, start=1):
        unit, _created = Unit.objects.update_or_create(
            module=module,
            position=position,
            defaults=_texts(
                {"minutes": data["minutes"]},
                {"title": data["title"], "body": data["body"]},
            ),
        )
        for q_position, q_data in enumerate(data["questions"], start=1):
            question, _created = Question.objects.update_or_create(
                unit=unit,
                position=q_position,
                defaults=_texts(
                    {},
                    {"text": q_data["text"], "explanation": q_data["explanation"]},
                ),
            )
            for c_position, (correct, text) in enumerate(q_data["choices"], start=1):
                Choice.objects.update_or_create(
                    question=question,
                    position=c_position,
                    defaults=_texts({"is_correct": correct}, {"text": text}),
                )


def _published_practices(slugs: list[str]):
    return Practice.objects.published().filter(slug__in=slugs)


def _seed_modules() -> dict[str, Module]:
    modules = {}
    for data in MODULES:
        year, month, day = data["published_at"]
        module, _created = Module.objects.update_or_create(
            slug=data["slug"],
            defaults=_texts(
                {
                    "original_language": "en",
                    "level": data["level"],
                    "duration_minutes": data["duration_minutes"],
                    "pass_mark": data["pass_mark"],
                    "audience": [str(a) for a in data["audience"]],
                    "status": ModuleStatus.PUBLISHED,
                    "published_at": timezone.make_aware(
                        dt.datetime(year, month, day, 9)
                    ),
                },
                {**data["text"], "authors": PARTNERS},
            ),
        )
        module.areas.set(Area.objects.filter(slug__in=data["areas"]))
        module.related_practices.set(_published_practices(data["practices"]))
        _seed_units(module, data["units"])
        module_refresh_languages(module)
        modules[module.slug] = module
    return modules


def _seed_resources(modules: dict[str, Module]) -> None:
    for data in RESOURCES:
        resource, _created = Resource.objects.update_or_create(
            slug=data["slug"],
            defaults=_texts(
                {
                    "kind": data["kind"],
                    "original_language": "en",
                    "content_language": data["content_language"],
                    "url": data["url"],
                    "audience": [str(a) for a in data["audience"]],
                    "module": modules.get(data["module"]),
                    "is_published": True,
                },
                {"title": data["title"], "description": data["description"]},
            ),
        )
        resource.areas.set(Area.objects.filter(slug__in=data["areas"]))


# The pilot: demo members who followed the published modules, most of them to the end,
# with their ratings (1-5). Recorded as the state a pilot leaves (certificates are issued
# when a member asks for theirs), not replayed unit by unit.
PILOT = [
    ("marija.trajkovska@demo.siehub.eu", True, 5),
    ("goran.nikolovski@demo.siehub.eu", True, 4),
    ("vesna.angelovska@demo.siehub.eu", False, None),
    ("zoran.ristovski@demo.siehub.eu", True, 5),
    ("sevdija.ameti@demo.siehub.eu", True, 4),
    ("asen.marinov@demo.siehub.eu", True, 3),
    ("desislava.petrova@demo.siehub.eu", False, None),
    ("nikolay.dimitrov@demo.siehub.eu", True, 5),
    ("stefka.yankova@demo.siehub.eu", True, 4),
    ("yordanka.kirilova@demo.siehub.eu", False, None),
    ("ines.castro@demo.siehub.eu", True, 5),
    ("javier.moreno@demo.siehub.eu", True, 4),
    ("nuria.blanco@demo.siehub.eu", False, None),
    ("pablo.garcia@demo.siehub.eu", True, 5),
]


def _seed_pilot() -> None:
    modules = list(Module.objects.published().order_by("pk"))
    members = {
        user.email: user
        for user in User.objects.filter(email__in=[p[0] for p in PILOT])
    }
    if not modules:
        return
    now = timezone.now()
    for index, (email, completed, rating) in enumerate(PILOT):
        member = members.get(email)
        if member is None:
            continue
        module = modules[index % len(modules)]
        enrolment, _created = Enrolment.objects.get_or_create(
            user=member, module=module
        )
        if not completed:
            continue
        if enrolment.completed_at is None:
            enrolment.completed_at = now - dt.timedelta(days=10 + index)
            enrolment.save(update_fields=["completed_at"])
        Feedback.objects.get_or_create(enrolment=enrolment, defaults={"rating": rating})


def seed(stdout):
    """Create or update the demo training modules, the resource library and a pilot."""
    modules = _seed_modules()
    _seed_resources(modules)
    _seed_pilot()
    stdout.write(
        f"Training: {Module.objects.published().count()} published modules, "
        f"{Unit.objects.count()} units, {Resource.objects.count()} resources."
    )
