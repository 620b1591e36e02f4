"""Add a "Your data" section to the privacy policy in every language: the links to
download one's data and to delete one's account, what partner coordinators see, and that a
public profile is opt-in.

Idempotent (a body that already links to the download page is left alone); the reverse
removes the section again where it is still the end of the body.
"""

from django.db import migrations

SECTIONS = {
    # ------------------------------------------------------------------ English
    "en": """\
<h2>Your data</h2>
<p>Whenever you are logged in, you can:</p>
<ul>
<li><a href="/en/my/data/">download all your data</a> in a machine-readable file (JSON): your profile, organisation, communities and posts, messages, practices, adaptations, comments and notifications;</li>
<li><a href="/en/my/account/delete/">delete your account</a>. Your personal data are then removed; your published practices and adaptations stay under their open licence, attributed to “a former member”, unless you choose to remove them as well.</li>
</ul>
<p>Your public profile is opt-in: nobody appears in the member directory, or can be contacted through it, without switching it on, and you can switch it off at any time. Members write to you through a form; your email address is never shown to them.</p>
<p>When you belong to a school or organisation in the network of a partner (once its coordinator has confirmed it), the coordinators of that partner network can see your name, email address and position, so that they can manage the schools and members of their network.</p>
""",
    # ------------------------------------------------------------------ Macedonian
    "mk": """\
<h2>Вашите податоци</h2>
<p>Секогаш кога сте најавени, можете:</p>
<ul>
<li><a href="/mk/my/data/">да ги преземете сите ваши податоци</a> во машински читлива датотека (JSON): вашиот профил, организацијата, заедниците и објавите, пораките, практиките, адаптациите, коментарите и известувањата;</li>
<li><a href="/mk/my/account/delete/">да ја избришете вашата сметка</a>. Тогаш вашите лични податоци се отстрануваат; вашите објавени практики и адаптации остануваат достапни под нивната отворена лиценца, припишани на „поранешен член“, освен ако не одлучите да ги отстраните и нив.</li>
</ul>
<p>Јавниот профил е по ваш избор: никој не се прикажува во именикот на членовите, ниту може да биде контактиран преку него, ако самиот не го вклучил, а можете да го исклучите во секое време. Членовите ви пишуваат преку формулар; вашата адреса на е-пошта никогаш не им се прикажува.</p>
<p>Кога припаѓате на училиште или организација од мрежата на некој партнер (откако нејзиниот координатор ќе го потврди тоа), координаторите на таа партнерска мрежа можат да ги видат вашето име и презиме, адресата на е-пошта и работната позиција, за да можат да управуваат со училиштата и членовите на својата мрежа.</p>
""",
    # ------------------------------------------------------------------ Bulgarian
    "bg": """\
<h2>Вашите данни</h2>
<p>Когато сте влезли в профила си, можете по всяко време:</p>
<ul>
<li><a href="/bg/my/data/">да изтеглите всички свои данни</a> в машинночетим файл (JSON): профила си, организацията, общностите и публикациите, съобщенията, практиките, адаптациите, коментарите и известията;</li>
<li><a href="/bg/my/account/delete/">да изтриете акаунта си</a>. Тогава личните ви данни се премахват; публикуваните ви практики и адаптации остават достъпни под своя свободен лиценз, с автор „бивш член“, освен ако не решите да премахнете и тях.</li>
</ul>
<p>Публичният профил е по ваш избор: никой не се показва в указателя на членовете и никой не може да бъде потърсен чрез него, ако сам не е включил публичния си профил, а можете да го изключите по всяко време. Членовете ви пишат чрез формуляр; вашият имейл адрес никога не им се показва.</p>
<p>Когато принадлежите към училище или организация от мрежата на някой партньор (след като координаторът ѝ потвърди това), координаторите на тази партньорска мрежа виждат вашите име, имейл адрес и длъжност, за да могат да управляват училищата и членовете на своята мрежа.</p>
""",
    # ------------------------------------------------------------------ Spanish
    "es": """\
<h2>Sus datos</h2>
<p>Siempre que haya iniciado sesión, puede:</p>
<ul>
<li><a href="/es/my/data/">descargar todos sus datos</a> en un archivo legible por máquina (JSON): su perfil, su organización, sus comunidades y publicaciones, sus mensajes, prácticas, adaptaciones, comentarios y notificaciones;</li>
<li><a href="/es/my/account/delete/">eliminar su cuenta</a>. Sus datos personales se suprimen entonces; sus prácticas y adaptaciones publicadas permanecen con su licencia abierta, atribuidas a «un antiguo miembro», salvo que decida retirarlas también.</li>
</ul>
<p>El perfil público es voluntario: nadie aparece en el directorio de miembros, ni puede ser contactado a través de él, sin haberlo activado, y puede desactivarlo en cualquier momento. Los demás miembros le escriben mediante un formulario; su dirección de correo electrónico nunca se les muestra.</p>
<p>Cuando pertenece a un centro u organización de la red de un socio (una vez que su coordinador lo ha confirmado), los coordinadores de esa red pueden ver su nombre, su dirección de correo electrónico y su puesto, para gestionar los centros y los miembros de su red.</p>
""",
}


def _marker(code: str) -> str:
    return f'href="/{code}/my/data/"'


def _columns(code: str) -> list[str]:
    # The untranslated column mirrors English, as the first migration wrote it.
    return [f"body_{code}", "body"] if code == "en" else [f"body_{code}"]


def add_section(apps, schema_editor):
    Page = apps.get_model("siehub", "Page")
    page = Page.objects.filter(slug="privacy").first()
    if page is None:
        return
    changed = []
    for code, section in SECTIONS.items():
        for column in _columns(code):
            body = getattr(page, column) or ""
            if _marker(code) in body:
                continue
            separator = "" if not body or body.endswith("\n") else "\n"
            setattr(page, column, f"{body}{separator}{section}")
            changed.append(column)
    if changed:
        page.save(update_fields=[*changed, "updated_at"])


def remove_section(apps, schema_editor):
    Page = apps.get_model("siehub", "Page")
    page = Page.objects.filter(slug="privacy").first()
    if page is None:
        return
    changed = []
    for code, section in SECTIONS.items():
        for column in _columns(code):
            body = getattr(page, column) or ""
            if body.endswith(section):
                setattr(page, column, body[: -len(section)])
                changed.append(column)
    if changed:
        page.save(update_fields=[*changed, "updated_at"])


class Migration(migrations.Migration):
    dependencies = [("siehub", "0003_site_name")]

    operations = [migrations.RunPython(add_section, remove_section)]
