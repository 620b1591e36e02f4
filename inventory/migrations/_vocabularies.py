"""The controlled vocabularies of VOCABULARY.md, in English, Macedonian, Bulgarian, Spanish.

Pure data, read by the data migration 0003_vocabularies; it is frozen with that migration, so
later changes to the terms belong in admin or in a new migration, not here. Each term has a
stable slug, a name and a one-sentence description (help text) in the four languages, in the
order in which the terms are listed.
"""

VOCABULARIES = {
    "area": [
        {
            "slug": "school-governance",
            "name": {
                "en": "School governance",
                "mk": "Управување со училиштето",
                "bg": "Управление на училището",
                "es": "Gobernanza del centro",
            },
            "description": {
                "en": (
                    "How the school is led and organised to prevent early leaving: a "
                    "shared vision, a whole-school plan, the use of data and a "
                    "climate in which every pupil belongs."
                ),
                "mk": (
                    "Како училиштето се води и организира за да се спречи раното "
                    "напуштање: заедничка визија, план на ниво на целото училиште, "
                    "користење податоци и клима во која секој ученик чувствува дека "
                    "припаѓа."
                ),
                "bg": (
                    "Как училището се ръководи и организира, за да предотвратява "
                    "ранното напускане: обща визия, план за цялото училище, "
                    "използване на данни и среда, в която всеки ученик се чувства "
                    "приет."
                ),
                "es": (
                    "Cómo se dirige y organiza el centro para prevenir el abandono "
                    "temprano: una visión compartida, un plan de centro, el uso de "
                    "datos y un clima en el que todo el alumnado se siente parte."
                ),
            },
        },
        {
            "slug": "teachers",
            "name": {
                "en": "Teachers",
                "mk": "Наставници",
                "bg": "Учители",
                "es": "Profesorado",
            },
            "description": {
                "en": (
                    "Teachers' competences, initial and continuing training, "
                    "collaboration and wellbeing, so that they can teach diverse "
                    "classes and recognise the first signs of disengagement."
                ),
                "mk": (
                    "Компетенциите, иницијалното образование, професионалниот "
                    "развој, соработката и благосостојбата на наставниците, за да "
                    "можат да работат со разновидни паралелки и навреме да ги "
                    "препознаат првите знаци на оддалечување од училиштето."
                ),
                "bg": (
                    "Компетентностите, първоначалната подготовка и квалификацията, "
                    "сътрудничеството и благополучието на учителите, за да работят с "
                    "разнородни класове и да разпознават навреме първите признаци на "
                    "отдръпване от училище."
                ),
                "es": (
                    "Las competencias, la formación inicial y permanente, la "
                    "colaboración y el bienestar del profesorado, para que pueda "
                    "atender a grupos diversos y detectar a tiempo las primeras "
                    "señales de desvinculación."
                ),
            },
        },
        {
            "slug": "support-to-learners",
            "name": {
                "en": "Support to learners",
                "mk": "Поддршка на учениците",
                "bg": "Подкрепа за учениците",
                "es": "Apoyo al alumnado",
            },
            "description": {
                "en": (
                    "Targeted and individual support for pupils: tutoring, "
                    "mentoring, counselling, language support, career guidance and "
                    "help at the transitions between school levels."
                ),
                "mk": (
                    "Насочена и индивидуална поддршка за учениците: дополнителна "
                    "настава, менторство, советување, јазична поддршка, "
                    "професионална ориентација и помош при преминот од едно во друго "
                    "ниво на образование."
                ),
                "bg": (
                    "Целенасочена и индивидуална подкрепа за учениците: допълнителни "
                    "занимания, наставничество, консултиране, езикова подкрепа, "
                    "кариерно ориентиране и помощ при прехода между образователните "
                    "етапи."
                ),
                "es": (
                    "Apoyo específico e individual para el alumnado: refuerzo, "
                    "mentoría, orientación personal y profesional, apoyo lingüístico "
                    "y acompañamiento en el paso de una etapa educativa a otra."
                ),
            },
        },
        {
            "slug": "parental-involvement",
            "name": {
                "en": "Parental involvement",
                "mk": "Вклучување на родителите",
                "bg": "Участие на родителите",
                "es": "Implicación de las familias",
            },
            "description": {
                "en": (
                    "Building trust and regular communication with all families, "
                    "including those the school finds hard to reach, and involving "
                    "parents in their children's learning and in school life."
                ),
                "mk": (
                    "Градење доверба и редовна комуникација со сите семејства, "
                    "вклучително и со оние до кои училиштето тешко допира, и "
                    "вклучување на родителите во учењето на децата и во животот на "
                    "училиштето."
                ),
                "bg": (
                    "Изграждане на доверие и редовна комуникация с всички семейства, "
                    "включително с тези, до които училището трудно достига, и "
                    "включване на родителите в ученето на децата и в живота на "
                    "училището."
                ),
                "es": (
                    "Construir confianza y una comunicación regular con todas las "
                    "familias, también con las que menos se acercan al centro, e "
                    "implicarlas en el aprendizaje de sus hijos e hijas y en la vida "
                    "escolar."
                ),
            },
        },
        {
            "slug": "stakeholders-involvement",
            "name": {
                "en": "Stakeholders involvement",
                "mk": "Вклучување на засегнатите страни",
                "bg": "Участие на заинтересованите страни",
                "es": "Participación de otros agentes",
            },
            "description": {
                "en": (
                    "Cooperation with municipalities, social and health services, "
                    "NGOs, mediators, employers and the local community to meet "
                    "pupils' needs beyond the classroom."
                ),
                "mk": (
                    "Соработка со општината, социјалните и здравствените служби, "
                    "граѓанските организации, медијаторите, работодавачите и "
                    "локалната заедница за да се одговори на потребите на учениците "
                    "надвор од училницата."
                ),
                "bg": (
                    "Сътрудничество с общината, социалните и здравните служби, "
                    "неправителствените организации, медиаторите, работодателите и "
                    "местната общност, за да се отговори на нуждите на учениците "
                    "извън класната стая."
                ),
                "es": (
                    "Colaboración con el ayuntamiento, los servicios sociales y "
                    "sanitarios, las ONG, los mediadores, las empresas y la "
                    "comunidad local para atender las necesidades del alumnado más "
                    "allá del aula."
                ),
            },
        },
    ],
    "measure_type": [
        {
            "slug": "prevention",
            "name": {
                "en": "Prevention",
                "mk": "Превенција",
                "bg": "Превенция",
                "es": "Prevención",
            },
            "description": {
                "en": (
                    "Acts before problems start: tackles the root causes of early "
                    "school leaving for all pupils."
                ),
                "mk": (
                    "Делува пред да се појават проблемите: ги решава коренските "
                    "причини за раното напуштање на училиштето кај сите ученици."
                ),
                "bg": (
                    "Действа, преди да са възникнали проблемите: въздейства върху "
                    "първопричините за ранното напускане на училище при всички "
                    "ученици."
                ),
                "es": (
                    "Actúa antes de que surjan los problemas: aborda las causas de "
                    "fondo del abandono escolar temprano para todo el alumnado."
                ),
            },
        },
        {
            "slug": "intervention",
            "name": {
                "en": "Intervention",
                "mk": "Интервенција",
                "bg": "Интервенция",
                "es": "Intervención",
            },
            "description": {
                "en": (
                    "An early response to the first signs of disengagement, for "
                    "pupils at risk."
                ),
                "mk": (
                    "Навремен одговор на првите знаци на оддалечување од училиштето, "
                    "наменет за учениците во ризик."
                ),
                "bg": (
                    "Ранна реакция при първите признаци на отдръпване от училище, "
                    "насочена към учениците в риск."
                ),
                "es": (
                    "Respuesta temprana a las primeras señales de desvinculación, "
                    "dirigida al alumnado en riesgo."
                ),
            },
        },
        {
            "slug": "compensation",
            "name": {
                "en": "Compensation",
                "mk": "Компензација",
                "bg": "Компенсиране",
                "es": "Compensación",
            },
            "description": {
                "en": "Second chances for those who have already left education.",
                "mk": "Втора шанса за оние што веќе го напуштиле образованието.",
                "bg": (
                    "Втори шанс за онези, които вече са напуснали образователната "
                    "система."
                ),
                "es": (
                    "Segundas oportunidades para quienes ya han abandonado la "
                    "educación."
                ),
            },
        },
        {
            "slug": "monitoring",
            "name": {
                "en": "Monitoring",
                "mk": "Следење",
                "bg": "Мониторинг",
                "es": "Seguimiento",
            },
            "description": {
                "en": "Data and early-warning systems that track attendance and risk.",
                "mk": (
                    "Податоци и системи за рано предупредување што ги следат "
                    "присуството и ризикот од напуштање."
                ),
                "bg": (
                    "Данни и системи за ранно предупреждение, които проследяват "
                    "присъствието и риска от отпадане."
                ),
                "es": (
                    "Datos y sistemas de alerta temprana que registran la asistencia "
                    "y el riesgo de abandono."
                ),
            },
        },
    ],
    "target_group": [
        {
            "slug": "roma",
            "name": {
                "en": "Roma pupils",
                "mk": "Ромски ученици",
                "bg": "Ромски ученици",
                "es": "Alumnado gitano",
            },
            "description": {
                "en": (
                    "Pupils from Roma communities, who in all three partner "
                    "countries leave school early far more often than their peers."
                ),
                "mk": (
                    "Ученици од ромската заедница, кои во сите три партнерски земји "
                    "многу почесто од своите врсници рано го напуштаат училиштето."
                ),
                "bg": (
                    "Ученици от ромската общност, които и в трите партньорски страни "
                    "напускат училище рано много по-често от своите връстници."
                ),
                "es": (
                    "Alumnado de la comunidad gitana, que en los tres países socios "
                    "abandona la escuela de forma temprana mucho más que sus "
                    "compañeros."
                ),
            },
        },
        {
            "slug": "ethnic-minorities",
            "name": {
                "en": "Pupils from other ethnic minorities",
                "mk": "Ученици од други етнички заедници",
                "bg": "Ученици от други етнически малцинства",
                "es": "Alumnado de otras minorías étnicas",
            },
            "description": {
                "en": (
                    "Pupils from national or ethnic minorities other than Roma, such "
                    "as Turkish, Albanian or Egyptian communities, who may face "
                    "language, social or cultural barriers at school."
                ),
                "mk": (
                    "Ученици од етнички заедници различни од ромската, како "
                    "турската, албанската или египќанската, кои во училиштето може "
                    "да наидат на јазични, социјални или културни бариери."
                ),
                "bg": (
                    "Ученици от етнически малцинства, различни от ромското, например "
                    "от турски или друг произход, които могат да срещат езикови, "
                    "социални или културни пречки в училище."
                ),
                "es": (
                    "Alumnado de minorías nacionales o étnicas distintas de la "
                    "gitana, como la turca, la albanesa o la egipcia en los "
                    "Balcanes, que puede encontrar barreras lingüísticas, sociales o "
                    "culturales en la escuela."
                ),
            },
        },
        {
            "slug": "migrants-refugees",
            "name": {
                "en": "Migrant and refugee pupils",
                "mk": "Ученици мигранти и бегалци",
                "bg": "Ученици мигранти и бежанци",
                "es": "Alumnado migrante y refugiado",
            },
            "description": {
                "en": (
                    "Newly arrived or second-generation pupils with a migrant "
                    "background, including asylum seekers and refugees, often with "
                    "interrupted schooling."
                ),
                "mk": (
                    "Новопристигнати ученици или ученици од втора генерација со "
                    "мигрантско потекло, вклучително баратели на азил и бегалци, "
                    "често со прекинато школување."
                ),
                "bg": (
                    "Новопристигнали ученици или ученици от второ поколение с "
                    "мигрантски произход, включително търсещи закрила и бежанци, "
                    "често с прекъснато обучение."
                ),
                "es": (
                    "Alumnado recién llegado o de segunda generación de origen "
                    "migrante, incluidos solicitantes de asilo y refugiados, a "
                    "menudo con una escolarización interrumpida."
                ),
            },
        },
        {
            "slug": "socio-economic",
            "name": {
                "en": "Socio-economically disadvantaged pupils",
                "mk": "Социо-економски загрозени ученици",
                "bg": "Ученици в социално-икономически неравностойно положение",
                "es": "Alumnado en desventaja socioeconómica",
            },
            "description": {
                "en": (
                    "Pupils from low-income households or with parents of low "
                    "education, for whom costs, work or housing problems get in the "
                    "way of school."
                ),
                "mk": (
                    "Ученици од семејства со ниски приходи или со родители со ниско "
                    "образование, на кои трошоците, работата или условите за живеење "
                    "им го отежнуваат редовното школување."
                ),
                "bg": (
                    "Ученици от семейства с ниски доходи или с родители с ниско "
                    "образование, за които разходите, работата или жилищните условия "
                    "затрудняват редовното посещаване на училище."
                ),
                "es": (
                    "Alumnado de hogares con bajos ingresos o con familias de bajo "
                    "nivel educativo, para quien los gastos, el trabajo o la "
                    "vivienda dificultan la escolarización."
                ),
            },
        },
        {
            "slug": "sen",
            "name": {
                "en": "Pupils with special educational needs or learning difficulties",
                "mk": "Ученици со посебни образовни потреби или тешкотии во учењето",
                "bg": (
                    "Ученици със специални образователни потребности или затруднения "
                    "в ученето"
                ),
                "es": (
                    "Alumnado con necesidades educativas especiales o dificultades "
                    "de aprendizaje"
                ),
            },
            "description": {
                "en": (
                    "Pupils with disabilities, specific learning difficulties or "
                    "other needs that require adapted teaching or additional support."
                ),
                "mk": (
                    "Ученици со попреченост, специфични тешкотии во учењето или "
                    "други потреби за кои е потребна прилагодена настава или "
                    "дополнителна поддршка."
                ),
                "bg": (
                    "Ученици с увреждания, специфични затруднения в ученето или "
                    "други потребности, които изискват адаптирано обучение или "
                    "допълнителна подкрепа."
                ),
                "es": (
                    "Alumnado con discapacidad, dificultades específicas de "
                    "aprendizaje u otras necesidades que requieren una enseñanza "
                    "adaptada o apoyos adicionales."
                ),
            },
        },
        {
            "slug": "rural-remote",
            "name": {
                "en": "Pupils from rural or remote areas",
                "mk": "Ученици од рурални или оддалечени средини",
                "bg": "Ученици от селски или отдалечени райони",
                "es": "Alumnado de zonas rurales o aisladas",
            },
            "description": {
                "en": (
                    "Pupils who live in villages or isolated places, where distance, "
                    "transport and small schools make regular attendance harder."
                ),
                "mk": (
                    "Ученици што живеат во села или оддалечени места, каде што "
                    "растојанието, превозот и малите подрачни училишта го отежнуваат "
                    "редовното посетување на наставата."
                ),
                "bg": (
                    "Ученици, които живеят в села или отдалечени места, където "
                    "разстоянието, транспортът и малките училища затрудняват "
                    "редовното посещаване на училище."
                ),
                "es": (
                    "Alumnado que vive en pueblos o lugares aislados, donde la "
                    "distancia, el transporte y las escuelas pequeñas dificultan la "
                    "asistencia regular."
                ),
            },
        },
        {
            "slug": "language-learners",
            "name": {
                "en": "Pupils learning the language of instruction",
                "mk": "Ученици што го учат наставниот јазик",
                "bg": "Ученици, които усвояват езика на обучение",
                "es": "Alumnado que aprende la lengua vehicular",
            },
            "description": {
                "en": (
                    "Pupils whose home language differs from the language of "
                    "instruction and who need support to learn it and to learn "
                    "through it."
                ),
                "mk": (
                    "Ученици чиј мајчин јазик е различен од јазикот на кој се "
                    "изведува наставата и на кои им е потребна поддршка за да го "
                    "научат и да учат на него."
                ),
                "bg": (
                    "Ученици, чийто език в семейството е различен от езика на "
                    "обучение и които имат нужда от подкрепа, за да го усвоят и да "
                    "учат на него."
                ),
                "es": (
                    "Alumnado cuya lengua familiar es distinta de la lengua de "
                    "enseñanza y que necesita apoyo para aprenderla y para aprender "
                    "en ella."
                ),
            },
        },
        {
            "slug": "all-pupils",
            "name": {
                "en": "All pupils (whole-school measure)",
                "mk": "Сите ученици (мерка на ниво на целото училиште)",
                "bg": "Всички ученици (мярка за цялото училище)",
                "es": "Todo el alumnado (medida de centro)",
            },
            "description": {
                "en": (
                    "Measures addressed to the whole school population, which help "
                    "vulnerable pupils without singling them out."
                ),
                "mk": (
                    "Мерки наменети за сите ученици во училиштето, кои им помагаат "
                    "на ранливите ученици без да ги издвојуваат."
                ),
                "bg": (
                    "Мерки, насочени към всички ученици в училището, които помагат "
                    "на уязвимите ученици, без да ги отделят от останалите."
                ),
                "es": (
                    "Medidas dirigidas a todo el alumnado del centro, que ayudan al "
                    "alumnado vulnerable sin señalarlo."
                ),
            },
        },
    ],
    "education_level": [
        {
            "slug": "isced-0",
            "name": {
                "en": "Early childhood education (ISCED 0)",
                "mk": "Предучилишно образование (ISCED 0)",
                "bg": "Предучилищно образование (ISCED 0)",
                "es": "Educación infantil (CINE 0)",
            },
            "description": {
                "en": (
                    "Kindergarten and pre-school education before compulsory primary "
                    "school, including pre-school groups in schools."
                ),
                "mk": (
                    "Градинка и предучилишно воспитание и образование пред почетокот "
                    "на задолжителното основно образование."
                ),
                "bg": (
                    "Детска градина и подготвителни групи в детската градина или в "
                    "училището преди постъпването в първи клас."
                ),
                "es": (
                    "Primer y segundo ciclo de educación infantil, antes de la "
                    "escolarización obligatoria en primaria."
                ),
            },
        },
        {
            "slug": "isced-1",
            "name": {
                "en": "Primary education (ISCED 1)",
                "mk": "Основно образование (ISCED 1)",
                "bg": "Начално образование (ISCED 1)",
                "es": "Educación primaria (CINE 1)",
            },
            "description": {
                "en": (
                    "The first years of compulsory schooling: grades 1-5 in North "
                    "Macedonia, 1-4 in Bulgaria and 1-6 in Spain."
                ),
                "mk": (
                    "Првите години од задолжителното образование: одделенска настава "
                    "од прво до петто одделение."
                ),
                "bg": (
                    "Първите години на задължителното образование: начален етап от I "
                    "до IV клас."
                ),
                "es": (
                    "Los primeros cursos de la escolarización obligatoria: de 1.º a "
                    "6.º de primaria."
                ),
            },
        },
        {
            "slug": "isced-2",
            "name": {
                "en": "Lower secondary education (ISCED 2)",
                "mk": "Основно образование – предметна настава (ISCED 2)",
                "bg": "Прогимназиално образование (ISCED 2)",
                "es": "Educación secundaria obligatoria (CINE 2)",
            },
            "description": {
                "en": (
                    "Grades 6-9 in North Macedonia, grades 5-7 in Bulgaria and "
                    "compulsory secondary education (ESO) in Spain."
                ),
                "mk": (
                    "Предметна настава од шесто до деветто одделение во основното "
                    "училиште."
                ),
                "bg": "Прогимназиален етап на основното образование, от V до VII клас.",
                "es": "Los cuatro cursos de la ESO, de 1.º a 4.º.",
            },
        },
        {
            "slug": "isced-3",
            "name": {
                "en": "Upper secondary education (ISCED 3)",
                "mk": "Средно образование (ISCED 3)",
                "bg": "Средно образование (ISCED 3)",
                "es": "Educación secundaria postobligatoria (CINE 3)",
            },
            "description": {
                "en": (
                    "General and vocational secondary school: four-year secondary "
                    "schools in North Macedonia, grades 8-12 in Bulgaria, "
                    "Bachillerato and intermediate vocational training in Spain."
                ),
                "mk": (
                    "Гимназиско и средно стручно образование, од прва до четврта "
                    "година."
                ),
                "bg": (
                    "Гимназиален етап в общообразователни, профилирани и "
                    "професионални гимназии, от VIII до XII клас."
                ),
                "es": (
                    "Bachillerato y ciclos formativos de grado medio de Formación "
                    "Profesional."
                ),
            },
        },
        {
            "slug": "isced-4",
            "name": {
                "en": "Post-secondary and adult education (ISCED 4)",
                "mk": "Постсредно образование и образование на возрасни (ISCED 4)",
                "bg": "Следгимназиално образование и образование на възрастни (ISCED 4)",
                "es": "Educación postsecundaria y de personas adultas (CINE 4)",
            },
            "description": {
                "en": (
                    "Post-secondary non-tertiary courses and second-chance or adult "
                    "education for young people and adults completing their "
                    "schooling or gaining a qualification."
                ),
                "mk": (
                    "Постсредно образование, стручни обуки и образование на возрасни "
                    "за младите и возрасните што го довршуваат школувањето или "
                    "стекнуваат квалификација."
                ),
                "bg": (
                    "Професионално обучение след средно образование и обучение на "
                    "възрастни за младежи и възрастни, които довършват образованието "
                    "си или придобиват квалификация."
                ),
                "es": (
                    "Formación postsecundaria no universitaria y educación de "
                    "personas adultas para jóvenes y adultos que completan su "
                    "escolarización u obtienen una cualificación."
                ),
            },
        },
    ],
    "evidence_level": [
        {
            "slug": "described",
            "name": {
                "en": "Described",
                "mk": "Опишана",
                "bg": "Описана",
                "es": "Descrita",
            },
            "description": {
                "en": "Experience of the people who ran it.",
                "mk": "Искуство на луѓето што ја спровеле.",
                "bg": "Опит на хората, които са я осъществили.",
                "es": "Experiencia de las personas que la llevaron a cabo.",
            },
        },
        {
            "slug": "monitored",
            "name": {
                "en": "Monitored",
                "mk": "Следена",
                "bg": "Проследена",
                "es": "Monitorizada",
            },
            "description": {
                "en": "Results measured with indicators (attendance, grades, drop-out).",
                "mk": "Резултати измерени со показатели (присуство, успех, напуштање).",
                "bg": "Резултати, измерени с показатели (присъствие, оценки, отпадане).",
                "es": (
                    "Resultados medidos con indicadores (asistencia, notas, abandono)."
                ),
            },
        },
        {
            "slug": "evaluated",
            "name": {
                "en": "Evaluated",
                "mk": "Евалуирана",
                "bg": "Оценена",
                "es": "Evaluada",
            },
            "description": {
                "en": "Internal evaluation against a baseline.",
                "mk": "Внатрешна евалуација во однос на почетната состојба.",
                "bg": "Вътрешна оценка спрямо изходното състояние.",
                "es": "Evaluación interna respecto a una situación de partida.",
            },
        },
        {
            "slug": "externally-evaluated",
            "name": {
                "en": "Externally evaluated",
                "mk": "Надворешно евалуирана",
                "bg": "Външно оценена",
                "es": "Evaluada externamente",
            },
            "description": {
                "en": "Independent evaluation or research.",
                "mk": "Независна евалуација или истражување.",
                "bg": "Независима оценка или изследване.",
                "es": "Evaluación independiente o investigación.",
            },
        },
    ],
}
