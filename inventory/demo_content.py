"""Demo inventory for `seed_demo`: extra authors, good practices and adaptations.

Pure data, no imports. Written as the teachers, counsellors and mediators of the partner
networks in North Macedonia, Bulgaria and Spain would describe what they did. Slugs of
organisations refer to PARTNERS and SCHOOLS in network/demo.py (seed_demo);
vocabulary slugs to inventory/migrations/_vocabularies.py. The texts contain no personal
data of pupils; the adults named in AUTHORS are invented.

"text" holds the translated fields per language code: the original language is complete,
the other languages are partial where a translator has not (yet) done the rest. "days_ago"
dates the submission (and publication) relative to the day the demo is seeded.
"""

# Demo authors besides network.demo.ACCOUNTS (same demo password).
AUTHORS = [
    {
        "email": "marija.trajkovska@demo.siehub.eu",
        "first_name": "Marija",
        "last_name": "Trajkovska",
        "position": "counsellor",
        "country": "MK",
        "preferred_language": "mk",
        "organisation": "oou-kiril-metodij-bitola",
    },
    {
        "email": "vesna.angelovska@demo.siehub.eu",
        "first_name": "Vesna",
        "last_name": "Angelovska",
        "position": "headteacher",
        "country": "MK",
        "preferred_language": "mk",
        "organisation": "oou-bratstvo-prilep",
    },
    {
        "email": "goran.nikolovski@demo.siehub.eu",
        "first_name": "Goran",
        "last_name": "Nikolovski",
        "position": "trainer",
        "country": "MK",
        "preferred_language": "en",
        "organisation": "evropsko-gragjanstvo-akcija",
    },
    {
        "email": "asen.marinov@demo.siehub.eu",
        "first_name": "Asen",
        "last_name": "Marinov",
        "position": "mediator",
        "country": "BG",
        "preferred_language": "bg",
        "organisation": "su-vasil-levski-sliven",
    },
    {
        "email": "yordanka.kirilova@demo.siehub.eu",
        "first_name": "Yordanka",
        "last_name": "Kirilova",
        "position": "headteacher",
        "country": "BG",
        "preferred_language": "bg",
        "organisation": "ou-hristo-botev-kyustendil",
    },
    {
        "email": "desislava.petrova@demo.siehub.eu",
        "first_name": "Desislava",
        "last_name": "Petrova",
        "position": "counsellor",
        "country": "BG",
        "preferred_language": "bg",
        "organisation": "ou-otets-paisiy-pazardzhik",
    },
    {
        "email": "javier.moreno@demo.siehub.eu",
        "first_name": "Javier",
        "last_name": "Moreno Ruiz",
        "position": "headteacher",
        "country": "ES",
        "preferred_language": "es",
        "organisation": "ceip-san-carlos-madrid",
    },
    {
        "email": "nuria.blanco@demo.siehub.eu",
        "first_name": "Nuria",
        "last_name": "Blanco Serrano",
        "position": "teacher",
        "country": "ES",
        "preferred_language": "es",
        "organisation": "ceip-valle-inclan-getafe",
    },
]

