"""Every text readable in every partner language: Apertium's machine translations, a
person's translations that no machine overwrites, outdated marks, the translators' queue
and editor, and how readers see it. The engine tests run Debian's real Apertium."""

import shutil

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils import translation

from conftest import require
from inventory.services.practices import practice_publish
from inventory.tests.factories import PublishedPracticeFactory
from network.models import Translator
from network.tests.factories import PartnerFactory, UserFactory
from siehub import machine_translation as mt
from siehub import translating
from siehub.countries import Country
from siehub.models import TextTranslation, TranslationStatus

pytestmark = pytest.mark.django_db

MK_TITLE = "Училиштето ги кани семејствата секој месец"
MK_SUMMARY = (
    "<p>Училиштето ги кани семејствата секој месец.</p>"
    "<ul><li>Прво</li><li>Второ</li></ul>"
)


@pytest.fixture
def apertium(settings):
    """The real engine, as Debian's packages install it (CI installs them)."""
    require(
        shutil.which("apertium") is not None,
        "APERTIUM IS NOT INSTALLED: apt-get install apertium apertium-mkd-bul "
        "apertium-mkd-eng apertium-eng-spa",
    )
    settings.MACHINE_TRANSLATION_ENGINES = ["apertium"]
    return mt.ApertiumEngine()


def macedonian_practice(**fields):
    values = {
        "original_language": "mk",
        "title_en": "",
        "title_mk": MK_TITLE,
        "summary_en": "",
        "summary_mk": MK_SUMMARY,
        **{f"{section}_en": "" for section in ("context", "objectives", "activities")},
        **{f"{section}_en": "" for section in ("resources", "results")},
        "transferability_en": "",
        "context_mk": "<p>Основно училиште во Битола.</p>",
    }
    values.update(fields)
    return PublishedPracticeFactory(**values)


def state(obj, field, language):
    return next(
        item for item in translating.field_states(obj, language) if item.field == field
    )


# The engine -------------------------------------------------------------------------------


def test_apertium_offers_the_pairs_of_the_debian_packages(apertium):
    assert {("mk", "bg"), ("bg", "mk"), ("mk", "en"), ("en", "es"), ("es", "en")} <= (
        apertium.pairs()
    )


def test_bulgarian_reaches_english_through_macedonian(apertium):
    path = mt.route("bg", "en", [apertium])
    assert [(step.source, step.target) for step in path] == [("bg", "mk"), ("mk", "en")]
    (english,), description = mt.translate(
        ["Училището кани семействата всеки месец."], "bg", "en", [apertium]
    )
    assert "families" in english
    assert description == "apertium bg→mk, apertium mk→en"


def test_english_has_no_path_into_macedonian_and_says_so(apertium):
    assert mt.route("en", "mk", [apertium]) is None
    with pytest.raises(mt.NoPath):
        mt.translate(["The school"], "en", "mk", [apertium])


def test_text_is_translated_and_markup_kept(apertium):
    (bulgarian,), _path = mt.translate([MK_SUMMARY], "mk", "bg", [apertium])
    assert bulgarian.startswith("<p>") and "семействата" in bulgarian
    assert bulgarian.count("<li>") == 2 and "</ul>" in bulgarian


def test_without_apertium_machine_translation_is_off(settings):
    settings.MACHINE_TRANSLATION_ENGINES = ["apertium"]
    engine = mt.ApertiumEngine(command="no-such-apertium")
    assert engine.pairs() == set()
    assert not mt.available([engine])
    settings.MACHINE_TRANSLATION_ENGINES = []
    assert not mt.available()


def test_a_configured_http_service_joins_as_an_engine():
    engine = mt.engine_from_spec(
        "libretranslate+https://mt.example.org/?api_key=secret"
    )
    assert isinstance(engine, mt.LibreTranslateEngine)
    assert (engine.url, engine.secret) == ("https://mt.example.org", "secret")


def test_pivot_takes_the_shortest_path_over_every_engine():
    class Pairs(mt.Engine):
        def __init__(self, name, pairs):
            self.name, self._pairs = name, set(pairs)

        def pairs(self):
            return self._pairs

    first = Pairs("one", [("bg", "mk"), ("mk", "en")])
    second = Pairs("two", [("en", "es"), ("bg", "es")])
    assert [str(step) for step in mt.route("bg", "es", [first, second])] == [
        "two bg→es"
    ]
    assert [str(step) for step in mt.route("mk", "es", [first, second])] == [
        "one mk→en",
        "two en→es",
    ]


# States: machine, a person's, outdated, reviewed -----------------------------------------------


