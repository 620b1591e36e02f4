"""Public pages in four languages: URLs, switcher, hreflang, content pages, errors."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import permission_denied, server_error

from network.tests.factories import PartnerFactory
from siehub.models import Page

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "mk", "bg", "es"]
PUBLIC_PATHS = [
    "/{lang}/",
    "/{lang}/pages/about/",
    "/{lang}/pages/privacy/",
    "/{lang}/pages/accessibility/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/accounts/password/reset/",
    "/{lang}/organisations/ceip-san-carlos-madrid/",
    "/{lang}/organisations/",
    "/{lang}/members/",
    "/{lang}/communities/",
    "/{lang}/communities/families-and-mediators/",
    "/{lang}/mobilities/",
    "/{lang}/mobilities/initiating-positive-change-madrid-2021/",
    "/{lang}/verify/",
    "/{lang}/training/",
    "/{lang}/training/understanding-early-school-leaving/",
    "/{lang}/training/resources/",
]
# A phrase of the home page as each catalogue translates it.
HOME_HEADINGS = {
    "en": "Every pupil stays in school",
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_renders_in_each_language(client, demo, path, lang):
    response = client.get(path.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    for other in LANGUAGES:
        assert f'hreflang="{other}"' in html
    assert 'hreflang="x-default"' in html


def test_root_redirects_to_the_browser_language(client):
    response = client.get("/", headers={"accept-language": "bg,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/bg/"


def test_root_redirects_to_english_by_default(client):
    response = client.get("/")
    assert response["Location"] == "/en/"


def test_unprefixed_page_redirects_to_language_prefix(client):
    response = client.get("/pages/about/", headers={"accept-language": "es"})
    assert response.status_code == 302
    assert response["Location"] == "/es/pages/about/"


def test_language_switcher_links_keep_page_and_query(client):
    response = client.get("/mk/pages/about/?ref=newsletter")
    html = response.content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    links = dict(re.findall(r'href="([^"]+)" hreflang="(\w+)"', switcher))
    assert {v: k for k, v in links.items()} == {
        "en": "/en/pages/about/?ref=newsletter",
        "mk": "/mk/pages/about/?ref=newsletter",
        "bg": "/bg/pages/about/?ref=newsletter",
        "es": "/es/pages/about/?ref=newsletter",
    }
    assert 'hreflang="mk" lang="mk" aria-current="true"' in switcher


def test_menus_mark_the_page_shown_and_say_what_is_in_another_language(client):
    html = client.get("/mk/pages/about/").content.decode()
    menu = html[html.index('class="main-nav"') :]
    menu = menu[: menu.index("</nav>")]
    assert '<a href="/mk/pages/about/" aria-current="page">' in menu
    assert '<a href="/mk/" aria-current' not in menu
    assert menu.count('aria-current="page"') == 1
    with translation.override("mk"):
        assert f'<a href="/mk/">{translation.gettext("Home")}</a>' in menu


def test_nav_link_counts_what_is_unread():
    template = Template(
        '{% load siehub %}{% nav_link "notifications" label="Notifications" unread=n %}'
    )
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        html = template.render(Context({"request": request, "n": 2})).strip()
        quiet = template.render(Context({"request": request, "n": 0})).strip()
    assert html == (
        '<li><a href="/en/my/notifications/">Notifications <span class="count-badge">2'
        '<span class="visually-hidden"> unread</span></span></a></li>'
    )
    assert quiet == '<li><a href="/en/my/notifications/">Notifications</a></li>'


def test_column_heads_name_each_column_and_the_actions_to_screen_readers():
    template = Template(
        '{% load siehub %}{% column_heads "Name" title actions="Actions" %}'
    )
    html = template.render(Context({"title": "<b>Title</b>"}))
    assert html == (
        '<th scope="col">Name</th><th scope="col">&lt;b&gt;Title&lt;/b&gt;</th>'
        '<th scope="col"><span class="visually-hidden">Actions</span></th>'
    )


def test_hreflang_alternates_are_absolute(client):
    html = client.get("/es/pages/privacy/").content.decode()
    assert (
        '<link rel="alternate" hreflang="bg" href="http://testserver/bg/pages/privacy/">'
        in html
    )


def test_home_page_presents_the_partnership(client, demo):
    response = client.get("/en/")
    html = response.content.decode()
    assert HOME_HEADINGS["en"] in html
    for name in ("Zdruzenie Evropsko Gragjanstvo-Akcija", "C.E.I.P. San Carlos"):
        assert name in html
    assert "Co-funded by the Erasmus+ Programme of the European Union" in html
    assert "Latest practices" in html
    assert "Upcoming mobilities" in html


def test_home_page_is_translated(client, demo):
    english = client.get("/en/").content.decode()
    for lang in ["mk", "bg", "es"]:
        html = client.get(f"/{lang}/").content.decode()
        assert HOME_HEADINGS["en"] not in html, f"home page untranslated in {lang}"
        assert len(re.findall(r"<h[123]", html)) == len(re.findall(r"<h[123]", english))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("slug", ["about", "privacy", "accessibility"])
def test_content_page_shows_its_translation(client, slug, lang):
    page = Page.objects.get(slug=slug)
    response = client.get(f"/{lang}/pages/{slug}/")
    html = response.content.decode()
    title = getattr(page, f"title_{lang}")
    assert f'<h1 class="page-title">{title}</h1>' in html
    assert "translation-note" not in html


def test_content_page_falls_back_to_the_closest_language_with_a_note(client):
    # Bulgarian readers get the Macedonian text before the English one.
    Page.objects.filter(slug="about").update(body_bg="", title_bg="")
    html = client.get("/bg/pages/about/").content.decode()
    assert "translation-note" in html
    assert '<div lang="mk">' in html
    assert Page.objects.get(slug="about").body_mk[:40] in html


def test_content_page_falls_back_to_english_with_a_note(client):
    Page.objects.filter(slug="about").update(
        body_bg="", title_bg="", body_mk="", title_mk=""
    )
    html = client.get("/bg/pages/about/").content.decode()
    assert "translation-note" in html
    assert '<div lang="en">' in html
    assert Page.objects.get(slug="about").body_en[:40] in html


def test_content_page_body_is_sanitised(client):
    Page.objects.filter(slug="about").update(
        body_en='<p onclick="steal()">Hi</p><script>alert(1)</script><a href="javascript:x">x</a>'
    )
    html = client.get("/en/pages/about/").content.decode()
    assert "<script>alert" not in html
    assert "onclick" not in html
    assert "javascript:" not in html
    assert "<p>Hi</p>" in html


def test_footer_lists_content_pages(client):
    html = client.get("/es/").content.decode()
    footer = html[html.index('class="site-footer"') :]
    for slug in ("about", "privacy", "accessibility"):
        assert f'href="/es/pages/{slug}/"' in footer


def test_footer_follows_a_coordinators_edits_at_once(client):
    client.get("/en/")  # the footer's links are cached now
    page = Page.objects.create(
        slug="contact", title_en="Contact us", title_es="Contacto", body="<p>Hi</p>"
    )
    assert (
        'href="/en/pages/contact/">Contact us<' in client.get("/en/").content.decode()
    )
    assert 'href="/es/pages/contact/">Contacto<' in client.get("/es/").content.decode()
    page.show_in_footer = False
    page.save()
    assert "/pages/contact/" not in client.get("/en/").content.decode()
    page.show_in_footer = True
    page.save()
    page.delete()
    assert "/pages/contact/" not in client.get("/es/").content.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_unknown_page_is_a_translated_404(client, lang):
    response = client.get(f"/{lang}/pages/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    if lang != "en":
        assert "Page not found" not in html


def test_unknown_url_is_404_with_switcher_to_other_languages(client):
    response = client.get("/mk/no/such/thing/")
    assert response.status_code == 404
    assert 'href="/es/no/such/thing/"' in response.content.decode()


def test_organisation_page_shows_original_language_with_note(client):
    partner = PartnerFactory(
        original_language="mk", description_mk="Опис на македонски.", description_en=""
    )
    html = client.get(f"/es/organisations/{partner.slug}/").content.decode()
    assert "Опис на македонски." in html
    assert 'lang="mk"' in html
    assert "translation-note" in html


def test_public_page_query_count_is_constant(
    client, demo, django_assert_max_num_queries
):
    # Session-less visitor: footer pages, the partners, the latest practices and the
    # upcoming mobilities.
    with django_assert_max_num_queries(4):
        assert client.get("/en/").status_code == 200
    PartnerFactory.create_batch(10)
    with django_assert_max_num_queries(4):
        assert client.get("/en/").status_code == 200


def test_csrf_failure_is_a_translated_403():
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/es/accounts/login/", {"login": "a@example.org", "password": "x"}
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert 'class="site-footer"' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_server_error_page_is_translated_and_needs_no_database(rf, lang):
    with translation.override(lang):
        response = server_error(rf.get(f"/{lang}/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert f'href="/{lang}/"' in html


def test_permission_denied_page_is_translated(rf):
    request = rf.get("/bg/")
    request.user = AnonymousUser()
    with translation.override("bg"):
        response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert '<html lang="bg">' in response.content.decode()