# Good practices, newest last; "featured" ones are shown on the home page.
PRACTICES = [
    {
        "slug": "aula-de-bienvenida-alumnado-recien-llegado",
        "author": "javier.moreno@demo.siehub.eu",
        "organisation": "ceip-san-carlos-madrid",
        "country": "ES",
        "original_language": "es",
        "status": "published",
        "days_ago": 450,
        "featured": True,
        "target_groups": ["migrants-refugees", "language-learners"],
        "measure_types": ["intervention"],
        "areas": ["support-to-learners", "school-governance"],
        "education_levels": ["isced-1"],
        "evidence_level": "evaluated",
        "scale": "school",
        "duration": "Todo el curso; cada alumno, entre 6 y 12 semanas",
        "keywords": (
            "acogida, alumnado recién llegado, español como segunda lengua, "
            "aula de bienvenida, familias"
        ),
        "text": {
            "es": {
                "title": "Aula de bienvenida para el alumnado recién llegado",
                "summary": (
                    "Cuando llega al colegio un alumno o una alumna que no habla "
                    "español, durante sus primeras semanas pasa parte del día en un "
                    "aula de bienvenida con una maestra de apoyo y el resto en su "
                    "grupo de referencia. Allí aprende el español de la escuela, "
                    "conoce las rutinas y recibe una primera evaluación. La familia "
                    "tiene una entrevista de acogida con intérprete. La "
                    "incorporación plena al grupo se ha adelantado de cinco a tres "
                    "meses de media."
                ),
                "context": (
                    "Nuestro colegio tiene unos 420 alumnos de más de veinte "
                    "nacionalidades. Cada curso se incorporan entre 30 y 40 alumnos "
                    "nuevos a lo largo del año, muchos sin conocimientos de español: "
                    "familias de Ucrania, Marruecos, China, Venezuela, Rumanía, "
                    "Bangladés... Algunos llegan con la escolaridad interrumpida.\n"
                    "\n"
                    "Antes, el alumno entraba directamente en su grupo y el tutor "
                    "hacía lo que podía. Durante los primeros meses muchos niños "
                    "pasaban horas sin entender nada, se aislaban o tenían problemas "
                    "de conducta, y sus familias no sabían a quién dirigirse. Las "
                    "aulas de enlace de la Comunidad de Madrid no siempre tienen "
                    "plaza ni atienden a todas las edades."
                ),
                "objectives": (
                    "- Que ningún alumno recién llegado pase su primer mes sin "
                    "entender lo que ocurre en el colegio.\n"
                    "- Que aprenda en pocas semanas el español básico de la vida "
                    "escolar y empiece con el español de las áreas.\n"
                    "- Conocer su nivel real en matemáticas y lectoescritura en su "
                    "lengua, para ubicarlo bien.\n"
                    "- Acoger a la familia desde el primer día y explicarle cómo "
                    "funciona el sistema educativo.\n"
                    "- Incorporar al alumno a tiempo completo en su grupo lo antes "
                    "posible."
                ),
                "activities": (
                    "- Entrevista de acogida con la familia el primer día, con "
                    "intérprete (voluntario o de una asociación) y un dosier con el "
                    "horario, el comedor y las becas.\n"
                    "- Prueba inicial de matemáticas y lectura en la lengua del "
                    "alumno, con materiales de la Consejería y de otros colegios.\n"
                    "- Aula de bienvenida: entre dos y tres horas diarias con la "
                    "maestra de apoyo, en grupos de 4 a 8 alumnos, trabajando el "
                    "vocabulario del aula y de las áreas.\n"
                    "- El resto del horario, en su grupo de referencia, con un "
                    "compañero o compañera «cicerone» que lo acompaña en el recreo y "
                    "en el comedor.\n"
                    "- Reunión quincenal de la maestra de apoyo con los tutores para "
                    "decidir el paso a tiempo completo."
                ),
                "resources": (
                    "- Una maestra de compensación educativa dedicada al aula de "
                    "bienvenida unas 15 horas semanales.\n"
                    "- Un aula pequeña con materiales visuales, diccionarios y "
                    "tabletas con aplicaciones de idiomas.\n"
                    "- Una red de intérpretes voluntarios, sobre todo madres y "
                    "padres del centro y una asociación del barrio.\n"
                    "- Un dosier de acogida traducido a ocho idiomas, elaborado por "
                    "el claustro.\n"
                    "- Formación de 10 horas para el claustro sobre la enseñanza del "
                    "español como segunda lengua."
                ),
                "results": (
                    "Entre los cursos 2019/2020 y 2022/2023 pasaron por el aula de "
                    "bienvenida 118 alumnos. El tiempo medio hasta su incorporación "
                    "a tiempo completo en el grupo bajó de unos cinco meses "
                    "(estimación del curso anterior al programa) a tres meses.\n"
                    "\n"
                    "En la evaluación interna que hizo el equipo directivo al final "
                    "de 2022/2023, el 80% de los tutores consideró que los alumnos "
                    "llegaban a su clase mejor preparados y que los conflictos en el "
                    "recreo habían disminuido. El absentismo del alumnado recién "
                    "llegado en su primer trimestre bajó del 12% al 7%."
                ),
                "transferability": (
                    "Cualquier centro con alumnado recién llegado puede organizar un "
                    "aula de bienvenida si reserva horas de una maestra de apoyo; no "
                    "hace falta una normativa especial, aunque conviene coordinarla "
                    "con los recursos de la administración, como las aulas de "
                    "enlace.\n"
                    "\n"
                    "Aconsejamos que el tiempo fuera del grupo de referencia sea "
                    "limitado y que el alumno comparta desde el principio el recreo, "
                    "el comedor y áreas como Educación Física o Música. La figura "
                    "del compañero «cicerone» es muy sencilla y funciona muy bien."
                ),
            },
            "en": {
                "title": "A welcome classroom for newly arrived pupils",
                "summary": (
                    "When a pupil who does not speak Spanish joins our school, "
                    "during their first weeks they spend part of the day in a "
                    "welcome classroom with a support teacher and the rest in their "
                    "regular class. There they learn the Spanish of school, get used "
                    "to the routines and receive an initial assessment. The family "
                    "has a welcome interview with an interpreter. Full inclusion in "
                    "the class now comes after three months on average instead of "
                    "five."
                ),
                "context": (
                    "Our school has about 420 pupils of more than twenty "
                    "nationalities. Every year 30 to 40 new pupils arrive at "
                    "different times of the year, many of them with no Spanish: "
                    "families from Ukraine, Morocco, China, Venezuela, Romania, "
                    "Bangladesh... Some arrive with interrupted schooling.\n"
                    "\n"
                    "Before, a new pupil went straight into their class and the "
                    "class teacher did what they could. In the first months many "
                    "children spent hours without understanding anything, withdrew "
                    "or had behaviour problems, and their families did not know whom "
                    "to ask. The Madrid region's official reception classes do not "
                    "always have places and do not cover every age."
                ),
                "objectives": (
                    "- No newly arrived pupil spends their first month without "
                    "understanding what is going on at school.\n"
                    "- Within a few weeks they learn the basic Spanish of school "
                    "life and start on the Spanish of the subjects.\n"
                    "- We find out their real level in mathematics, reading and "
                    "writing in their own language, so that they are placed well.\n"
                    "- The family is welcomed from the first day and given an "
                    "explanation of how the education system works.\n"
                    "- The pupil joins their class full-time as soon as possible."
                ),
                "activities": (
                    "- A welcome interview with the family on the first day, with an "
                    "interpreter (a volunteer or from an association) and a pack "
                    "with the timetable, school meals and grants.\n"
                    "- An initial test in mathematics and reading in the pupil's "
                    "language, with materials from the regional education authority "
                    "and other schools.\n"
                    "- The welcome classroom: two to three hours a day with the "
                    "support teacher, in groups of 4 to 8 pupils, working on the "
                    "vocabulary of the classroom and the subjects.\n"
                    "- The rest of the timetable in their regular class, with a "
                    'classmate acting as a guide (the "cicerone") at break time and '
                    "lunch.\n"
                    "- A fortnightly meeting of the support teacher with the class "
                    "teachers to decide when the pupil moves to full-time."
                ),
                "resources": (
                    "- A compensatory education teacher dedicated to the welcome "
                    "classroom for about 15 hours a week.\n"
                    "- A small room with visual materials, dictionaries and tablets "
                    "with language apps.\n"
                    "- A network of volunteer interpreters, mainly parents at the "
                    "school and a neighbourhood association.\n"
                    "- A welcome pack translated into eight languages, prepared by "
                    "the teaching staff.\n"
                    "- A 10-hour training for all teachers on teaching Spanish as a "
                    "second language."
                ),
                "results": (
                    "Between 2019/2020 and 2022/2023, 118 pupils went through the "
                    "welcome classroom. The average time until full-time inclusion "
                    "in their class fell from about five months (an estimate for the "
                    "year before the programme) to three months.\n"
                    "\n"
                    "In the internal evaluation carried out by the school leadership "
                    "at the end of 2022/2023, 80% of class teachers felt that pupils "
                    "arrived in their class better prepared and that conflicts at "
                    "break time had decreased. Absenteeism among newly arrived "
                    "pupils in their first term fell from 12% to 7%."
                ),
                "transferability": (
                    "Any school with newly arrived pupils can organise a welcome "
                    "classroom if it sets aside hours of a support teacher; no "
                    "special regulation is needed, although it should be coordinated "
                    "with the authority's own resources, such as official reception "
                    "classes.\n"
                    "\n"
                    "We advise keeping the time outside the regular class limited "
                    "and letting the pupil share break time, lunch and subjects such "
                    "as Physical Education or Music from the start. The classmate "
                    "guide is very simple and works very well."
                ),
            },
            "bg": {
                "title": "Класна стая за добре дошли за новопристигнали ученици",
                "summary": (
                    "Когато в училището постъпи ученик, който не говори испански, "
                    "през първите седмици той прекарва част от деня в класна стая за "
                    "добре дошли с учител за подкрепа, а останалото време – в своя "
                    "клас. Там учи езика, нужен в училище, свиква с правилата и "
                    "получава първоначална оценка. Семейството има среща за "
                    "посрещане с преводач. Пълното включване в класа вече става "
                    "средно след три месеца вместо след пет."
                ),
                "context": (
                    "Нашето училище има около 420 ученици от над двадесет "
                    "националности. Всяка учебна година, в различни моменти от нея, "
                    "постъпват между 30 и 40 нови ученици, много от тях без никакви "
                    "познания по испански: семейства от Украйна, Мароко, Китай, "
                    "Венецуела, Румъния, Бангладеш... Някои идват с прекъснато "
                    "обучение.\n"
                    "\n"
                    "Преди новият ученик влизаше направо в своя клас, а класният "
                    "ръководител правеше каквото може. През първите месеци много "
                    "деца прекарваха часове, без да разбират нищо, затваряха се в "
                    "себе си или имаха проблеми с поведението, а семействата им не "
                    "знаеха към кого да се обърнат. Официалните приемни класове на "
                    "региона Мадрид не винаги имат свободни места и не обхващат "
                    "всички възрасти."
                ),
                "objectives": (
                    "- Никой новопристигнал ученик да не прекара първия си месец, "
                    "без да разбира какво се случва в училището.\n"
                    "- За няколко седмици да научи основния испански, нужен в "
                    "ежедневния училищен живот, и да започне да учи езика на "
                    "учебните предмети.\n"
                    "- Да разберем реалното му ниво по математика и по четене и "
                    "писане на неговия език, за да го разпределим правилно.\n"
                    "- Да посрещнем семейството още от първия ден и да му обясним "
                    "как работи образователната система.\n"
                    "- Ученикът да премине изцяло в своя клас възможно най-скоро."
                ),
                "activities": (
                    "- Среща за посрещане със семейството още първия ден, с преводач "
                    "(доброволец или от сдружение) и папка с разписанието и "
                    "информация за храненето в училищния стол и за помощите.\n"
                    "- Входен тест по математика и четене на езика на ученика, с "
                    "материали от регионалните образователни власти и от други "
                    "училища.\n"
                    "- Класна стая за добре дошли: по два-три часа дневно с "
                    "учителката за подкрепа, в групи от 4 до 8 ученици, с работа "
                    "върху думите, които се използват в час и по учебните предмети.\n"
                    "- През останалото време по разписание ученикът е в своя клас, "
                    "със съученик или съученичка „чичероне“, който го придружава в "
                    "междучасията и в стола.\n"
                    "- Среща на учителката за подкрепа с класните ръководители на "
                    "всеки две седмици, за да се реши кога ученикът да премине "
                    "изцяло в своя клас."
                ),
                "resources": (
                    "- Учителка от програмата за компенсаторно образование, която "
                    "отделя на класната стая за добре дошли около 15 часа седмично.\n"
                    "- Малка класна стая с нагледни материали, речници и таблети с "
                    "приложения за изучаване на езици.\n"
                    "- Мрежа от преводачи доброволци, предимно майки и бащи на "
                    "ученици от училището и едно сдружение от квартала.\n"
                    "- Папка за посрещане, преведена на осем езика и подготвена от "
                    "учителския колектив.\n"
                    "- Обучение от 10 часа за целия учителски колектив за "
                    "преподаване на испански като втори език."
                ),
                "results": (
                    "От учебната 2019/2020 до 2022/2023 година през класната стая за "
                    "добре дошли минаха 118 ученици. Средното време до пълното им "
                    "включване в класа намаля от около пет месеца (приблизителна "
                    "оценка за годината преди програмата) на три месеца.\n"
                    "\n"
                    "При вътрешната оценка, която ръководството на училището направи "
                    "в края на 2022/2023 година, 80% от класните ръководители "
                    "посочиха, че учениците идват в класа им по-добре подготвени и "
                    "че конфликтите в междучасията са намалели. Отсъствията на "
                    "новопристигналите ученици през първото им тримесечие намаляха "
                    "от 12% на 7%."
                ),
                "transferability": (
                    "Всяко училище с новопристигнали ученици може да организира "
                    "класна стая за добре дошли, ако отдели часове на учител за "
                    "подкрепа; не е нужна специална нормативна уредба, макар че е "
                    "добре работата да се съгласува с ресурсите на институциите, "
                    "като официалните приемни класове.\n"
                    "\n"
                    "Съветваме времето извън собствения клас да е ограничено и "
                    "ученикът още от самото начало да прекарва със съучениците си "
                    "междучасията, обяда и часовете по предмети като физическо "
                    "възпитание и спорт или музика. Ролята на съученика „чичероне“ е "
                    "много проста и работи много добре."
                ),
            },
            "mk": {
                "title": "Училница за добредојде за новодојдени ученици",
                "summary": (
                    "Кога во училиштето ќе дојде ученик или ученичка што не зборува "
                    "шпански, во првите неколку недели дел од денот го поминува во "
                    "училница за добредојде со наставничка за поддршка, а остатокот од "
                    "денот во својата паралелка. Таму го учи шпанскиот јазик што му "
                    "треба на училиште, се запознава со секојдневните правила и добива "
                    "прва проценка. Семејството има разговор за добредојде со "
                    "преведувач. Целосното вклучување во паралелката сега се случува "
                    "во просек по три месеци наместо по пет."
                ),
                "context": (
                    "Нашето училиште има околу 420 ученици од повеќе од дваесет "
                    "националности. Секоја учебна година, во различно време од "
                    "годината, доаѓаат меѓу 30 и 40 нови ученици, многумина без "
                    "никакво знаење шпански: семејства од Украина, Мароко, Кина, "
                    "Венецуела, Романија, Бангладеш... Некои доаѓаат со прекинато "
                    "школување.\n"
                    "\n"
                    "Порано новиот ученик влегуваше директно во својата паралелка, а "
                    "класниот раководител правеше што можеше. Во првите месеци многу "
                    "деца со часови седеа без да разберат ништо, се повлекуваа во "
                    "себе или имаа проблеми со однесувањето, а нивните семејства не "
                    "знаеја кому да се обратат. Официјалните приемни паралелки на "
                    "регионот Мадрид не секогаш имаат слободни места и не се "
                    "наменети за сите возрасти."
                ),
                "objectives": (
                    "- Ниту еден новодојден ученик да не го помине првиот месец без "
                    "да разбира што се случува во училиштето.\n"
                    "- За неколку недели да го научи основниот шпански јазик "
                    "потребен во секојдневниот училишен живот и да почне да го учи "
                    "јазикот на наставните предмети.\n"
                    "- Да го дознаеме неговото вистинско ниво по математика и во "
                    "читањето и пишувањето на неговиот јазик, за да го распоредиме "
                    "соодветно.\n"
                    "- Семејството да го пречекаме уште од првиот ден и да му "
                    "објасниме како функционира образовниот систем.\n"
                    "- Ученикот што е можно побрзо целосно да се вклучи во својата "
                    "паралелка."
                ),
                "activities": (
                    "- Разговор за добредојде со семејството уште првиот ден, со "
                    "преведувач (волонтер или од некое здружение) и папка со "
                    "распоредот на часовите и информации за училишниот ручек и за "
                    "финансиската помош.\n"
                    "- Почетен тест по математика и читање на јазикот на ученикот, "
                    "со материјали од регионалните образовни власти и од други "
                    "училишта.\n"
                    "- Училница за добредојде: по два до три часа дневно со "
                    "наставничката за поддршка, во групи од 4 до 8 ученици, со "
                    "работа на зборовите што се користат на час и по наставните "
                    "предмети.\n"
                    "- Остатокот од распоредот ученикот го поминува во својата "
                    "паралелка, со соученик или соученичка „чичероне“ што го "
                    "придружува за време на одморот и ручекот.\n"
                    "- Средба на наставничката за поддршка со класните раководители "
                    "на секои две недели, за да се одлучи кога ученикот ќе премине "
                    "целосно во паралелката."
                ),
                "resources": (
                    "- Наставничка од програмата за компензаторно образование, која "
                    "на училницата за добредојде ѝ посветува околу 15 часа неделно.\n"
                    "- Мала училница со визуелни материјали, речници и таблети со "
                    "апликации за учење јазици.\n"
                    "- Мрежа од преведувачи волонтери, главно мајки и татковци на "
                    "ученици од училиштето и едно здружение од населбата.\n"
                    "- Папка за добредојде преведена на осум јазици, подготвена од "
                    "наставничкиот колектив.\n"
                    "- Обука од 10 часа за целиот наставнички колектив за настава по "
                    "шпански како втор јазик."
                ),
                "results": (
                    "Од учебната 2019/2020 до 2022/2023 година низ училницата за "
                    "добредојде поминаа 118 ученици. Просечното време до целосното "
                    "вклучување во паралелката се намали од околу пет месеци "
                    "(проценка за учебната година пред програмата) на три месеци.\n"
                    "\n"
                    "Во внатрешната евалуација што раководството на училиштето ја "
                    "спроведе на крајот на 2022/2023 година, 80% од класните "
                    "раководители сметаа дека учениците доаѓаат во нивната паралелка "
                    "подобро подготвени и дека конфликтите за време на одморите се "
                    "намалиле. Изостаноците на новодојдените ученици во нивното прво "
                    "тромесечје се намалија од 12% на 7%."
                ),
                "transferability": (
                    "Секое училиште што има новодојдени ученици може да организира "
                    "училница за добредојде ако одвои часови на наставник за "
                    "поддршка; не е потребна посебна регулатива, иако е добро "
                    "работата да се усогласи со ресурсите на надлежните институции, "
                    "како што се официјалните приемни паралелки.\n"
                    "\n"
                    "Препорачуваме времето надвор од паралелката да биде ограничено "
                    "и ученикот уште од почетокот да ги поминува одморите, ручекот и "
                    "часовите по предмети како физичко и здравствено образование или "
                    "музичко образование заедно со соучениците. Улогата на "
                    "соученикот „чичероне“ е многу едноставна и функционира многу "
                    "добро."
                ),
            },
        },
    },
    {
        "slug": "povik-do-semejstvoto-vtor-den-otsustvo",
        "author": "marija.trajkovska@demo.siehub.eu",
        "organisation": "oou-kiril-metodij-bitola",
        "country": "MK",
        "original_language": "mk",
        "status": "published",
        "days_ago": 420,
        "featured": True,
        "target_groups": ["roma", "socio-economic"],
        "measure_types": ["intervention", "monitoring"],
        "areas": [
            "parental-involvement",
            "support-to-learners",
            "stakeholders-involvement",
        ],
        "education_levels": ["isced-1", "isced-2"],
        "evidence_level": "monitored",
        "scale": "school",
        "duration": "Од учебната 2021/2022 година, секој училишен ден",
        "keywords": (
            "изостаноци, ромски медијатори, семејства, рано предупредување, присуство"
        ),
        "text": {
            "mk": {
                "title": "Телефонски повик до семејството по вториот ден отсуство",
                "summary": (
                    "Ромските образовни медијатори во нашето училиште секое утро ги "
                    "проверуваат отсуствата во е-дневникот и го повикуваат "
                    "семејството веднаш штом ученикот ќе отсуствува два дена по ред "
                    "без оправдување. Ако разговорот не помогне, медијаторот и "
                    "одделенскиот раководител го посетуваат домот. За две години "
                    "неоправданите изостаноци кај ромските ученици се намалија од "
                    "18% на 11%."
                ),
                "context": (
                    "Во нашето училиште учат околу 480 ученици, а речиси половина се "
                    "од ромски семејства од населбата во близина. Многу семејства "
                    "сезонски работат надвор од Битола, а некои повремено заминуваат "
                    "во странство. Порано изостаноците ги забележувавме дури на "
                    "крајот на месецот, кога одделенските раководители ги сумираа во "
                    "дневникот. Дотогаш ученикот веќе пропуштил две-три недели и "
                    "многу тешко се враќаше во ритамот на наставата.\n"
                    "\n"
                    "Стручната служба пресмета дека во учебната 2020/2021 година "
                    "ромските ученици неоправдано пропуштиле 18% од часовите, а 23 "
                    "ученици имале повеќе изостаноци од дозволениот број."
                ),
                "objectives": (
                    "- Секое отсуство без оправдување да се забележи во рок од два "
                    "дена, а не на крајот на месецот.\n"
                    "- Семејството да добие информација лично, од човек кого го "
                    "познава и му верува, а не само писмено известување.\n"
                    "- Заедно со родителите навреме да се открие причината (болест, "
                    "патување, работа, проблем во паралелката) и да се договори "
                    "враќањето на ученикот.\n"
                    "- Неоправданите изостаноци кај ромските ученици да се намалат "
                    "за најмалку една третина за две години."
                ),
                "activities": (
                    "Секое утро до 9 часот медијаторот ги проверува отсуствата што "
                    "наставниците ги внеле во е-дневникот на првиот час. Кога ученик "
                    "отсуствува втор ден по ред без да се најави, медијаторот го "
                    "повикува семејството на телефон, на ромски или на македонски "
                    "јазик, и во едноставна табела запишува што е договорено.\n"
                    "\n"
                    "Ако семејството не се јавува или ученикот не се врати ни по "
                    "третиот ден, медијаторот и одделенскиот раководител го "
                    "посетуваат домот. Кога причината е сиромаштија или проблем во "
                    "семејството, стручната служба го вклучува Центарот за социјална "
                    "работа.\n"
                    "\n"
                    "Еднаш месечно медијаторите, педагогот и директорот ја "
                    "прегледуваат табелата и одлучуваат на кои ученици им треба "
                    "дополнителна поддршка."
                ),
                "resources": (
                    "- Двајца ромски образовни медијатори, ангажирани преку "
                    "Министерството за образование и наука, секој со половина "
                    "работно време во нашето училиште.\n"
                    "- Службен мобилен телефон со пакет за разговори (околу 600 "
                    "денари месечно од буџетот на училиштето).\n"
                    "- Пристап на медијаторите до е-дневникот, ограничен само на "
                    "отсуствата.\n"
                    "- Табела за евиденција на повиците и посетите, до која пристап "
                    "имаат само медијаторите и стручната служба.\n"
                    "- Околу еден час дневно од работното време на медијаторот и два "
                    "часа месечно за состанокот на тимот."
                ),
                "results": (
                    "Неоправданите изостаноци кај ромските ученици се намалија од "
                    "18% од часовите во 2020/2021 на 14% во 2021/2022 и на 11% во "
                    "2022/2023 година. Бројот на ученици со повеќе изостаноци од "
                    "дозволениот падна од 23 на 12.\n"
                    "\n"
                    "Во околу две третини од случаите еден телефонски повик беше "
                    "доволен ученикот да се врати следниот ден. Родителите велат "
                    "дека сега и самите почесто се јавуваат кога детето е болно. "
                    "Наставниците забележаа дека учениците што се враќаат по кратко "
                    "отсуство полесно го надоместуваат пропуштеното. Резултатите ги "
                    "следиме преку податоците од е-дневникот, без надворешна "
                    "евалуација."
                ),
                "transferability": (
                    "Практиката е едноставна и евтина и може да се примени во секое "
                    "училиште што има медијатор, образовен асистент или друг "
                    "вработен кого семејствата го познаваат. Клучно е повикот да "
                    "биде брз, пријателски и без закани: целта е да се дознае што се "
                    "случува, а не да се казни семејството.\n"
                    "\n"
                    "Пред да почнете, договорете се со стручната служба кој има "
                    "пристап до податоците и како се чуваат белешките, бидејќи "
                    "станува збор за чувствителни лични податоци. Во училиштата без "
                    "медијатор оваа улога може да ја преземе одделенскиот "
                    "раководител, но тогаш треба да му се намалат други обврски."
                ),
            },
            "en": {
                "title": "A phone call to the family after the second day of absence",
                "summary": (
                    "Every morning the Roma educational mediators at our school "
                    "check absences in the electronic register and call the family "
                    "as soon as a pupil has missed two days in a row without an "
                    "excuse. If the call does not help, the mediator and the class "
                    "teacher visit the home. In two years unexcused absences among "
                    "Roma pupils fell from 18% to 11%."
                ),
                "context": (
                    "About 480 pupils attend our school, and almost half come from "
                    "Roma families in the nearby neighbourhood. Many families do "
                    "seasonal work outside Bitola, and some go abroad from time to "
                    "time. We used to notice absences only at the end of the month, "
                    "when class teachers added them up in the register. By then a "
                    "pupil had already missed two or three weeks and found it very "
                    "hard to get back into the rhythm of lessons.\n"
                    "\n"
                    "The school's support staff calculated that in 2020/2021 Roma "
                    "pupils missed 18% of lessons without an excuse, and 23 pupils "
                    "were above the permitted number of absences."
                ),
                "objectives": (
                    "- Every unexcused absence is noticed within two days, not at "
                    "the end of the month.\n"
                    "- The family hears about it in person, from someone they know "
                    "and trust, not only through a written notice.\n"
                    "- Together with the parents, we find out the reason early "
                    "(illness, travel, work, a problem in class) and agree on the "
                    "pupil's return.\n"
                    "- Unexcused absences among Roma pupils fall by at least a third "
                    "within two years."
                ),
                "activities": (
                    "Every morning by 9 o'clock the mediator checks the absences "
                    "that teachers entered in the electronic register in the first "
                    "lesson. When a pupil is absent for a second day in a row "
                    "without notice, the mediator phones the family, in Romani or "
                    "Macedonian, and notes what was agreed in a simple table.\n"
                    "\n"
                    "If the family cannot be reached or the pupil has not returned "
                    "after the third day, the mediator and the class teacher visit "
                    "the home. When the cause is poverty or a family problem, the "
                    "school's support staff involve the Centre for Social Work.\n"
                    "\n"
                    "Once a month the mediators, the pedagogue and the headteacher "
                    "review the table and decide which pupils need additional "
                    "support."
                ),
                "resources": (
                    "- Two Roma educational mediators, employed through the Ministry "
                    "of Education and Science, each working half-time at our school.\n"
                    "- A school mobile phone with a calls package (about 600 denars "
                    "a month from the school budget).\n"
                    "- Access for the mediators to the electronic register, limited "
                    "to absences.\n"
                    "- A table recording calls and visits, accessible only to the "
                    "mediators and the support staff.\n"
                    "- About one hour a day of the mediator's working time and two "
                    "hours a month for the team meeting."
                ),
                "results": (
                    "Unexcused absences among Roma pupils fell from 18% of lessons "
                    "in 2020/2021 to 14% in 2021/2022 and to 11% in 2022/2023. The "
                    "number of pupils above the permitted number of absences fell "
                    "from 23 to 12.\n"
                    "\n"
                    "In about two thirds of cases a single phone call was enough for "
                    "the pupil to come back the next day. Parents say that they now "
                    "call the school themselves more often when their child is ill. "
                    "Teachers noticed that pupils returning after a short absence "
                    "catch up more easily. We monitor the results with data from the "
                    "electronic register, without an external evaluation."
                ),
                "transferability": (
                    "The practice is simple and cheap and can be used in any school "
                    "that has a mediator, a teaching assistant or another staff "
                    "member whom families know. The key is that the call is quick, "
                    "friendly and free of threats: the aim is to find out what is "
                    "happening, not to punish the family.\n"
                    "\n"
                    "Before you start, agree with the support staff who has access "
                    "to the data and how notes are kept, because these are sensitive "
                    "personal data. In schools without a mediator the class teacher "
                    "can take on this role, but then some of their other duties "
                    "should be reduced."
                ),
            },
            "es": {
                "title": "Una llamada a la familia al segundo día de ausencia",
                "summary": (
                    "Cada mañana los mediadores educativos gitanos de nuestro centro "
                    "revisan las faltas en el registro electrónico y llaman a la "
                    "familia en cuanto un alumno falta dos días seguidos sin "
                    "justificar. Si la llamada no basta, el mediador y el tutor "
                    "visitan el domicilio. En dos años las faltas injustificadas del "
                    "alumnado gitano bajaron del 18% al 11%."
                ),
            },
            "bg": {
                "title": "Обаждане до семейството на втория ден отсъствие",
                "summary": (
                    "Всяка сутрин ромските образователни медиатори в нашето училище "
                    "проверяват отсъствията в електронния дневник и се обаждат на "
                    "семейството веднага щом ученик отсъства два поредни дни без "
                    "причина. Ако разговорът не помогне, медиаторът и класният "
                    "ръководител посещават дома. За две години неизвинените "
                    "отсъствия на ромските ученици намаляха от 18% на 11%."
                ),
            },
        },
    },
    {
        "slug": "zanimalnya-za-domashni-s-mestno-sdruzhenie",
        "author": "yordanka.kirilova@demo.siehub.eu",
        "organisation": "ou-hristo-botev-kyustendil",
        "country": "BG",
        "original_language": "bg",
        "status": "published",
        "days_ago": 390,
        "featured": True,
        "target_groups": ["roma", "socio-economic"],
        "measure_types": ["prevention", "intervention"],
        "areas": ["support-to-learners", "stakeholders-involvement"],
        "education_levels": ["isced-1", "isced-2"],
        "evidence_level": "monitored",
        "scale": "school",
        "duration": "Цялата учебна година, от понеделник до четвъртък следобед",
        "keywords": "занималня, домашни работи, НПО, доброволци, ромски ученици",
        "text": {
            "bg": {
                "title": "Занималня за домашни работи съвместно с местно сдружение",
                "summary": (
                    "Четири следобеда седмично учениците от ромския квартал пишат "
                    "домашните си в занималня, която организирахме заедно с местно "
                    "сдружение. Помагат учители от училището, студенти доброволци и "
                    "младежи от квартала, а децата получават и закуска. За две "
                    "години делът на учениците със слаби оценки по български език и "
                    "математика намаля почти наполовина."
                ),
                "context": (
                    "В нашето училище учат около 350 ученици, като над две трети са "
                    "от ромския квартал на града. Повечето родители са с начално "
                    "образование или без образование и не могат да помагат на децата "
                    "си с уроците. Много семейства живеят в едно или две помещения, "
                    "където няма спокойно място за учене.\n"
                    "\n"
                    "Всяка сутрин учителите установяваха, че голяма част от "
                    "учениците не са написали домашните си. Децата се срамуваха, "
                    "избягваха първия час или изобщо не идваха. Целодневната "
                    "организация обхващаше само началните класове, а за учениците от "
                    "5. до 7. клас следобед нямаше никаква подкрепа."
                ),
                "objectives": (
                    "- Всеки ученик от 2. до 7. клас, който има нужда, да има "
                    "спокойно място и помощ за домашните.\n"
                    "- Да намалее броят на учениците със слаби оценки по български "
                    "език и математика.\n"
                    "- Да намалеят отсъствията от първите часове, свързани с "
                    "ненаписани домашни.\n"
                    "- Да привлечем младежи от квартала като помощници и положителен "
                    "пример за по-малките.\n"
                    "- Да изградим трайно партньорство с местното сдружение, което "
                    "да продължи и след края на проекта."
                ),
                "activities": (
                    "Занималнята работи от понеделник до четвъртък от 14:00 до 16:30 "
                    "ч. в две класни стаи и в библиотеката. Децата са разделени в "
                    "малки групи по възраст. Всяка група се води от учител или "
                    "студент доброволец, а младежи от квартала, които са завършили "
                    "или завършват средно образование, помагат на по-малките с "
                    "четенето.\n"
                    "\n"
                    "Всеки следобед започва със закуска, след това има час за "
                    "домашни и накрая половин час игри или четене на глас. Класните "
                    "ръководители записват в обща тетрадка какво трябва да упражнят "
                    "отделни ученици.\n"
                    "\n"
                    "Сдружението набира и обучава доброволците, а училището "
                    "осигурява стаите, учителите и връзката с родителите чрез "
                    "образователния медиатор."
                ),
                "resources": (
                    "- Двама учители от училището с по 6 часа седмично, платени по "
                    "национална програма, и образователният медиатор.\n"
                    "- Осем до десет студенти доброволци и четирима младежи от "
                    "квартала, с които сдружението сключва договор за "
                    "доброволчество.\n"
                    "- Закуска за около 60 деца, осигурена от сдружението чрез "
                    "дарения (около 3000 лв. годишно).\n"
                    "- Две класни стаи, библиотеката и учебни помагала.\n"
                    "- Кратко обучение на доброволците в началото на годината: "
                    "работа с деца, правилата в училище, закрила на детето."
                ),
                "results": (
                    "През учебната 2021/2022 година занималнята посещаваха редовно "
                    "58 ученици, а през 2022/2023 – 64. Делът на учениците от 2. до "
                    "7. клас със слаба годишна оценка по български език или "
                    "математика намаля от 27% на 15% за две години.\n"
                    "\n"
                    "Учителите отчитат, че почти всички редовно посещаващи ученици "
                    "вече идват с написани домашни, а отсъствията им от първия час "
                    "намаляха с около една трета. Трима от младежите помощници се "
                    "записаха в професионална гимназия и казват, че искат да станат "
                    "учители или възпитатели. Данните събираме от електронния "
                    "дневник и от присъствените списъци на занималнята."
                ),
                "transferability": (
                    "Такава занималня може да се организира във всяко училище, което "
                    "има партньор в общността и няколко учители, готови да работят "
                    "следобед. Най-трудно е да се осигури устойчиво финансиране за "
                    "закуската и за часовете на учителите; ние съчетаваме национална "
                    "програма и дарения.\n"
                    "\n"
                    "Младежите от квартала са най-ценният ресурс: децата ги слушат и "
                    "им подражават. Препоръчваме доброволците да получат ясни "
                    "правила и кратко обучение и всеки ученик да има един постоянен "
                    "човек, към когото да се обръща."
                ),
            },
            "en": {
                "title": "Homework club run together with a local association",
                "summary": (
                    "Four afternoons a week, pupils from the Roma neighbourhood do "
                    "their homework in a club that we set up together with a local "
                    "association. Teachers from the school, student volunteers and "
                    "young people from the neighbourhood help, and the children get "
                    "a snack. In two years the share of pupils with failing marks in "
                    "Bulgarian and mathematics fell by almost half."
                ),
                "context": (
                    "About 350 pupils attend our school, and over two thirds come "
                    "from the town's Roma neighbourhood. Most parents have only "
                    "primary education or none, and cannot help their children with "
                    "lessons. Many families live in one or two rooms with no quiet "
                    "place to study.\n"
                    "\n"
                    "Every morning teachers found that many pupils had not done "
                    "their homework. The children felt ashamed, avoided the first "
                    "lesson or did not come at all. The full-day school programme "
                    "covered only the primary grades, and there was no afternoon "
                    "support at all for pupils in grades 5 to 7."
                ),
                "objectives": (
                    "- Every pupil in grades 2 to 7 who needs it has a quiet place "
                    "and help with homework.\n"
                    "- Fewer pupils have failing marks in Bulgarian and mathematics.\n"
                    "- Fewer absences from first lessons linked to unfinished "
                    "homework.\n"
                    "- Young people from the neighbourhood take part as helpers and "
                    "positive role models for the younger ones.\n"
                    "- A lasting partnership with the local association that "
                    "continues after the project ends."
                ),
                "activities": (
                    "The club runs Monday to Thursday from 14:00 to 16:30 in two "
                    "classrooms and the library. Children work in small groups by "
                    "age. Each group is led by a teacher or a student volunteer, and "
                    "young people from the neighbourhood who have finished or are "
                    "finishing secondary school help the younger ones with reading.\n"
                    "\n"
                    "Each afternoon starts with a snack, followed by an hour of "
                    "homework and half an hour of games or reading aloud. Class "
                    "teachers write in a shared notebook what individual pupils need "
                    "to practise.\n"
                    "\n"
                    "The association recruits and trains the volunteers, while the "
                    "school provides the rooms, the teachers and the link with "
                    "parents through the educational mediator."
                ),
                "resources": (
                    "- Two teachers from the school, 6 hours a week each, paid "
                    "through a national programme, and the educational mediator.\n"
                    "- Eight to ten student volunteers and four young people from "
                    "the neighbourhood, with volunteering agreements signed by the "
                    "association.\n"
                    "- A snack for about 60 children, provided by the association "
                    "from donations (about 3,000 leva a year).\n"
                    "- Two classrooms, the library and learning materials.\n"
                    "- A short training for volunteers at the start of the year: "
                    "working with children, school rules, child protection."
                ),
                "results": (
                    "In 2021/2022, 58 pupils attended the club regularly, and 64 in "
                    "2022/2023. The share of pupils in grades 2 to 7 with a failing "
                    "end-of-year mark in Bulgarian or mathematics fell from 27% to "
                    "15% in two years.\n"
                    "\n"
                    "Teachers report that almost all regular attendees now arrive "
                    "with their homework done, and their absences from the first "
                    "lesson fell by about a third. Three of the young helpers "
                    "enrolled in a vocational secondary school and say they want to "
                    "become teachers or educators. We collect the data from the "
                    "electronic register and the club's attendance lists."
                ),
                "transferability": (
                    "A homework club can be organised in any school that has a "
                    "community partner and a few teachers willing to work in the "
                    "afternoon. The hardest part is sustainable funding for the "
                    "snack and the teachers' hours; we combine a national programme "
                    "and donations.\n"
                    "\n"
                    "The young people from the neighbourhood are the most valuable "
                    "resource: the children listen to them and imitate them. We "
                    "recommend giving volunteers clear rules and a short training, "
                    "and making sure that each pupil has one regular person to turn "
                    "to."
                ),
            },
        },
    },
    {
        "slug": "inclusive-classroom-management-training-pelagonia",
        "author": "goran.nikolovski@demo.siehub.eu",
        "organisation": "evropsko-gragjanstvo-akcija",
        "country": "MK",
        "original_language": "en",
        "status": "published",
        "days_ago": 360,
        "featured": False,
        "target_groups": ["all-pupils", "roma", "sen"],
        "measure_types": ["prevention"],
        "areas": ["teachers", "school-governance"],
        "education_levels": ["isced-1", "isced-2"],
        "evidence_level": "evaluated",
        "scale": "region",
        "duration": (
            "Five training days over one school year, with classroom visits in between"
        ),
        "keywords": (
            "teacher training, inclusive classroom management, positive "
            "discipline, peer observation, Roma pupils"
        ),
        "text": {
            "en": {
                "title": (
                    "Inclusive classroom management: a course for teachers in the "
                    "Pelagonia region"
                ),
                "summary": (
                    "A five-day course spread over a school year for teachers from "
                    "six primary schools in the Pelagonia region. Teachers practise "
                    "routines, positive discipline, cooperative group work and "
                    "respectful communication with Roma families, try them out in "
                    "their own classes and discuss the results with a trainer and "
                    "colleagues who visit their lessons. The number of pupils sent "
                    "out of lessons fell by about a third."
                ),
                "context": (
                    "Teachers in the primary schools of our region often told us "
                    "that they felt unprepared for classes where pupils have very "
                    "different levels of language, prior schooling and support at "
                    "home. Several schools had a growing share of Roma pupils and "
                    "pupils with learning difficulties, and some teachers responded "
                    "to disruption mainly by sending pupils out of the classroom or "
                    "lowering their behaviour marks.\n"
                    "\n"
                    "Pupils who are sent out again and again miss lessons, fall "
                    "behind and disengage. Initial teacher education in North "
                    "Macedonia offers little practical preparation in inclusive "
                    "classroom management, and one-day seminars had changed little "
                    "in practice."
                ),
                "objectives": (
                    "- Give teachers practical tools to prevent disruption: clear "
                    "routines, positive feedback, seating plans, cooperative "
                    "learning.\n"
                    "- Reduce the number of times pupils are sent out of lessons or "
                    "receive formal sanctions.\n"
                    "- Help teachers communicate respectfully with Roma parents and "
                    "with parents of pupils with special educational needs.\n"
                    "- Build small groups of teachers in each school who keep "
                    "supporting each other after the course.\n"
                    "- Involve headteachers, so that the changes become part of each "
                    "school's annual plan."
                ),
                "activities": (
                    "The course has five full training days between October and May, "
                    "about six weeks apart. Each day combines short input, "
                    "modelling, role play and planning. Topics: routines and the "
                    "first minutes of a lesson; positive discipline and responding "
                    "to disruption; cooperative group work in mixed-ability classes; "
                    "adapting tasks for pupils with learning difficulties; "
                    "communication with families.\n"
                    "\n"
                    "Between the training days each teacher tries out one strategy "
                    "in a class and keeps a short log. A trainer or a colleague "
                    "observes one lesson and gives feedback using a simple "
                    "checklist. Headteachers join the first and last day and agree "
                    "with their teams on one school-wide change, such as a common "
                    "set of classroom rules."
                ),
                "resources": (
                    "- Two trainers from our organisation and a school psychologist "
                    "as co-trainer.\n"
                    "- Five training days for 24 to 30 teachers per cohort, held in "
                    "a school in Bitola, with travel costs for teachers from other "
                    "towns.\n"
                    "- A trainer's handbook and a teacher's workbook in Macedonian, "
                    "written by the team.\n"
                    "- Time for peer observation agreed with headteachers (about "
                    "four hours per teacher per year).\n"
                    "- A short questionnaire for teachers, and the schools' records "
                    "of pupils sent out of lessons and of disciplinary measures."
                ),
                "results": (
                    "Between 2021 and 2023, 54 teachers from six schools completed "
                    "the course. In the schools' records, the number of times pupils "
                    "were sent out of lessons in the participants' classes fell by "
                    "about a third between the first and the second term (from 212 "
                    "to 139 recorded cases).\n"
                    "\n"
                    "In the end-of-course questionnaire, 47 of the 54 teachers said "
                    "they regularly use at least two new strategies. Four schools "
                    "adopted common classroom rules. Our team's internal evaluation "
                    "compared the records with the previous school year; there was "
                    "no control group, so part of the change may have other causes."
                ),
                "transferability": (
                    "Any training organisation, or a group of schools with an "
                    "experienced trainer, can run the course. What made the "
                    "difference for us was the time between the training days and "
                    "the classroom visits: teachers tried things out and came back "
                    "with real questions.\n"
                    "\n"
                    "The content is not specific to North Macedonia; we discussed it "
                    "with our Bulgarian and Spanish partners at the SIE HUB+ "
                    "training in Madrid. Schools should agree in advance how peer "
                    "observation will be organised and make it clear that it is "
                    "support, not inspection."
                ),
            },
            "mk": {
                "title": (
                    "Инклузивно водење на паралелката: обука за наставници од "
                    "Пелагонискиот регион"
                ),
                "summary": (
                    "Петдневна обука распоредена во текот на една учебна година за "
                    "наставници од шест основни училишта во Пелагонискиот регион. "
                    "Наставниците вежбаат рутини, позитивна дисциплина, работа во "
                    "групи и комуникација со ромските семејства заснована на почит, "
                    "ги пробуваат во своите паралелки и за резултатите разговараат "
                    "со обучувач и колеги што ги посетуваат нивните часови. Бројот "
                    "на ученици отстранети од час се намали за околу една третина."
                ),
                "context": (
                    "Наставниците во основните училишта од нашиот регион често ни "
                    "кажуваа дека не се чувствуваат подготвени за паралелки во кои "
                    "учениците многу се разликуваат по познавањето на јазикот, по "
                    "претходното школување и по поддршката што ја имаат дома. Во "
                    "неколку училишта растеше бројот на ромски ученици и на ученици "
                    "со тешкотии во учењето, а некои наставници на нарушувањето на "
                    "часот реагираа главно така што ги отстрануваа учениците од "
                    "училницата или им ја намалуваа оценката по поведение.\n"
                    "\n"
                    "Учениците што постојано ги отстрануваат од час пропуштаат "
                    "настава, заостануваат и губат интерес. Иницијалното образование "
                    "на наставниците во Северна Македонија дава малку практична "
                    "подготовка за инклузивно водење на паралелката, а еднодневните "
                    "семинари малку променија во практиката."
                ),
                "objectives": (
                    "- Наставниците да добијат практични алатки за спречување на "
                    "нарушувањата на часот: јасни рутини, позитивна повратна "
                    "информација, распоред на седење, кооперативно учење.\n"
                    "- Да се намали бројот на случаи кога учениците се отстрануваат "
                    "од час или им се изрекуваат педагошки мерки.\n"
                    "- Да им помогнеме на наставниците да комуницираат со почит со "
                    "ромските родители и со родителите на ученици со посебни "
                    "образовни потреби.\n"
                    "- Во секое училиште да се формираат мали групи наставници што "
                    "ќе продолжат меѓусебно да се поддржуваат и по обуката.\n"
                    "- Да се вклучат директорите, за промените да станат дел од "
                    "годишната програма за работа на секое училиште."
                ),
                "activities": (
                    "Обуката има пет цели дена помеѓу октомври и мај, на растојание "
                    "од околу шест недели. Секој ден комбинира кратко излагање, "
                    "демонстрација, играње улоги и планирање. Теми: рутини и првите "
                    "минути од часот; позитивна дисциплина и реагирање на "
                    "нарушувањата; кооперативна работа во групи во паралелки со "
                    "ученици со различни можности; прилагодување на задачите за "
                    "ученици со тешкотии во учењето; комуникација со семејствата.\n"
                    "\n"
                    "Меѓу деновите на обуката секој наставник пробува по една "
                    "стратегија во една паралелка и води кратки белешки. Обучувач "
                    "или колега набљудува еден час и дава повратна информација "
                    "според едноставна листа за проверка. Директорите учествуваат "
                    "првиот и последниот ден и со своите тимови се договараат за "
                    "една промена на ниво на целото училиште, на пример заеднички "
                    "правила во училницата."
                ),
                "resources": (
                    "- Двајца обучувачи од нашата организација и училишен психолог "
                    "како кообучувач.\n"
                    "- Пет дена обука за по 24 до 30 наставници во група, во едно "
                    "училиште во Битола, со патни трошоци за наставниците од други "
                    "градови.\n"
                    "- Прирачник за обучувачи и работна тетратка за наставници на "
                    "македонски јазик, подготвени од тимот.\n"
                    "- Време за меѓусебно набљудување на часовите, договорено со "
                    "директорите (околу четири часа по наставник годишно).\n"
                    "- Краток прашалник за наставниците и евиденцијата на училиштата "
                    "за ученици отстранети од час и за изречени педагошки мерки."
                ),
                "results": (
                    "Од 2021 до 2023 година обуката ја завршија 54 наставници од "
                    "шест училишта. Според евиденцијата на училиштата, бројот на "
                    "случаи кога учениците биле отстранети од час во паралелките на "
                    "учесниците се намали за околу една третина меѓу првото и "
                    "второто полугодие (од 212 на 139 евидентирани случаи).\n"
                    "\n"
                    "Во прашалникот на крајот од обуката, 47 од 54-те наставници "
                    "изјавија дека редовно користат најмалку две нови стратегии. "
                    "Четири училишта воведоа заеднички правила во училницата. Во "
                    "внатрешната евалуација нашиот тим ја спореди евиденцијата со "
                    "претходната учебна година; немаше контролна група, па дел од "
                    "промената може да има и други причини."
                ),
                "transferability": (
                    "Обуката може да ја спроведе секоја организација што нуди обуки "
                    "или група училишта што има искусен обучувач. Кај нас разликата "
                    "ја направија времето меѓу деновите на обуката и посетите на "
                    "часовите: наставниците пробуваа нешта во практиката и се враќаа "
                    "со вистински прашања.\n"
                    "\n"
                    "Содржината не е врзана само за Северна Македонија; разговаравме "
                    "за неа со нашите партнери од Бугарија и Шпанија на обуката на "
                    "SIE HUB+ во Мадрид. Училиштата треба однапред да се договорат "
                    "како ќе се организира меѓусебното набљудување на часовите и "
                    "јасно да кажат дека тоа е поддршка, а не инспекција."
                ),
            },
            "bg": {
                "title": (
                    "Приобщаващо управление на класа: курс за учители от Пелагонийския "
                    "регион"
                ),
                "summary": (
                    "Петдневен курс, разпределен в рамките на една учебна година, за "
                    "учители от шест основни училища в Пелагонийския регион. Учителите "
                    "упражняват рутини, позитивна дисциплина, работа в групи и "
                    "общуване с ромските семейства, основано на уважение, изпробват ги "
                    "в своите класове и обсъждат резултатите с обучител и колеги, "
                    "които посещават часовете им. Броят на учениците, изведени от час, "
                    "намаля с около една трета."
                ),
                "context": (
                    "Учителите в основните училища в нашия регион често ни казваха, "
                    "че не се чувстват подготвени за класове, в които учениците се "
                    "различават много по владеенето на езика, по предишното си "
                    "обучение и по подкрепата, която имат у дома. В няколко училища "
                    "делът на ромските ученици и на учениците с обучителни "
                    "затруднения растеше, а някои учители реагираха на нарушенията в "
                    "час главно като извеждаха учениците от класната стая или им "
                    "намаляваха оценката за поведение.\n"
                    "\n"
                    "Учениците, които отново и отново биват извеждани от час, "
                    "пропускат уроци, изостават и губят интерес. Първоначалната "
                    "подготовка на учителите в Северна Македония дава малко "
                    "практически умения за приобщаващо управление на класа, а "
                    "еднодневните семинари бяха променили малко в практиката."
                ),
                "objectives": (
                    "- Учителите да получат практически инструменти за "
                    "предотвратяване на нарушенията в час: ясни рутини, положителна "
                    "обратна връзка, разпределение на местата, учене в "
                    "сътрудничество.\n"
                    "- Да намалее броят на случаите, в които учениците биват "
                    "извеждани от час или им се налагат наказания.\n"
                    "- Да помогнем на учителите да общуват с уважение с ромските "
                    "родители и с родителите на ученици със специални образователни "
                    "потребности.\n"
                    "- Във всяко училище да се изградят малки групи учители, които "
                    "продължават да се подкрепят взаимно и след курса.\n"
                    "- Да се включат директорите, за да станат промените част от "
                    "годишния план на всяко училище."
                ),
                "activities": (
                    "Курсът включва пет пълни дни обучение между октомври и май, "
                    "през около шест седмици. Всеки ден съчетава кратко представяне "
                    "на темата, демонстрация, ролеви игри и планиране. Теми: рутини "
                    "и първите минути от урока; позитивна дисциплина и реагиране при "
                    "нарушения; съвместна работа в групи в класове с ученици с "
                    "различни възможности; адаптиране на задачите за ученици с "
                    "обучителни затруднения; общуване със семействата.\n"
                    "\n"
                    "Между дните на обучение всеки учител изпробва една стратегия в "
                    "един от своите класове и води кратък дневник. Обучител или "
                    "колега наблюдава един урок и дава обратна връзка по прост "
                    "контролен списък. Директорите участват в първия и последния ден "
                    "и се договарят с екипите си за една промяна в цялото училище, "
                    "например общи правила в класната стая."
                ),
                "resources": (
                    "- Двама обучители от нашата организация и училищен психолог "
                    "като съобучител.\n"
                    "- Пет дни обучение за по 24 до 30 учители в група, в училище в "
                    "Битола, с пътни разходи за учителите от други градове.\n"
                    "- Наръчник за обучителя и работна тетрадка за учителя на "
                    "македонски език, написани от екипа.\n"
                    "- Време за взаимно наблюдение на уроци, договорено с "
                    "директорите (около четири часа на учител годишно).\n"
                    "- Кратка анкета за учителите и записите на училищата за "
                    "изведени от час ученици и за наложени дисциплинарни мерки."
                ),
                "results": (
                    "Между 2021 и 2023 година курса завършиха 54 учители от шест "
                    "училища. Според записите на училищата броят на случаите, в "
                    "които ученици са били извеждани от час в класовете на "
                    "участниците, намаля с около една трета между първия и втория "
                    "срок (от 212 на 139 отбелязани случая).\n"
                    "\n"
                    "В анкетата в края на курса 47 от 54-мата учители посочиха, че "
                    "редовно използват поне две нови стратегии. Четири училища "
                    "въведоха общи правила в класната стая. При вътрешната оценка "
                    "нашият екип сравни записите с предходната учебна година; нямаше "
                    "контролна група, така че част от промяната може да се дължи и "
                    "на други причини."
                ),
                "transferability": (
                    "Курсът може да се проведе от всяка обучителна организация или "
                    "от група училища с опитен обучител. За нас разликата направиха "
                    "времето между дните на обучение и посещенията в часовете: "
                    "учителите изпробваха нещата на практика и се връщаха с истински "
                    "въпроси.\n"
                    "\n"
                    "Съдържанието не е свързано само със Северна Македония; "
                    "обсъдихме го с партньорите ни от България и Испания на "
                    "обучението по SIE HUB+ в Мадрид. Училищата трябва предварително "
                    "да се договорят как ще се организира взаимното наблюдение на "
                    "уроци и да стане ясно, че то е подкрепа, а не проверка."
                ),
            },
        },
    },
    {
        "slug": "vtori-shans-osnovno-obrazovanie-mladezhi",
        "author": "partner@demo.siehub.eu",
        "organisation": "ceicsem-sofia",
        "country": "BG",
        "original_language": "bg",
        "status": "published",
        "days_ago": 330,
        "featured": False,
        "target_groups": ["roma", "socio-economic"],
        "measure_types": ["compensation"],
        "areas": ["stakeholders-involvement", "support-to-learners"],
        "education_levels": ["isced-2", "isced-4"],
        "evidence_level": "externally-evaluated",
        "scale": "region",
        "duration": "Две учебни години (2021–2023), вечерни занятия три пъти седмично",
        "keywords": (
            "втори шанс, отпаднали младежи, вечерна форма, наставничество, "
            "професионално обучение"
        ),
        "text": {
            "bg": {
                "title": (
                    "Втори шанс: завършване на основно образование за младежи над 16 "
                    "години"
                ),
                "summary": (
                    "Съвместно с училища в Сливен и Пазарджик Центърът организира "
                    "вечерни занятия за младежи между 16 и 25 години, напуснали "
                    "училище, за да завършат основно образование и да придобият "
                    "професионална квалификация. Обучението съчетава модулно "
                    "преподаване, наставник за всеки участник и кратък курс по "
                    "професия. От 96 записани младежи 61 завършиха поне един етап."
                ),
                "context": (
                    "По данни на регионалните управления на образованието в Сливен и "
                    "Пазарджик стотици млади хора между 16 и 25 години нямат "
                    "завършено основно образование, като голяма част от тях са роми. "
                    "Повечето са напуснали училище в прогимназиален етап заради "
                    "ранен брак, работа или заминаване на семейството в чужбина. Без "
                    "основно образование те не могат да се запишат на курс за "
                    "професионална квалификация и трудно намират постоянна работа.\n"
                    "\n"
                    "Самостоятелната форма на обучение изисква сами да се подготвят "
                    "за изпитите, което за повечето е непосилно. Много от тях имат "
                    "деца и работят през деня."
                ),
                "objectives": (
                    "- Младежите да завършат начален или прогимназиален етап в "
                    "удобна за тях форма на обучение.\n"
                    "- Да придобият първа степен на професионална квалификация или "
                    "квалификация по част от професия.\n"
                    "- Всеки участник да има наставник, който да го подкрепя при "
                    "трудности.\n"
                    "- Да се изгради модел, който училищата да продължат със "
                    "собствени средства.\n"
                    "- Резултатите да бъдат оценени независимо, за да се използват "
                    "при разработването на национални политики."
                ),
                "activities": (
                    "Двете партньорски училища организират вечерна форма на обучение "
                    "три пъти седмично от 17:30 до 20:30 ч. Учебното съдържание е "
                    "разделено на модули, всеки от които завършва с изпит, и "
                    "участниците могат да започнат по всяко време на годината.\n"
                    "\n"
                    "Всеки участник има наставник – учител или образователен "
                    "медиатор, – който се среща с него поне веднъж на две седмици и "
                    "му се обажда, когато отсъства. През втората година участниците, "
                    "завършили прогимназиален етап, преминават курс по професия "
                    "(помощник-готвач, работник в строителството, "
                    "помощник-възпитател) в лицензиран център за професионално "
                    "обучение.\n"
                    "\n"
                    "Центърът координира проекта, обучава учителите за работа с "
                    "възрастни и поддържа обща база данни за напредъка."
                ),
                "resources": (
                    "- Финансиране по проект на Центъра (около 180 000 лв. за две "
                    "години), включително възнагражденията на учителите и "
                    "наставниците.\n"
                    "- Учители от двете училища, обучени за работа с възрастни учащи "
                    "(двудневно обучение в началото).\n"
                    "- Образователни медиатори, които търсят и записват участниците "
                    "в кварталите.\n"
                    "- Договор с център за професионално обучение.\n"
                    "- Помощ за транспорт и занималня за децата на участниците по "
                    "време на занятията.\n"
                    "- Независима оценка от изследователски екип на университет."
                ),
                "results": (
                    "В програмата се записаха 96 младежи, 58 от тях жени. За две "
                    "години 61 участници завършиха поне един етап (начален или "
                    "прогимназиален), а 34 получиха свидетелство за професионална "
                    "квалификация.\n"
                    "\n"
                    "Независимата оценка, направена от университетски екип чрез "
                    "интервюта и сравнение с данни за младежи от същите квартали, "
                    "показа, че участниците значително по-често продължават "
                    "образованието си или намират работа. Оценката посочва "
                    "наставничеството и занималнята за децата като най-важните "
                    "фактори. Около една трета от участниците прекъснаха, най-често "
                    "заради работа в чужбина."
                ),
                "transferability": (
                    "Моделът може да се приложи във всяко училище с вечерна форма на "
                    "обучение, но изисква финансиране за наставниците и за грижата "
                    "за децата, без които много младежи, особено младите майки, не "
                    "биха могли да участват.\n"
                    "\n"
                    "След края на проекта едното училище продължи вечерните "
                    "паралелки по национална програма. Препоръчваме от самото начало "
                    "да се търси партньорство с бюрото по труда и с общината, за да "
                    "се осигури устойчивост."
                ),
            },
            "en": {
                "title": (
                    "Second chance: completing basic education for young people over 16"
                ),
                "summary": (
                    "Together with schools in Sliven and Pazardzhik, the Centre "
                    "organises evening classes for young people aged 16 to 25 who "
                    "have left school, so that they can complete basic education and "
                    "gain a vocational qualification. The programme combines modular "
                    "teaching, a mentor for every participant and a short vocational "
                    "course. Of the 96 young people enrolled, 61 completed at least "
                    "one stage."
                ),
            },
        },
    },
    {
        "slug": "letno-uchilishte-romski-devojchinja",
        "author": "teacher@demo.siehub.eu",
        "organisation": "oou-goce-delchev-bitola",
        "country": "MK",
        "original_language": "mk",
        "status": "published",
        "days_ago": 300,
        "featured": False,
        "target_groups": ["roma", "socio-economic"],
        "measure_types": ["prevention"],
        "areas": ["support-to-learners", "parental-involvement"],
        "education_levels": ["isced-1", "isced-2"],
        "evidence_level": "evaluated",
        "scale": "school",
        "duration": "Три недели во јули, летата 2022 и 2023",
        "keywords": (
            "летно училиште, ромски девојчиња, премин во предметна настава, "
            "позитивни примери"
        ),
        "text": {
            "mk": {
                "title": "Летно училиште за ромските девојчиња пред шесто одделение",
                "summary": (
                    "Секое лето организираме тринеделно летно училиште за ромските "
                    "девојчиња што го завршиле петто одделение. Преку работилници, "
                    "посети и средби со жени од заедницата што завршиле средно и "
                    "високо образование, девојчињата ги запознаваат предметните "
                    "наставници и се подготвуваат за предметната настава, кога многу "
                    "од нив порано почнуваа да изостануваат."
                ),
                "context": (
                    "Во нашето училиште забележавме дека по петто одделение, кога "
                    "учениците преминуваат од одделенска во предметна настава, многу "
                    "ромски девојчиња почнуваат да изостануваат. Во учебната "
                    "2020/2021 присуството на ромските девојчиња во шесто одделение "
                    "беше за 15 процентни поени пониско отколку во петто.\n"
                    "\n"
                    "Родителите ни кажуваа дека се грижат за безбедноста на "
                    "девојчињата, дека им требаат дома да ги чуваат помалите браќа и "
                    "сестри и дека не гледаат смисла од понатамошното школување. "
                    "Самите девојчиња се чувствуваа несигурно пред новите наставници "
                    "и поголемите барања."
                ),
                "objectives": (
                    "- Девојчињата да ги запознаат предметните наставници и "
                    "училниците уште пред почетокот на учебната година.\n"
                    "- Да ги зајакнат основните вештини по македонски јазик и "
                    "математика.\n"
                    "- Да сретнат жени од ромската заедница што завршиле училиште и "
                    "работат, како позитивен пример.\n"
                    "- Родителите да стекнат доверба во училиштето и да се договорат "
                    "со нас за редовното посетување на наставата.\n"
                    "- Присуството на девојчињата во шесто одделение да не опаѓа во "
                    "споредба со петто."
                ),
                "activities": (
                    "Летното училиште трае три недели во јули, од понеделник до "
                    "четврток, по четири часа дневно. Секој ден има по еден час "
                    "македонски јазик и математика преку игри, една работилница "
                    "(читање, цртање, драма, дигитални вештини) и заеднички појадок.\n"
                    "\n"
                    "Часовите наизменично ги водат предметните наставници што ќе "
                    "предаваат во шесто одделение, така што во септември девојчињата "
                    "веќе ги познаваат. Еднаш неделно гостува жена од заедницата: "
                    "медицинска сестра, учителка, трговка, студентка. Организираме и "
                    "посета на градската библиотека и на музејот.\n"
                    "\n"
                    "На почетокот и на крајот имаме средба со мајките, на која ги "
                    "покажуваме трудовите на девојчињата и зборуваме за плановите за "
                    "есента."
                ),
                "resources": (
                    "- Шест наставници што работат доброволно, секој по две-три "
                    "смени, и еден ромски медијатор.\n"
                    "- Мал грант од локална фондација за материјали и појадок (околу "
                    "60.000 денари за едно лето).\n"
                    "- Училница и компјутерски кабинет во училиштето.\n"
                    "- Превоз со општинско комбе за посетите.\n"
                    "- Бесплатен влез во музејот и библиотеката, договорен со тие "
                    "установи.\n"
                    "- Едноставен прашалник за девојчињата и родителите на почетокот "
                    "и на крајот."
                ),
                "results": (
                    "Во летното училиште учествуваа 17 девојчиња во 2022 и 21 во "
                    "2023 година. Присуството го споредивме со генерацијата пред "
                    "летното училиште: во 2020/2021 присуството паднало од 88% во "
                    "петто на 73% во шесто одделение, а кај учесничките во 2022/2023 "
                    "паднало само од 89% на 85%.\n"
                    "\n"
                    "Сите учеснички се запишаа во шесто одделение и до крајот на "
                    "годината ниедна не го напушти училиштето. Во прашалниците "
                    "девојчињата најчесто пишуваа дека веќе не се плашат од новите "
                    "наставници. Внатрешната евалуација ја направи стручната служба; "
                    "бројот на учеснички е мал и резултатите треба да се толкуваат "
                    "внимателно."
                ),
                "transferability": (
                    "Летното училиште не бара многу пари, но бара наставници "
                    "подготвени да одвојат дел од летото. Кај нас помогна тоа што ги "
                    "замоливме токму идните предметни наставници, а не кои било "
                    "волонтери.\n"
                    "\n"
                    "Истото може да се примени и кај момчињата или кај сите ученици "
                    "од ранливи групи при преминот во предметна настава. Важно е "
                    "родителите да бидат вклучени од почеток и да знаат кој ќе биде "
                    "со децата и каде ќе одат. Средбите со жени од заедницата беа "
                    "најсилниот дел и препорачуваме да се задржат."
                ),
            },
            "en": {
                "title": "Summer school for Roma girls before grade 6",
                "summary": (
                    "Every summer we run a three-week summer school for Roma girls "
                    "who have just finished grade 5. Through workshops, visits and "
                    "meetings with women from their community who completed "
                    "secondary and higher education, the girls get to know their "
                    "subject teachers and prepare for subject teaching, the stage at "
                    "which many of them used to start missing school."
                ),
            },
        },
    },
    {
        "slug": "desayunos-con-familias",
        "author": "maestra@demo.siehub.eu",
        "organisation": "ceip-antonio-machado-madrid",
        "country": "ES",
        "original_language": "es",
        "status": "published",
        "days_ago": 270,
        "featured": False,
        "target_groups": ["roma", "migrants-refugees", "socio-economic"],
        "measure_types": ["prevention"],
        "areas": ["parental-involvement", "stakeholders-involvement"],
        "education_levels": ["isced-0", "isced-1"],
        "evidence_level": "described",
        "scale": "school",
        "duration": "Todo el curso, un desayuno al mes",
        "keywords": (
            "familias, desayunos, participación, confianza, alumnado gitano, "
            "familias migrantes"
        ),
        "text": {
            "es": {
                "title": "Desayunos con familias: una mañana al mes en el colegio",
                "summary": (
                    "Un viernes al mes invitamos a las familias a desayunar en el "
                    "colegio después de la entrada. No es una reunión: hay café, "
                    "bizcochos que traen las propias familias y conversación con la "
                    "orientadora, la PTSC y los tutores. Poco a poco se han acercado "
                    "familias gitanas y migrantes que antes nunca entraban en el "
                    "centro, y ahora acuden más a las tutorías."
                ),
                "context": (
                    "Nuestro colegio tiene unos 450 alumnos. Alrededor del 40% "
                    "procede de familias en situación vulnerable, entre ellas "
                    "familias gitanas del barrio y familias migrantes de América "
                    "Latina, Marruecos y Rumanía. Muchas familias solo venían al "
                    "colegio cuando se las llamaba por un problema.\n"
                    "\n"
                    "A las reuniones generales de principio de curso asistían muy "
                    "pocas familias, y casi siempre las mismas. Algunas madres nos "
                    "contaron que se sentían juzgadas o que no entendían lo que se "
                    "decía."
                ),
                "objectives": (
                    "- Crear un espacio informal y agradable en el que las familias "
                    "se sientan bienvenidas.\n"
                    "- Conocer a las familias que no suelen venir al colegio y "
                    "escuchar sus preocupaciones.\n"
                    "- Informar de forma sencilla sobre becas de comedor, "
                    "actividades y servicios del barrio.\n"
                    "- Mejorar la asistencia a las tutorías individuales y la "
                    "comunicación con los tutores."
                ),
                "activities": (
                    "El segundo viernes de cada mes, de 9:00 a 10:00, abrimos el "
                    "comedor para desayunar con las familias de infantil y primaria. "
                    "La PTSC y los tutores recuerdan la invitación a la salida del "
                    "colegio y por mensaje, en castellano y, cuando hace falta, en "
                    "árabe y rumano con la ayuda de otras madres.\n"
                    "\n"
                    "Cada desayuno tiene un tema breve propuesto por las familias o "
                    "por el centro: cómo pedir la beca de comedor, el sueño y las "
                    "pantallas, cómo es la ESO, los recursos del centro de salud o "
                    "de servicios sociales. A veces invitamos a una técnica "
                    "municipal o a una mediadora de una asociación gitana del "
                    "barrio. El resto del tiempo es charla libre."
                ),
                "resources": (
                    "- La orientadora, la PTSC y los tutores que pueden acudir, unas "
                    "dos horas al mes contando la preparación.\n"
                    "- El comedor escolar a primera hora, con el permiso de la "
                    "empresa de comedor.\n"
                    "- Café, leche y zumo pagados por el AMPA (unos 30 euros al "
                    "mes); los bizcochos los traen las familias.\n"
                    "- Colaboración puntual de los servicios sociales municipales y "
                    "de una asociación gitana del barrio."
                ),
                "results": (
                    "Durante el curso 2022/2023 organizamos ocho desayunos, con una "
                    "media de 25 familias; unas 15 de ellas nunca habían acudido a "
                    "una reunión general. La asistencia a las tutorías individuales "
                    "del segundo trimestre pasó del 55% al 70% de las familias.\n"
                    "\n"
                    "Varias familias pidieron la beca de comedor por primera vez "
                    "después del desayuno en el que se explicó el trámite. No hemos "
                    "medido el efecto sobre el absentismo; esta práctica se basa en "
                    "nuestra experiencia y en lo que nos cuentan las familias y el "
                    "profesorado."
                ),
                "transferability": (
                    "Es una práctica muy fácil de trasladar: basta con un espacio, "
                    "algo de desayuno y un equipo con ganas. Lo más importante es el "
                    "tono: nadie debe sentirse examinado, y no se trata de dar "
                    "charlas largas.\n"
                    "\n"
                    "Recomendamos invitar en persona, no solo por escrito, y contar "
                    "con madres o padres que hagan de enlace con otras familias de "
                    "su comunidad. Conviene mantener una fecha fija para que se "
                    "convierta en costumbre."
                ),
            },
            "en": {
                "title": "Breakfast with families: one morning a month at school",
                "summary": (
                    "One Friday a month we invite families to breakfast at school "
                    "after the morning drop-off. It is not a meeting: there is "
                    "coffee, cakes brought by the families themselves and "
                    "conversation with the counsellor, the community services "
                    "teacher and the class teachers. Little by little, Roma and "
                    "migrant families who never used to come into the school have "
                    "joined, and they now come to individual meetings with teachers "
                    "more often."
                ),
            },
            "mk": {
                "title": "Појадок со семејствата: едно утро месечно во училиштето",
                "summary": (
                    "Еден петок во месецот ги покануваме семејствата на појадок во "
                    "училиштето, откако децата ќе влезат на час. Тоа не е родителска "
                    "средба: има кафе, колачи што ги носат самите семејства и разговор "
                    "со педагогот, социјалната работничка и класните раководители. "
                    "Малку по малку почнаа да доаѓаат ромски и мигрантски семејства "
                    "што порано никогаш не влегувале во училиштето, а сега почесто "
                    "доаѓаат и на разговорите со наставниците."
                ),
                "context": (
                    "Нашето училиште има околу 450 ученици. Околу 40% од нив доаѓаат "
                    "од социјално загрозени семејства, меѓу кои ромски семејства од "
                    "населбата и мигрантски семејства од Латинска Америка, Мароко и "
                    "Романија. Многу семејства доаѓаа во училиштето само кога ќе ги "
                    "повикавме поради некој проблем.\n"
                    "\n"
                    "На општите родителски средби на почетокот на учебната година "
                    "доаѓаа многу малку семејства, и речиси секогаш истите. Некои "
                    "мајки ни кажаа дека се чувствувале осудувано или дека не "
                    "разбирале што се зборува."
                ),
                "objectives": (
                    "- Да создадеме неформален и пријатен простор во кој семејствата "
                    "ќе се чувствуваат добредојдени.\n"
                    "- Да ги запознаеме семејствата што обично не доаѓаат во "
                    "училиштето и да ги чуеме нивните грижи.\n"
                    "- На едноставен начин да ги информираме за помошта за "
                    "училишниот ручек, за активностите и за услугите во населбата.\n"
                    "- Повеќе семејства да доаѓаат на индивидуалните разговори со "
                    "класните раководители и да се подобри комуникацијата со нив."
                ),
                "activities": (
                    "Секој месец, во вториот петок, од 9:00 до 10:00 часот, ја "
                    "отвораме училишната трпезарија за појадок со семејствата на "
                    "децата од предучилишните групи и од основното училиште. "
                    "Социјалната работничка и класните раководители ги потсетуваат "
                    "семејствата на поканата кога ги земаат децата од училиште и "
                    "преку порака, на шпански и, кога е потребно, на арапски и "
                    "романски јазик, со помош од други мајки.\n"
                    "\n"
                    "Секој појадок има кратка тема што ја предлагаат семејствата или "
                    "училиштето: како се бара помош за училишниот ручек, спиењето и "
                    "екраните, како изгледа задолжителното средно образование (ESO), "
                    "услугите на здравствениот дом или на социјалните служби. "
                    "Понекогаш покануваме службеничка од општината или медијаторка "
                    "од ромско здружение од населбата. Остатокот од времето е "
                    "слободен разговор."
                ),
                "resources": (
                    "- Педагогот, социјалната работничка и класните раководители што "
                    "можат да дојдат, околу два часа месечно заедно со подготовката.\n"
                    "- Училишната трпезарија рано наутро, со дозвола од фирмата што "
                    "го подготвува ручекот.\n"
                    "- Кафе, млеко и сок што ги плаќа здружението на родители (околу "
                    "30 евра месечно); колачите ги носат семејствата.\n"
                    "- Повремена соработка со општинските социјални служби и со едно "
                    "ромско здружение од населбата."
                ),
                "results": (
                    "Во учебната 2022/2023 година организиравме осум појадоци, на "
                    "кои во просек дојдоа 25 семејства; околу 15 од нив никогаш "
                    "претходно не биле на општа родителска средба. Присуството на "
                    "индивидуалните разговори со класните раководители во второто "
                    "тромесечје се зголеми од 55% на 70% од семејствата.\n"
                    "\n"
                    "Неколку семејства за прв пат побараа помош за училишниот ручек "
                    "по појадокот на кој ја објаснивме постапката. Не го измеривме "
                    "влијанието врз изостаноците; оваа практика се заснова на нашето "
                    "искуство и на она што ни го кажуваат семејствата и "
                    "наставниците."
                ),
                "transferability": (
                    "Практиката многу лесно се пренесува: доволни се простор, малку "
                    "појадок и тим што има желба. Најважен е тонот: никој не треба "
                    "да се чувствува како да полага испит, а не станува збор ни за "
                    "долги предавања.\n"
                    "\n"
                    "Препорачуваме поканата да се дава лично, не само писмено, и да "
                    "се вклучат мајки или татковци што ќе бидат врска со другите "
                    "семејства од својата заедница. Добро е датумот да биде секогаш "
                    "ист, за појадокот да стане навика."
                ),
            },
            "bg": {
                "title": "Закуска със семействата: една сутрин в месеца в училище",
                "summary": (
                    "Един петък в месеца каним семействата на закуска в училището, "
                    "след като децата влязат в час. Това не е родителска среща: има "
                    "кафе, кексове, донесени от самите семейства, и разговор с "
                    "педагогическия съветник, социалната работничка и класните "
                    "ръководители. Постепенно започнаха да идват ромски семейства и "
                    "семейства на мигранти, които преди никога не влизаха в училището, "
                    "а сега по-често идват и на срещите с учителите."
                ),
                "context": (
                    "Нашето училище има около 450 ученици. Около 40% от тях са от "
                    "семейства в уязвимо положение, сред които ромски семейства от "
                    "квартала и семейства на мигранти от Латинска Америка, Мароко и "
                    "Румъния. Много семейства идваха в училището само когато ги "
                    "извикахме заради някакъв проблем.\n"
                    "\n"
                    "На общите родителски срещи в началото на учебната година идваха "
                    "много малко семейства и почти винаги едни и същи. Някои майки "
                    "ни споделиха, че се чувстват осъждани или че не разбират какво "
                    "се говори."
                ),
                "objectives": (
                    "- Да създадем неформално и приятно пространство, в което "
                    "семействата да се чувстват добре дошли.\n"
                    "- Да опознаем семействата, които обикновено не идват в "
                    "училището, и да чуем техните тревоги.\n"
                    "- Да информираме по достъпен начин за помощите за хранене в "
                    "училищния стол, за дейностите и за услугите в квартала.\n"
                    "- Повече семейства да идват на индивидуалните срещи с класните "
                    "ръководители и да се подобри общуването с тях."
                ),
                "activities": (
                    "Всеки месец, във втория петък, от 9:00 до 10:00 ч. отваряме "
                    "училищния стол за закуска със семействата на децата от "
                    "предучилищните групи и от началните класове. Социалната "
                    "работничка и класните ръководители напомнят на семействата за "
                    "поканата, когато взимат децата от училище, и със съобщение, на "
                    "испански и, когато е нужно, на арабски и румънски с помощта на "
                    "други майки.\n"
                    "\n"
                    "Всяка закуска има кратка тема, предложена от семействата или от "
                    "училището: как се кандидатства за помощ за храненето в стола, "
                    "сънят и екраните, какво представлява задължителното средно "
                    "образование (ESO), услугите на здравния център или на "
                    "социалните служби. Понякога каним служителка от общината или "
                    "медиаторка от ромско сдружение от квартала. През останалото "
                    "време разговаряме свободно."
                ),
                "resources": (
                    "- Педагогическият съветник, социалната работничка и класните "
                    "ръководители, които могат да дойдат – около два часа месечно "
                    "заедно с подготовката.\n"
                    "- Училищният стол рано сутрин, с разрешение на фирмата, която "
                    "отговаря за храненето.\n"
                    "- Кафе, мляко и сок, платени от родителското сдружение (около "
                    "30 евро месечно); кексовете ги носят семействата.\n"
                    "- Сътрудничество при нужда с общинските социални служби и с "
                    "едно ромско сдружение от квартала."
                ),
                "results": (
                    "През учебната 2022/2023 година организирахме осем закуски, на "
                    "които идваха средно по 25 семейства; около 15 от тях никога "
                    "преди не бяха идвали на обща родителска среща. Присъствието на "
                    "индивидуалните срещи с класните ръководители през второто "
                    "тримесечие се увеличи от 55% на 70% от семействата.\n"
                    "\n"
                    "Няколко семейства за първи път кандидатстваха за помощ за "
                    "храненето в стола след закуската, на която обяснихме "
                    "процедурата. Не сме измервали ефекта върху отсъствията; тази "
                    "практика се основава на нашия опит и на това, което ни казват "
                    "семействата и учителите."
                ),
                "transferability": (
                    "Практиката се пренася много лесно: достатъчни са едно "
                    "помещение, малко закуска и екип с желание. Най-важен е тонът: "
                    "никой не бива да се чувства като на изпит, а и не става дума за "
                    "дълги лекции.\n"
                    "\n"
                    "Препоръчваме поканите да се отправят лично, а не само писмено, "
                    "и да се разчита на майки или бащи, които да бъдат връзка с "
                    "другите семейства от своята общност. Добре е датата да е "
                    "постоянна, за да се превърне закуската в навик."
                ),
            },
        },
    },
    {
        "slug": "tabela-za-rano-preduprereduvanje",
        "author": "teacher@demo.siehub.eu",
        "organisation": "oou-goce-delchev-bitola",
        "country": "MK",
        "original_language": "mk",
        "status": "published",
        "days_ago": 240,
        "featured": False,
        "target_groups": ["all-pupils", "socio-economic", "roma"],
        "measure_types": ["monitoring", "intervention"],
        "areas": ["school-governance", "teachers"],
        "education_levels": ["isced-1", "isced-2"],
        "evidence_level": "monitored",
        "scale": "school",
        "duration": "Од септември 2022, преглед секој месец",
        "keywords": (
            "рано предупредување, присуство, податоци, училишен тим, е-дневник"
        ),
        "text": {
            "mk": {
                "title": (
                    "Табела за рано предупредување што училишниот тим ја разгледува "
                    "секој месец"
                ),
                "summary": (
                    "Од податоците во е-дневникот секој месец правиме едноставна "
                    "табела за рано предупредување: изостаноци, оценки и педагошки "
                    "мерки за секој ученик, обоени со зелена, жолта и црвена боја. "
                    "Училишниот тим ја разгледува на средба од еден час и за секој "
                    "ученик во црвено одредува кој што ќе преземе. Така ризикот го "
                    "забележуваме неколку месеци порано."
                ),
                "context": (
                    "Нашето училиште има 610 ученици, од кои околу една третина "
                    "доаѓаат од социјално загрозени семејства, а дел се Роми. "
                    "Податоците за изостаноците и оценките одамна ги имавме во "
                    "е-дневникот, но никој не ги гледаше заедно. Одделенските "
                    "раководители ги познаваа своите ученици, но стручната служба за "
                    "проблемите дознаваше дури на класификациониот период, кога "
                    "ученикот веќе имаше многу изостаноци и слаби оценки.\n"
                    "\n"
                    "По обуката во Мадрид во 2021 година, каде што видовме како "
                    "шпанските колеги ги користат податоците, решивме да направиме "
                    "нешто слично со алатките што веќе ги имаме."
                ),
                "objectives": (
                    "- Секој месец да имаме преглед на сите ученици според три "
                    "показатели: неоправдани изостаноци, број на недоволни оценки и "
                    "изречени педагошки мерки.\n"
                    "- Учениците во ризик да ги забележуваме најмалку два месеци "
                    "порано отколку досега.\n"
                    "- За секој ученик во црвено да постои конкретен договор: кој, "
                    "што и до кога.\n"
                    "- Наставниците да почнат да ги користат податоците при "
                    "планирањето на дополнителната настава."
                ),
                "activities": (
                    "Во првата работна недела од месецот педагогот ги пренесува "
                    "податоците од е-дневникот во табела. Со едноставни правила "
                    "секој ученик добива боја: зелена, жолта (на пример, над 10 "
                    "неоправдани часа или две недоволни оценки) или црвена (над 20 "
                    "часа, три или повеќе недоволни оценки или изречена педагошка "
                    "мерка).\n"
                    "\n"
                    "Втората среда во месецот училишниот тим (директорот, педагогот, "
                    "психологот и одделенските раководители на паралелките за кои "
                    "станува збор) се состанува еден час. Разговараме само за "
                    "учениците во црвено и за оние што од зелено преминале во жолто. "
                    "За секој ученик запишуваме договорена мерка: разговор со "
                    "родителот, дополнителна настава, вклучување на медијаторот или "
                    "упатување до Центарот за социјална работа. Следниот месец "
                    "проверуваме дали мерката е спроведена."
                ),
                "resources": (
                    "- Е-дневникот и програма за табеларни пресметки (користиме "
                    "бесплатна програма).\n"
                    "- Околу три часа месечно од работното време на педагогот за "
                    "подготовка на табелата.\n"
                    "- Еден час месечно за состанокот на тимот, во рамките на "
                    "редовното работно време.\n"
                    "- Кратка обука од два часа за одделенските раководители како да "
                    "ја читаат табелата.\n"
                    "- Табелата се чува на училишен компјутер заштитен со лозинка; "
                    "на состанокот се гледа на екран и не се печати."
                ),
                "results": (
                    "Во првата година (2022/2023) табелата означи 41 ученик во "
                    "црвено барем еднаш. За 34 од нив тимот договори мерка во истиот "
                    "месец, а кај 26 ученици состојбата се подобри до крајот на "
                    "годината.\n"
                    "\n"
                    "Учениците во ризик сега ги забележуваме во просек во ноември, а "
                    "порано тоа се случуваше дури на крајот на првото полугодие. "
                    "Вкупните неоправдани изостаноци се намалија од 7,8% на 6,1% од "
                    "часовите, а бројот на ученици што повторуваат одделение од 9 на "
                    "5. Промените ги следиме преку истите податоци од е-дневникот."
                ),
                "transferability": (
                    "Ова може да го направи секое училиште што има електронски "
                    "дневник или друга евиденција на изостаноците. Не е потребен "
                    "посебен софтвер; за почеток доволна е табела со условно "
                    "форматирање.\n"
                    "\n"
                    "Најважно е состанокот да биде редовен и краток и да завршува со "
                    "конкретни договори, инаку табелата станува уште една "
                    "административна обврска. Праговите за жолто и црвено треба да "
                    "се прилагодат на вашето училиште. Внимавајте на заштитата на "
                    "личните податоци: табелата е работна алатка на тимот и не се "
                    "споделува надвор од него."
                ),
            },
            "en": {
                "title": "An early-warning table that the school team reviews every month",
                "summary": (
                    "Every month we use data from the electronic register to build a "
                    "simple early-warning table: absences, marks and disciplinary "
                    "measures for each pupil, coloured green, yellow or red. The "
                    "school team reviews it in a one-hour meeting and, for every "
                    "pupil in red, decides who will do what. This way we spot pupils "
                    "at risk several months earlier."
                ),
                "context": (
                    "Our school has 610 pupils; about a third come from socially "
                    "disadvantaged families and some are Roma. We had long had "
                    "absence and marks data in the electronic register, but nobody "
                    "looked at them together. Class teachers knew their own pupils, "
                    "but the support staff found out about problems only at the end "
                    "of the marking period, when a pupil already had many absences "
                    "and low marks.\n"
                    "\n"
                    "After the training in Madrid in 2021, where we saw how our "
                    "Spanish colleagues use data, we decided to do something similar "
                    "with the tools we already had."
                ),
                "objectives": (
                    "- Each month, an overview of all pupils according to three "
                    "indicators: unexcused absences, number of failing marks and "
                    "disciplinary measures.\n"
                    "- Pupils at risk are spotted at least two months earlier than "
                    "before.\n"
                    "- For every pupil in red there is a concrete agreement: who "
                    "does what, and by when.\n"
                    "- Teachers start using the data when they plan additional "
                    "lessons."
                ),
                "activities": (
                    "In the first working week of each month the pedagogue transfers "
                    "the data from the electronic register into a spreadsheet. With "
                    "simple rules each pupil gets a colour: green, yellow (for "
                    "example more than 10 unexcused hours or two failing marks) or "
                    "red (more than 20 hours, three or more failing marks, or a "
                    "disciplinary measure).\n"
                    "\n"
                    "On the second Wednesday of the month the school team "
                    "(headteacher, pedagogue, psychologist and the class teachers "
                    "concerned) meets for one hour. We discuss only pupils in red "
                    "and those who have moved from green to yellow. For each pupil "
                    "we record an agreed measure: a talk with the parent, additional "
                    "lessons, involving the mediator or a referral to the Centre for "
                    "Social Work. The next month we check whether the measure was "
                    "carried out."
                ),
                "resources": (
                    "- The electronic register and a spreadsheet program (we use a "
                    "free one).\n"
                    "- About three hours a month of the pedagogue's time to prepare "
                    "the table.\n"
                    "- One hour a month for the team meeting, within normal working "
                    "hours.\n"
                    "- A two-hour briefing for class teachers on how to read the "
                    "table.\n"
                    "- The table is kept on a password-protected school computer; in "
                    "the meeting it is shown on screen and never printed."
                ),
                "results": (
                    "In the first year (2022/2023) the table flagged 41 pupils in "
                    "red at least once. For 34 of them the team agreed a measure in "
                    "the same month, and 26 pupils improved by the end of the year.\n"
                    "\n"
                    "We now spot pupils at risk in November on average; before, this "
                    "happened only at the end of the first term. Overall unexcused "
                    "absences fell from 7.8% to 6.1% of lessons, and the number of "
                    "pupils repeating a grade from 9 to 5. We track the changes with "
                    "the same register data."
                ),
                "transferability": (
                    "Any school with an electronic register or another record of "
                    "absences can do this. No special software is needed; a "
                    "spreadsheet with conditional formatting is enough to start.\n"
                    "\n"
                    "The most important thing is that the meeting is regular and "
                    "short and ends with concrete agreements; otherwise the table "
                    "becomes one more administrative task. The thresholds for yellow "
                    "and red should be adjusted to your school. Take care with data "
                    "protection: the table is a working tool of the team and is not "
                    "shared outside it."
                ),
            },
        },
    },
    {
        "slug": "sreshti-s-rolevi-modeli-kariero-orientirane",
        "author": "asen.marinov@demo.siehub.eu",
        "organisation": "su-vasil-levski-sliven",
        "country": "BG",
        "original_language": "bg",
        "status": "published",
        "days_ago": 210,
        "featured": False,
        "target_groups": ["roma", "ethnic-minorities"],
        "measure_types": ["prevention"],
        "areas": ["support-to-learners", "stakeholders-involvement"],
        "education_levels": ["isced-2", "isced-3"],
        "evidence_level": "described",
        "scale": "school",
        "duration": "Една учебна година, по една среща месечно",
        "keywords": (
            "кариерно ориентиране, ролеви модели, роми, мотивация, професии, "
            "прием след 7. клас"
        ),
        "text": {
            "bg": {
                "title": "Срещи с ролеви модели за кариерно ориентиране в 7. и 8. клас",
                "summary": (
                    "Веднъж месечно учениците от 7. и 8. клас се срещат с млади хора "
                    "от ромската и турската общност в Сливен, които са завършили "
                    "средно или висше образование и работят: медицинска сестра, "
                    "полицай, програмист, фризьорка със собствен салон. Гостите "
                    "разказват как са стигнали дотам, а учениците посещават и "
                    "работните им места. Целта е децата да видят, че образованието "
                    "има смисъл."
                ),
                "context": (
                    "В нашето училище учат над 700 ученици, почти половината от "
                    "които са роми, а част са от семейства с турски произход. "
                    "Най-голям риск от отпадане виждаме след 7. клас, когато "
                    "учениците трябва да изберат профил или професия, и в 8. клас – "
                    "първата година от гимназиалния етап.\n"
                    "\n"
                    "Много ученици ни казват, че не познават никого от своята среда, "
                    "който да е завършил образование и да работи по специалността "
                    "си. Родителите често очакват момчетата да започнат работа, а "
                    "момичетата да се омъжат рано. Досегашните консултации по "
                    "кариерно ориентиране бяха формални и не променяха тези нагласи."
                ),
                "objectives": (
                    "- Учениците да се запознаят с поне осем професии чрез хора от "
                    "собствената си общност.\n"
                    "- Да разберат какво образование е нужно за всяка професия и "
                    "какви са възможностите в Сливен.\n"
                    "- Повече ученици от 7. клас да кандидатстват в профилирани и "
                    "професионални паралелки.\n"
                    "- Да намалее отпадането в 8. клас.\n"
                    "- Родителите да чуят положителни примери от хора, на които имат "
                    "доверие."
                ),
                "activities": (
                    "От октомври до май веднъж месечно каним гост за един учебен час "
                    "в 7. и 8. клас. Гостите са млади мъже и жени от ромската и "
                    "турската общност: медицинска сестра, полицай, програмист, "
                    "фризьорка, учителка, шофьор на линейка, социален работник, "
                    "готвач. Преди срещата учениците подготвят въпроси в часа на "
                    "класа.\n"
                    "\n"
                    "Три пъти годишно организираме посещения на работни места: в "
                    "болницата, в автосервиз и в общината. През пролетта поканихме "
                    "гостите и на родителска среща, където разказаха своите истории "
                    "пред родителите.\n"
                    "\n"
                    "Педагогическият съветник провежда индивидуални консултации с "
                    "учениците от 7. клас преди кандидатстването, като използва "
                    "впечатленията им от срещите."
                ),
                "resources": (
                    "- Образователният медиатор, който намира и кани гостите чрез "
                    "познанствата си в общността.\n"
                    "- Един час на класа месечно в 7. и 8. клас и времето на "
                    "педагогическия съветник.\n"
                    "- Транспорт за посещенията, осигурен от общината и от "
                    "училищното настоятелство.\n"
                    "- Малки подаръци за гостите (книга и благодарствено писмо от "
                    "училището).\n"
                    "- Писмено съгласие на родителите за посещенията извън училище."
                ),
                "results": (
                    "През 2022/2023 година проведохме осем срещи с гости и три "
                    "посещения на работни места, в които участваха около 160 "
                    "ученици. От 7. клас 41 от 62 ученици кандидатстваха в "
                    "профилирани или професионални паралелки, докато предходната "
                    "година бяха 29 от 60.\n"
                    "\n"
                    "Учениците определиха срещите като най-интересната част от "
                    "годината, а някои продължиха да поддържат връзка с гостите. Все "
                    "още нямаме данни дали отпадането в 8. клас е намаляло; "
                    "практиката е описана въз основа на нашия опит и на отзивите на "
                    "учениците и учителите."
                ),
                "transferability": (
                    "Срещите не изискват средства, а само човек с добри връзки в "
                    "общността, който да намери подходящите гости. Затова медиаторът "
                    "е ключов. Гостите трябва да са близки по възраст и произход до "
                    "учениците, за да могат децата да се разпознаят в тях.\n"
                    "\n"
                    "Практиката е приложима във всяко училище с ученици от общности, "
                    "в които малко хора са завършили образование. Важно е гостите да "
                    "бъдат подготвени предварително и да говорят честно и за "
                    "трудностите, а не само за успеха."
                ),
            },
            "en": {
                "title": "Meetings with role models for career guidance in grades 7 and 8",
                "summary": (
                    "Once a month, pupils in grades 7 and 8 meet young people from "
                    "the Roma and Turkish communities in Sliven who have completed "
                    "secondary or higher education and are working: a nurse, a "
                    "police officer, a programmer, a hairdresser with her own salon. "
                    "The guests tell how they got there, and the pupils also visit "
                    "their workplaces. The aim is for the children to see that "
                    "education is worth it."
                ),
            },
            "mk": {
                "title": (
                    "Средби со позитивни примери за професионална ориентација во 7. "
                    "и 8. одделение"
                ),
                "summary": (
                    "Еднаш месечно учениците од 7. и 8. одделение се среќаваат со "
                    "млади луѓе од ромската и турската заедница во Сливен што "
                    "завршиле средно или високо образование и работат: медицинска "
                    "сестра, полицаец, програмер, фризерка со сопствен салон. "
                    "Гостите раскажуваат како стигнале таму, а учениците ги "
                    "посетуваат и нивните работни места. Целта е децата да видат "
                    "дека образованието има смисла."
                ),
            },
        },
    },
    {
        "slug": "prevoz-i-topol-obrok-za-uchenicite-od-selata",
        "author": "vesna.angelovska@demo.siehub.eu",
        "organisation": "oou-bratstvo-prilep",
        "country": "MK",
        "original_language": "mk",
        "status": "published",
        "days_ago": 180,
        "featured": False,
        "target_groups": ["rural-remote", "socio-economic"],
        "measure_types": ["prevention"],
        "areas": ["stakeholders-involvement", "school-governance"],
        "education_levels": ["isced-1", "isced-2"],
        "evidence_level": "monitored",
        "scale": "municipality",
        "duration": "Од учебната 2022/2023 година, во текот на целата учебна година",
        "keywords": "превоз, топол оброк, рурални средини, општина, подрачни училишта",
        "text": {
            "mk": {
                "title": "Усогласен превоз и топол оброк за учениците од селата",
                "summary": (
                    "Учениците од околните села со години чекаа автобус и по два "
                    "часа по завршувањето на наставата, гладни, и често не доаѓаа на "
                    "последните часови. Заедно со Општина Прилеп и превозникот го "
                    "усогласивме возниот ред со распоредот на часовите, а за "
                    "учениците што и понатаму чекаат обезбедивме топол оброк и "
                    "читална со дежурен наставник. Изостаноците на последните часови "
                    "се намалија речиси за половина."
                ),
                "context": (
                    "Во нашето училиште учат околу 90 ученици од шест села во "
                    "околината на Прилеп. По завршувањето на петто одделение во "
                    "подрачните училишта, тие доаѓаат во градот со превоз што го "
                    "организира општината. Возниот ред не беше усогласен со "
                    "распоредот на часовите: некои ученици пристигнуваа пред седум "
                    "часот, а се враќаа дури во 15:30.\n"
                    "\n"
                    "Многу од нив се од семејства со ниски приходи и немаа пари за "
                    "ужина. Наставниците забележуваа дека учениците од селата "
                    "најчесто изостануваат токму на шестиот и седмиот час или "
                    "воопшто не доаѓаат во деновите со подолг распоред."
                ),
                "objectives": (
                    "- Возниот ред на училишниот превоз да се усогласи со почетокот "
                    "и крајот на наставата.\n"
                    "- Учениците што мора да чекаат превоз да бидат на топло, "
                    "безбедни и под надзор.\n"
                    "- Секој ученик од селата да добие топол оброк во деновите кога "
                    "останува подолго.\n"
                    "- Да се намалат изостаноците на последните часови и "
                    "ненајавените отсуства на учениците од селата."
                ),
                "activities": (
                    "На почетокот на учебната 2022/2023 година директорката, "
                    "претставник на Советот на родители и одделенските раководители "
                    "од шесто до деветто одделение се сретнаа со Секторот за "
                    "образование на општината и со превозникот. Ја прегледавме "
                    "секоја линија и договоривме две попладневни поаѓања наместо "
                    "едно.\n"
                    "\n"
                    "За учениците што и понатаму чекаат, училишната библиотека е "
                    "отворена до 15:30, со дежурен наставник и помош при домашните "
                    "задачи. Општината го финансира топлиот оброк во училишната "
                    "кујна за сите ученици од селата, без да се бараат документи за "
                    "социјалната состојба, за да не се чувствуваат обележани.\n"
                    "\n"
                    "Еднаш во полугодието имаме заеднички состанок со општината и "
                    "превозникот, на кој ги решаваме проблемите што се појавиле."
                ),
                "resources": (
                    "- Договор со општината за дополнителна автобуска линија "
                    "(трошокот го покрива општината).\n"
                    "- Топол оброк за околу 90 ученици, подготвен во училишната "
                    "кујна и финансиран од општинскиот буџет.\n"
                    "- Дежурни наставници во библиотеката според распоред, секој по "
                    "еден час неделно.\n"
                    "- Едноставна евиденција за користењето на оброкот и за "
                    "присуството во читалната.\n"
                    "- Еден родител од Советот на родители како врска со семејствата "
                    "од селата."
                ),
                "results": (
                    "Изостаноците на учениците од селата на шестиот и седмиот час се "
                    "намалија од 14% во 2021/2022 на 8% во 2022/2023 година. Бројот "
                    "на целодневни отсуства кај овие ученици се намали за околу една "
                    "четвртина.\n"
                    "\n"
                    "Топлиот оброк го користат речиси сите ученици од селата, а "
                    "читалната во просек ја посетуваат 35 ученици дневно. "
                    "Наставниците велат дека учениците се помалку уморни на "
                    "последните часови. Родителите на средбата на крајот на годината "
                    "ја оценија мерката како најкорисна промена во последните "
                    "години. Податоците ги следиме преку е-дневникот."
                ),
                "transferability": (
                    "Мерката може да се примени во секоја општина каде што учениците "
                    "од руралните средини патуваат до централното училиште. Најмногу "
                    "зависи од подготвеноста на општината да го прилагоди превозот и "
                    "да го финансира оброкот, па затоа е добро на средбата да се "
                    "дојде со конкретни податоци за изостаноците по часови.\n"
                    "\n"
                    "Препорачуваме оброкот да биде достапен за сите ученици од "
                    "селата, без докажување на социјалната состојба. Читалната може "
                    "да ја водат и волонтери или студенти, ако наставниците немаат "
                    "можност."
                ),
            },
        },
    },
    {
        "slug": "klub-na-maykite-podgotvitelni-grupi",
        "author": "desislava.petrova@demo.siehub.eu",
        "organisation": "ou-otets-paisiy-pazardzhik",
        "country": "BG",
        "original_language": "bg",
        "status": "published",
        "days_ago": 150,
        "featured": False,
        "target_groups": ["roma", "socio-economic"],
        "measure_types": ["prevention"],
        "areas": ["parental-involvement"],
        "education_levels": ["isced-0", "isced-1"],
        "evidence_level": "monitored",
        "scale": "school",
        "duration": "Учебната година, всеки втори петък",
        "keywords": "родители, майки, подготвителна група, четене у дома, доверие",
        "text": {
            "bg": {
                "title": "Клуб на майките в подготвителните групи",
                "summary": (
                    "Всеки втори петък майките на децата от подготвителните групи и "
                    "от 1. клас се събират в училището за час и половина. Говорим "
                    "как да помагат на децата у дома, четем заедно, правим играчки "
                    "от подръчни материали и обсъждаме въпросите, които ги вълнуват. "
                    "Посещаемостта на децата в подготвителните групи се повиши от "
                    "71% на 84%."
                ),
                "context": (
                    "В училището ни учат около 300 ученици, почти всички от ромския "
                    "квартал. Имаме две подготвителни групи за деца на 5 и 6 години. "
                    "Много родители не смятат, че детето трябва да ходи редовно на "
                    "училище още в подготвителна група, и децата често отсъстват по "
                    "седмица и повече.\n"
                    "\n"
                    "Майките рядко идват на родителски срещи, защото се чувстват "
                    "неудобно, някои не четат добре, а срещите досега бяха свързани "
                    "главно с оплаквания за поведението или отсъствията."
                ),
                "objectives": (
                    "- Майките да се чувстват добре дошли в училището и да го "
                    "възприемат като място, където могат да потърсят помощ.\n"
                    "- Да научат прости начини да подкрепят развитието на децата си "
                    "у дома: четене, разговор, игри.\n"
                    "- Да разберат защо редовното посещение на подготвителната група "
                    "е важно.\n"
                    "- Да се повиши посещаемостта на децата в подготвителните групи "
                    "и в 1. клас."
                ),
                "activities": (
                    "Клубът се събира всеки втори петък от 10:00 до 11:30 ч. в "
                    "библиотеката. Водят го педагогическият съветник и учителката на "
                    "подготвителната група, а образователният медиатор напомня на "
                    "майките предния ден.\n"
                    "\n"
                    "Всяка среща има кратка тема, избрана заедно с майките: как да "
                    "четем на детето, дори когато самите ние четем трудно; режим на "
                    "сън; как да говорим с детето за училището; здраве и хигиена; "
                    "правата на родителите. След разговора правим нещо с ръце: "
                    "книжка, играчка или украса за класната стая. Срещата завършва с "
                    "кафе и свободен разговор.\n"
                    "\n"
                    "Веднъж на срок майките наблюдават част от занятията в групата "
                    "на детето си."
                ),
                "resources": (
                    "- Педагогическият съветник, учителката и образователният "
                    "медиатор, около два часа на всеки две седмици.\n"
                    "- Училищната библиотека.\n"
                    "- Материали за работилниците и кафе (около 400 лв. годишно от "
                    "бюджета на училището).\n"
                    "- Книжки за четене у дома, дарени от местното читалище."
                ),
                "results": (
                    "През 2022/2023 година клубът се събра 16 пъти, като средно "
                    "идваха по 14 майки. Средната посещаемост на децата в "
                    "подготвителните групи се повиши от 71% през предходната година "
                    "на 84%.\n"
                    "\n"
                    "Майките, които посещават клуба, идват и на родителските срещи, "
                    "а някои сами предложиха теми. Учителката отбелязва, че децата "
                    "разказват повече за книжките, които четат у дома. Данните за "
                    "посещаемостта са от електронния дневник на училището."
                ),
                "transferability": (
                    "Клубът почти не изисква средства. Най-важното е срещите да са "
                    "приятни и полезни за майките, а не още една родителска среща с "
                    "оплаквания. Личната покана от медиатора и кафето в началото "
                    "правят голяма разлика.\n"
                    "\n"
                    "Същото може да се направи и с бащите, но при нас те рядко могат "
                    "да идват сутрин. Добре е темите да се избират заедно с "
                    "родителите и срещите да са винаги в един и същи ден и час."
                ),
            },
        },
    },
    {
        "slug": "padrinos-lectores",
        "author": "nuria.blanco@demo.siehub.eu",
        "organisation": "ceip-valle-inclan-getafe",
        "country": "ES",
        "original_language": "es",
        "status": "published",
        "days_ago": 120,
        "featured": False,
        "target_groups": ["all-pupils", "language-learners", "socio-economic"],
        "measure_types": ["prevention"],
        "areas": ["support-to-learners", "teachers"],
        "education_levels": ["isced-1"],
        "evidence_level": "monitored",
        "scale": "school",
        "duration": "Todo el curso, dos sesiones semanales de 30 minutos",
        "keywords": (
            "lectura, tutoría entre iguales, padrinos lectores, fluidez "
            "lectora, convivencia"
        ),
        "text": {
            "es": {
                "title": (
                    "Padrinos lectores: el alumnado de 5.º y 6.º lee con el de 1.º y "
                    "2.º"
                ),
                "summary": (
                    "Dos veces por semana, durante media hora, cada alumno de 5.º y "
                    "6.º lee con un «ahijado» de 1.º o 2.º de primaria. Los mayores "
                    "reciben una pequeña formación para ayudar sin dar las "
                    "respuestas, y los tutores preparan los textos. Los pequeños "
                    "leen más y con más gusto, y los mayores, sobre todo los que "
                    "tenían dificultades, ganan confianza y responsabilidad."
                ),
                "context": (
                    "En nuestro colegio de Getafe, más de la mitad del alumnado "
                    "procede de familias con dificultades económicas, y muchos niños "
                    "hablan otra lengua en casa: árabe, rumano, quechua o wolof. En "
                    "la prueba de lectura de 2.º de primaria, casi un tercio del "
                    "alumnado no alcanzaba el nivel de fluidez esperado.\n"
                    "\n"
                    "En casa muchos niños no tienen libros ni un adulto que lea con "
                    "ellos. Al mismo tiempo, en 5.º y 6.º había alumnos desmotivados "
                    "y con faltas de asistencia que necesitaban sentirse útiles."
                ),
                "objectives": (
                    "- Aumentar el tiempo de lectura en voz alta del alumnado de 1.º "
                    "y 2.º.\n"
                    "- Mejorar la fluidez y la comprensión lectora de los pequeños.\n"
                    "- Dar al alumnado de 5.º y 6.º un papel de responsabilidad que "
                    "refuerce su vínculo con el colegio.\n"
                    "- Crear relaciones de apoyo entre alumnos de distintas edades y "
                    "orígenes."
                ),
                "activities": (
                    "Los martes y jueves, de 9:00 a 9:30, los grupos de 5.º y 6.º se "
                    "juntan con los de 1.º y 2.º. Cada padrino lee con su ahijado un "
                    "texto preparado por los tutores y adaptado al nivel del "
                    "pequeño: primero lee el mayor, luego leen juntos y por último "
                    "lee el pequeño. Al final comentan el texto con tres preguntas.\n"
                    "\n"
                    "En septiembre los padrinos tienen tres sesiones de formación: "
                    "cómo corregir sin quitar el libro, cómo preguntar y cómo "
                    "animar. Las parejas se forman con cuidado y, en algunos casos, "
                    "juntamos a alumnos que comparten lengua materna.\n"
                    "\n"
                    "Cada trimestre celebramos una pequeña fiesta de la lectura con "
                    "las familias."
                ),
                "resources": (
                    "- Los tutores de 1.º, 2.º, 5.º y 6.º, que preparan los textos y "
                    "acompañan las sesiones.\n"
                    "- La biblioteca del centro y lotes de libros prestados por la "
                    "biblioteca municipal.\n"
                    "- Una hoja de registro sencilla para cada pareja.\n"
                    "- Tres sesiones de formación para los padrinos, a cargo de la "
                    "jefa de estudios y la maestra de audición y lenguaje.\n"
                    "- Ningún gasto adicional."
                ),
                "results": (
                    "En el curso 2022/2023 participaron 96 parejas. El porcentaje de "
                    "alumnos de 2.º que no alcanzaba el nivel esperado en la prueba "
                    "de fluidez lectora del centro bajó del 31% en octubre al 18% en "
                    "junio, frente a una bajada del 33% al 26% el curso anterior, "
                    "sin el programa.\n"
                    "\n"
                    "Entre los padrinos, los tutores destacan a 14 alumnos que antes "
                    "faltaban con frecuencia y cuya asistencia mejoró; varios dicen "
                    "que no querían fallarle a su ahijado. Medimos la fluidez con la "
                    "misma prueba del centro en octubre y en junio."
                ),
                "transferability": (
                    "El programa es fácil de poner en marcha y no cuesta dinero; lo "
                    "esencial es que los tutores coordinen los horarios y preparen "
                    "textos adecuados. Funciona en cualquier colegio de primaria y "
                    "podría adaptarse también entre 1.º de ESO y los últimos cursos "
                    "de primaria.\n"
                    "\n"
                    "Es importante formar a los padrinos antes de empezar y elegir "
                    "bien las parejas. El reconocimiento público del papel de los "
                    "mayores, con un diploma o una fiesta, los motiva mucho."
                ),
            },
            "mk": {
                "title": (
                    "Кумови во читањето: учениците од петто и шесто одделение читаат "
                    "со оние од прво и второ"
                ),
                "summary": (
                    "Двапати неделно, по половина час, секој ученик од петто и шесто "
                    "одделение чита со своето „кумче“ од прво или второ одделение. "
                    "Постарите минуваат кратка обука за да помагаат без да ги кажуваат "
                    "одговорите, а класните раководители ги подготвуваат текстовите. "
                    "Помалите читаат повеќе и со поголемо задоволство, а постарите, "
                    "особено оние што имале тешкотии, добиваат самодоверба и чувство "
                    "за одговорност."
                ),
                "context": (
                    "Во нашето училиште во Хетафе повеќе од половина од учениците "
                    "доаѓаат од семејства со економски тешкотии, а многу деца дома "
                    "зборуваат друг јазик: арапски, романски, кечуа или волоф. На "
                    "тестот по читање во второ одделение речиси една третина од "
                    "учениците не го достигнуваа очекуваното ниво на течно читање.\n"
                    "\n"
                    "Дома многу деца немаат книги ниту возрасен што чита со нив. Во "
                    "исто време, во петто и шесто одделение имаше ученици без "
                    "мотивација и со изостаноци, на кои им требаше да се "
                    "почувствуваат корисни."
                ),
                "objectives": (
                    "- Учениците од прво и второ одделение повеќе време да читаат на "
                    "глас.\n"
                    "- Да се подобрат течноста на читањето и разбирањето на "
                    "прочитаното кај помалите.\n"
                    "- Учениците од петто и шесто одделение да добијат одговорна "
                    "улога што ќе ја зајакне нивната поврзаност со училиштето.\n"
                    "- Да се создадат односи на поддршка меѓу ученици од различни "
                    "возрасти и со различно потекло."
                ),
                "activities": (
                    "Во вторник и четврток, од 9:00 до 9:30 часот, паралелките од "
                    "петто и шесто одделение се здружуваат со оние од прво и второ. "
                    "Секој кум со своето кумче чита текст што го подготвиле класните "
                    "раководители, прилагоден на нивото на помалиот: прво чита "
                    "постариот, потоа читаат заедно и најпосле чита помалиот. По "
                    "читањето разговараат за текстот преку три прашања.\n"
                    "\n"
                    "Во септември кумовите имаат три средби за обука: како да "
                    "поправаат без да ја земат книгата, како да поставуваат прашања "
                    "и како да охрабруваат. Паровите ги составуваме внимателно, а "
                    "понекогаш ставаме заедно ученици што имаат ист мајчин јазик.\n"
                    "\n"
                    "Секое тромесечје организираме мала прослава на читањето со "
                    "семејствата."
                ),
                "resources": (
                    "- Класните раководители од прво, второ, петто и шесто "
                    "одделение, кои ги подготвуваат текстовите и се присутни на "
                    "средбите.\n"
                    "- Училишната библиотека и пакети книги позајмени од градската "
                    "библиотека.\n"
                    "- Едноставен лист за евиденција за секој пар.\n"
                    "- Три средби за обука на кумовите, што ги водат "
                    "помошник-директорката и наставничката логопед.\n"
                    "- Без дополнителни трошоци."
                ),
                "results": (
                    "Во учебната 2022/2023 година учествуваа 96 парови. Процентот на "
                    "ученици од второ одделение што не го достигнуваа очекуваното "
                    "ниво на училишниот тест за течно читање се намали од 31% во "
                    "октомври на 18% во јуни, наспроти намалување од 33% на 26% во "
                    "претходната учебна година, без програмата.\n"
                    "\n"
                    "Меѓу кумовите, класните раководители издвојуваат 14 ученици што "
                    "порано често отсуствувале и кај кои присуството се подобри; "
                    "неколкумина велат дека не сакале да го изневерат своето кумче. "
                    "Течноста ја меревме со истиот училишен тест во октомври и во "
                    "јуни."
                ),
                "transferability": (
                    "Програмата лесно се воведува и не чини пари; најважно е "
                    "класните раководители да ги усогласат распоредите и да "
                    "подготват соодветни текстови. Функционира во секое основно "
                    "училиште, а би можела да се прилагоди и меѓу учениците од "
                    "првата година на задолжителното средно образование (ESO) и оние "
                    "од петто и шесто одделение.\n"
                    "\n"
                    "Важно е кумовите да се обучат пред почетокот и паровите да се "
                    "изберат внимателно. Јавното признание за улогата на постарите, "
                    "со диплома или прослава, многу ги мотивира."
                ),
            },
            "bg": {
                "title": (
                    "Кръстници в четенето: учениците от пети и шести клас четат с тези "
                    "от първи и втори"
                ),
                "summary": (
                    "Два пъти седмично, по половин час, всеки ученик от пети и шести "
                    "клас чете със своето „кръщелниче“ от първи или втори клас. "
                    "По-големите минават кратко обучение, за да помагат, без да казват "
                    "отговорите, а класните ръководители подготвят текстовете. "
                    "По-малките четат повече и с по-голямо удоволствие, а по-големите, "
                    "особено тези, които са имали затруднения, придобиват увереност и "
                    "чувство за отговорност."
                ),
                "context": (
                    "В нашето училище в Хетафе над половината ученици са от "
                    "семейства с финансови затруднения, а много деца говорят вкъщи "
                    "друг език: арабски, румънски, кечуа или волоф. На теста по "
                    "четене във втори клас почти една трета от учениците не "
                    "достигаха очакваното ниво на гладко четене.\n"
                    "\n"
                    "Вкъщи много деца нямат книги, нито възрастен, който да чете с "
                    "тях. В същото време в пети и шести клас имаше демотивирани "
                    "ученици с отсъствия, които имаха нужда да се почувстват "
                    "полезни."
                ),
                "objectives": (
                    "- Учениците от първи и втори клас да четат повече време на "
                    "глас.\n"
                    "- Да се подобрят гладкото четене и разбирането на прочетеното "
                    "при по-малките.\n"
                    "- Учениците от пети и шести клас да получат отговорна роля, "
                    "която да засили връзката им с училището.\n"
                    "- Да се изградят отношения на подкрепа между ученици на "
                    "различна възраст и с различен произход."
                ),
                "activities": (
                    "Във вторник и четвъртък, от 9:00 до 9:30 ч., учениците от пети "
                    "и шести клас се събират с тези от първи и втори. Всеки кръстник "
                    "чете със своето кръщелниче текст, подготвен от класните "
                    "ръководители и съобразен с нивото на по-малкия: първо чете "
                    "по-големият, после четат заедно и накрая чете по-малкият. След "
                    "това обсъждат текста по три въпроса.\n"
                    "\n"
                    "През септември кръстниците имат три обучителни занятия: как да "
                    "поправят, без да взимат книгата, как да задават въпроси и как "
                    "да насърчават. Двойките се съставят внимателно, а в някои "
                    "случаи събираме ученици с общ роден език.\n"
                    "\n"
                    "Всяко тримесечие организираме малък празник на четенето със "
                    "семействата."
                ),
                "resources": (
                    "- Класните ръководители на първи, втори, пети и шести клас, "
                    "които подготвят текстовете и присъстват на заниманията.\n"
                    "- Училищната библиотека и комплекти книги, заети от общинската "
                    "библиотека.\n"
                    "- Прост лист за отбелязване за всяка двойка.\n"
                    "- Три обучителни занятия за кръстниците, водени от "
                    "заместник-директорката по учебната дейност и логопедката.\n"
                    "- Без допълнителни разходи."
                ),
                "results": (
                    "През учебната 2022/2023 година участваха 96 двойки. Делът на "
                    "учениците от втори клас, които не достигаха очакваното ниво на "
                    "училищния тест за гладко четене, намаля от 31% през октомври на "
                    "18% през юни, при намаление от 33% на 26% през предходната "
                    "учебна година, без програмата.\n"
                    "\n"
                    "Сред кръстниците класните ръководители посочват 14 ученици, "
                    "които преди често отсъстваха и чието присъствие се подобри; "
                    "няколко от тях казват, че не са искали да подведат своето "
                    "кръщелниче. Измервахме гладкостта на четенето със същия "
                    "училищен тест през октомври и през юни."
                ),
                "transferability": (
                    "Програмата се въвежда лесно и не струва пари; най-важното е "
                    "класните ръководители да съгласуват графиците и да подготвят "
                    "подходящи текстове. Тя работи във всяко основно училище и би "
                    "могла да се приложи и между учениците от първата година на "
                    "задължителното средно образование (ESO) и тези от 5. и 6. клас.\n"
                    "\n"
                    "Важно е кръстниците да се обучат преди началото и двойките да "
                    "се подберат внимателно. Публичното признание на ролята на "
                    "по-големите, с грамота или празник, много ги мотивира."
                ),
            },
        },
    },
    {
        "slug": "ranno-otkrivane-na-zatrudneniya-v-parvi-klas",
        "author": "desislava.petrova@demo.siehub.eu",
        "organisation": "ou-otets-paisiy-pazardzhik",
        "country": "BG",
        "original_language": "bg",
        "status": "changes_requested",
        "days_ago": 20,
        "featured": False,
        "target_groups": ["sen", "all-pupils", "language-learners"],
        "measure_types": ["intervention", "monitoring"],
        "areas": ["support-to-learners", "teachers"],
        "education_levels": ["isced-1"],
        "evidence_level": "evaluated",
        "scale": "school",
        "duration": "От октомври до юни в 1. клас, с проследяване във 2. клас",
        "keywords": (
            "ранно оценяване, обучителни затруднения, 1. клас, екип за "
            "подкрепа, логопед"
        ),
        "text": {
            "bg": {
                "title": "Ранно откриване на обучителни затруднения в 1. клас",
                "summary": (
                    "През първия месец на 1. клас екип от педагогически съветник, "
                    "логопед и ресурсен учител проверява с кратки игрови задачи "
                    "всички първокласници. Децата, при които се открият рискове, "
                    "получават допълнителна подкрепа в малки групи още от ноември, а "
                    "не след като вече са изостанали. Напредъкът им се проследява с "
                    "повторно оценяване през февруари и юни."
                ),
                "context": (
                    "Досега обучителните затруднения при децата, особено при тези, "
                    "за които българският не е майчин език, се откриваха обикновено "
                    "в 3. или 4. клас, когато детето вече е изостанало значително и "
                    "е загубило мотивация. Някои деца бяха насочвани за оценка на "
                    "специални образователни потребности, без някой да е проверил "
                    "дали затрудненията им не идват просто от езика.\n"
                    "\n"
                    "Родителите често ни казваха, че не разбират защо детето им „не "
                    "се справя“, и спираха да го пускат на училище."
                ),
                "objectives": (
                    "- Всички първокласници да бъдат оценени през първия месец с "
                    "едни и същи кратки задачи.\n"
                    "- Да се разграничават езиковите затруднения от обучителните "
                    "затруднения.\n"
                    "- Децата в риск да получат допълнителна подкрепа в малки групи "
                    "до края на ноември.\n"
                    "- Учителите в 1. клас да получат конкретни насоки за работа с "
                    "всяко дете.\n"
                    "- Да намалее броят на учениците, които завършват 2. клас, без "
                    "да четат с разбиране."
                ),
                "activities": (
                    "През октомври екипът за подкрепа за личностно развитие провежда "
                    "с всяко дете индивидуална среща от 20 минути: задачи за звуков "
                    "анализ, разпознаване на букви и цифри, разбиране на кратка "
                    "история, разказана устно, и фина моторика. При децата, чийто "
                    "майчин език е ромски или турски, част от задачите се дават с "
                    "помощта на медиатора.\n"
                    "\n"
                    "Въз основа на резултатите екипът обсъжда всеки клас с "
                    "учителката и разпределя децата в три групи. Децата в риск имат "
                    "два пъти седмично занимания в малки групи с логопеда или "
                    "ресурсния учител, а учителката получава идеи за работа в клас. "
                    "През февруари и юни оценяването се повтаря, а резултатите се "
                    "обсъждат с родителите."
                ),
                "resources": (
                    "- Педагогически съветник, логопед и ресурсен учител от "
                    "училищния екип, около 40 часа през октомври и по 4 часа "
                    "седмично след това.\n"
                    "- Набор от задачи за ранно оценяване, съставен от екипа по "
                    "образци на регионалния център за подкрепа на процеса на "
                    "приобщаващото образование.\n"
                    "- Образователен медиатор за превод и за връзка с родителите.\n"
                    "- Отделна стая за индивидуална работа.\n"
                    "- Таблица за проследяване на напредъка, достъпна само за екипа."
                ),
                "results": (
                    "През 2022/2023 година оценихме 52 първокласници, 19 от които "
                    "бяха определени като деца в риск. До юни 13 от тях четяха на "
                    "ниво, сходно с останалите в класа. В сравнение с предходния "
                    "випуск делът на децата, които в края на 1. клас не могат да "
                    "прочетат кратки думи, намаля от 31% на 17%.\n"
                    "\n"
                    "Двама ученици бяха насочени за оценка от регионалния център и "
                    "получиха ресурсно подпомагане. Вътрешната оценка сравнява "
                    "резултатите с предходния випуск, който не е участвал в "
                    "практиката."
                ),
                "transferability": (
                    "Практиката е приложима във всяко училище, което има екип за "
                    "подкрепа или може да осигури логопед и ресурсен учител поне "
                    "няколко часа седмично. Задачите за оценяване трябва да са "
                    "кратки и под формата на игра, за да не плашат децата.\n"
                    "\n"
                    "Най-важното, което научихме, е, че езиковото затруднение не е "
                    "обучително затруднение. Затова при деца с различен майчин език "
                    "е добре оценяването да става с помощта на човек, който говори "
                    "езика им."
                ),
            },
        },
    },
    {
        "slug": "podgotvitelni-rabotilnici-pred-prvo-oddelenie",
        "author": "marija.trajkovska@demo.siehub.eu",
        "organisation": "oou-kiril-metodij-bitola",
        "country": "MK",
        "original_language": "mk",
        "status": "submitted",
        "days_ago": 6,
        "featured": False,
        "target_groups": ["roma", "ethnic-minorities", "language-learners"],
        "measure_types": ["prevention"],
        "areas": ["support-to-learners", "parental-involvement"],
        "education_levels": ["isced-0", "isced-1"],
        "evidence_level": "described",
        "scale": "school",
        "duration": "Осум недели во мај и јуни, два пати неделно",
        "keywords": (
            "подготовка за прво одделение, предучилишно, македонски јазик, "
            "ромски деца, турски семејства"
        ),
        "text": {
            "mk": {
                "title": "Подготвителни работилници за децата што не оделе во градинка",
                "summary": (
                    "Пред поаѓањето во прво одделение организираме осумнеделни "
                    "работилници за децата од ромски и турски семејства што не оделе "
                    "во градинка. Децата преку игра се запознаваат со училиштето, со "
                    "идната учителка и со македонскиот јазик, а родителите добиваат "
                    "помош при запишувањето. Првите искуства се охрабрувачки, иако "
                    "сè уште немаме измерени резултати."
                ),
                "context": (
                    "Секоја година при запишувањето во прво одделение гледаме дека "
                    "дел од децата од ромската населба и од турските семејства во "
                    "нашиот реон не оделе во градинка. Некои од нив речиси не "
                    "зборуваат македонски, не држеле молив во рака и не се навикнати "
                    "да седат во група.\n"
                    "\n"
                    "Во првите месеци во прво одделение овие деца многу плачат, "
                    "одбиваат да доаѓаат, а родителите често ги оставаат дома. "
                    "Учителките немаат време да се посветат на секое дете "
                    "поединечно, а најблиската градинка е полна и не прима деца само "
                    "за неколку месеци."
                ),
                "objectives": (
                    "- Децата да го запознаат училиштето, училницата и идната "
                    "учителка пред септември.\n"
                    "- Да се навикнат на основните правила во група: чекање ред, "
                    "слушање, користење тоалет, пакување чанта.\n"
                    "- Да научат основни зборови и изрази на македонски јазик што им "
                    "се потребни во училницата.\n"
                    "- Родителите да го запознаат училиштето, да добијат помош при "
                    "запишувањето и да стекнат доверба.\n"
                    "- Да се намали плачењето и одбивањето на училиштето во првите "
                    "недели од прво одделение."
                ),
                "activities": (
                    "Во мај и јуни, два пати неделно по два часа, работилниците се "
                    "одржуваат во една од училниците за прво одделение. Ги водат "
                    "една од идните учителки во прво одделение и ромскиот медијатор, "
                    "а по потреба помага наставничка што зборува турски.\n"
                    "\n"
                    "Секоја средба има ист редослед: поздравна песна, игра со "
                    "зборови и слики, цртање или сечење, ужина и приказна. Секое "
                    "дете има папка во која ги чува своите трудови и на крајот ја "
                    "носи дома.\n"
                    "\n"
                    "Родителите се поканети да останат на првата и на последната "
                    "средба. Медијаторот им помага да ги соберат документите за "
                    "запишување и им објаснува што ќе им треба на децата во "
                    "септември."
                ),
                "resources": (
                    "- Една училница, два пати неделно во попладневните часови.\n"
                    "- Учителка и ромски медијатор, секој по околу четири часа "
                    "неделно, во рамките на редовниот фонд на часови.\n"
                    "- Материјали за цртање и сликовници (околу 15.000 денари, "
                    "донација од Советот на родители).\n"
                    "- Ужина за децата од училишната кујна.\n"
                    "- Картички со слики за основните зборови на македонски, со "
                    "превод на ромски и турски, што ги изработивме самите."
                ),
                "results": (
                    "Во првата година (2023) работилниците ги посетуваа 14 деца, од "
                    "кои 11 редовно. Сите 14 се запишаа во прво одделение во нашето "
                    "училиште.\n"
                    "\n"
                    "Учителките велат дека децата што учествуваа во работилниците "
                    "многу полесно се вклопија во септември и речиси не плачеа при "
                    "доаѓањето. Нивните родители почесто доаѓаа на првите родителски "
                    "средби. Засега немаме споредбени податоци за присуството и "
                    "успехот, па ова е опис на нашето искуство; следната година "
                    "планираме да го следиме присуството на овие деца во прво "
                    "одделение."
                ),
                "transferability": (
                    "Работилниците лесно се организираат и може да ги примени секое "
                    "основно училиште во кое доаѓаат деца што не оделе во градинка. "
                    "Потребни се училница, учителка подготвена да работи попладне и "
                    "човек што ги познава семејствата и нивниот јазик.\n"
                    "\n"
                    "Најтешко е да се стигне до семејствата. Нам ни помогна "
                    "медијаторот, кој ги посети домовите уште во април. "
                    "Работилниците не треба да личат на час: колку повеќе игра, "
                    "толку подобро."
                ),
            },
        },
    },
    {
        "slug": "auxiliares-bilingues-en-el-aula",
        "author": "maestra@demo.siehub.eu",
        "organisation": "ceip-antonio-machado-madrid",
        "country": "ES",
        "original_language": "es",
        "status": "submitted",
        "days_ago": 4,
        "featured": False,
        "target_groups": ["migrants-refugees", "language-learners"],
        "measure_types": ["intervention"],
        "areas": ["support-to-learners", "stakeholders-involvement"],
        "education_levels": ["isced-0", "isced-1"],
        "evidence_level": "described",
        "scale": "school",
        "duration": "Desde enero de 2023, de lunes a jueves por la mañana",
        "keywords": (
            "auxiliares bilingües, árabe, ucraniano, mediación, educación "
            "infantil, familias recién llegadas"
        ),
        "text": {
            "es": {
                "title": "Auxiliares bilingües en las aulas de infantil y primer ciclo",
                "summary": (
                    "Gracias a un convenio con una ONG del distrito, dos auxiliares "
                    "bilingües, una que habla árabe y otra ucraniano y ruso, "
                    "acompañan cuatro mañanas a la semana al alumnado recién llegado "
                    "de infantil y de 1.º y 2.º de primaria dentro del aula. "
                    "Traducen consignas, apoyan el vocabulario y hacen de puente con "
                    "las familias en las entrevistas."
                ),
                "context": (
                    "Desde 2022 ha aumentado mucho la llegada a nuestro colegio de "
                    "alumnado de Ucrania y de Marruecos, sobre todo en infantil y en "
                    "los primeros cursos de primaria. Los más pequeños no pueden "
                    "pasar muchas horas fuera de su aula en un grupo de apoyo, y en "
                    "infantil las maestras veían que algunos niños pasaban días sin "
                    "hablar ni participar.\n"
                    "\n"
                    "Las familias recién llegadas tampoco entendían las notas, las "
                    "reuniones ni los trámites, y la comunicación dependía del "
                    "traductor automático del móvil."
                ),
                "objectives": (
                    "- Que el alumnado más pequeño entienda las consignas y "
                    "participe en la clase desde el primer día.\n"
                    "- Mantener el valor de su lengua materna mientras aprende "
                    "español.\n"
                    "- Facilitar la comunicación con las familias en entrevistas y "
                    "reuniones.\n"
                    "- Reducir el tiempo de adaptación y los episodios de llanto o "
                    "aislamiento."
                ),
                "activities": (
                    "Las dos auxiliares están en el colegio de lunes a jueves de "
                    "9:00 a 13:00. Según un horario que revisamos cada mes, entran "
                    "en las aulas donde hay alumnos recién llegados que hablan su "
                    "lengua. No sacan a los niños del aula: se sientan a su lado, "
                    "traducen cuando hace falta, repiten con apoyo visual y poco a "
                    "poco van retirando la ayuda.\n"
                    "\n"
                    "También participan en las entrevistas con las familias y "
                    "preparan con las tutoras mensajes breves en árabe y en "
                    "ucraniano. Una vez al mes se reúnen con la orientadora para "
                    "comentar el progreso de cada niño."
                ),
                "resources": (
                    "- Dos auxiliares bilingües contratadas por una ONG del distrito "
                    "con financiación municipal, 16 horas semanales cada una.\n"
                    "- Un convenio de colaboración entre el colegio y la ONG, con "
                    "cláusula de confidencialidad.\n"
                    "- Coordinación mensual con la orientadora (una hora).\n"
                    "- Pictogramas y tarjetas bilingües elaborados por las "
                    "auxiliares y las tutoras."
                ),
                "results": (
                    "De enero a junio de 2023 las auxiliares acompañaron a 23 "
                    "alumnos de infantil y del primer ciclo de primaria. Las tutoras "
                    "cuentan que la mayoría empezó a participar en las rutinas del "
                    "aula en las dos o tres primeras semanas, cuando antes tardaban "
                    "varios meses.\n"
                    "\n"
                    "Las entrevistas con las familias, que antes se aplazaban por "
                    "falta de intérprete, se hicieron todas durante el primer mes. "
                    "Todavía no hemos medido resultados de forma sistemática; lo que "
                    "describimos es la experiencia del profesorado y de las "
                    "auxiliares."
                ),
                "transferability": (
                    "La práctica depende de encontrar personas con las lenguas "
                    "adecuadas y una entidad que pueda contratarlas; muchos "
                    "ayuntamientos y ONG tienen programas de mediación intercultural "
                    "que pueden adaptarse a este formato.\n"
                    "\n"
                    "Es importante que las auxiliares trabajen dentro del aula, que "
                    "su papel esté claro para todos y que vayan retirando la ayuda "
                    "poco a poco, para que el niño no dependa de ellas. También "
                    "deben conocer las normas de protección de datos y de protección "
                    "de la infancia."
                ),
            },
        },
    },
    {
        "slug": "coordinacion-mensual-servicios-sociales-absentismo",
        "author": "javier.moreno@demo.siehub.eu",
        "organisation": "ceip-san-carlos-madrid",
        "country": "ES",
        "original_language": "es",
        "status": "draft",
        "days_ago": 2,
        "featured": False,
        "target_groups": ["socio-economic", "roma", "all-pupils"],
        "measure_types": ["monitoring", "intervention"],
        "areas": ["stakeholders-involvement", "school-governance"],
        "education_levels": ["isced-0", "isced-1"],
        "evidence_level": "monitored",
        "scale": "municipality",
        "duration": "Desde el curso 2021/2022, una reunión al mes",
        "keywords": (
            "absentismo, servicios sociales, coordinación, mesa local de "
            "absentismo, protocolo"
        ),
        "text": {
            "es": {
                "title": (
                    "Coordinación mensual con servicios sociales y la mesa local de "
                    "absentismo"
                ),
                "summary": (
                    "Cada mes el equipo directivo, la PTSC y los servicios sociales "
                    "del distrito revisan juntos los casos de absentismo del "
                    "colegio. Los casos que no mejoran con la intervención del "
                    "centro pasan a la mesa local de absentismo. Hemos acordado un "
                    "protocolo con plazos claros para que ningún caso se quede "
                    "semanas sin respuesta."
                ),
                "context": (
                    "En nuestro colegio el absentismo se concentra en infantil y en "
                    "los primeros cursos de primaria, sobre todo en familias con "
                    "problemas graves de vivienda o de trabajo. Hasta 2021, cuando "
                    "el centro derivaba un caso a servicios sociales, a menudo "
                    "pasaban meses sin que supiéramos si alguien había contactado "
                    "con la familia.\n"
                    "\n"
                    "Cada institución tenía una parte de la información y nadie "
                    "tenía la visión completa. Además, las familias recibían "
                    "mensajes distintos del colegio y de servicios sociales."
                ),
                "objectives": (
                    "- Compartir cada mes la información necesaria sobre los casos "
                    "de absentismo, respetando la protección de datos.\n"
                    "- Acordar en cada caso quién hace qué y en qué plazo.\n"
                    "- Derivar a la mesa local de absentismo solo los casos que no "
                    "mejoran con la intervención del centro.\n"
                    "- Reducir el número de alumnos que faltan a más del 20% de las "
                    "sesiones."
                ),
                "activities": (
                    "El primer lunes de cada mes la PTSC prepara, con los datos del "
                    "centro, un listado de alumnos con más del 10% de faltas "
                    "injustificadas. El martes siguiente se reúnen la jefa de "
                    "estudios, la PTSC y la educadora social de los servicios "
                    "sociales del distrito.\n"
                    "\n"
                    "En la reunión se revisa cada caso: las llamadas y entrevistas "
                    "del tutor, la situación que conocen los servicios sociales y "
                    "los siguientes pasos. Si tras dos meses la asistencia no "
                    "mejora, el caso se presenta en la mesa local de absentismo, en "
                    "la que participan también la policía municipal y la inspección "
                    "educativa. Los acuerdos se recogen en un acta compartida de "
                    "acceso restringido."
                ),
                "resources": (
                    "- La PTSC del equipo de orientación, unas 4 horas al mes.\n"
                    "- La jefa de estudios y la educadora social de servicios "
                    "sociales, una hora y media al mes cada una.\n"
                    "- Un protocolo de coordinación firmado por el colegio y la "
                    "junta municipal del distrito.\n"
                    "- Un modelo de acta y el listado de casos, guardados en una "
                    "carpeta de acceso restringido."
                ),
                "results": (
                    "En el curso 2021/2022 revisamos 38 casos y en 2022/2023, 31. El "
                    "número de alumnos con más del 20% de faltas injustificadas bajó "
                    "de 22 a 14. El tiempo medio entre la detección de un caso y la "
                    "primera visita de servicios sociales pasó de unas seis semanas "
                    "a dos.\n"
                    "\n"
                    "En 2022/2023 solo 6 casos tuvieron que llegar a la mesa local "
                    "de absentismo, frente a 11 el curso anterior. Los datos "
                    "proceden del registro de faltas del centro y de las actas de "
                    "coordinación. Pendiente: añadir los datos de este curso."
                ),
                "transferability": (
                    "Cualquier centro puede proponer a los servicios sociales de su "
                    "municipio una reunión mensual con un protocolo sencillo. Lo que "
                    "más nos ha ayudado es tener plazos claros y un acta compartida.\n"
                    "\n"
                    "Antes de empezar hay que acordar qué datos se comparten y quién "
                    "puede verlos, y explicar a las familias cómo funciona la "
                    "coordinación. Estamos revisando todavía este texto antes de "
                    "enviarlo a revisión."
                ),
            },
        },
    },
]