def test_publication_machine_translates_into_every_reachable_language(
    apertium, curator, django_capture_on_commit_callbacks
):
    practice = macedonian_practice(status="submitted", published_at=None)
    # The Celery task is queued after commit (run in-process without a broker).
    with django_capture_on_commit_callbacks(execute=True):
        practice_publish(practice=practice, curator=curator)

    practice.refresh_from_db()
    assert "семействата" in practice.summary_bg
    assert "families" in practice.summary_en
    assert "familias" in practice.summary_es  # through English
    for language in ("bg", "en", "es"):
        item = state(practice, "summary", language)
        assert item.status == TranslationStatus.MACHINE
        assert item.row.source_language == "mk"
        assert item.row.engine.startswith("apertium mk→")
    assert practice.machine_translated["es"]["summary"] == "mk"
    assert state(practice, "summary", "mk").status == "original"


def test_a_machine_never_overwrites_a_persons_translation(apertium):
    practice = macedonian_practice()
    translator = UserFactory()
    Translator.objects.create(user=translator, language="bg", partner=PartnerFactory())
    translating.translation_save(
        obj=practice,
        language="bg",
        texts={"summary": "Преведено от човек."},
        translator=translator,
    )
    translating.machine_translate(kind_key="practice", ids=[practice.pk])

    practice.refresh_from_db()
    assert practice.summary_bg == "<p>Преведено от човек.</p>"
    assert state(practice, "summary", "bg").status == TranslationStatus.HUMAN
    assert "summary" not in practice.machine_translated.get("bg", {})
    assert state(practice, "title", "bg").status == TranslationStatus.MACHINE


def test_changing_the_original_outdates_its_translations(apertium):
    practice = macedonian_practice()
    translator = UserFactory()
    Translator.objects.create(user=translator, language="bg", partner=PartnerFactory())
    translating.machine_translate(kind_key="practice", ids=[practice.pk])
    translating.translation_save(
        obj=practice,
        language="bg",
        texts={"summary": "Преведено от човек."},
        translator=translator,
    )
    practice.refresh_from_db()
    old_english = practice.summary_en

    practice.summary_mk = "<p>Медијаторите ги посетуваат децата дома.</p>"
    practice.save()
    translating.text_changed(obj=practice)

    assert state(practice, "summary", "bg").outdated
    assert state(practice, "summary", "en").outdated
    assert not state(practice, "title", "bg").outdated

    translating.machine_translate(kind_key="practice", ids=[practice.pk])
    practice.refresh_from_db()
    # The person's text stays, with the machine's version of the new original beside it.
    bulgarian = state(practice, "summary", "bg")
    assert practice.summary_bg == "<p>Преведено от човек.</p>"
    assert bulgarian.outdated and "децата" in bulgarian.suggestion
    # The machine's own translation is simply made again.
    english = state(practice, "summary", "en")
    assert practice.summary_en != old_english and not english.outdated


class Labelling(mt.Engine):
    """A stand-in engine that says which text it translated into which language."""

    name = "labelling"

    def pairs(self):
        return {(s, t) for s in ("mk", "bg", "en", "es") for t in ("bg", "en", "es")}

    def translate(self, segments, source, target):
        return [f"{target}: {segment}" for segment in segments]


def test_a_suggestion_follows_every_change_of_the_original(bulgarian_translator):
    practice = macedonian_practice()
    translating.translation_save(
        obj=practice,
        language="bg",
        texts={"summary": "Преведено от човек."},
        translator=bulgarian_translator,
    )
    for version in ("Прва верзија", "Втора верзија"):
        practice.refresh_from_db()
        practice.summary_mk = f"<p>{version}.</p>"
        practice.save()
        translating.text_changed(obj=practice)
        assert state(practice, "summary", "bg").suggestion == ""  # none of the old
        translating.machine_translate(
            kind_key="practice", ids=[practice.pk], engines=[Labelling()]
        )
        bulgarian = state(practice, "summary", "bg")
        assert bulgarian.outdated and bulgarian.suggestion == f"bg: <p>{version}.</p>"
    practice.refresh_from_db()
    assert practice.summary_bg == "<p>Преведено от човек.</p>"


def test_a_pictures_text_alternative_is_machine_translated_and_marked():
    from inventory.tests.test_pictures import add_picture

    practice = macedonian_practice()
    picture = add_picture(practice, alt="", alt_text_mk="Родители и деца во училницата")

    report = translating.machine_translate(
        kind_key="practice-picture", ids=[picture.pk], engines=[Labelling()]
    )

    assert report.written == 3  # into Bulgarian, English and Spanish
    picture.refresh_from_db()
    assert picture.alt_text_bg == "bg: Родители и деца во училницата"
    assert picture.machine_translated["bg"] == {"alt_text": "mk"}


def test_a_reviewed_translation_records_who_and_when(apertium):
    practice = macedonian_practice()
    translating.machine_translate(kind_key="practice", ids=[practice.pk])
    practice.refresh_from_db()
    reviewer = UserFactory()
    Translator.objects.create(user=reviewer, language="bg", partner=PartnerFactory())

    count = translating.translation_review(
        obj=practice, language="bg", reviewer=reviewer
    )

    assert count == 3  # title, summary, context: the fields with an original
    item = state(practice, "summary", "bg")
    assert item.status == TranslationStatus.REVIEWED
    assert item.row.reviewed_by == reviewer and item.row.reviewed_at
    practice.refresh_from_db()
    assert "bg" not in practice.machine_translated


