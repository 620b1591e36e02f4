"""Content shown in another language than the page's says so (`lang`), wherever it is
shown: titles of practices, adaptations and units, names and cities of organisations.

Screen readers pronounce it in its own language and hyphenation follows it; the check for
English left on translated pages (test_no_english_left) takes unmarked text for the
interface. An organisation's name written only in Macedonian, read on a Bulgarian page,
is the case people meet: Macedonian is the closest language a Bulgarian reader has.
"""

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from inventory.models import Status
from inventory.tests.factories import AdaptationFactory, PublishedPracticeFactory
from mobilities.tests.factories import MobilityFactory, QuotaFactory
from network.models import Organisation
from network.tests.factories import OrganisationFactory, PartnerFactory, UserFactory
from siehub.i18n import translated_field
from training.services.learning import enrolment_start
from training.tests.factories import ModuleFactory

pytestmark = pytest.mark.django_db

NAME = "ООУ „Браќа Миладиновци“"
CITY = "Струга"
MARKED_NAME = f'lang="mk">{NAME}<'
PUBLISHED = {"status": Status.PUBLISHED, "published_at": timezone.now()}


def only_in_macedonian(factory=OrganisationFactory, **fields):
    """An organisation whose name and city are written in Macedonian only."""
    organisation = factory(original_language="mk", **fields)
    # The factories write `name` and `city` in the active language (English) too.
    Organisation.objects.filter(pk=organisation.pk).update(
        name=NAME, name_en="", name_mk=NAME, name_bg="", name_es="",
        city=CITY, city_en="", city_mk=CITY, city_bg="", city_es="",
    )  # fmt: skip
    organisation.refresh_from_db()
    return organisation


def get(client, path, language="bg"):
    response = client.get(f"/{language}{path[3:]}")
    assert response.status_code == 200, path
    return response.content.decode()


# The helper --------------------------------------------------------------------------------


def test_lang_span_marks_only_text_shown_in_another_language():
    organisation = only_in_macedonian()
    template = Template(
        '{% load i18n siehub %}{% translated organisation "name" as name %}'
        "{% blocktranslate with name=name|lang_span %}Members of {{ name }}."
        "{% endblocktranslate %}"
    )
    context = Context({"organisation": organisation})
    with translation.override("bg"):
        bg = template.render(context)
    with translation.override("mk"):
        mk = template.render(context)
    assert f'<span lang="mk">{NAME}</span>' in bg
    assert "<span" not in mk and NAME in mk


def test_a_name_loaded_without_its_original_language_costs_no_query(
    django_assert_num_queries,
):
    only_in_macedonian()
    organisation = Organisation.objects.only("name").get()
    with translation.override("es"), django_assert_num_queries(0):
        name = translated_field(organisation, "name")
    assert (name["value"], name["language"], name["is_fallback"]) == (NAME, "mk", True)


# Titles in a fallback language -------------------------------------------------------------


def test_adapting_a_practice_shows_its_title_in_its_language(client):
    practice = PublishedPracticeFactory(title_en="Reading buddies")
    client.force_login(UserFactory())
    html = get(client, f"/en/practices/{practice.slug}/adapt/")
    assert '<span lang="en">Reading buddies</span>' in html.split("lead-text")[1]


def test_adding_outcomes_shows_the_adaptation_title_in_its_language(client):
    adaptation = AdaptationFactory(**PUBLISHED, title_en="Our buddies")
    client.force_login(adaptation.author)
    html = get(client, f"/en/adaptations/{adaptation.pk}/outcomes/")
    assert '<span lang="en">Our buddies</span>' in html.split("lead-text")[1]


def test_similar_practices_show_their_titles_in_their_language(client):
    PublishedPracticeFactory(title_en="Mediators call families")
    client.force_login(UserFactory())
    html = get(client, "/en/practices/similar/?title=Mediators+call+families")
    assert 'lang="en">Mediators call families</a>' in html


def test_a_practice_lists_its_adaptations_in_their_language(client):
    adaptation = AdaptationFactory(**PUBLISHED, title_en="Our buddies")
    html = get(client, adaptation.practice.get_absolute_url())
    assert 'lang="en">Our buddies</a>' in html


def test_a_unit_links_the_previous_and_next_units_in_their_language(client):
    module = ModuleFactory(units=3)
    member = UserFactory()
    enrolment_start(module=module, user=member)
    client.force_login(member)
    first, second, third = module.units.order_by("position")
    html = get(client, second.get_absolute_url())
    assert f'<span lang="en">{first.title_en}</span></a>' in html
    assert f'<span lang="en">{third.title_en}</span></a>' in html


# Names and cities of organisations -----------------------------------------------------------


def test_practice_pages_mark_an_organisation_name_in_another_language(client):
    school = only_in_macedonian()
    practice = PublishedPracticeFactory(organisation=school)
    AdaptationFactory(practice=practice, school=school, **PUBLISHED)
    assert f'<span lang="mk">{NAME}</span>' in get(client, "/en/practices/")
    detail = get(client, practice.get_absolute_url())
    assert MARKED_NAME + "/a></dd>" in detail  # "Organisation"
    assert f'<span lang="mk">{NAME}</span>, ' in detail  # the adaptation's school


def test_an_adaptation_marks_its_school_name_in_another_language(client):
    adaptation = AdaptationFactory(school=only_in_macedonian(), **PUBLISHED)
    assert MARKED_NAME in get(client, adaptation.get_absolute_url())


def test_directories_mark_names_and_cities_in_another_language(client):
    partner = only_in_macedonian(PartnerFactory)
    member = UserFactory(organisation=partner, public_profile=True)
    cards = get(client, "/en/organisations/")
    assert MARKED_NAME + "/a></h3>" in cards
    assert f'<span lang="mk">{CITY}</span>, ' in cards
    assert f'<span lang="mk">{NAME}</span>' in get(client, "/en/members/")
    assert MARKED_NAME + "/a></dd>" in get(client, member.get_absolute_url())


def test_the_coordination_pages_mark_names_and_cities_in_another_language(client):
    partner = PartnerFactory()
    only_in_macedonian(partner=partner)
    coordinator = UserFactory()
    partner.coordinators.add(coordinator)
    client.force_login(coordinator)
    html = get(client, "/en/my/network/")
    assert MARKED_NAME + "/a>" in html
    assert f'<span lang="mk">{CITY}</span>, ' in html


def test_mobility_pages_mark_the_host_and_partners_in_another_language(client):
    host = only_in_macedonian(PartnerFactory)
    mobility = MobilityFactory(host=host, city_en="", city_mk=CITY)
    QuotaFactory(mobility=mobility, partner=host)
    list_html = get(client, "/en/mobilities/")
    assert f'<span lang="mk">{NAME}</span>' in list_html  # hosted by
    assert f'<span lang="mk">{CITY}</span>, ' in list_html
    detail = get(client, mobility.get_absolute_url())
    assert MARKED_NAME + "/a></dd>" in detail  # the host
    assert (
        MARKED_NAME + "/a>" in detail.split('id="seats-title"')[-1]
    )  # the seats table
