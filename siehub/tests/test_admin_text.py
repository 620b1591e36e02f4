"""Curators edit paragraphs and lists as plain text in admin, never raw "<p>" tags."""

import pytest

from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import UserFactory
from siehub.forms import ParagraphsTextarea
from siehub.text import is_plain_html


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<p>One</p>\n<ul><li>a</li><li>b</li></ul>", True),
        ("<p>One<br>two</p>", True),
        ("", True),
        ('<p class="x">One</p>', False),
        (
            '<p>See <a href="https://example.org" rel="nofollow noopener">this</a></p>',
            True,
        ),
        ("<h3>Title</h3><p><strong>One</strong> <em>two</em></p>", True),
        ("<ol><li>first</li></ol><blockquote><p>quoted</p></blockquote>", True),
        ("<h2>Title</h2><p>One</p>", False),
        ('<p>See <a href="https://example.org" title="x">this</a></p>', False),
        ('<p><span lang="en">Word</span></p>', False),
    ],
)
def test_plain_html_is_only_what_text_to_html_makes(html, plain):
    assert is_plain_html(html) is plain


def test_paragraphs_show_as_text_and_come_back_as_html():
    widget = ParagraphsTextarea()
    html = "<p>Families first.</p>\n<ul><li>calls</li><li>visits</li></ul>"
    assert widget.format_value(html) == "Families first.\n\n- calls\n- visits"
    typed = {"body": "Families first.\r\n\r\n- calls\r\n- visits"}
    assert widget.value_from_datadict(typed, {}, "body") == html


def test_rich_markup_is_shown_as_it_is_so_nothing_is_lost():
    widget = ParagraphsTextarea()
    html = '<p>See <span lang="en">the guide</span>.</p>'
    assert widget.format_value(html) == html


def test_what_comes_back_is_sanitised():
    widget = ParagraphsTextarea()
    typed = {"body": '<p onclick="x()">Hi</p><script>alert(1)</script>'}
    assert widget.value_from_datadict(typed, {}, "body") == "<p>Hi</p>"


def test_practice_change_form_shows_sections_as_text(client, db):
    practice = PublishedPracticeFactory(
        summary_en="<p>Mediators call families.</p>", summary_mk=""
    )
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(f"/en/admin/inventory/practice/{practice.pk}/change/").content
    html = html.decode()
    textarea = html[html.index('name="summary_en"') :]
    textarea = textarea[textarea.index(">") + 1 : textarea.index("</textarea>")]
    assert textarea.strip() == "Mediators call families."
