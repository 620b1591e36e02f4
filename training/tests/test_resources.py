"""The resource library: published support tools with filters that ignore bad values,
a page per resource, and downloads counted once per request."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import warm_site_cache
from training.models import Resource, ResourceKind
from training.tests.factories import AreaFactory, ModuleFactory

pytestmark = pytest.mark.django_db

LIST = "/en/training/resources/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def make_resource(**values) -> Resource:
    areas = values.pop("areas", [])
    n = Resource.objects.count() + 1
    defaults = {
        "title_en": f"Resource {n}",
        "slug": f"resource-{n}",
        "description_en": "A support tool.",
        "kind": ResourceKind.DOCUMENT,
        "content_language": "en",
        "url": "https://example.org/resource.pdf",
        "audience": ["teachers"],
    }
    resource = Resource.objects.create(**{**defaults, **values})
    resource.areas.set(areas)
    return resource


def slugs(response) -> set[str]:
    return {resource.slug for resource in response.context["resources"]}


def test_urls():
    assert reverse("training:resource-list") == LIST
    assert reverse("training:resource-detail", args=["x"]) == LIST + "x/"
    assert reverse("training:resource-download", args=["x"]) == LIST + "x/download/"


def test_list_shows_published_resources_only(client):
    make_resource(slug="checklist", title_en="Early-warning checklist")
    make_resource(slug="hidden", is_published=False)
    response = client.get(LIST)
    assert response.status_code == 200
    assert slugs(response) == {"checklist"}
    assert "Early-warning checklist" in response.content.decode()


def test_list_filters_by_kind_audience_area_and_language(client):
    governance = AreaFactory(slug="school-governance")
    make_resource(
        slug="talk",
        kind=ResourceKind.ADVOCACY,
        audience=["school-leaders"],
        content_language="mk",
        areas=[governance],
    )
    make_resource(slug="video", kind=ResourceKind.VIDEO, content_language="es")
    make_resource(slug="doc", audience=["teachers", "mediators"])

    assert slugs(client.get(LIST + "?kind=advocacy")) == {"talk"}
    assert slugs(client.get(LIST + "?audience=school-leaders")) == {"talk"}
    assert slugs(client.get(LIST + "?audience=mediators")) == {"doc"}
    assert slugs(client.get(LIST + "?area=school-governance")) == {"talk"}
    assert slugs(client.get(LIST + "?language=es")) == {"video"}
    assert slugs(client.get(LIST + "?kind=document&language=mk")) == set()


def test_an_empty_list_says_whether_filters_hide_resources(client):
    assert "The library has no resources yet." in client.get(LIST).content.decode()
    make_resource(slug="video", kind=ResourceKind.VIDEO)
    response = client.get(LIST + "?kind=advocacy")
    assert slugs(response) == set()
    assert "No resource matches your filters." in response.content.decode()


def test_invalid_filter_values_are_ignored_with_a_note(client):
    make_resource(slug="doc")
    for query in (
        "?kind=poster",
        "?audience=<script>",
        "?area=no-such-area",
        "?language=xx",
        "?page=abc",
        "?page=99",
    ):
        response = client.get(LIST + query)
        assert response.status_code == 200, query
        assert slugs(response) == {"doc"}, query
    html = client.get(LIST + "?kind=poster").content.decode()
    assert "Some filters in the address were not valid" in html


def test_list_shows_translation_with_fallback(client):
    make_resource(title_en="Checklist", title_mk="Листа за проверка", slug="c")
    make_resource(title_en="Only in English", slug="e")
    html = client.get("/mk/training/resources/").content.decode()
    assert "Листа за проверка" in html
    assert 'lang="en">Only in English' in html


def test_list_queries_do_not_grow_with_resources(client):
    area = AreaFactory(slug="teachers")
    make_resource(areas=[area])
    warm_site_cache()
    with CaptureQueriesContext(connection) as one:
        client.get(LIST)
    for _n in range(8):
        make_resource(areas=[area], title_mk="Наслов")
    with CaptureQueriesContext(connection) as many:
        response = client.get(LIST)
    assert len(response.context["resources"]) == 9
    assert len(many) == len(one)


def test_list_query_count_is_pinned(client, django_assert_num_queries):
    make_resource()
    make_resource()
    # count, page, the areas of the filter form, the footer's pages
    with django_assert_num_queries(4):
        client.get(LIST)


def test_detail_page(client):
    module = ModuleFactory(title_en="Working with families")
    resource = make_resource(
        slug="talk",
        title_en="Every pupil counts",
        description_en="Slides for school leaders.",
        kind=ResourceKind.ADVOCACY,
        audience=["school-leaders", "unknown"],
        areas=[AreaFactory(slug="school-governance", name_en="School governance")],
        module=module,
    )
    response = client.get(resource.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Every pupil counts" in html
    assert "School leaders" in html
    assert "School governance" in html
    assert module.get_absolute_url() in html
    assert reverse("training:resource-download", args=["talk"]) in html


def test_detail_and_download_of_an_unpublished_resource_are_404(client):
    resource = make_resource(slug="hidden", is_published=False)
    assert client.get(resource.get_absolute_url()).status_code == 404
    response = client.get(reverse("training:resource-download", args=["hidden"]))
    assert response.status_code == 404
    resource.refresh_from_db()
    assert resource.download_count == 0
    assert client.get(LIST + "nothing-here/download/").status_code == 404


def test_download_of_a_link_redirects_and_counts_once(
    client, django_assert_num_queries
):
    resource = make_resource(slug="video", url="https://example.org/video")
    url = reverse("training:resource-download", args=["video"])
    with django_assert_num_queries(2):  # the resource, one UPDATE
        response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "https://example.org/video"
    client.get(url)
    resource.refresh_from_db()
    assert resource.download_count == 2


def test_download_of_a_file_is_an_attachment_with_safe_headers(client):
    resource = make_resource(slug="doc")
    resource.file.save("checklist.html", ContentFile(b"<script>alert(1)</script>"))
    Resource.objects.filter(pk=resource.pk).update(url="")
    response = client.get(reverse("training:resource-download", args=["doc"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "checklist.html" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == b"<script>alert(1)</script>"
    resource.refresh_from_db()
    assert resource.download_count == 1


def test_download_of_a_missing_file_is_404_and_not_counted(client):
    resource = make_resource(slug="gone", url="", file="training/resources/gone.pdf")
    response = client.get(reverse("training:resource-download", args=["gone"]))
    assert response.status_code == 404
    resource.refresh_from_db()
    assert resource.download_count == 0


def test_the_catalogue_and_each_module_lead_to_the_resource_library(client, db):
    from training.tests.factories import ModuleFactory

    module = ModuleFactory()
    for url in ("/en/training/", module.get_absolute_url()):
        html = client.get(url).content.decode()
        assert 'href="/en/training/resources/"' in html, url