def test_a_person_saving_meanwhile_wins_over_the_engine(apertium):
    practice = macedonian_practice()
    kind = translating.REGISTRY["practice"]
    work, adopt = translating._plan(kind, [practice], {})
    for item in work:
        item.result = "машински"
    translator = UserFactory()
    Translator.objects.create(user=translator, language="bg", partner=PartnerFactory())
    translating.translation_save(
        obj=practice, language="bg", texts={"title": "От човек"}, translator=translator
    )

    translating._apply(
        kind,
        practice.pk,
        work,
        adopt,
        dict.fromkeys({(i.source, i.target) for i in work}, "apertium"),
        translating.Report(),
    )

    practice.refresh_from_db()
    assert practice.title_bg == "От човек"
    assert state(practice, "title", "bg").status == TranslationStatus.HUMAN


def test_no_path_leaves_the_field_for_a_person(apertium):
    practice = PublishedPracticeFactory()  # English
    report = translating.machine_translate(kind_key="practice", ids=[practice.pk])
    assert ("en", "mk") in report.no_path
    practice.refresh_from_db()
    assert not practice.summary_mk
    assert state(practice, "summary", "mk").status == "missing"
    assert practice.summary_es  # en→es exists


def test_every_demo_practice_and_adaptation_has_its_gist_in_every_language(apertium):
    """Apertium reaches Macedonian and Bulgarian from neither English nor Spanish (and
    Debian's Serbo-Croatian pairs make no usable pivot): the demo's practices and
    adaptations written in them carry a person's title and summary (what an adaptation
    changed) in both, and the engine does the rest."""
    import io

    from inventory import demo as inventory_demo
    from inventory.models import Adaptation, Practice
    from network import demo as network_demo

    # What seed_demo does for the inventory (its partners and authors first).
    network_demo.seed(stdout=io.StringIO())
    inventory_demo.seed(stdout=io.StringIO())
    translating.machine_translate_all(kinds_keys=["practice", "adaptation"])

    for model, gist in ((Practice, "summary"), (Adaptation, "changes")):
        published = model.objects.published()
        assert published.count() >= 6
        for item in published:
            for language in ("mk", "bg", "en", "es"):
                for name in ("title", gist):
                    assert getattr(item, f"{name}_{language}"), (item, name, language)


def test_drafts_are_not_sent_to_the_engine(apertium):
    draft = macedonian_practice(status="draft", published_at=None)
    report = translating.machine_translate(kind_key="practice", ids=[draft.pk])
    assert report.written == 0
    assert not TextTranslation.objects.exists()


def test_a_translation_in_admin_is_a_persons(admin_client):
    practice = PublishedPracticeFactory(title_bg="")
    translating.record_edits(
        obj=practice, columns=["title_bg"], editor=UserFactory(is_staff=True)
    )
    assert not TextTranslation.objects.exists()  # nothing written: nothing to record
    practice.title_bg = "Посредници"
    practice.save()
    translating.record_edits(
        obj=practice, columns=["title_bg"], editor=UserFactory(is_staff=True)
    )
    assert state(practice, "title", "bg").status == TranslationStatus.HUMAN


# Who may translate ----------------------------------------------------------------------


@pytest.fixture
def bulgarian_translator(db):
    user = UserFactory()
    Translator.objects.create(user=user, language="bg", partner=PartnerFactory())
    return user


def test_the_queue_and_editor_in_four_steps(client, bulgarian_translator):
    practice = macedonian_practice()
    queue = "/en/my/translations/bg/"
    editor = f"/en/my/translations/bg/practice/{practice.pk}/"

    assert client.get(queue).status_code == 302  # anonymous: log in first
    client.force_login(UserFactory())
    assert client.get(queue).status_code == 404  # a member is no translator
    assert client.get(editor).status_code == 404
    client.force_login(bulgarian_translator)
    assert (
        client.get("/en/my/translations/mk/").status_code == 404
    )  # not their language
    assert client.get(
        f"/en/my/translations/mk/practice/{practice.pk}/"
    ).status_code == (404)
    response = client.get(queue)
    assert response.status_code == 200
    assert MK_TITLE in response.content.decode()
    assert client.get(editor).status_code == 200


def test_a_translator_of_one_language_cannot_save_another(bulgarian_translator):
    practice = macedonian_practice()
    with pytest.raises(PermissionDenied):
        translating.translation_save(
            obj=practice,
            language="es",
            texts={"title": "Título"},
            translator=bulgarian_translator,
        )


