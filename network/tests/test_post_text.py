"""Community posts are formatted text: written in Markdown (bare addresses become links),
stored once as sanitised HTML, shown, mailed and translated from there; the plain posts
written before were converted by a migration that keeps their translations current."""

import importlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from network.models import EmailFrequency, Post
from network.services import communities as services
from network.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    PostFactory,
    UserFactory,
)
from siehub import translating
from siehub.models import Notification, TextTranslation, TranslationStatus

pytestmark = pytest.mark.django_db


def _migration():
    return importlib.import_module("network.migrations.0008_posts_formatted_text")


def test_plain_posts_become_html_once_and_their_translations_stay_current():
    plain = "See https://example.org/guide\n- call home\n- <b> is not bold"
    post = PostFactory(original_language="mk", body_mk=plain, body_bg="Вижте")
    TextTranslation.objects.create(
        content_type=ContentType.objects.get_for_model(Post),
        object_id=post.pk,
        field="body",
        language="bg",
        status=TranslationStatus.MACHINE,
        source_language="mk",
        source_digest=translating.digest(plain),
        engine="apertium",
        machine_text="Вижте\n- обадете се",
    )
    done = PostFactory(original_language="en", body_en="<p>Already <em>HTML</em></p>")

    _migration().convert(apps, None)
    _migration().convert(apps, None)  # a second run changes nothing

    post.refresh_from_db()
    done.refresh_from_db()
    assert post.body_mk == (
        '<p>See <a href="https://example.org/guide" rel="nofollow noopener">'
        "https://example.org/guide</a></p>\n"
        "<ul><li>call home</li><li>&lt;b&gt; is not bold</li></ul>"
    )
    assert post.body_bg == "<p>Вижте</p>"
    assert done.body_en == "<p>Already <em>HTML</em></p>"
    row = TextTranslation.objects.get(object_id=post.pk, language="bg")
    assert row.machine_text == "<p>Вижте</p>\n<ul><li>обадете се</li></ul>"
    (state,) = translating.field_states(post, "bg")
    assert (state.status, state.outdated) == ("machine", False)


def test_a_translation_outdated_before_the_migration_stays_outdated():
    post = PostFactory(original_language="en", body_en="New text", body_es="Viejo")
    TextTranslation.objects.create(
        content_type=ContentType.objects.get_for_model(Post),
        object_id=post.pk,
        field="body",
        language="es",
        status=TranslationStatus.HUMAN,
        source_language="en",
        source_digest=translating.digest("Old text"),
    )
    _migration().convert(apps, None)
    post.refresh_from_db()
    (state,) = translating.field_states(post, "es")
    assert state.outdated


def test_the_mail_of_a_post_keeps_its_formatting_and_the_text_mail_its_markdown():
    community = CommunityFactory()
    author, reader = UserFactory(), UserFactory(preferred_language="en")
    MembershipFactory(community=community, user=author)
    MembershipFactory(
        community=community, user=reader, email_frequency=EmailFrequency.EACH_POST
    )
    services.post_create(
        community=community,
        author=author,
        body="**Visit** the family:\n\n- call first\n- see https://example.org/a",
    )
    mail = Notification.objects.get(recipient=reader)
    assert "<strong>Visit</strong>" in mail.body_html
    assert "<li>call first</li>" in mail.body_html
    assert 'href="https://example.org/a"' in mail.body_html
    assert "**Visit** the family:" in mail.body_text
    assert "- see https://example.org/a" in mail.body_text
    assert "<li>" not in mail.body_text


def test_a_members_data_export_gives_the_posts_as_written():
    from network.privacy import export

    community = CommunityFactory()
    author = UserFactory()
    MembershipFactory(community=community, user=author)
    services.post_create(community=community, author=author, body="- **one**\n- two")
    (post,) = export(author)["community_posts"]
    assert post["body"] == "- **one**\n- two"
