"""Initial texts of the content pages (About, Privacy policy, Accessibility statement).

Pure data, imported by the data migration that seeds the ``Page`` model. Each body is an
HTML fragment (h2, h3, p, ul, li, strong, em, a); the page template renders the title as h1.
Coordinators edit the pages in admin afterwards.
"""

ABOUT = {
    "slug": "about",
    "title": {
        "en": "About SIE HUB+",
        "mk": "За SIE HUB+",
        "bg": "За SIE HUB+",
        "es": "Sobre SIE HUB+",
    },
    "body": {
        # ------------------------------------------------------------------ English
        "en": """\
<h2>The project</h2>
<p>SIE HUB+ (School Integration Exchange Hub+) is an Erasmus+ strategic partnership for school education (project 2020-1-MK01-KA201-077901) of organisations from North Macedonia, Bulgaria and Spain. Together we work to prevent early school leaving of pupils from vulnerable groups: Roma pupils and pupils from other ethnic minorities, migrant pupils and pupils from socio-economically disadvantaged families.</p>
<p>Early school leaving rarely has a single cause, and no school can tackle it alone. That is why SIE HUB+ brings together teachers, headteachers, pedagogical counsellors and psychologists, trainers, public officers and civil-society practitioners, and helps them learn from what already works in other schools and countries.</p>
<h2>Our aims</h2>
<ul>
<li><strong>A cross-sectoral network.</strong> We connect schools, public institutions and civil-society organisations that work with pupils at risk of leaving school early, so that they can share experience and support each other in professional communities.</li>
<li><strong>An inventory of good practices.</strong> Members describe practices that help pupils stay in school – in prevention, intervention and compensation – together with their context, activities, resources and results. Curators review every practice before it is published.</li>
<li><strong>Adaptations by other schools.</strong> The second level of the inventory records how other schools have adapted a practice to their own pupils, country and language: what they changed and why, what results they achieved and what they learned.</li>
<li><strong>Training modules for continuous professional development.</strong> Open online modules help teachers and other professionals build the knowledge and skills they need to work with pupils from vulnerable groups and with their families.</li>
<li><strong>Joint staff trainings abroad.</strong> Professionals from the three countries meet in partner schools and organisations to see practices in action. The first joint staff training, “Initiating positive change”, took place at C.E.I.P. San Carlos in Madrid from 3 to 9 September 2021 and brought together 18 professionals from North Macedonia, Bulgaria and Spain.</li>
</ul>
<p>All content on the platform is available in English, Macedonian, Bulgarian and Spanish. Where a text has not been translated yet, it is shown in its original language with a note.</p>
<h2>The partners</h2>
<ul>
<li><strong>Zdruzenie Evropsko Gragjanstvo-Akcija, Bitola, North Macedonia</strong> (coordinator) – a civil-society organisation that coordinates the partnership and the development of the SIE HUB+ platform.</li>
<li><strong>Centre for Educational Integration of Children and Students from Ethnic Minorities, Sofia, Bulgaria</strong> – a national public body that supports the educational integration of children and pupils from ethnic minorities throughout Bulgaria.</li>
<li><strong>C.E.I.P. San Carlos, Madrid, Spain</strong> – a public pre-primary and primary school (Colegio de Educación Infantil y Primaria) that brings to the partnership the everyday experience of a school with a diverse pupil population, and the host of the first joint staff training.</li>
</ul>
<h2>Funding</h2>
<p>SIE HUB+ is co-funded by the Erasmus+ programme of the European Union (Key Action 2, Strategic Partnerships for school education, project number 2020-1-MK01-KA201-077901).</p>
<p>Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Education and Culture Executive Agency (EACEA). Neither the European Union nor EACEA can be held responsible for them.</p>
""",
        # ------------------------------------------------------------------ Macedonian
        "mk": """\
<h2>Проектот</h2>
<p>SIE HUB+ (School Integration Exchange Hub+) е стратешко партнерство во областа на училишното образование, поддржано од програмата Еразмус+ (проект 2020-1-MK01-KA201-077901), во кое учествуваат организации од Северна Македонија, Бугарија и Шпанија. Заедно работиме на спречување на раното напуштање на училиштето кај учениците од ранливите групи: учениците Роми и учениците од другите етнички заедници, учениците мигранти и учениците од социоекономски загрозени семејства.</p>
<p>Раното напуштање на училиштето ретко има само една причина и ниту едно училиште не може само да се справи со него. Затоа SIE HUB+ ги поврзува наставниците, директорите, стручните соработници (педагози и психолози), обучувачите, вработените во јавните институции и практичарите од граѓанскиот сектор и им помага да учат од она што веќе успешно функционира во други училишта и земји.</p>
<h2>Нашите цели</h2>
<ul>
<li><strong>Меѓусекторска мрежа.</strong> Поврзуваме училишта, јавни институции и граѓански организации што работат со ученици изложени на ризик од рано напуштање на училиштето, за да ги споделуваат искуствата и меѓусебно да се поддржуваат во професионални заедници.</li>
<li><strong>Инвентар на добри практики.</strong> Членовите опишуваат практики што им помагаат на учениците да останат во училиштето – во превенцијата, интервенцијата и компензацијата – заедно со нивниот контекст, активности, ресурси и резултати. Уредниците ја прегледуваат секоја практика пред таа да биде објавена.</li>
<li><strong>Адаптации во други училишта.</strong> Второто ниво на инвентарот бележи како други училишта ја прилагодиле практиката на своите ученици, земја и јазик: што промениле и зошто, какви резултати постигнале и што научиле.</li>
<li><strong>Модули за обука за континуиран професионален развој.</strong> Отворените онлајн модули им помагаат на наставниците и на другите стручни лица да ги стекнат знаењата и вештините потребни за работа со учениците од ранливите групи и со нивните семејства.</li>
<li><strong>Заеднички обуки на персоналот во странство.</strong> Стручни лица од трите земји се среќаваат во партнерските училишта и организации за да видат од прва рака како функционираат практиките. Првата заедничка обука на персоналот, „Initiating positive change“ („Иницирање позитивна промена“), се одржа во C.E.I.P. San Carlos во Мадрид од 3 до 9 септември 2021 година и на неа учествуваа 18 стручни лица од Северна Македонија, Бугарија и Шпанија.</li>
</ul>
<p>Целата содржина на платформата е достапна на англиски, македонски, бугарски и шпански јазик. Кога некој текст сè уште не е преведен, тој се прикажува на изворниот јазик, со напомена.</p>
<h2>Партнерите</h2>
<ul>
<li><strong>Здружение Европско граѓанство – Акција (Zdruzenie Evropsko Gragjanstvo-Akcija), Битола, Северна Македонија</strong> (координатор) – граѓанска организација која го координира партнерството и развојот на платформата SIE HUB+.</li>
<li><strong>Центар за образовна интеграција на децата и учениците од етничките малцинства, Софија, Бугарија</strong> – национална јавна институција која ја поддржува образовната интеграција на децата и учениците од етничките малцинства низ цела Бугарија.</li>
<li><strong>C.E.I.P. San Carlos, Мадрид, Шпанија</strong> – јавно училиште за предучилишно и основно образование (Colegio de Educación Infantil y Primaria), кое во партнерството го внесува секојдневното искуство на училиште со разновиден состав на ученици и кое беше домаќин на првата заедничка обука на персоналот.</li>
</ul>
<h2>Финансирање</h2>
<p>SIE HUB+ е кофинансиран од програмата Еразмус+ на Европската унија (Клучна акција 2, Стратешки партнерства во областа на училишното образование, број на проектот 2020-1-MK01-KA201-077901).</p>
<p>Финансирано од Европската унија. Изразените ставови и мислења се само на авторот(ите) и не мора да ги одразуваат ставовите и мислењата на Европската унија или на Европската извршна агенција за образование и култура (EACEA). Ниту Европската унија ниту EACEA не можат да се сметаат за одговорни за нив.</p>
""",
        # ------------------------------------------------------------------ Bulgarian
        "bg": """\
<h2>Проектът</h2>
<p>SIE HUB+ (School Integration Exchange Hub+) е стратегическо партньорство в сферата на училищното образование по програма „Еразъм+“ (проект 2020-1-MK01-KA201-077901), в което участват организации от Северна Македония, България и Испания. Заедно работим за предотвратяване на ранното напускане на училище от ученици от уязвими групи: ромски ученици и ученици от други етнически малцинства, ученици мигранти и ученици от социално-икономически неравностойни семейства.</p>
<p>Ранното напускане на училище рядко има само една причина и нито едно училище не може да се справи с него само. Затова SIE HUB+ обединява учители, директори, педагогически съветници и психолози, обучители, служители от публичната администрация и специалисти от гражданския сектор и им помага да се учат от това, което вече работи успешно в други училища и държави.</p>
<h2>Нашите цели</h2>
<ul>
<li><strong>Междусекторна мрежа.</strong> Свързваме училища, публични институции и граждански организации, които работят с ученици в риск от ранно напускане на училище, за да споделят опит и да се подкрепят взаимно в професионални общности.</li>
<li><strong>Каталог на добри практики.</strong> Членовете описват практики, които помагат на учениците да останат в училище – в областта на превенцията, интервенцията и компенсирането – заедно с техния контекст, дейности, ресурси и резултати. Кураторите преглеждат всяка практика, преди да бъде публикувана.</li>
<li><strong>Адаптации от други училища.</strong> Второто равнище на каталога описва как други училища са адаптирали дадена практика към своите ученици, държава и език: какво са променили и защо, какви резултати са постигнали и какво са научили.</li>
<li><strong>Обучителни модули за непрекъснато професионално развитие.</strong> Отворените онлайн модули помагат на учителите и на другите специалисти да придобият знанията и уменията, необходими за работа с ученици от уязвими групи и с техните семейства.</li>
<li><strong>Съвместни обучения на персонала в чужбина.</strong> Специалисти от трите държави се срещат в партньорските училища и организации, за да видят практиките в действие. Първото съвместно обучение на персонала, „Initiating positive change“ („Иницииране на положителна промяна“), се проведе в C.E.I.P. San Carlos в Мадрид от 3 до 9 септември 2021 г. и събра 18 специалисти от Северна Македония, България и Испания.</li>
</ul>
<p>Цялото съдържание в платформата е достъпно на английски, македонски, български и испански език. Когато даден текст все още не е преведен, той се показва на оригиналния си език с бележка.</p>
<h2>Партньорите</h2>
<ul>
<li><strong>Сдружение „Европейско гражданство – Акция“ (Zdruzenie Evropsko Gragjanstvo-Akcija), Битоля, Северна Македония</strong> (координатор) – гражданска организация, която координира партньорството и разработването на платформата SIE HUB+.</li>
<li><strong>Център за образователна интеграция на децата и учениците от етническите малцинства, София, България</strong> – национална държавна институция, която подкрепя образователната интеграция на децата и учениците от етническите малцинства в цялата страна.</li>
<li><strong>C.E.I.P. San Carlos, Мадрид, Испания</strong> – държавно училище за предучилищно и начално образование (Colegio de Educación Infantil y Primaria), което внася в партньорството ежедневния опит на училище с разнообразен състав от ученици и беше домакин на първото съвместно обучение на персонала.</li>
</ul>
<h2>Финансиране</h2>
<p>SIE HUB+ е съфинансиран по програма „Еразъм+“ на Европейския съюз (Ключова дейност 2, Стратегически партньорства в сферата на училищното образование, номер на проекта 2020-1-MK01-KA201-077901).</p>
<p>Финансирано от Европейския съюз. Изразените възгледи и мнения обаче принадлежат изцяло на автора(ите) и не отразяват непременно възгледите и мненията на Европейския съюз или на Европейската изпълнителна агенция за образование и култура (EACEA). За тях не носят отговорност нито Европейският съюз, нито EACEA.</p>
""",
        # ------------------------------------------------------------------ Spanish
        "es": """\
<h2>El proyecto</h2>
<p>SIE HUB+ (School Integration Exchange Hub+) es una asociación estratégica Erasmus+ en el ámbito de la educación escolar (proyecto 2020-1-MK01-KA201-077901) formada por organizaciones de Macedonia del Norte, Bulgaria y España. Juntos trabajamos para prevenir el abandono escolar temprano del alumnado de grupos vulnerables: alumnado gitano y de otras minorías étnicas, alumnado migrante y alumnado procedente de familias en situación socioeconómica desfavorecida.</p>
<p>El abandono escolar temprano rara vez tiene una sola causa, y ningún centro educativo puede afrontarlo en solitario. Por eso SIE HUB+ reúne a docentes, directores y directoras, orientadores y psicólogos, formadores, personal de las administraciones públicas y profesionales de la sociedad civil, y les ayuda a aprender de lo que ya funciona en otros centros y países.</p>
<h2>Nuestros objetivos</h2>
<ul>
<li><strong>Una red intersectorial.</strong> Conectamos centros educativos, instituciones públicas y organizaciones de la sociedad civil que trabajan con alumnado en riesgo de abandono escolar temprano, para que compartan experiencias y se apoyen mutuamente en comunidades profesionales.</li>
<li><strong>Un inventario de buenas prácticas.</strong> Los miembros describen prácticas que ayudan al alumnado a permanecer en la escuela (de prevención, intervención y compensación), junto con su contexto, actividades, recursos y resultados. El equipo editorial revisa cada práctica antes de publicarla.</li>
<li><strong>Adaptaciones realizadas por otros centros.</strong> El segundo nivel del inventario recoge cómo otros centros han adaptado una práctica a su propio alumnado, país e idioma: qué cambiaron y por qué, qué resultados obtuvieron y qué aprendieron.</li>
<li><strong>Módulos de formación para el desarrollo profesional continuo.</strong> Los módulos abiertos en línea ayudan al profesorado y a otros profesionales a adquirir los conocimientos y las competencias que necesitan para trabajar con alumnado de grupos vulnerables y con sus familias.</li>
<li><strong>Formaciones conjuntas de personal en el extranjero.</strong> Profesionales de los tres países se reúnen en centros y organizaciones socias para ver las prácticas en funcionamiento. La primera formación conjunta de personal, «Initiating positive change» («Iniciar un cambio positivo»), se celebró en el C.E.I.P. San Carlos de Madrid del 3 al 9 de septiembre de 2021 y reunió a 18 profesionales de Macedonia del Norte, Bulgaria y España.</li>
</ul>
<p>Todos los contenidos de la plataforma están disponibles en inglés, macedonio, búlgaro y español. Cuando un texto aún no se ha traducido, se muestra en su idioma original con una nota.</p>
<h2>Los socios</h2>
<ul>
<li><strong>Zdruzenie Evropsko Gragjanstvo-Akcija (Asociación Ciudadanía Europea – Acción), Bitola, Macedonia del Norte</strong> (coordinador): organización de la sociedad civil que coordina la asociación y el desarrollo de la plataforma SIE HUB+.</li>
<li><strong>Centro de Integración Educativa de Niños y Alumnos de Minorías Étnicas, Sofía, Bulgaria</strong>: organismo público de ámbito nacional que apoya la integración educativa de niños y alumnos de minorías étnicas en toda Bulgaria.</li>
<li><strong>C.E.I.P. San Carlos, Madrid, España</strong>: colegio público de educación infantil y primaria que aporta a la asociación la experiencia cotidiana de un centro con un alumnado diverso y que acogió la primera formación conjunta de personal.</li>
</ul>
<h2>Financiación</h2>
<p>SIE HUB+ está cofinanciado por el programa Erasmus+ de la Unión Europea (Acción Clave 2, Asociaciones Estratégicas en el ámbito de la educación escolar, número de proyecto 2020-1-MK01-KA201-077901).</p>
<p>Financiado por la Unión Europea. Las opiniones y puntos de vista expresados solo comprometen a su(s) autor(es) y no reflejan necesariamente los de la Unión Europea o los de la Agencia Ejecutiva Europea de Educación y Cultura (EACEA). Ni la Unión Europea ni la EACEA pueden ser considerados responsables de ellos.</p>
""",
    },
}