def test_curators_translate_every_language(client):
    curator = UserFactory(is_staff=True)
    curator.user_permissions.add(
        Permission.objects.get(codename="change_texttranslation")
    )
    practice = macedonian_practice()
    client.force_login(curator)
    for language in ("en", "bg", "es"):
        url = f"/en/my/translations/{language}/practice/{practice.pk}/"
        assert client.get(url).status_code == 200, language


def test_the_editor_saves_a_persons_translation_and_a_review(
    client, bulgarian_translator
):
    practice = macedonian_practice()
    client.force_login(bulgarian_translator)
    url = f"/en/my/translations/bg/practice/{practice.pk}/"
    page = client.get(url).content.decode()
    assert 'lang="mk"' in page and 'lang="bg"' in page  # original beside translation

    response = client.post(
        url,
        {
            "title": "Училището кани семействата всеки месец",
            "summary": "Училището кани семействата.\n\n- Първо\n- Второ",
            "context": "",
            "action": "review",
        },
    )

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.summary_bg == (
        "<p>Училището кани семействата.</p>\n<ul><li>Първо</li><li>Второ</li></ul>"
    )
    assert state(practice, "summary", "bg").status == TranslationStatus.REVIEWED


def test_the_editor_keeps_untouched_machine_text_a_machines(
    client, apertium, bulgarian_translator
):
    practice = macedonian_practice()
    translating.machine_translate(kind_key="practice", ids=[practice.pk])
    client.force_login(bulgarian_translator)
    url = f"/en/my/translations/bg/practice/{practice.pk}/"
    form = client.get(url).context["form"]
    # What the browser sends back: the fields as shown, the title edited, the lines
    # of the textareas ending in CR LF.
    data = {
        name: (field.widget.format_value(form[name].value()) or "").replace(
            "\n", "\r\n"
        )
        for name, field in form.fields.items()
    }
    assert "- " in data["summary"]  # the list, shown as Markdown
    data.update(title="Училището кани семействата всеки месец", action="save")

    assert client.post(url, data).status_code == 302

    practice.refresh_from_db()
    assert state(practice, "title", "bg").status == TranslationStatus.HUMAN
    assert state(practice, "summary", "bg").status == TranslationStatus.MACHINE
    assert state(practice, "context", "bg").status == TranslationStatus.MACHINE
    assert practice.machine_translated["bg"] == {"summary": "mk", "context": "mk"}


def test_the_editor_refuses_an_unknown_action_keeping_the_text(
    client, bulgarian_translator
):
    practice = macedonian_practice()
    client.force_login(bulgarian_translator)
    url = f"/en/my/translations/bg/practice/{practice.pk}/"
    response = client.post(url, {"title": "Мой превод", "action": "publish"})
    assert response.status_code == 400
    assert "Мой превод" in response.content.decode()
    practice.refresh_from_db()
    assert not practice.title_bg


def test_the_original_language_is_not_translated_in_the_editor(
    client, bulgarian_translator
):
    practice = macedonian_practice(original_language="bg", title_bg="Заглавие")
    client.force_login(bulgarian_translator)
    url = f"/en/my/translations/bg/practice/{practice.pk}/"
    assert client.get(url).status_code == 404


MACHINE_TRANSLATION_OFF = "Machine translation is off on this server"


def test_the_queue_and_editor_say_where_no_machine_translation_exists(client, apertium):
    english = PublishedPracticeFactory(title_en="Mentoring by older pupils")
    macedonian = macedonian_practice()
    translator = UserFactory()
    for language in ("mk", "bg"):
        Translator.objects.create(
            user=translator, language=language, partner=PartnerFactory()
        )
    client.force_login(translator)
    no_path = "No machine translation from English into Macedonian."

    queue = client.get("/en/my/translations/mk/").content.decode()
    assert "Mentoring by older pupils" in queue and no_path in queue
    assert MACHINE_TRANSLATION_OFF not in queue
    editor = client.get(f"/en/my/translations/mk/practice/{english.pk}/")
    assert no_path in editor.content.decode()
    # Macedonian reaches Bulgarian: the machine's text is on its way (English does not).
    queue = client.get("/en/my/translations/bg/").content.decode()
    assert MK_TITLE in queue and "Mentoring by older pupils" in queue
    assert queue.count("No machine translation") == 1
    assert "No machine translation from English into Bulgarian." in queue
    editor = client.get(f"/en/my/translations/bg/practice/{macedonian.pk}/")
    assert "No machine translation" not in editor.content.decode()


