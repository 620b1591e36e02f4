"""The catalogue of training modules and a module's page: filters, drafts, enrolment
buttons, and constant query counts."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from conftest import warm_site_cache
from inventory.tests.factories import PracticeFactory, PublishedPracticeFactory
from network.tests.factories import UserFactory
from training.models import Audience, Enrolment, Level

from .factories import (
    AreaFactory,
    DraftModuleFactory,
    EnrolmentFactory,
    ModuleFactory,
    UnitFactory,
    understanding_early_school_leaving,
)

pytestmark = pytest.mark.django_db

LIST_URL = reverse("training:module-list")


@pytest.fixture
def author_client(client):
    """Staff who author modules (training.change_module)."""
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_module"))
    client.force_login(user)
    return client


def slugs(response) -> list[str]:
    return [module.slug for module in response.context["modules"]]


# Catalogue --------------------------------------------------------------------------------


def test_catalogue_lists_published_modules_with_unit_counts(client):
    module = understanding_early_school_leaving()
    DraftModuleFactory(slug="a-draft")
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert slugs(response) == [module.slug]
    content = response.content.decode()
    assert "Understanding early school leaving" in content
    assert "3 units" in content
    assert "School governance" in content


def test_catalogue_shows_the_translated_title_or_says_which_language(client):
    understanding_early_school_leaving()
    ModuleFactory(title_en="Only in English")
    response = client.get("/mk/training/")
    content = response.content.decode()
    assert "Разбирање на раното напуштање на училиштето" in content
    assert "Only in English" in content
    assert 'lang="en"' in content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"audience": Audience.SCHOOL_LEADERS}, {"leaders"}),
        ({"level": Level.ADVANCED}, {"leaders"}),
        ({"language": "mk"}, {"leaders"}),
        ({"duration": "short"}, {"teachers"}),
        ({"duration": "medium"}, {"medium"}),
        ({"duration": "long"}, {"leaders"}),
        ({"area": "attendance"}, {"teachers"}),
        ({}, {"teachers", "medium", "leaders"}),
    ],
)
def test_catalogue_filters(client, query, expected):
    ModuleFactory(
        slug="teachers",
        duration_minutes=60,
        areas=[AreaFactory(slug="attendance")],
    )
    ModuleFactory(slug="medium", duration_minutes=61)
    ModuleFactory(
        slug="leaders",
        audience=[Audience.SCHOOL_LEADERS],
        level=Level.ADVANCED,
        languages=["en", "mk"],
        duration_minutes=181,
    )
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    assert set(slugs(response)) == expected
    assert not response.context["ignored"]


@pytest.mark.parametrize(
    "query",
    [
        {"audience": "astronauts"},
        {"level": "expert"},
        {"language": "xx"},
        {"duration": "forever"},
        {"area": "no-such-area"},
        {"page": "nine"},
    ],
)
def test_invalid_filter_values_are_ignored_with_a_note(client, query):
    ModuleFactory(slug="one")
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    assert slugs(response) == ["one"]
    if "page" not in query:
        assert response.context["ignored"] == list(query)
        assert "have been ignored" in response.content.decode()


def test_an_empty_catalogue_says_whether_filters_hide_modules(client):
    assert "No module has been published yet." in client.get(LIST_URL).content.decode()
    ModuleFactory(slug="one", level=Level.INTRODUCTORY)
    response = client.get(LIST_URL, {"level": Level.ADVANCED})
    assert slugs(response) == []
    assert "No module matches your filters." in response.content.decode()


def test_catalogue_is_paginated(client):
    ModuleFactory.create_batch(13)
    response = client.get(LIST_URL)
    assert len(response.context["modules"]) == 12
    assert len(client.get(LIST_URL, {"page": 2}).context["modules"]) == 1


def _catalogue_queries(client, django_assert_num_queries, count):
    with django_assert_num_queries(count):
        response = client.get(LIST_URL, {"audience": Audience.TEACHERS})
    assert response.status_code == 200
    return response


def test_catalogue_query_count_does_not_grow_with_modules(
    client, django_assert_num_queries
):
    area = AreaFactory(slug="attendance")
    ModuleFactory(units=1, areas=[area])
    # count, the area filter's choices, page, areas of the page
    warm_site_cache()
    _catalogue_queries(client, django_assert_num_queries, 4)
    for _ in range(5):
        ModuleFactory(units=3, areas=[area, AreaFactory()])
    response = _catalogue_queries(client, django_assert_num_queries, 4)
    assert len(response.context["modules"]) == 6


# Module page ------------------------------------------------------------------------------


def test_module_page_shows_summary_objectives_units_and_practices(client):
    module = understanding_early_school_leaving()
    module.authors = "Ana Petrova, Luis García"
    module.save()
    published = PublishedPracticeFactory(title_en="Attendance mediators")
    draft = PracticeFactory(title_en="A draft practice")
    module.related_practices.set([published, draft])
    response = client.get(module.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert "<li>Recognise early warning signs</li>" in content
    assert content.index("What is early school leaving?") < content.index(
        "Warning signs"
    )
    assert "Ana Petrova, Luis García" in content
    assert published.get_absolute_url() in content
    assert "A draft practice" not in content
    assert "1 hour 30 minutes" in content  # exact, in hours and minutes
    assert "30 minutes" in content  # each unit
    assert "School leaders" in content
    assert "Log in to enrol" in content


def test_module_page_in_macedonian(client):
    module = understanding_early_school_leaving()
    response = client.get(f"/mk/training/{module.slug}/")
    content = response.content.decode()
    assert "Разбирање на раното напуштање на училиштето" in content
    assert "Предупредувачки знаци" in content


def test_draft_is_a_404_for_visitors_and_members(client, member_client):
    draft = DraftModuleFactory(units=1)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert member_client.get(draft.get_absolute_url()).status_code == 404
    unit_url = reverse(
        "training:unit-detail", kwargs={"slug": draft.slug, "position": 1}
    )
    assert member_client.get(unit_url).status_code == 404


def test_authoring_staff_preview_a_draft(author_client):
    draft = DraftModuleFactory(units=1, title_en="Coming soon")
    response = author_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert "Draft — preview" in content
    assert "Coming soon" in content
    unit_url = reverse(
        "training:unit-detail", kwargs={"slug": draft.slug, "position": 1}
    )
    response = author_client.get(unit_url)
    assert response.status_code == 200
    assert "Mark this unit complete" not in response.content.decode()
    assert not Enrolment.objects.exists()
    # A draft takes no enrolment, even from staff.
    enrol = reverse("training:module-enrol", kwargs={"slug": draft.slug})
    assert author_client.post(enrol).status_code == 404


def test_staff_without_the_permission_do_not_see_drafts(client):
    client.force_login(UserFactory(is_staff=True))
    draft = DraftModuleFactory()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.slug not in slugs(client.get(LIST_URL))


def test_member_sees_enrol_then_continue(member_client, member):
    module = ModuleFactory(units=2)
    content = member_client.get(module.get_absolute_url()).content.decode()
    assert "Enrol" in content
    assert reverse("training:module-enrol", kwargs={"slug": module.slug}) in content
    EnrolmentFactory(user=member, module=module)
    content = member_client.get(module.get_absolute_url()).content.decode()
    assert "Continue where you left off" in content
    assert "0 of 2 units completed" in content


def _module_queries(member_client, member, module, django_assert_num_queries, count):
    with django_assert_num_queries(count):
        response = member_client.get(module.get_absolute_url())
    assert response.status_code == 200
    return response


def test_module_page_query_count_does_not_grow_with_units(
    member_client, member, django_assert_num_queries
):
    # session, user, 2 permissions, module, units, areas, practices, enrolment,
    # progress, whether they may read the results, and the page around: notifications,
    # coordination (the footer's links come from the cache)
    small = ModuleFactory(units=1, units__questions=1, areas=[AreaFactory()])
    small.related_practices.set([PublishedPracticeFactory()])
    EnrolmentFactory(user=member, module=small)
    warm_site_cache()
    _module_queries(member_client, member, small, django_assert_num_queries, 13)
    large = ModuleFactory(
        units=6, units__questions=3, areas=[AreaFactory(), AreaFactory()]
    )
    large.related_practices.set(PublishedPracticeFactory.create_batch(4))
    EnrolmentFactory(user=member, module=large)
    response = _module_queries(
        member_client, member, large, django_assert_num_queries, 13
    )
    assert len(response.context["units"]) == 6


def test_unit_factory_alone_makes_a_module(client):
    unit = UnitFactory()
    assert client.get(unit.module.get_absolute_url()).status_code == 200


# Durations --------------------------------------------------------------------------------


def test_catalogue_module_and_unit_pages_show_the_exact_duration(client, member_client):
    module = ModuleFactory(title_en="Short one", duration_minutes=55, units=1)
    unit = module.units.get()
    unit.minutes = 75
    unit.save()
    content = client.get(reverse("training:module-list")).content.decode()
    card = content[content.index('class="card module-card"') :]
    assert "55 minutes" in card
    assert "hour" not in card
    content = client.get(module.get_absolute_url()).content.decode()
    assert "55 minutes" in content
    assert "1 hour 15 minutes" in content
    content = client.get(f"/mk/training/{module.slug}/").content.decode()
    assert "55 минути" in content
    assert "1 час 15 минути" in content
