"""Formatted text: teachers write Markdown (or plain text as before); it is turned into
HTML once, on save, sanitised by an allow-list, and shown back as Markdown to edit."""

import pytest

from siehub.text import html_to_text, is_plain_html, sanitize_html, text_to_html


def stored(text: str) -> str:
    return sanitize_html(text_to_html(text))


def test_old_plain_texts_keep_their_paragraphs_and_lists():
    text = "Mediators call.\nEvery morning.\n\n- families\n- pupils\n\n• pasted bullet"
    assert stored(text) == (
        "<p>Mediators call.<br>Every morning.</p>\n"
        "<ul><li>families</li><li>pupils</li><li>pasted bullet</li></ul>"
    )


def test_headings_emphasis_links_quotes_and_numbered_lists():
    html = stored(
        "## What we did\n\n**Every** *Monday*: see [the guide](https://example.org).\n\n"
        "> A mother said it helped.\n\n1. call\n2. visit"
    )
    assert "<h3>What we did</h3>" in html  # under the page's own h2 headings
    assert "<strong>Every</strong> <em>Monday</em>" in html
    assert '<a href="https://example.org" rel="nofollow noopener">the guide</a>' in html
    assert "<blockquote><p>A mother said it helped.</p></blockquote>" in html
    assert "<ol><li>call</li><li>visit</li></ol>" in html


@pytest.mark.parametrize(
    ("typed", "absent"),
    [
        ("<script>alert(1)</script> hello", "<script"),
        ("[click](javascript:alert(1))", 'href="javascript:'),
        ('<p onclick="steal()">hi</p>', "onclick"),
        ('<p style="position:fixed">hi</p>', "style"),
        ("<style>p{display:none}</style><p>hi</p>", "<style"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<img src=x onerror="alert(1)">', "<img"),
    ],
)
def test_dangerous_markup_is_removed(typed, absent):
    assert absent not in stored(typed)


def test_markdown_comes_back_as_it_was_typed_for_editing():
    typed = (
        "## Steps\n\n**Call** the family on the *second* day.\n\n- a\n- b\n\n"
        "> Quoted\n\n1. one\n1. two\n\nSee [the guide](https://example.org/a?b=1&c=2)."
    )
    html = stored(typed)
    assert is_plain_html(html)
    assert html_to_text(html) == typed
    assert stored(html_to_text(html)) == html


PREVIEW = "/es/formatting/preview/"


@pytest.mark.django_db
def test_preview_shows_what_will_be_stored_to_members_only(client):
    from network.tests.factories import UserFactory

    typed = {"text": "## Plan\n\n**Hi** <script>x</script>"}
    assert client.post(PREVIEW, typed).status_code == 403
    client.force_login(UserFactory())
    response = client.post(PREVIEW, typed)
    assert response.status_code == 200
    assert (
        response.content.decode()
        == "<h3>Plan</h3>\n<p><strong>Hi</strong> &lt;script&gt;x&lt;/script&gt;</p>"
    )
    assert client.get(PREVIEW).status_code == 405
    too_long = client.post(PREVIEW, {"text": "x" * 20_001})
    assert too_long.status_code == 413
    assert "demasiado largo" in too_long.content.decode()


@pytest.mark.django_db
def test_preview_needs_the_forms_csrf_token():
    from django.test import Client

    from network.tests.factories import UserFactory

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(UserFactory())
    assert strict.post(PREVIEW, {"text": "hi"}).status_code == 403


@pytest.mark.django_db
def test_practice_form_offers_formatting_with_and_without_javascript(client):
    from network.tests.factories import UserFactory

    client.force_login(UserFactory())
    html = client.get("/en/practices/new/").content.decode()
    assert html.count("data-markdown") >= 7  # the summary and every section
    assert "Formatting: ## heading, **bold**" in html
    assert 'id="markdown-toolbar"' in html