def test_a_coordinator_names_a_translator_of_their_network(client, mailoutbox):
    partner = PartnerFactory(country=Country.BULGARIA)
    coordinator = UserFactory()
    partner.coordinators.add(coordinator)
    colleague = UserFactory(organisation=partner, preferred_language="bg")
    stranger = UserFactory()
    client.force_login(coordinator)
    url = "/en/my/network/translators/"
    form = {"member": stranger.pk, "language": "bg", "partner": partner.pk}

    response = client.post(url, form)
    assert response.status_code == 400  # not a member of the network
    response = client.post(url, {**form, "member": colleague.pk})
    assert response.status_code == 302
    assert Translator.objects.get().user == colleague
    assert mailoutbox[-1].to == [colleague.email]
    response = client.post(url, {**form, "member": colleague.pk})
    assert response.status_code == 400  # already named

    client.force_login(UserFactory())
    assert client.get(url).status_code == 403


def test_a_partner_names_translators_of_its_language_and_english(client):
    from network.services.coordination import translator_name

    partner = PartnerFactory(country=Country.BULGARIA)
    coordinator = UserFactory()
    partner.coordinators.add(coordinator)
    colleague = UserFactory(organisation=partner)
    client.force_login(coordinator)
    form = {"member": colleague.pk, "language": "mk", "partner": partner.pk}

    response = client.post("/en/my/network/translators/", form)

    assert response.status_code == 400
    assert "its own country&#x27;s language and into English" in response.text
    assert not Translator.objects.exists()
    for language in ("bg", "en"):
        translator_name(
            coordinator=coordinator, partner=partner, user=colleague, language=language
        )
    # A curator who coordinates a partner names any language, here as in admin.
    coordinator.is_staff = True
    coordinator.save()
    coordinator.user_permissions.add(Permission.objects.get(codename="add_translator"))
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)
    translator_name(
        coordinator=coordinator, partner=partner, user=colleague, language="mk"
    )
    assert sorted(colleague.translator_roles.values_list("language", flat=True)) == [
        "bg",
        "en",
        "mk",
    ]


# Readers ---------------------------------------------------------------------------------


def test_a_bulgarian_reader_gets_the_machine_text_marked_once(client, apertium):
    practice = macedonian_practice()
    translating.machine_translate(kind_key="practice", ids=[practice.pk])

    html = client.get(f"/bg/practices/{practice.slug}/").content.decode()

    assert html.count('class="translation-note translation-notice"') == 1
    with translation.override("bg"):
        from siehub.i18n import MACHINE_TRANSLATED_FROM

        note = str(MACHINE_TRANSLATED_FROM["mk"])
    assert note in html
    assert "семействата" in html
    assert "?show=original" in html


def test_show_original_shows_the_macedonian_text_and_the_way_back(client, apertium):
    practice = macedonian_practice()
    translating.machine_translate(kind_key="practice", ids=[practice.pk])

    html = client.get(f"/bg/practices/{practice.slug}/?show=original").content.decode()

    assert f'lang="mk">{MK_TITLE}</h1>' in html
    assert f'href="/bg/practices/{practice.slug}/"' in html  # back to the translation
    assert "data-keep-place" in html


def test_lists_say_which_texts_a_machine_translated(client, apertium):
    practice = macedonian_practice()
    translating.machine_translate(kind_key="practice", ids=[practice.pk])
    with translation.override("en"):
        html = client.get("/en/practices/").content.decode()
    assert "machine translation" in html
    response = client.get("/en/practices/export.json")
    rows = b"".join(response.streaming_content).decode()
    assert '"machine_translated": ["en", "bg", "es"]' in rows


MACHINE_MARK = '<span class="translation-note--inline">machine translation</span>'


def _mobility_list():
    from mobilities.tests.factories import MobilityFactory

    MobilityFactory(
        original_language="mk",
        title_mk="Обука во Битола",
        title_en="Training in Bitola",
        summary_mk="Недела обука.",
        summary_en="A week of training.",
        machine_translated={"en": {"title": "mk", "summary": "mk"}},
    )
    return "/en/mobilities/"


def _community_list():
    from network.tests.factories import CommunityFactory

    CommunityFactory(
        original_language="mk",
        name_mk="Медијатори",
        description_mk="Наставници и медијатори.",
        description_en="Teachers and mediators.",
        machine_translated={"en": {"description": "mk"}},
    )
    return "/en/communities/"


def _partner_list():
    PartnerFactory(
        original_language="mk",
        description_mk="<p>Здружение од Битола.</p>",
        description_en="<p>An association from Bitola.</p>",
        machine_translated={"en": {"description": "mk"}},
    )
    return "/en/organisations/"


def _adaptations_of_a_practice():
    from django.utils import timezone

    from inventory.tests.factories import AdaptationFactory

    practice = PublishedPracticeFactory()
    AdaptationFactory(
        practice=practice,
        status="published",
        published_at=timezone.now(),
        original_language="mk",
        title_mk="Нашата адаптација",
        title_en="Our adaptation",
        results_mk="<p>Помалку изостаноци.</p>",
        results_en="<p>Fewer absences.</p>",
        machine_translated={"en": {"title": "mk", "results": "mk"}},
    )
    return practice.get_absolute_url()