# How other schools adapted a published practice (in the adapting school's
# language).
ADAPTATIONS = [
    {
        "practice": "aula-de-bienvenida-alumnado-recien-llegado",
        "author": "desislava.petrova@demo.siehub.eu",
        "school": "ou-otets-paisiy-pazardzhik",
        "original_language": "bg",
        "status": "published",
        "days_ago": 100,
        "period": "Учебната 2022/2023 година",
        "text": {
            "bg": {
                "title": "Класна стая за добре дошли за деца, завърнали се от чужбина",
                "context": (
                    "През последните години в нашето училище в Пазарджик всяка "
                    "година се връщат между 15 и 25 деца, които са живели със "
                    "семействата си в Германия, Великобритания или Испания. Много от "
                    "тях са прекъснали обучението си на български език, някои почти "
                    "не четат на кирилица, а други са учили в чужбина по съвсем "
                    "различна програма.\n"
                    "\n"
                    "Досега ги записвахме направо в съответния клас и те се "
                    "чувстваха изгубени. Испанската практика с класна стая за добре "
                    "дошли ни се стори подходяща, въпреки че нашите деца не са "
                    "мигранти в обичайния смисъл."
                ),
                "changes": (
                    "- Класната стая работи по два часа дневно, а през останалото "
                    "време децата са в своя клас, както в Мадрид.\n"
                    "- Вместо испански като втори език работим по български език и "
                    "четене на кирилица, с помагала за деца, за които българският не "
                    "е основен език.\n"
                    "- Първоначалната оценка включва и въпроси какво са учили в "
                    "чужбина, за да признаем знанията им.\n"
                    "- Срещата с родителите се води от медиатора, който говори "
                    "ромски и познава семействата, така че не ни трябваше преводач.\n"
                    "- Вместо „чичероне“ определяме съученик, който също е живял в "
                    "чужбина."
                ),
                "results": (
                    "През годината през класната стая минаха 19 ученици, които "
                    "средно след девет седмици преминаваха изцяло в своя клас. "
                    "Учителите отбелязват, че тези деца са по-спокойни и отсъстват "
                    "по-рядко от завърналите се в предходните години.\n"
                    "\n"
                    "Отсъствията на завърналите се ученици през първия срок бяха 9% "
                    "при около 16% за подобна група предходната година. До края на "
                    "годината 15 от 19-те деца четяха свободно на кирилица."
                ),
                "lessons": (
                    "Научихме, че завърналите се деца имат нужда от същото като "
                    "мигрантите: спокойно посрещане, оценка на реалното им ниво и "
                    "време за езика. Важно е да не ги третираме като изоставащи, а "
                    "да ценим това, което са научили в чужбина, включително езика.\n"
                    "\n"
                    "Трудно беше да освободим учител за два часа дневно; използвахме "
                    "часове от целодневната организация и от национална програма."
                ),
            },
            "en": {
                "title": "A welcome classroom for children returning from abroad",
                "context": (
                    "In recent years, between 15 and 25 children have returned to "
                    "our school in Pazardzhik each year after living with their "
                    "families in Germany, the United Kingdom or Spain. Many have "
                    "interrupted their schooling in Bulgarian, some can hardly read "
                    "Cyrillic, and others followed a completely different curriculum "
                    "abroad.\n"
                    "\n"
                    "Until then we enrolled them directly in the corresponding "
                    "grade, and they felt lost. The Spanish welcome-classroom "
                    "practice seemed right for us, even though our children are not "
                    "migrants in the usual sense."
                ),
                "changes": (
                    "- The classroom runs for two hours a day, and the rest of the "
                    "time the children are in their own class, as in Madrid.\n"
                    "- Instead of Spanish as a second language, we work on Bulgarian "
                    "and reading in Cyrillic, with materials for children for whom "
                    "Bulgarian is not the main language.\n"
                    "- The initial assessment also asks what they learnt abroad, so "
                    "that we recognise their knowledge.\n"
                    "- The meeting with parents is led by the mediator, who speaks "
                    "Romani and knows the families, so we did not need an "
                    "interpreter.\n"
                    '- Instead of a "cicerone", we pair the child with a classmate '
                    "who has also lived abroad."
                ),
                "results": (
                    "During the year 19 pupils went through the classroom; on "
                    "average they moved fully into their own class after nine weeks. "
                    "Teachers note that these children are calmer and miss school "
                    "less often than returning pupils in previous years.\n"
                    "\n"
                    "Absences of returning pupils in the first term were 9%, "
                    "compared with about 16% for a similar group the year before. By "
                    "the end of the year 15 of the 19 children read Cyrillic "
                    "fluently."
                ),
                "lessons": (
                    "We learnt that returning children need the same as migrants: a "
                    "calm welcome, an assessment of their real level and time for "
                    "the language. It is important not to treat them as lagging "
                    "behind, but to value what they learnt abroad, including the "
                    "language.\n"
                    "\n"
                    "It was hard to free a teacher for two hours a day; we used "
                    "hours from the full-day school programme and from a national "
                    "programme."
                ),
            },
        },
    },
    {
        "practice": "povik-do-semejstvoto-vtor-den-otsustvo",
        "author": "nuria.blanco@demo.siehub.eu",
        "school": "ceip-valle-inclan-getafe",
        "original_language": "es",
        "status": "published",
        "days_ago": 90,
        "period": "Curso 2022/2023",
        "text": {
            "es": {
                "title": (
                    "Llamar a la familia al segundo día de falta: la versión de un "
                    "colegio de Getafe"
                ),
                "context": (
                    "Conocimos la práctica de Bitola en la formación conjunta de SIE "
                    "HUB+. Nuestro colegio no tiene mediadores gitanos en plantilla, "
                    "pero sí un porcentaje alto de alumnado gitano y migrante, y un "
                    "absentismo que se concentra en rachas de varios días seguidos.\n"
                    "\n"
                    "En España el control de faltas lo lleva el tutor, que ya tiene "
                    "mucha carga, y la comunicación con las familias se hacía sobre "
                    "todo con mensajes de la plataforma educativa, que muchas "
                    "familias no leen."
                ),
                "changes": (
                    "- En lugar de los mediadores, llama la PTSC o, si no está, una "
                    "educadora de una asociación gitana del barrio con la que ya "
                    "colaborábamos.\n"
                    "- Mantuvimos el plazo de dos días, pero la llamada se hace "
                    "siempre antes de las 11:00.\n"
                    "- Las visitas a domicilio solo las hacen los servicios "
                    "sociales; nosotros invitamos a la familia a venir al colegio.\n"
                    "- Añadimos una tabla compartida con el tutor para que sepa qué "
                    "se ha hablado con la familia.\n"
                    "- Cada mes revisamos los casos en la comisión de absentismo del "
                    "centro."
                ),
                "results": (
                    "Durante el curso 2022/2023 se hicieron unas 240 llamadas a 71 "
                    "familias. Las faltas injustificadas del alumnado con absentismo "
                    "previo bajaron del 16% al 11% de las sesiones. En la mayoría de "
                    "los casos, el alumno volvió al colegio al día siguiente de la "
                    "llamada.\n"
                    "\n"
                    "Las familias valoran que se les llame para preguntar y no para "
                    "reñir. Algunos tutores desconfiaban al principio, pero ahora "
                    "piden que se llame también en otros casos."
                ),
                "lessons": (
                    "Lo esencial de la práctica de Bitola no es quién llama, sino "
                    "que llame alguien en quien la familia confía, pronto y con un "
                    "tono amable. La colaboración con la asociación del barrio fue "
                    "clave para llegar a familias que no contestaban al colegio.\n"
                    "\n"
                    "Aprendimos que hay que acordar desde el principio con el tutor "
                    "quién registra qué, para no duplicar el trabajo ni dar a las "
                    "familias mensajes contradictorios."
                ),
            },
            "en": {
                "title": (
                    "Calling the family on the second day of absence: a Getafe "
                    "school's version"
                ),
                "context": (
                    "We learnt about the Bitola practice at the SIE HUB+ joint staff "
                    "training. Our school has no Roma mediators on its staff, but it "
                    "does have a high share of Roma and migrant pupils, and absences "
                    "that come in runs of several days in a row.\n"
                    "\n"
                    "In Spain attendance is followed up by the class teacher, who "
                    "already has a heavy workload, and we communicated with families "
                    "mainly through messages on the school platform, which many "
                    "families do not read."
                ),
                "changes": (
                    "- Instead of mediators, the call is made by the community "
                    "services teacher (PTSC) or, when she is not available, by an "
                    "educator from a Roma association in the neighbourhood that we "
                    "already worked with.\n"
                    "- We kept the two-day limit, but the call is always made before "
                    "11:00.\n"
                    "- Only social services make home visits; instead, we invite the "
                    "family to come to the school.\n"
                    "- We added a table shared with the class teacher so that they "
                    "know what was discussed with the family.\n"
                    "- Every month we review the cases in the school's absenteeism "
                    "committee."
                ),
                "results": (
                    "During 2022/2023 about 240 calls were made to 71 families. "
                    "Unexcused absences among pupils with a history of absenteeism "
                    "fell from 16% to 11% of sessions. In most cases the pupil came "
                    "back to school the day after the call.\n"
                    "\n"
                    "Families appreciate being called to be asked rather than told "
                    "off. Some class teachers were sceptical at first, but now they "
                    "ask for calls in other cases too."
                ),
                "lessons": (
                    "The essence of the Bitola practice is not who calls, but that "
                    "someone the family trusts calls early and kindly. Working with "
                    "the neighbourhood association was key to reaching families who "
                    "did not answer the school.\n"
                    "\n"
                    "We learnt that the class teacher and the caller must agree from "
                    "the start who records what, so that work is not duplicated and "
                    "families do not get contradictory messages."
                ),
            },
            "mk": {
                "title": (
                    "Телефонски повик до семејството по вториот ден отсуство: "
                    "верзијата на едно училиште во Хетафе"
                ),
                "context": (
                    "Практиката од Битола ја запознавме на заедничката обука на SIE "
                    "HUB+. Нашето училиште нема вработени ромски медијатори, но има "
                    "голем процент ромски ученици и ученици мигранти, а учениците "
                    "најчесто отсуствуваат по неколку дена по ред.\n"
                    "\n"
                    "Во Шпанија отсуствата ги следи класниот раководител, кој и "
                    "онака има многу обврски, а комуникацијата со семејствата се "
                    "одвиваше главно преку пораки на образовната платформа, кои "
                    "многу семејства не ги читаат."
                ),
                "changes": (
                    "- Наместо медијаторите, се јавува социјалната работничка на "
                    "училиштето (PTSC) или, кога ја нема, соработничка на ромско "
                    "здружение од населбата со кое веќе соработувавме.\n"
                    "- Го задржавме рокот од два дена, но повикот секогаш се прави "
                    "пред 11 часот.\n"
                    "- Посети во домот прават само социјалните служби; ние го "
                    "покануваме семејството да дојде во училиштето.\n"
                    "- Додадовме табела што ја делиме со класниот раководител, за да "
                    "знае што е разговарано со семејството.\n"
                    "- Секој месец ги разгледуваме случаите во училишната комисија за "
                    "отсуства."
                ),
                "results": (
                    "Во учебната 2022/2023 година беа направени околу 240 повици до "
                    "71 семејство. Неоправданите изостаноци кај учениците што и "
                    "претходно често отсуствувале се намалија од 16% на 11% од "
                    "часовите. Во повеќето случаи ученикот се врати на училиште "
                    "следниот ден по повикот.\n"
                    "\n"
                    "Семејствата ценат што им се јавуваме за да прашаме, а не за да "
                    "ги караме. Некои класни раководители на почетокот беа "
                    "скептични, а сега бараат да се јавуваме и во други случаи."
                ),
                "lessons": (
                    "Суштината на практиката од Битола не е кој се јавува, туку да "
                    "се јави човек на кого семејството му верува, навреме и со "
                    "љубезен тон. Соработката со здружението од населбата беше "
                    "клучна за да стигнеме до семејствата што не му одговараа на "
                    "училиштето.\n"
                    "\n"
                    "Научивме дека уште од почетокот треба да се договориме со "
                    "класниот раководител кој што евидентира, за да не се дуплира "
                    "работата и семејствата да не добиваат спротивставени пораки."
                ),
            },
            "bg": {
                "title": (
                    "Обаждане до семейството на втория ден отсъствие: вариантът на "
                    "едно училище в Хетафе"
                ),
                "context": (
                    "Запознахме се с практиката от Битола на съвместното обучение по "
                    "SIE HUB+. В нашето училище няма назначени ромски медиатори, но "
                    "има висок дял ромски ученици и ученици мигранти, а отсъствията "
                    "обикновено са по няколко поредни дни.\n"
                    "\n"
                    "В Испания отсъствията се следят от класния ръководител, който и "
                    "без това е много натоварен, а общуването със семействата "
                    "ставаше главно чрез съобщения в образователната платформа, "
                    "които много семейства не четат."
                ),
                "changes": (
                    "- Вместо медиаторите се обажда социалната работничка на училището "
                    "(PTSC) или, когато я няма, сътрудничка на ромско сдружение от "
                    "квартала, с което вече работехме.\n"
                    "- Запазихме срока от два дни, но обаждането винаги е преди 11 "
                    "часа.\n"
                    "- Посещения по домовете правят само социалните служби; ние каним "
                    "семейството да дойде в училището.\n"
                    "- Добавихме таблица, обща с класния ръководител, за да знае какво "
                    "е обсъдено със семейството.\n"
                    "- Всеки месец разглеждаме случаите в училищната комисия по "
                    "отсъствията."
                ),
                "results": (
                    "През учебната 2022/2023 година бяха направени около 240 "
                    "обаждания до 71 семейства. Неизвинените отсъствия на учениците, "
                    "които и преди са отсъствали често, намаляха от 16% на 11% от "
                    "часовете. В повечето случаи ученикът се връщаше в училище на "
                    "следващия ден след обаждането.\n"
                    "\n"
                    "Семействата оценяват, че им се обаждаме, за да попитаме, а не "
                    "за да им се караме. Някои класни ръководители в началото се "
                    "отнасяха с недоверие, но сега искат да се обаждаме и в други "
                    "случаи."
                ),
                "lessons": (
                    "Същността на практиката от Битола не е кой се обажда, а да се "
                    "обади човек, на когото семейството има доверие, навреме и с "
                    "любезен тон. Сътрудничеството със сдружението от квартала беше "
                    "ключово, за да стигнем до семейства, които не отговаряха на "
                    "училището.\n"
                    "\n"
                    "Научихме, че още от началото трябва да се договорим с класния "
                    "ръководител кой какво записва, за да не се дублира работата и "
                    "семействата да не получават противоречиви съобщения."
                ),
            },
        },
    },
    {
        "practice": "desayunos-con-familias",
        "author": "teacher@demo.siehub.eu",
        "school": "oou-goce-delchev-bitola",
        "original_language": "mk",
        "status": "published",
        "days_ago": 75,
        "period": "Учебната 2022/2023 година",
        "text": {
            "mk": {
                "title": "Појадок со родителите еднаш месечно",
                "context": (
                    "Кај нас родителските средби се одржуваат по паралелки и на нив "
                    "доаѓаат главно истите родители. Родителите од ромските и од "
                    "социјално загрозените семејства ретко доаѓаат и често се "
                    "чувствуваат непријатно, бидејќи средбите се поврзани со оценки "
                    "и изостаноци.\n"
                    "\n"
                    "Шпанските колеги ни ја претставија практиката за време на "
                    "мобилноста во Мадрид. Ни се допадна што е едноставна и "
                    "неформална, па решивме да ја пробаме во нашето училиште."
                ),
                "changes": (
                    "- Појадокот го организираме во училишниот хол, бидејќи немаме "
                    "трпезарија, секој последен петок во месецот од 8 до 9 часот.\n"
                    "- Поканите лично ги носи ромскиот медијатор, а преку Вајбер "
                    "групите на паралелките праќаме потсетник.\n"
                    "- Пецивата ги подготвува училишната кујна, а кафето го "
                    "обезбедува Советот на родители.\n"
                    "- На секој појадок има по еден гостин: медицинска сестра од "
                    "здравствениот дом, претставник од Центарот за социјална работа "
                    "или од општината.\n"
                    "- Темите ги предлагаат родителите преку кутија за предлози."
                ),
                "results": (
                    "Во текот на годината организиравме седум појадоци со просечно "
                    "18 родители, од кои половина претходно не доаѓале на родителски "
                    "средби. Во второто полугодие на индивидуалните разговори со "
                    "одделенските раководители дојдоа околу 55% од родителите, "
                    "наспроти 40% во првото.\n"
                    "\n"
                    "Родителите најмногу го ценеа тоа што можеа да разговараат со "
                    "директорот без посебен повод."
                ),
                "lessons": (
                    "Неформалниот тон е најважен. Првиот појадок премногу личеше на "
                    "родителска средба, со долго излагање, и следниот пат дојдоа "
                    "помалку родители. Потоа презентациите ги скративме на десетина "
                    "минути.\n"
                    "\n"
                    "Личната покана од медијаторот направи најголема разлика кај "
                    "ромските семејства. Препорачуваме појадокот секогаш да биде во "
                    "ист ден и час."
                ),
            },
        },
    },
    {
        "practice": "povik-do-semejstvoto-vtor-den-otsustvo",
        "author": "yordanka.kirilova@demo.siehub.eu",
        "school": "ou-hristo-botev-kyustendil",
        "original_language": "bg",
        "status": "published",
        "days_ago": 60,
        "period": "Учебната 2022/2023 година",
        "text": {
            "bg": {
                "title": (
                    "Обаждане до семейството на втория ден отсъствие: нашият вариант "
                    "в Кюстендил"
                ),
                "context": (
                    "В нашето училище в Кюстендил над две трети от учениците са "
                    "роми. Имаме двама образователни медиатори, но до 2022 година те "
                    "се занимаваха главно с документацията по обхвата и посещаваха "
                    "семействата едва когато ученикът вече имаше много неизвинени "
                    "отсъствия.\n"
                    "\n"
                    "Практиката от Битола ни впечатли, защото е проста и почти не "
                    "струва пари. В България вече работят екипите за обхват по "
                    "Механизма за съвместна работа на институциите и искахме да "
                    "свържем практиката с тях."
                ),
                "changes": (
                    "- Медиаторите проверяват отсъствията в електронния дневник "
                    "всяка сутрин и се обаждат на втория ден, както в Битола.\n"
                    "- Ако ученикът не се върне и след третия ден, случаят се поема "
                    "от екипа за обхват, в който участват училището, общината и "
                    "социалните служби.\n"
                    "- След всеки разговор изпращаме на родителя кратък SMS с "
                    "договореното.\n"
                    "- Започнахме само с учениците от 5. до 7. клас, където "
                    "отсъствията бяха най-много, и едва след първия срок разширихме "
                    "практиката за всички класове."
                ),
                "results": (
                    "За една учебна година неизвинените отсъствия на учениците от 5. "
                    "до 7. клас намаляха от 21% на 15% от часовете. Броят на "
                    "учениците, за които училището е подало сигнал до отдел „Закрила "
                    "на детето“ заради отсъствия, намаля от 17 на 9.\n"
                    "\n"
                    "Медиаторите казват, че вече познават по-добре семействата и "
                    "разговорите им са по-малко напрегнати, защото се обаждат, преди "
                    "проблемът да е станал голям."
                ),
                "lessons": (
                    "Важно е медиаторите да имат ясно определено време за сутрешната "
                    "проверка и за обажданията, иначе другите задачи ги изместват. "
                    "Директорът трябва да пази това време.\n"
                    "\n"
                    "Връзката с екипите за обхват работи, но трябва да се внимава "
                    "семействата да не възприемат обаждането като първа стъпка към "
                    "наказание. Затова медиаторите подчертават, че се обаждат, за да "
                    "помогнат."
                ),
            },
            "en": {
                "title": (
                    "A call to the family on the second day of absence: our version "
                    "in Kyustendil"
                ),
            },
        },
    },
    {
        "practice": "povik-do-semejstvoto-vtor-den-otsustvo",
        "author": "vesna.angelovska@demo.siehub.eu",
        "school": "oou-bratstvo-prilep",
        "original_language": "mk",
        "status": "published",
        "days_ago": 40,
        "period": "Второто полугодие од учебната 2022/2023 година",
        "text": {
            "mk": {
                "title": (
                    "Повик до семејството по вториот ден отсуство во училиште без "
                    "медијатор"
                ),
                "context": (
                    "Во нашето училиште во Прилеп немаме ромски медијатор, а "
                    "ромските ученици се помалку отколку во Битола. Поголем проблем "
                    "ни се изостаноците на учениците од селата и од семејствата што "
                    "сезонски работат во земјоделството.\n"
                    "\n"
                    "Практиката од ООУ „Св. Кирил и Методиј“ ја видовме на средбата "
                    "на училиштата од мрежата на SIE HUB+ и решивме да ја пробаме во "
                    "второто полугодие, со луѓето што веќе ги имаме."
                ),
                "changes": (
                    "- Наместо медијатор, повиците ги прави педагогот, а во "
                    "паралелките од шесто до деветто одделение одделенскиот "
                    "раководител, кој затоа има еден час помалку дежурство неделно.\n"
                    "- За учениците од селата се договоривме со возачот на "
                    "училишниот автобус да јави кога некој ученик не се качил, па "
                    "повикот понекогаш е истиот ден.\n"
                    "- Посета на домот правиме само ако семејството не се јави ни по "
                    "третиот ден.\n"
                    "- Табелата со повиците ја поврзавме со месечниот преглед на "
                    "изостаноците."
                ),
                "results": (
                    "Во второто полугодие направивме 86 повици до 39 семејства. Во "
                    "споредба со првото полугодие, неоправданите изостаноци се "
                    "намалија од 9% на 6,5% од часовите, а кај учениците од селата "
                    "од 12% на 8%.\n"
                    "\n"
                    "Одделенските раководители велат дека повикот е корисен, но им "
                    "одзема време во деновите кога има многу отсуства. Родителите "
                    "главно реагираа позитивно, а неколкумина побараа телефонот на "
                    "педагогот за сами да јавуваат."
                ),
                "lessons": (
                    "Практиката функционира и без медијатор, но тогаш е важно да се "
                    "јавува човек што семејството веќе го познава. Кога се јавуваше "
                    "нов вработен, разговорите беа пократки и помалку искрени.\n"
                    "\n"
                    "Едно полугодие е кратко време за сериозни заклучоци. Следната "
                    "учебна година сакаме да почнеме од септември и да ја следиме "
                    "цела година."
                ),
            },
        },
    },
    {
        "practice": "tabela-za-rano-preduprereduvanje",
        "author": "javier.moreno@demo.siehub.eu",
        "school": "ceip-san-carlos-madrid",
        "original_language": "es",
        "status": "published",
        "days_ago": 30,
        "period": "Curso 2023/2024, primer y segundo trimestre",
        "text": {
            "es": {
                "title": (
                    "Semáforo mensual de asistencia y rendimiento en un colegio de "
                    "Madrid"
                ),
                "context": (
                    "En nuestro colegio la información sobre faltas, notas y "
                    "convivencia estaba en la plataforma de gestión, pero dispersa. "
                    "Los tutores conocían a sus alumnos, pero el equipo directivo y "
                    "la orientación se enteraban tarde de los casos preocupantes.\n"
                    "\n"
                    "En un encuentro de SIE HUB+ los compañeros de Bitola explicaron "
                    "cómo revisan cada mes una tabla de colores. Nos pareció "
                    "sencillo y decidimos adaptarlo a un colegio de infantil y "
                    "primaria."
                ),
                "changes": (
                    "- Usamos tres indicadores adaptados a primaria: faltas "
                    "injustificadas, áreas con evaluación negativa y partes de "
                    "convivencia, más una casilla para las observaciones del tutor.\n"
                    "- En infantil solo miramos la asistencia, con umbrales más "
                    "bajos.\n"
                    "- La reunión mensual la hace la comisión de absentismo del "
                    "centro, con la PTSC del equipo de orientación.\n"
                    "- Con los casos en rojo, la primera medida es siempre una "
                    "entrevista del tutor con la familia, antes de cualquier "
                    "derivación.\n"
                    "- La tabla se genera a partir de una exportación de la "
                    "plataforma de gestión y no se imprime."
                ),
                "results": (
                    "En el primer trimestre la tabla marcó en rojo a 27 alumnos. En "
                    "19 casos la entrevista con la familia se hizo en menos de dos "
                    "semanas. Al final del segundo trimestre, 15 de esos alumnos "
                    "habían pasado a amarillo o verde.\n"
                    "\n"
                    "El absentismo global del centro bajó del 6,2% al 5,1% entre el "
                    "primer y el segundo trimestre, aunque todavía es pronto para "
                    "saber si el cambio se mantiene."
                ),
                "lessons": (
                    "Lo más útil no ha sido la tabla, sino tener un momento fijo al "
                    "mes para hablar del alumnado en riesgo y salir con tareas "
                    "concretas. Tuvimos que ajustar los umbrales dos veces, porque "
                    "al principio salían demasiados alumnos en amarillo.\n"
                    "\n"
                    "En infantil los datos de asistencia dicen poco si no se habla "
                    "con las familias; ahí la coordinación con la PTSC es "
                    "imprescindible."
                ),
            },
            "en": {
                "title": (
                    "A monthly traffic light for attendance and attainment in a "
                    "Madrid primary school"
                ),
            },
            "mk": {
                "title": (
                    "Месечен семафор за присуство и успех во едно основно училиште во "
                    "Мадрид"
                ),
                "context": (
                    "Во нашето училиште информациите за изостаноците, оценките и "
                    "однесувањето беа во системот за управување со училиштето, но "
                    "расфрлани. Класните раководители ги познаваа своите ученици, но "
                    "раководството и стручната служба доцна дознаваа за "
                    "загрижувачките случаи.\n"
                    "\n"
                    "На една средба на SIE HUB+ колегите од Битола објаснија како "
                    "секој месец разгледуваат табела во бои. Ни се виде едноставно и "
                    "решивме да го прилагодиме за училиште со предучилишни групи и "
                    "основно образование."
                ),
                "changes": (
                    "- Користиме три показатели прилагодени за основното образование: "
                    "неоправдани отсуства, предмети со недоволна оценка и записи за "
                    "однесувањето, плус поле за забелешките на класниот раководител.\n"
                    "- Во предучилишните групи следиме само присуство, со пониски "
                    "прагови.\n"
                    "- Месечната средба ја води училишната комисија за отсуства, со "
                    "социјалната работничка (PTSC) од стручната служба.\n"
                    "- Кај случаите во црвено, првиот чекор секогаш е разговор на "
                    "класниот раководител со семејството, пред какво било упатување "
                    "понатаму.\n"
                    "- Табелата се прави од извоз од системот за управување со "
                    "училиштето и не се печати."
                ),
                "results": (
                    "Во првото тромесечје табелата означи 27 ученици во црвено. Во "
                    "19 случаи разговорот со семејството се одржа за помалку од две "
                    "недели. До крајот на второто тромесечје 15 од тие ученици "
                    "преминаа во жолто или зелено.\n"
                    "\n"
                    "Вкупните изостаноци во училиштето се намалија од 6,2% на 5,1% "
                    "меѓу првото и второто тромесечје, иако е уште рано да се каже "
                    "дали промената ќе се задржи."
                ),
                "lessons": (
                    "Најкорисна не беше самата табела, туку тоа што секој месец "
                    "имаме одредено време да разговараме за учениците во ризик и да "
                    "излеземе со конкретни задачи. Праговите мораше да ги менуваме "
                    "двапати, бидејќи на почетокот премногу ученици излегуваа во "
                    "жолто.\n"
                    "\n"
                    "Во предучилишните групи податоците за присуството малку "
                    "кажуваат ако не се разговара со семејствата; таму соработката "
                    "со социјалната работничка (PTSC) е неопходна."
                ),
            },
            "bg": {
                "title": (
                    "Месечен светофар за присъствие и успех в едно основно училище в "
                    "Мадрид"
                ),
                "context": (
                    "В нашето училище информацията за отсъствията, оценките и "
                    "поведението беше в системата за управление на училището, но "
                    "разпръсната. Класните ръководители познаваха учениците си, но "
                    "ръководството и екипът за подкрепа научаваха късно за "
                    "тревожните случаи.\n"
                    "\n"
                    "На среща по SIE HUB+ колегите от Битола разказаха как всеки "
                    "месец преглеждат цветна таблица. Стори ни се лесно и решихме да "
                    "го пригодим за училище с предучилищни групи и начални класове."
                ),
                "changes": (
                    "- Използваме три показателя, пригодени за основното образование: "
                    "неизвинени отсъствия, предмети с незадоволителна оценка и "
                    "забележки за поведение, плюс поле за бележките на класния "
                    "ръководител.\n"
                    "- В предучилищните групи следим само присъствието, с по-ниски "
                    "прагове.\n"
                    "- Месечната среща се води от училищната комисия по отсъствията, "
                    "със социалната работничка (PTSC) от екипа за подкрепа.\n"
                    "- При случаите в червено първата стъпка винаги е разговор на "
                    "класния ръководител със семейството, преди каквото и да е "
                    "насочване другаде.\n"
                    "- Таблицата се създава от експорт от системата за управление на "
                    "училището и не се разпечатва."
                ),
                "results": (
                    "През първото тримесечие таблицата отбеляза в червено 27 "
                    "ученици. В 19 от случаите разговорът със семейството се проведе "
                    "за по-малко от две седмици. До края на второто тримесечие 15 от "
                    "тези ученици бяха преминали в жълто или зелено.\n"
                    "\n"
                    "Общите отсъствия в училището намаляха от 6,2% на 5,1% между "
                    "първото и второто тримесечие, макар че е още рано да се каже "
                    "дали промяната ще се запази."
                ),
                "lessons": (
                    "Най-полезна се оказа не самата таблица, а това, че всеки месец "
                    "имаме определено време да обсъдим учениците в риск и да излезем "
                    "с конкретни задачи. Наложи се два пъти да променяме праговете, "
                    "защото в началото твърде много ученици излизаха в жълто.\n"
                    "\n"
                    "В предучилищните групи данните за присъствието казват малко, "
                    "ако не се говори със семействата; там координацията със "
                    "социалната работничка (PTSC) е абсолютно необходима."
                ),
            },
        },
    },
    {
        "practice": "zanimalnya-za-domashni-s-mestno-sdruzhenie",
        "author": "maestra@demo.siehub.eu",
        "school": "ceip-antonio-machado-madrid",
        "original_language": "es",
        "status": "submitted",
        "days_ago": 8,
        "period": "Curso 2023/2024, desde octubre",
        "text": {
            "es": {
                "title": "Club de deberes con una asociación del barrio",
                "context": (
                    "En nuestro colegio muchas familias no pueden ayudar con los "
                    "deberes: trabajan por la tarde, no dominan el español o tienen "
                    "poca formación. El colegio ya ofrecía actividades "
                    "extraescolares, pero eran de pago y las familias más "
                    "vulnerables no se apuntaban.\n"
                    "\n"
                    "La práctica de Kiustendil nos llamó la atención porque combina "
                    "profesorado, voluntariado y jóvenes del propio barrio como "
                    "referentes para los más pequeños."
                ),
                "changes": (
                    "- El club funciona dos tardes a la semana (lunes y miércoles) "
                    "en lugar de cuatro, por falta de espacios y de personal.\n"
                    "- Lo coordina una asociación del barrio con la que ya "
                    "colaborábamos; el colegio cede la biblioteca y dos aulas.\n"
                    "- Los voluntarios son estudiantes de Magisterio de una "
                    "universidad cercana, que les reconoce la actividad como "
                    "prácticas.\n"
                    "- La merienda se paga con una ayuda municipal para actividades "
                    "de tarde.\n"
                    "- En lugar de un cuaderno común, los tutores envían a la "
                    "asociación una ficha breve cada quince días."
                ),
                "results": (
                    "Desde octubre asisten con regularidad 34 alumnos de 3.º a 6.º. "
                    "Todavía es pronto para hablar de resultados en las notas, pero "
                    "los tutores observan que los alumnos que asisten traen los "
                    "deberes hechos con más frecuencia y participan más en clase.\n"
                    "\n"
                    "Al final del curso compararemos las notas de Lengua y "
                    "Matemáticas y la asistencia de estos alumnos con las del curso "
                    "anterior."
                ),
                "lessons": (
                    "Lo más difícil ha sido encontrar jóvenes del barrio que quieran "
                    "colaborar, que en Kiustendil era la clave. Estamos hablando con "
                    "antiguos alumnos que ahora estudian en el instituto.\n"
                    "\n"
                    "También hemos aprendido que el club tiene que ser un espacio "
                    "agradable y no una prolongación de la clase: la merienda y el "
                    "rato de juego del final son tan importantes como los deberes."
                ),
            },
        },
    },
    {
        "practice": "padrinos-lectores",
        "author": "marija.trajkovska@demo.siehub.eu",
        "school": "oou-kiril-metodij-bitola",
        "original_language": "mk",
        "status": "draft",
        "days_ago": 3,
        "period": "Учебната 2023/2024 година",
        "text": {
            "mk": {
                "title": (
                    "Читачки другарчиња: учениците од петто одделение читаат со "
                    "првачињата"
                ),
                "context": (
                    "Во нашето училиште многу ученици од ромски семејства доаѓаат во "
                    "прво одделение со слабо познавање на македонскиот јазик и дома "
                    "немаат книги. Учителките велат дека на крајот на второ "
                    "одделение голем дел од учениците сè уште читаат многу бавно.\n"
                    "\n"
                    "Практиката од Хетафе ја најдовме на платформата и ни се допадна "
                    "што не бара пари, а ги вклучува постарите ученици како помагачи."
                ),
                "changes": (
                    "- Читаме еднаш неделно, на часот на одделенската заедница, "
                    "бидејќи распоредот не дозволува два термина.\n"
                    "- Кумовите се од петто одделение, кое кај нас е сè уште "
                    "одделенска настава, па организацијата е полесна.\n"
                    "- Текстовите ги избираме од читанките и од детски списанија на "
                    "македонски јазик.\n"
                    "- Каде што е можно, спаруваме ученици што зборуваат ромски, за "
                    "да можат да си објаснуваат."
                ),
                "results": (
                    "Почнавме во октомври со 38 парови. Засега немаме измерени "
                    "резултати; на крајот на годината ќе ја споредиме брзината на "
                    "читање со онаа на минатогодишната генерација.\n"
                    "\n"
                    "Учителките забележуваат дека првачињата со нетрпение го чекаат "
                    "денот за читање, а дел од петтоодделенците, кои инаку се "
                    "немирни, се однесуваат многу одговорно."
                ),
                "lessons": (
                    "Уште е рано за поуки. Засега гледаме дека обуката на кумовите е "
                    "неопходна: во првите недели некои од нив самите го читаа целиот "
                    "текст наместо да ги пуштат малите да читаат.\n"
                    "\n"
                    "Текстот ќе го дополниме на крајот на учебната година."
                ),
            },
        },
    },
]