PRIVACY = {
    "slug": "privacy",
    "title": {
        "en": "Privacy policy",
        "mk": "Политика за приватност",
        "bg": "Политика за поверителност",
        "es": "Política de privacidad",
    },
    "body": {
        # ------------------------------------------------------------------ English
        "en": """\
<p>This policy explains how the SIE HUB+ platform processes personal data under the General Data Protection Regulation (Regulation (EU) 2016/679, “GDPR”) and the Law on Personal Data Protection of North Macedonia.</p>
<h2>Controller</h2>
<p>The controller is the project coordinator, Zdruzenie Evropsko Gragjanstvo-Akcija, Bitola, North Macedonia. For any question about your personal data, write to <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>.</p>
<h2>What data we process</h2>
<ul>
<li><strong>Account data:</strong> your first and last name, email address, organisation, position, country and preferred language. Optionally, a short biography, your areas of expertise and a public profile, which you can switch on or off at any time; without it, nobody is listed in the public directory.</li>
<li><strong>Content you submit:</strong> good practices, adaptations, comments, posts in professional communities, attached files, training progress and feedback, and registrations for mobilities (including travel dates and, only if you choose to tell us, special needs, which only the host and the coordinators can see).</li>
<li><strong>Technical logs:</strong> IP address, date and time, requested page and browser information, recorded by the server for security and troubleshooting.</li>
<li><strong>Cookies:</strong> only strictly necessary ones: a session cookie that keeps you signed in, a security cookie that protects forms against cross-site request forgery (CSRF) and a cookie that remembers your language. There are no analytics, advertising or third-party cookies, so no cookie consent is needed.</li>
</ul>
<h2>No personal data of pupils</h2>
<p>Do not enter personal data of pupils anywhere on the platform: no names, photographs or other details that could identify a pupil, in any practice, adaptation, comment, post or file. Describe pupils only in general or aggregated terms. Curators remove content that breaks this rule.</p>
<h2>Purposes and legal bases</h2>
<ul>
<li>To provide your account and the services of the platform: performance of the terms of use you accept when you sign up, Art. 6(1)(b) GDPR.</li>
<li>To show your public profile and optional information, and to process any special needs you tell us about: your consent, Art. 6(1)(a) GDPR (and Art. 9(2)(a) GDPR for health-related information), which you can withdraw at any time without affecting the lawfulness of earlier processing.</li>
<li>To keep the platform secure, prevent abuse, moderate content and provide anonymised statistics to the funder: our legitimate interests, Art. 6(1)(f) GDPR.</li>
</ul>
<h2>Recipients</h2>
<p>Authorised staff of the three project partners can access your data to the extent their role requires. Our hosting provider processes data on our behalf as a processor under a data processing agreement (Art. 28 GDPR). Where the Erasmus+ grant agreement requires it, participant data may be shared with the National Agency and the European Commission for monitoring and audit. Transfers between the partners in North Macedonia and in the EU are covered by appropriate safeguards such as standard contractual clauses. Published content and public profiles are visible to everyone.</p>
<h2>Retention</h2>
<ul>
<li>Account data: until you delete your account; they are then erased immediately from the live database and within 90 days from backups.</li>
<li>Content: published practices and adaptations (shared under an open licence) may remain after you delete your account, without your name, unless you ask us to remove them. Your drafts, comments and posts are deleted with your account.</li>
<li>Mobility registrations and attendance records: as long as the Erasmus+ grant agreement requires for audit.</li>
<li>Technical logs: 90 days.</li>
</ul>
<h2>Your rights</h2>
<p>You have the right to access, rectify and erase your data, to restrict their processing, to data portability and to object to processing based on our legitimate interests. You also have the right to lodge a complaint with a supervisory authority, in particular:</p>
<ul>
<li>in North Macedonia: the Personal Data Protection Agency (Агенција за заштита на личните податоци);</li>
<li>in Bulgaria: the Commission for Personal Data Protection (Комисия за защита на личните данни);</li>
<li>in Spain: the Spanish Data Protection Agency (Agencia Española de Protección de Datos, AEPD).</li>
</ul>
<h2>How to exercise your rights</h2>
<p>On your profile page you can correct your details, switch your public profile on or off, download your data in a machine-readable format and delete your account. For anything else, write to <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>. We reply within one month and may ask you to confirm your identity.</p>
""",
        # ------------------------------------------------------------------ Macedonian
        "mk": """\
<p>Оваа политика објаснува како платформата SIE HUB+ ги обработува личните податоци според Општата регулатива за заштита на податоците (Регулатива (ЕУ) 2016/679, „GDPR“) и Законот за заштита на личните податоци на Република Северна Македонија.</p>
<h2>Контролор</h2>
<p>Контролор на личните податоци е координаторот на проектот, Здружение Европско граѓанство – Акција (Zdruzenie Evropsko Gragjanstvo-Akcija), Битола, Северна Македонија. За сите прашања во врска со вашите лични податоци пишете ни на <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>.</p>
<h2>Кои податоци ги обработуваме</h2>
<ul>
<li><strong>Податоци за корисничката сметка:</strong> вашето име и презиме, адреса на е-пошта, организација, работна позиција, земја и претпочитан јазик. По ваш избор: кратка биографија, вашите области на стручност и јавен профил, кој можете да го вклучите или исклучите во секое време; без јавен профил никој не се прикажува во јавниот именик.</li>
<li><strong>Содржини што ги поднесувате:</strong> добри практики, адаптации, коментари, објави во професионалните заедници, прикачени датотеки, напредок и повратни информации во обуките, како и пријави за мобилности (вклучувајќи ги датумите на патување и – само ако сами одлучите да ни ги соопштите – посебните потреби, кои се видливи само за домаќинот и за координаторите).</li>
<li><strong>Технички записи (логови):</strong> IP-адреса, датум и време, побарана страница и податоци за прелистувачот, кои серверот ги евидентира заради безбедност и отстранување на проблеми.</li>
<li><strong>Колачиња:</strong> само неопходните: колаче за сесија, кое овозможува да останете најавени, безбедносно колаче, кое ги штити формуларите од фалсификување барања меѓу сајтови (CSRF), и колаче што го памети вашиот јазик. Нема колачиња за аналитика или рекламирање ниту колачиња од трети страни, па затоа не е потребна согласност за колачиња.</li>
</ul>
<h2>Без лични податоци за учениците</h2>
<p>Не внесувајте лични податоци за ученици никаде на платформата: ниту имиња, ниту фотографии, ниту други податоци според кои може да се идентификува ученик, во која било практика, адаптација, коментар, објава или датотека. Учениците опишувајте ги само општо или збирно. Уредниците ја отстрануваат содржината што го прекршува ова правило.</p>
<h2>Цели и правни основи</h2>
<ul>
<li>За да ви ја обезбедиме корисничката сметка и услугите на платформата: исполнување на условите за користење што ги прифаќате при регистрацијата, член 6(1)(b) од GDPR.</li>
<li>За да го прикажеме вашиот јавен профил и изборните податоци и да ги обработиме посебните потреби што ќе ни ги соопштите: вашата согласност, член 6(1)(a) од GDPR (и член 9(2)(a) од GDPR за податоците поврзани со здравјето), која можете да ја повлечете во секое време, без тоа да влијае врз законитоста на претходната обработка.</li>
<li>За да ја одржуваме платформата безбедна, да спречуваме злоупотреби, да ја модерираме содржината и да му доставуваме анонимизирани статистички податоци на финансиерот: нашите легитимни интереси, член 6(1)(f) од GDPR.</li>
</ul>
<h2>Примачи на податоците</h2>
<p>Овластените вработени во трите партнерски организации имаат пристап до вашите податоци во обем што го бара нивната улога. Нашиот давател на услуги за хостинг ги обработува податоците во наше име како обработувач, врз основа на договор за обработка на податоци (член 28 од GDPR). Кога тоа го бара договорот за грант од Еразмус+, податоците за учесниците може да се достават до Националната агенција и до Европската комисија заради следење и ревизија. Преносите на податоци меѓу партнерите во Северна Македонија и во ЕУ се заштитени со соодветни заштитни мерки, како што се стандардните договорни клаузули. Објавените содржини и јавните профили се видливи за сите.</p>
<h2>Рок на чување</h2>
<ul>
<li>Податоци за корисничката сметка: додека не ја избришете сметката; потоа веднаш се бришат од активната база на податоци, а од резервните копии – во рок од 90 дена.</li>
<li>Содржини: објавените практики и адаптации (споделени под отворена лиценца) може да останат и откако ќе ја избришете сметката, без вашето име, освен ако не побарате да ги отстраниме. Вашите нацрти, коментари и објави се бришат заедно со сметката.</li>
<li>Пријави за мобилности и евиденција на присуство: онолку долго колку што бара договорот за грант од Еразмус+ заради ревизија.</li>
<li>Технички записи: 90 дена.</li>
</ul>
<h2>Вашите права</h2>
<p>Имате право на пристап до вашите податоци, на нивно исправување и бришење, на ограничување на обработката, на преносливост на податоците и право на приговор против обработката што се заснова на нашите легитимни интереси. Имате право и да поднесете барање до надзорен орган, особено до:</p>
<ul>
<li>во Северна Македонија: Агенцијата за заштита на личните податоци;</li>
<li>во Бугарија: Комисијата за заштита на личните податоци (Комисия за защита на личните данни);</li>
<li>во Шпанија: Шпанската агенција за заштита на податоците (Agencia Española de Protección de Datos, AEPD).</li>
</ul>
<h2>Како да ги остварите своите права</h2>
<p>На страницата на вашиот профил можете да ги исправите вашите податоци, да го вклучите или исклучите јавниот профил, да ги преземете вашите податоци во машински читлив формат и да ја избришете вашата сметка. За сè друго пишете ни на <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>. Ќе ви одговориме во рок од еден месец и може да побараме да го потврдите вашиот идентитет.</p>
""",
        # ------------------------------------------------------------------ Bulgarian
        "bg": """\
<p>Настоящата политика обяснява как платформата SIE HUB+ обработва лични данни съгласно Общия регламент относно защитата на данните (Регламент (ЕС) 2016/679, ОРЗД) и Закона за защита на личните данни на Република Северна Македония.</p>
<h2>Администратор на лични данни</h2>
<p>Администратор на личните данни е координаторът на проекта – Сдружение „Европейско гражданство – Акция“ (Zdruzenie Evropsko Gragjanstvo-Akcija), Битоля, Северна Македония. С всички въпроси относно личните си данни можете да се обърнете към нас на <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>.</p>
<h2>Какви данни обработваме</h2>
<ul>
<li><strong>Данни за акаунта:</strong> вашите име и фамилия, имейл адрес, организация, длъжност, държава и предпочитан език. По избор: кратка биография, области на експертиза и публичен профил, който можете да включите или изключите по всяко време; без публичен профил никой не се показва в публичния указател.</li>
<li><strong>Съдържание, което подавате:</strong> добри практики, адаптации, коментари, публикации в професионалните общности, прикачени файлове, напредък и обратна връзка в обученията, както и заявки за участие в мобилности (включително датите на пътуване и – само ако решите да ни ги съобщите – специални потребности, които са видими единствено за приемащата организация и за координаторите).</li>
<li><strong>Технически записи (логове):</strong> IP адрес, дата и час, заявена страница и информация за браузъра, които сървърът записва за целите на сигурността и отстраняването на неизправности.</li>
<li><strong>Бисквитки:</strong> само строго необходимите: бисквитка за сесията, която ви позволява да останете влезли в системата, бисквитка за сигурност, която защитава формулярите срещу фалшифициране на заявки между сайтове (CSRF), и бисквитка, която запомня избрания от вас език. Не се използват бисквитки за анализ или реклама, нито бисквитки на трети страни, поради което не е необходимо съгласие за бисквитки.</li>
</ul>
<h2>Без лични данни на ученици</h2>
<p>Не въвеждайте лични данни на ученици никъде в платформата: нито имена, нито снимки, нито друга информация, по която може да бъде идентифициран ученик, в която и да е практика, адаптация, коментар, публикация или файл. Описвайте учениците само в общ или обобщен вид. Кураторите премахват съдържание, което нарушава това правило.</p>
<h2>Цели и правни основания</h2>
<ul>
<li>Предоставяне на вашия акаунт и на услугите на платформата: изпълнение на условията за ползване, които приемате при регистрацията – чл. 6, пар. 1, буква „б“ от ОРЗД.</li>
<li>Показване на вашия публичен профил и на незадължителната информация и обработване на специалните потребности, които ни съобщите: вашето съгласие – чл. 6, пар. 1, буква „а“ от ОРЗД (и чл. 9, пар. 2, буква „а“ от ОРЗД за данните, свързани със здравето), което можете да оттеглите по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.</li>
<li>Поддържане на сигурността на платформата, предотвратяване на злоупотреби, модериране на съдържанието и предоставяне на анонимизирани статистически данни на финансиращата организация: нашите легитимни интереси – чл. 6, пар. 1, буква „е“ от ОРЗД.</li>
</ul>
<h2>Получатели</h2>
<p>Упълномощените служители на трите партньорски организации имат достъп до данните ви в степента, необходима за тяхната роля. Нашият доставчик на хостинг услуги обработва данните от наше име като обработващ лични данни въз основа на договор за обработване (чл. 28 от ОРЗД). Когато това се изисква от договора за отпускане на безвъзмездна помощ по „Еразъм+“, данните на участниците могат да бъдат предоставени на Националната агенция и на Европейската комисия за целите на мониторинга и одита. Предаването на данни между партньорите в Северна Македония и в ЕС е обезпечено с подходящи гаранции, като например стандартни договорни клаузи. Публикуваното съдържание и публичните профили са видими за всички.</p>
<h2>Срок на съхранение</h2>
<ul>
<li>Данни за акаунта: докато не изтриете акаунта си; след това те се изтриват незабавно от работната база данни, а от резервните копия – в срок до 90 дни.</li>
<li>Съдържание: публикуваните практики и адаптации (споделени под свободен лиценз) може да останат и след изтриването на акаунта ви, без вашето име, освен ако не поискате да ги премахнем. Вашите чернови, коментари и публикации се изтриват заедно с акаунта.</li>
<li>Заявки за мобилности и данни за присъствие: толкова дълго, колкото изисква договорът за отпускане на безвъзмездна помощ по „Еразъм+“ за целите на одита.</li>
<li>Технически записи: 90 дни.</li>
</ul>
<h2>Вашите права</h2>
<p>Имате право на достъп до данните си, на тяхното коригиране и изтриване, на ограничаване на обработването им, на преносимост на данните и право на възражение срещу обработване, основано на нашите легитимни интереси. Имате право и да подадете жалба до надзорен орган, по-специално до:</p>
<ul>
<li>в Северна Македония: Агенцията за защита на личните данни (Агенција за заштита на личните податоци);</li>
<li>в България: Комисията за защита на личните данни;</li>
<li>в Испания: Испанската агенция за защита на данните (Agencia Española de Protección de Datos, AEPD).</li>
</ul>
<h2>Как да упражните правата си</h2>
<p>От страницата на профила си можете да коригирате данните си, да включите или изключите публичния си профил, да изтеглите данните си в машинночетим формат и да изтриете акаунта си. За всичко останало ни пишете на <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>. Ще ви отговорим в срок от един месец и може да ви помолим да потвърдите самоличността си.</p>
""",
        # ------------------------------------------------------------------ Spanish
        "es": """\
<p>Esta política explica cómo trata los datos personales la plataforma SIE HUB+, de conformidad con el Reglamento General de Protección de Datos (Reglamento (UE) 2016/679, «RGPD») y con la Ley de Protección de Datos Personales de Macedonia del Norte.</p>
<h2>Responsable del tratamiento</h2>
<p>El responsable del tratamiento es el coordinador del proyecto, Zdruzenie Evropsko Gragjanstvo-Akcija (Asociación Ciudadanía Europea – Acción), Bitola, Macedonia del Norte. Para cualquier consulta sobre sus datos personales, escríbanos a <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>.</p>
<h2>Qué datos tratamos</h2>
<ul>
<li><strong>Datos de la cuenta:</strong> su nombre y apellidos, dirección de correo electrónico, organización, puesto, país e idioma preferido. De forma opcional, una breve biografía, sus áreas de especialización y un perfil público, que puede activar o desactivar en cualquier momento; sin perfil público, nadie aparece en el directorio público.</li>
<li><strong>Contenidos que usted envía:</strong> buenas prácticas, adaptaciones, comentarios, publicaciones en las comunidades profesionales, archivos adjuntos, progreso y valoraciones en las formaciones, así como las inscripciones en movilidades (incluidas las fechas de viaje y, solo si decide comunicárnoslas, las necesidades específicas, que únicamente pueden ver la organización de acogida y los coordinadores).</li>
<li><strong>Registros técnicos:</strong> dirección IP, fecha y hora, página solicitada e información del navegador, que el servidor registra por motivos de seguridad y para resolver incidencias.</li>
<li><strong>Cookies:</strong> solo las estrictamente necesarias: una cookie de sesión, que mantiene su sesión iniciada; una cookie de seguridad, que protege los formularios frente a la falsificación de peticiones en sitios cruzados (CSRF), y una cookie que recuerda su idioma. No hay cookies analíticas, publicitarias ni de terceros, por lo que no es necesario su consentimiento para las cookies.</li>
</ul>
<h2>Ningún dato personal del alumnado</h2>
<p>No introduzca datos personales de alumnos o alumnas en ningún lugar de la plataforma: ni nombres, ni fotografías, ni otros datos que permitan identificar a un alumno o alumna, en ninguna práctica, adaptación, comentario, publicación o archivo. Describa al alumnado únicamente en términos generales o agregados. El equipo editorial retira los contenidos que incumplen esta norma.</p>
<h2>Finalidades y bases jurídicas</h2>
<ul>
<li>Gestionar su cuenta y prestar los servicios de la plataforma: ejecución de las condiciones de uso que acepta al registrarse, artículo 6.1.b) del RGPD.</li>
<li>Mostrar su perfil público y la información opcional, y tratar las necesidades específicas que nos comunique: su consentimiento, artículo 6.1.a) del RGPD (y artículo 9.2.a) del RGPD para los datos relativos a la salud), que puede retirar en cualquier momento sin que ello afecte a la licitud del tratamiento anterior.</li>
<li>Mantener la seguridad de la plataforma, prevenir abusos, moderar los contenidos y facilitar estadísticas anonimizadas a la entidad financiadora: nuestro interés legítimo, artículo 6.1.f) del RGPD.</li>
</ul>
<h2>Destinatarios</h2>
<p>El personal autorizado de las tres organizaciones socias puede acceder a sus datos en la medida en que lo requiera su función. Nuestro proveedor de alojamiento trata los datos por cuenta nuestra como encargado del tratamiento, en virtud de un contrato de encargo del tratamiento (artículo 28 del RGPD). Cuando lo exija el convenio de subvención de Erasmus+, los datos de los participantes podrán comunicarse a la Agencia Nacional y a la Comisión Europea con fines de seguimiento y auditoría. Las transferencias entre los socios de Macedonia del Norte y de la UE están amparadas por garantías adecuadas, como las cláusulas contractuales tipo. Los contenidos publicados y los perfiles públicos son visibles para todo el mundo.</p>
<h2>Plazo de conservación</h2>
<ul>
<li>Datos de la cuenta: hasta que elimine su cuenta; a partir de ese momento se suprimen de inmediato de la base de datos en uso y, en un plazo máximo de 90 días, de las copias de seguridad.</li>
<li>Contenidos: las prácticas y adaptaciones publicadas (compartidas con una licencia abierta) pueden permanecer después de que elimine su cuenta, sin su nombre, salvo que nos pida retirarlas. Sus borradores, comentarios y publicaciones se eliminan junto con la cuenta.</li>
<li>Inscripciones en movilidades y registros de asistencia: durante el tiempo que exija el convenio de subvención de Erasmus+ a efectos de auditoría.</li>
<li>Registros técnicos: 90 días.</li>
</ul>
<h2>Sus derechos</h2>
<p>Tiene derecho a acceder a sus datos, a rectificarlos y suprimirlos, a limitar su tratamiento, a la portabilidad de los datos y a oponerse al tratamiento basado en nuestro interés legítimo. También tiene derecho a presentar una reclamación ante una autoridad de control, en particular:</p>
<ul>
<li>en Macedonia del Norte: la Agencia de Protección de Datos Personales (Агенција за заштита на личните податоци);</li>
<li>en Bulgaria: la Comisión de Protección de Datos Personales (Комисия за защита на личните данни);</li>
<li>en España: la Agencia Española de Protección de Datos (AEPD).</li>
</ul>
<h2>Cómo ejercer sus derechos</h2>
<p>En la página de su perfil puede corregir sus datos, activar o desactivar su perfil público, descargar sus datos en un formato legible por máquina y eliminar su cuenta. Para cualquier otra cuestión, escríbanos a <a href="mailto:privacy@siehub.eu">privacy@siehub.eu</a>. Le responderemos en el plazo de un mes y podremos pedirle que acredite su identidad.</p>
""",
    },
}