@pytest.mark.parametrize(
    "make", [_mobility_list, _community_list, _partner_list, _adaptations_of_a_practice]
)
def test_cards_say_which_texts_a_machine_translated(client, make):
    html = client.get(make()).content.decode()
    assert html.count(MACHINE_MARK) == 1


@pytest.mark.postgres
def test_search_finds_a_practice_through_its_machine_translation(
    client, apertium, django_capture_on_commit_callbacks
):
    spanish = PublishedPracticeFactory(
        original_language="es",
        title_en="",
        title_es="Las familias del barrio visitan la escuela",
        summary_en="",
        summary_es="<p>Las familias del barrio visitan la escuela.</p>",
    )
    from inventory.services.workflow import practice_reindex

    practice_reindex(practice_ids=[spanish.pk])
    before = client.get("/en/practices/?q=neighbourhood").context["paginator"].count
    # The search index is brought up to date after commit, as after any change.
    with django_capture_on_commit_callbacks(execute=True):
        translating.machine_translate(kind_key="practice", ids=[spanish.pk])
    after = client.get("/en/practices/?q=neighbourhood").context["paginator"].count
    assert (before, after) == (0, 1)


def test_community_posts_are_read_in_the_readers_language(client, apertium):
    from network.services.communities import community_join, post_create
    from network.tests.factories import CommunityFactory

    community = CommunityFactory()
    author = UserFactory(preferred_language="mk")
    community_join(community=community, user=author)
    post = post_create(
        community=community,
        author=author,
        body="Училиштето ги кани семејствата секој месец.",
    )
    translating.machine_translate(kind_key="post", ids=[post.pk])

    post.refresh_from_db()
    assert post.original_language == "mk"
    assert "семействата" in post.body_bg
    assert post.machine_translated["bg"] == {"body": "mk"}


# Mail in the recipient's language -----------------------------------------------------------


@pytest.fixture
def community_with_readers(db):
    """A community whose Bulgarian, English and Macedonian members get each post."""
    from network.tests.factories import CommunityFactory, MembershipFactory

    community = CommunityFactory()
    readers = {}
    for language in ("bg", "en", "mk"):
        readers[language] = UserFactory(preferred_language=language)
        MembershipFactory(
            community=community, user=readers[language], email_frequency="each"
        )
    return community, readers


def _post(community, language, body):
    from network.services.communities import post_create
    from network.tests.factories import MembershipFactory

    author = UserFactory(preferred_language=language)
    MembershipFactory(community=community, user=author, email_frequency="none")
    return post_create(community=community, author=author, body=body)


def test_a_post_is_mailed_in_each_members_language(
    apertium, community_with_readers, django_capture_on_commit_callbacks, mailoutbox
):
    community, readers = community_with_readers

    with django_capture_on_commit_callbacks(execute=True):
        _post(community, "mk", "Училиштето ги кани семејствата секој месец.")

    mails = {message.to[0]: message for message in mailoutbox}
    bulgarian = mails[readers["bg"].email]
    assert "семействата" in bulgarian.body  # the machine's Bulgarian
    assert "Училиштето ги кани" not in bulgarian.body
    with translation.override("bg"):
        from siehub.i18n import MACHINE_TRANSLATED_FROM

        assert str(MACHINE_TRANSLATED_FROM["mk"]) in bulgarian.body
    assert "семействата" in bulgarian.alternatives[0][0]
    assert "families" in mails[readers["en"].email].body
    assert "Училиштето ги кани" in mails[readers["mk"].email].body


def test_a_post_no_engine_translates_is_mailed_at_once_as_written(
    apertium, community_with_readers, django_capture_on_commit_callbacks, mailoutbox
):
    from siehub.models import Notification

    community, readers = community_with_readers
    # No engine translates English into Macedonian (nor into Bulgarian).
    with django_capture_on_commit_callbacks() as callbacks:
        _post(community, "en", "The school invites families every month.")

    assert not Notification.objects.filter(held_until__isnull=False).exists()
    for callback in callbacks:
        callback()
    mails = {message.to[0]: message for message in mailoutbox}
    assert "The school invites families" in mails[readers["mk"].email].body
    assert "The school invites families" in mails[readers["bg"].email].body


def test_a_mail_held_for_a_translation_that_never_comes_goes_out_as_written(
    apertium, community_with_readers, mailoutbox
):
    from datetime import timedelta

    from django.utils import timezone

    from siehub import services
    from siehub.models import Notification

    community, readers = community_with_readers
    # The broker is down: neither the translation nor the delivery is queued.
    post = _post(community, "mk", "Училиштето ги кани семејствата секој месец.")

    held = Notification.objects.filter(held_until__isnull=False)
    assert {row.recipient for row in held} == {readers["bg"], readers["en"]}
    assert {row.awaiting for row in held} == {f"network.post:{post.pk}"}
    assert services.notification_sweep(grace=timedelta(0)) == 1  # the Macedonian's
    held.update(held_until=timezone.now() - timedelta(seconds=1))
    assert services.notification_sweep(grace=timedelta(0)) == 2
    [bulgarian] = [m for m in mailoutbox if m.to == [readers["bg"].email]]
    assert "Училиштето ги кани" in bulgarian.body


def test_the_author_hears_of_an_adaptation_in_her_language(
    apertium, curator, django_capture_on_commit_callbacks, mailoutbox
):
    from inventory.services.adaptations import adaptation_publish
    from inventory.tests.factories import AdaptationFactory

    practice = PublishedPracticeFactory(author=UserFactory(preferred_language="bg"))
    adaptation = AdaptationFactory(
        practice=practice,
        status="submitted",
        original_language="mk",
        title_en="",
        title_mk="Училиштето ги кани семејствата",
        **{f"{name}_en": "" for name in ("context", "changes", "results")},
        context_mk="<p>Основно училиште.</p>",
    )

    with django_capture_on_commit_callbacks(execute=True):
        adaptation_publish(adaptation=adaptation, curator=curator)

    [message] = [m for m in mailoutbox if m.to == [practice.author.email]]
    assert "семействата" in message.body
    assert "Училиштето ги кани" not in message.body


def test_a_new_facilitator_hears_of_the_community_in_her_language(
    apertium, django_capture_on_commit_callbacks, mailoutbox
):
    from network.services.communities import community_create

    creator = UserFactory(preferred_language="mk")
    PartnerFactory().coordinators.add(creator)
    facilitator = UserFactory(preferred_language="bg")

    with django_capture_on_commit_callbacks(execute=True):
        community_create(
            creator=creator,
            data={
                "name": "Училиштето ги кани семејствата",
                "description": "Наставници и медијатори.",
                "facilitators": [facilitator],
            },
            language="mk",
        )

    [message] = [m for m in mailoutbox if m.to == [facilitator.email]]
    assert "семействата" in message.subject
    assert "семејствата" not in message.body


def test_deleting_an_account_erases_its_posts_translations(apertium):
    from network.services.communities import community_join, post_create
    from network.services.privacy import account_delete
    from network.tests.factories import CommunityFactory

    community = CommunityFactory()
    author = UserFactory(preferred_language="mk")
    community_join(community=community, user=author)
    post = post_create(community=community, author=author, body="Училиштето ги кани.")
    translating.machine_translate(kind_key="post", ids=[post.pk])
    assert TextTranslation.objects.filter(object_id=post.pk).exists()

    account_delete(user=author, remove_published=False)

    post.refresh_from_db()
    assert (post.body_mk, post.body_bg, post.body_en) == ("", "", "")
    assert not TextTranslation.objects.filter(object_id=post.pk).exists()


# Curators in admin ---------------------------------------------------------------------------


def _organisation(translated):
    from network.tests.factories import OrganisationFactory

    return OrganisationFactory(
        original_language="mk",
        description_mk="<p>Основно училиште.</p>",
        description_bg="<p>Основно училище.</p>" if translated else "",
    )


def _community(translated):
    from network.tests.factories import CommunityFactory

    return CommunityFactory(
        original_language="mk",
        name_en="",
        name_mk="Медијатори",
        name_bg="Медиатори" if translated else "",
        description_en="",
        description_mk="Наставници и медијатори.",
        description_bg="Учители и медиатори." if translated else "",
    )


def _unit(translated):
    from training.tests.factories import UnitFactory

    return UnitFactory(
        title_bg="Раздел" if translated else "",
        body_bg="<p>Текст.</p>" if translated else "",
    )


def _question(translated):
    from training.tests.factories import QuestionFactory

    return QuestionFactory(
        text_bg="Кой знак идва първи?" if translated else "",
        explanation_bg="Отсъствията идват първи." if translated else "",
    )


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/en/admin/network/organisation/", _organisation),
        ("/en/admin/network/community/", _community),
        ("/en/admin/training/unit/", _unit),
        ("/en/admin/training/question/", _question),
    ],
)
def test_admin_lists_say_how_complete_each_language_is(admin_client, url, make):
    missing, translated = make(False), make(True)
    kind = translating.kind_of(translated)
    translating.record_edits(
        obj=translated,
        columns=[f"{name}_bg" for name in kind.fields],
        editor=UserFactory(is_staff=True),
    )

    html = admin_client.get(url).content.decode()
    assert "column-translation_languages" in html
    assert "BG –" in html and "BG ✓" in html
    response = admin_client.get(url + "?translation=bg:missing")
    assert list(response.context["cl"].result_list) == [missing]
    response = admin_client.get(url + "?translation=bg:human")
    assert list(response.context["cl"].result_list) == [translated]


# Progress figures, notes in the feed and the compendium, machine translation off ---------