ACCESSIBILITY = {
    "slug": "accessibility",
    "title": {
        "en": "Accessibility statement",
        "mk": "Изјава за пристапност",
        "bg": "Декларация за достъпност",
        "es": "Declaración de accesibilidad",
    },
    "body": {
        # ------------------------------------------------------------------ English
        "en": """\
<p>The SIE HUB+ partnership is committed to making its platform accessible to everyone, including people with disabilities. This statement applies to the SIE HUB+ platform in all four language versions and follows the model accessibility statement of the EU Web Accessibility Directive (Directive (EU) 2016/2102). The platform is run by a civil-society organisation from North Macedonia, so the Directive does not formally apply to it; we apply its requirements voluntarily.</p>
<h2>Compliance status</h2>
<p>The platform aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the level required by the harmonised European standard EN 301 549. It is <strong>partially compliant</strong> with WCAG 2.1 level AA because of the limitations listed below.</p>
<h2>What we have done</h2>
<ul>
<li>Pages use semantic HTML: headings, landmarks, lists, tables and form labels that assistive technologies can interpret.</li>
<li>All functions can be used with the keyboard alone, and the element that has keyboard focus is always clearly visible.</li>
<li>A skip link at the start of every page lets keyboard and screen reader users go straight to the main content.</li>
<li>Images and icons that carry meaning have text alternatives; decorative images are hidden from assistive technologies.</li>
<li>Forms describe errors in text, with a summary at the top of the form, and keep what you have typed.</li>
<li>The platform works without JavaScript; scripts only add convenience.</li>
<li>The interface and content are available in four languages – English, Macedonian, Bulgarian and Spanish – and the language of each page is declared so that screen readers pronounce it correctly.</li>
<li>Every time the platform is changed, every page is checked automatically with the axe-core tool against the WCAG 2.1 level A and AA rules.</li>
</ul>
<h2>Known limitations</h2>
<ul>
<li><strong>Documents uploaded by members.</strong> PDF files, office documents, presentations and videos attached to practices, adaptations and training modules are created by members and may not be fully accessible (for example, they may lack headings, text alternatives or captions). We encourage contributors to upload accessible files and, on request, we will try to provide the content in an accessible format.</li>
<li><strong>Partial translations of user content.</strong> Practices and other content written by members are not always available in all four languages. In that case the text is shown in its original language, with a note saying so.</li>
</ul>
<h2>Feedback and contact</h2>
<p>If you encounter an accessibility barrier, need information in an accessible format or want to give us feedback, write to <a href="mailto:accessibility@siehub.eu">accessibility@siehub.eu</a>. Please tell us the address of the page and describe the problem. We will reply within one month.</p>
<h2>Enforcement procedure</h2>
<p>If you are not satisfied with our reply, or do not receive a reply within one month, you can turn to the body responsible for monitoring and enforcing web accessibility rules in your country (in EU Member States, the body designated under Directive (EU) 2016/2102), or to your national equality body or ombudsperson. In North Macedonia, you can contact the Commission for Prevention and Protection against Discrimination.</p>
<h2>Preparation of this statement</h2>
<p>This statement was prepared on 23 November 2026. It is based on a self-assessment by the project team, supported by the automated axe-core checks described above. We will review it at least once a year and whenever the platform changes significantly.</p>
""",
        # ------------------------------------------------------------------ Macedonian
        "mk": """\
<p>Партнерството SIE HUB+ се залага неговата платформа да биде пристапна за сите, вклучувајќи ги и лицата со попреченост. Оваа изјава се однесува на платформата SIE HUB+ во сите четири јазични верзии и го следи образецот на изјава за пристапност од Директивата на ЕУ за пристапност на веб-страниците (Директива (ЕУ) 2016/2102). Платформата ја води граѓанска организација од Северна Македонија, па Директивата формално не се однесува на неа; нејзините барања ги применуваме доброволно.</p>
<h2>Статус на усогласеност</h2>
<p>Платформата има за цел да ги исполни Упатствата за пристапност на веб-содржините (WCAG) 2.1 на ниво AA, односно нивото што го бара хармонизираниот европски стандард EN 301 549. Платформата е <strong>делумно усогласена</strong> со WCAG 2.1 ниво AA поради ограничувањата наведени подолу.</p>
<h2>Што направивме</h2>
<ul>
<li>Страниците користат семантички HTML: наслови, ориентири (landmarks), листи, табели и ознаки на полињата во формуларите, кои помошните технологии можат да ги протолкуваат.</li>
<li>Сите функции може да се користат само со тастатура, а елементот што е во фокус на тастатурата секогаш е јасно видлив.</li>
<li>Врската за прескокнување на почетокот на секоја страница им овозможува на корисниците на тастатура и на читачи на екран да преминат директно на главната содржина.</li>
<li>Сликите и иконите што пренесуваат значење имаат текстуални алтернативи; декоративните слики се скриени од помошните технологии.</li>
<li>Формуларите ги опишуваат грешките со текст, со преглед на грешките на почетокот на формуларот, и го зачувуваат она што сте го внеле.</li>
<li>Платформата работи и без JavaScript; скриптите служат само за поголема практичност.</li>
<li>Интерфејсот и содржините се достапни на четири јазици – англиски, македонски, бугарски и шпански – а јазикот на секоја страница е означен, за читачите на екран да го изговараат текстот правилно.</li>
<li>При секоја измена на платформата, секоја страница автоматски се проверува со алатката axe-core според правилата на WCAG 2.1 за нивоата A и AA.</li>
</ul>
<h2>Познати ограничувања</h2>
<ul>
<li><strong>Документи што ги прикачуваат членовите.</strong> PDF-датотеките, канцелариските документи, презентациите и видеата прикачени кон практиките, адаптациите и модулите за обука ги изработуваат членовите и можеби не се целосно пристапни (на пример, може да немаат наслови, текстуални алтернативи или титлови). Ги охрабруваме авторите да прикачуваат пристапни датотеки, а на барање ќе се потрудиме да ја обезбедиме содржината во пристапен формат.</li>
<li><strong>Делумни преводи на содржините на корисниците.</strong> Практиките и другите содржини што ги пишуваат членовите не се секогаш достапни на сите четири јазици. Во тој случај текстот се прикажува на изворниот јазик, со напомена за тоа.</li>
</ul>
<h2>Повратни информации и контакт</h2>
<p>Ако наидете на пречка за пристапност, ако ви треба информација во пристапен формат или сакате да ни дадете повратна информација, пишете ни на <a href="mailto:accessibility@siehub.eu">accessibility@siehub.eu</a>. Ве молиме наведете ја адресата на страницата и опишете го проблемот. Ќе ви одговориме во рок од еден месец.</p>
<h2>Постапка за спроведување</h2>
<p>Ако не сте задоволни од нашиот одговор или ако не добиете одговор во рок од еден месец, можете да се обратите до телото надлежно за следење и спроведување на правилата за пристапност на веб-страниците во вашата земја (во државите членки на ЕУ, телото определено согласно Директивата (ЕУ) 2016/2102) или до националното тело за еднаквост или до народниот правобранител. Во Северна Македонија можете да се обратите до Комисијата за спречување и заштита од дискриминација.</p>
<h2>Изготвување на изјавата</h2>
<p>Оваа изјава е изготвена на 23 ноември 2026 година. Таа се заснова на самопроценка што ја спроведе проектниот тим, поддржана со автоматските проверки со axe-core опишани погоре. Изјавата ќе ја преиспитуваме најмалку еднаш годишно и секогаш кога платформата значително ќе се промени.</p>
""",
        # ------------------------------------------------------------------ Bulgarian
        "bg": """\
<p>Партньорството SIE HUB+ се стреми платформата му да бъде достъпна за всички, включително за хората с увреждания. Настоящата декларация се отнася за платформата SIE HUB+ във всичките ѝ четири езикови версии и следва образеца на декларация за достъпност по Директивата на ЕС относно достъпността на уебсайтовете (Директива (ЕС) 2016/2102). Платформата се поддържа от гражданска организация от Северна Македония, поради което Директивата формално не се прилага за нея; прилагаме изискванията ѝ доброволно.</p>
<h2>Състояние на съответствието</h2>
<p>Платформата има за цел да отговаря на Насоките за достъпност на уеб съдържанието (WCAG) 2.1, ниво AA – нивото, което изисква хармонизираният европейски стандарт EN 301 549. Тя е в <strong>частично съответствие</strong> с WCAG 2.1, ниво AA, поради ограниченията, посочени по-долу.</p>
<h2>Какво сме направили</h2>
<ul>
<li>Страниците използват семантичен HTML: заглавия, ориентири (landmarks), списъци, таблици и етикети на полетата във формулярите, които помощните технологии могат да разпознават.</li>
<li>Всички функции могат да се използват само с клавиатура, а елементът, върху който е фокусът на клавиатурата, винаги е ясно видим.</li>
<li>Връзка за прескачане в началото на всяка страница позволява на потребителите на клавиатура и на екранни четци да преминат направо към основното съдържание.</li>
<li>Изображенията и иконите, които носят смисъл, имат текстови алтернативи; декоративните изображения са скрити от помощните технологии.</li>
<li>Формулярите описват грешките в текстов вид, с обобщение в началото на формуляра, и запазват въведеното от вас.</li>
<li>Платформата работи и без JavaScript; скриптовете само добавят удобство.</li>
<li>Интерфейсът и съдържанието са достъпни на четири езика – английски, македонски, български и испански, а езикът на всяка страница е обозначен, за да могат екранните четци да произнасят текста правилно.</li>
<li>При всяка промяна на платформата всяка страница се проверява автоматично с инструмента axe-core по правилата на WCAG 2.1 за ниво A и AA.</li>
</ul>
<h2>Известни ограничения</h2>
<ul>
<li><strong>Документи, качени от членовете.</strong> PDF файловете, офис документите, презентациите и видеоклиповете, прикачени към практики, адаптации и обучителни модули, се създават от членовете и може да не са напълно достъпни (например може да нямат заглавия, текстови алтернативи или субтитри). Насърчаваме авторите да качват достъпни файлове, а при поискване ще се постараем да предоставим съдържанието в достъпен формат.</li>
<li><strong>Частични преводи на потребителското съдържание.</strong> Практиките и другото съдържание, създадено от членовете, не винаги е налично и на четирите езика. В такъв случай текстът се показва на оригиналния си език с бележка за това.</li>
</ul>
<h2>Обратна връзка и данни за контакт</h2>
<p>Ако срещнете пречка за достъпността, ако ви е необходима информация в достъпен формат или искате да ни изпратите обратна връзка, пишете ни на <a href="mailto:accessibility@siehub.eu">accessibility@siehub.eu</a>. Моля, посочете адреса на страницата и опишете проблема. Ще ви отговорим в срок от един месец.</p>
<h2>Процедура по прилагане</h2>
<p>Ако не сте доволни от отговора ни или не получите отговор в срок от един месец, можете да се обърнете към органа, който отговаря за наблюдението и прилагането на правилата за достъпност на уебсайтовете във вашата държава (в държавите – членки на ЕС, органа, определен съгласно Директива (ЕС) 2016/2102), или към националния орган по въпросите на равенството или омбудсмана. В Северна Македония можете да се обърнете към Комисията за превенция и защита от дискриминация.</p>
<h2>Изготвяне на декларацията</h2>
<p>Настоящата декларация е изготвена на 23 ноември 2026 г. Тя се основава на самооценка, извършена от екипа на проекта, подкрепена от описаните по-горе автоматични проверки с axe-core. Ще преразглеждаме декларацията поне веднъж годишно, както и при всяка съществена промяна на платформата.</p>
""",
        # ------------------------------------------------------------------ Spanish
        "es": """\
<p>La asociación estratégica SIE HUB+ se compromete a que su plataforma sea accesible para todas las personas, incluidas las personas con discapacidad. Esta declaración se aplica a la plataforma SIE HUB+ en sus cuatro versiones lingüísticas y sigue el modelo de declaración de accesibilidad de la Directiva europea sobre accesibilidad web (Directiva (UE) 2016/2102). La plataforma está gestionada por una organización de la sociedad civil de Macedonia del Norte, por lo que la Directiva no le es aplicable formalmente; aplicamos sus requisitos de forma voluntaria.</p>
<h2>Situación de cumplimiento</h2>
<p>La plataforma aspira a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1 en el nivel AA, que es el nivel exigido por la norma europea armonizada EN 301 549. Es <strong>parcialmente conforme</strong> con las WCAG 2.1 de nivel AA debido a las limitaciones que se indican a continuación.</p>
<h2>Qué hemos hecho</h2>
<ul>
<li>Las páginas utilizan HTML semántico: encabezados, regiones (landmarks), listas, tablas y etiquetas de formulario que los productos de apoyo pueden interpretar.</li>
<li>Todas las funciones pueden utilizarse solo con el teclado, y el elemento que tiene el foco del teclado siempre es claramente visible.</li>
<li>Un enlace para saltar al contenido, al principio de cada página, permite a las personas que usan el teclado o un lector de pantalla ir directamente al contenido principal.</li>
<li>Las imágenes y los iconos que transmiten información tienen alternativas textuales; las imágenes decorativas se ocultan a los productos de apoyo.</li>
<li>Los formularios describen los errores en texto, con un resumen al principio del formulario, y conservan lo que usted ha escrito.</li>
<li>La plataforma funciona sin JavaScript; los scripts solo añaden comodidad.</li>
<li>La interfaz y los contenidos están disponibles en cuatro idiomas (inglés, macedonio, búlgaro y español), y el idioma de cada página está declarado para que los lectores de pantalla lo pronuncien correctamente.</li>
<li>Cada vez que se modifica la plataforma, todas las páginas se comprueban automáticamente con la herramienta axe-core según las reglas de nivel A y AA de las WCAG 2.1.</li>
</ul>
<h2>Limitaciones conocidas</h2>
<ul>
<li><strong>Documentos subidos por los miembros.</strong> Los archivos PDF, documentos ofimáticos, presentaciones y vídeos adjuntos a prácticas, adaptaciones y módulos de formación los elaboran los miembros y pueden no ser plenamente accesibles (por ejemplo, pueden carecer de encabezados, alternativas textuales o subtítulos). Animamos a quienes aportan contenidos a subir archivos accesibles y, previa solicitud, intentaremos facilitar el contenido en un formato accesible.</li>
<li><strong>Traducciones parciales de los contenidos de los usuarios.</strong> Las prácticas y otros contenidos redactados por los miembros no siempre están disponibles en los cuatro idiomas. En ese caso, el texto se muestra en su idioma original, con una nota que así lo indica.</li>
</ul>
<h2>Observaciones y datos de contacto</h2>
<p>Si encuentra alguna barrera de accesibilidad, necesita información en un formato accesible o desea hacernos llegar sus observaciones, escríbanos a <a href="mailto:accessibility@siehub.eu">accessibility@siehub.eu</a>. Indíquenos la dirección de la página y describa el problema. Le responderemos en el plazo de un mes.</p>
<h2>Procedimiento de aplicación</h2>
<p>Si no está conforme con nuestra respuesta o no la recibe en el plazo de un mes, puede dirigirse al organismo responsable de supervisar y hacer cumplir las normas de accesibilidad web en su país (en los Estados miembros de la UE, el organismo designado en virtud de la Directiva (UE) 2016/2102), o bien al organismo nacional de igualdad o a la defensoría del pueblo. En Macedonia del Norte puede dirigirse a la Comisión para la Prevención y la Protección contra la Discriminación.</p>
<h2>Elaboración de esta declaración</h2>
<p>Esta declaración se elaboró el 23 de noviembre de 2026. Se basa en una autoevaluación realizada por el equipo del proyecto, apoyada en las comprobaciones automáticas con axe-core descritas anteriormente. La revisaremos al menos una vez al año y siempre que la plataforma cambie de forma significativa.</p>
""",
    },
}


PAGES = [ABOUT, PRIVACY, ACCESSIBILITY]