def _practice_in(language, **texts):
    """A published practice written in `language` with only the `texts` given."""
    fields = {
        f"{name}_{code}": ""
        for name in ("title", "summary", "context")
        for code in ("en", "mk")
    }
    fields.update(texts)
    return macedonian_practice(original_language=language, **fields)


@pytest.fixture
def inventory_for_english_readers(db):
    """As an English reader finds them: a practice written in English, one a machine
    translated into English, one reviewed in English, one not translated."""
    from inventory.tests.factories import reindex

    english = PublishedPracticeFactory()
    machine = _practice_in(
        "mk",
        title_mk=MK_TITLE,
        summary_mk=MK_SUMMARY,
        title_en="The school invites the families every month",
        summary_en="<p>The school invites the families every month.</p>",
        machine_translated={"en": {"title": "mk", "summary": "mk"}},
    )
    untranslated = _practice_in("bg", title_bg="Училище", summary_bg="<p>Текст.</p>")
    reviewed = _practice_in(
        "es",
        title_es="Familias en la escuela",
        summary_es="<p>Las familias visitan la escuela.</p>",
        title_en="Families at school",
        summary_en="<p>Families visit the school.</p>",
    )
    curator = UserFactory(is_staff=True)
    curator.user_permissions.add(
        Permission.objects.get(codename="change_texttranslation")
    )
    translating.translation_review(obj=reviewed, language="en", reviewer=curator)
    reindex(english, machine, untranslated, reviewed)
    return machine


@pytest.mark.postgres
def test_the_inventory_says_how_much_readers_of_its_language_can_read(
    client, inventory_for_english_readers
):
    html = client.get("/en/practices/").content.decode()
    assert "In English: 3 of 4 practices readable, 2 reviewed or written in it." in html


def test_admin_says_how_much_readers_of_each_language_can_read(
    admin_client, inventory_for_english_readers
):
    response = admin_client.get("/en/admin/siehub/texttranslation/")
    [practices] = [
        row
        for row in response.context["translation_progress"]
        if row["label"] == "practices"
    ]
    english = practices["languages"][0]
    assert (english["readable"], english["total"], english["reviewed"]) == (3, 4, 2)
    assert "3 of 4 readable, 2 reviewed" in response.content.decode()


def test_the_feed_says_which_summaries_a_machine_translated(
    client, inventory_for_english_readers
):
    feed = client.get("/en/practices/feed/").content.decode()
    note = "Machine-translated from Macedonian: it may contain mistakes."
    assert feed.count(note) == 1
    assert "Families visit the school." in feed  # reviewed: no note


def test_the_compendium_says_which_practices_a_machine_translated(
    inventory_for_english_readers,
):
    from django.template.loader import render_to_string

    from inventory.services.compendium import _published_practices

    machine = inventory_for_english_readers
    english = PublishedPracticeFactory()
    entries = [
        {"number": number, "practice": practice, "anchor": "", "url": ""}
        for number, practice in enumerate(
            _published_practices([machine.pk, english.pk]), start=1
        )
    ]
    with translation.override("en"):
        html = render_to_string(
            "inventory/pdf/practices.html", {"entries": entries, "language": "en"}
        )
    note = "Machine-translated from Macedonian: it may contain mistakes."
    assert html.count(note) == 1
    assert "The school invites the families every month." in html


def test_the_queue_says_when_machine_translation_is_off(
    client, settings, bulgarian_translator
):
    client.force_login(bulgarian_translator)
    settings.MACHINE_TRANSLATION_ENGINES = []
    html = client.get("/en/my/translations/bg/").content.decode()
    assert MACHINE_TRANSLATION_OFF in html


# Deleting ----------------------------------------------------------------------------------


def _translation_of(obj, field):
    return TextTranslation.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        field=field,
        language="bg",
        status=TranslationStatus.HUMAN,
        source_language="mk",
        source_digest=translating.digest("text"),
    )


def test_deleting_a_practice_deletes_its_translations():
    practice = macedonian_practice()
    other = macedonian_practice()
    _translation_of(practice, "title")
    kept = _translation_of(other, "title")

    practice.delete()

    assert list(TextTranslation.objects.all()) == [kept]


def test_what_is_deleted_with_a_module_takes_its_translations_along():
    from training.tests.factories import ModuleFactory

    module = ModuleFactory(units=2)
    _translation_of(module, "title")
    for unit in module.units.all():
        _translation_of(unit, "body")

    type(module).objects.filter(pk=module.pk).delete()  # as admin's bulk delete

    assert not TextTranslation.objects.exists()


def test_every_kind_of_translated_text_keeps_and_deletes_its_translations():
    from siehub.models import TranslatableModel

    for kind in translating.kinds():
        # Where readers learn which fields a machine wrote (`machine_translated`), and
        # the rows that go with the object when it is deleted.
        assert issubclass(kind.model, TranslatableModel), kind.key
        relation = kind.model._meta.get_field("text_translations")
        assert relation.related_model is TextTranslation, kind.key
