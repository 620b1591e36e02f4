"""Pictures and videos of practices and adaptations: added in their forms with a text
alternative and the word about pupils' faces, shown as cover, gallery and card, checked
per object, and videos that load their player only when asked."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from conftest import jpeg_upload, warm_site_cache
from inventory.filters import inventory_changed
from inventory.models import Practice, PracticePicture
from inventory.tests.factories import (
    AdaptationFactory,
    PracticeFactory,
    PublishedPracticeFactory,
)
from inventory.tests.test_views import PRACTICE_DATA
from siehub.pictures import clean_upload, renditions_sweep

pytestmark = pytest.mark.django_db

NEW = "/en/practices/new/"


def with_pictures(data=None, *slots, consent=True, total=3, **choices):
    data = {
        **PRACTICE_DATA,
        **(data or {}),
        "pictures-TOTAL_FORMS": total,
        "pictures-INITIAL_FORMS": 0,
        **choices,
    }
    if consent:
        data["faces_consent"] = "on"
    for index, slot in enumerate(slots):
        for key, value in slot.items():
            data[f"pictures-{index}-{key}"] = value
    return data


def add_picture(practice, alt="A class", **fields):
    picture = PracticePicture.objects.create(
        practice=practice,
        image=clean_upload(jpeg_upload()).file,
        alt_text_en=alt,
        **fields,
    )
    if practice.cover_id is None:
        Practice.objects.filter(pk=practice.pk).update(cover=picture)
        practice.cover = picture
    return picture


class TestAddingInTheForm:
    def test_pictures_with_alt_text_are_added_and_the_first_is_the_cover(
        self, member_client
    ):
        response = member_client.post(
            NEW,
            with_pictures(
                None,
                {
                    "image": jpeg_upload("a.jpg"),
                    "alt_text": "Pupils at the welcome desk",
                },
                {
                    "image": jpeg_upload("b.jpg"),
                    "alt_text": "A mother reads the timetable",
                    "caption": "Open day",
                    "credit": "Photo: Ana Petrova",
                },
            ),
        )
        assert response.status_code == 302
        practice = Practice.objects.get()
        first, second = practice.pictures.order_by("position")
        assert practice.cover == first
        assert (first.alt_text_en, second.caption_en, second.credit) == (
            "Pupils at the welcome desk",
            "Open day",
            "Photo: Ana Petrova",
        )
        assert first.faces_consent and (first.width, first.height) == (900, 600)
        assert first.rendition_widths == [480, 900]  # made by the in-process worker

    def test_written_in_the_practices_language(self, member_client):
        member_client.post(
            NEW,
            with_pictures(
                {"original_language": "mk", "title": "Повик до семејството"},
                {"image": jpeg_upload(), "alt_text": "Наставник телефонира"},
            ),
        )
        picture = PracticePicture.objects.get()
        assert picture.alt_text_mk == "Наставник телефонира"
        assert not picture.alt_text_en

    def test_a_picture_without_alt_text_is_a_400_with_the_form_kept(
        self, member_client
    ):
        response = member_client.post(
            NEW,
            with_pictures(
                {"title": "Breakfast with families"},
                {"image": jpeg_upload(), "caption": "Our hall"},
            ),
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "Describe what the picture shows" in html
        assert 'value="Breakfast with families"' in html
        assert 'value="Our hall"' in html
        assert "please choose your files again" in html
        assert not Practice.objects.exists()

    def test_a_non_image_renamed_jpg_is_a_400_with_a_clear_message(self, member_client):
        fake = SimpleUploadedFile("class.jpg", b"MZ\x90\x00 an executable")
        response = member_client.post(
            NEW, with_pictures(None, {"image": fake, "alt_text": "A class"})
        )
        assert response.status_code == 400
        assert "not a picture we can show" in response.content.decode()
        assert not PracticePicture.objects.exists()

    def test_a_60_megapixel_picture_is_a_400(self, member_client):
        buffer = io.BytesIO()
        Image.new("L", (10000, 6000)).save(buffer, "PNG", optimize=True)
        huge = SimpleUploadedFile("wall.png", buffer.getvalue())
        response = member_client.post(
            NEW, with_pictures(None, {"image": huge, "alt_text": "A wall"})
        )
        assert response.status_code == 400
        assert "60 megapixels" in response.content.decode()

    def test_without_the_consent_nothing_is_saved(self, member_client):
        response = member_client.post(
            NEW,
            with_pictures(
                {"title": "Summer school"},
                {"image": jpeg_upload(), "alt_text": "Girls in the yard"},
                consent=False,
            ),
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "shown only with their parents&#x27; consent" in html
        assert 'value="Summer school"' in html
        assert not Practice.objects.exists()

    def test_alt_text_without_a_picture_asks_for_the_picture(self, member_client):
        response = member_client.post(
            NEW, with_pictures(None, {"alt_text": "A class"}, consent=False)
        )
        assert response.status_code == 400
        assert "Choose the picture these words describe" in response.content.decode()


class TestGallery:
    def test_the_author_chooses_the_cover_and_removes_a_picture(
        self, member_client, member
    ):
        practice = PracticeFactory(author=member)
        first, second, third = (add_picture(practice, alt=f"P{n}") for n in range(3))
        response = member_client.post(
            f"/en/practices/{practice.slug}/edit/",
            with_pictures(
                {"title": practice.title},
                cover=str(second.pk),
                remove_pictures=[str(first.pk)],
                consent=False,
            ),
        )
        assert response.status_code == 302
        practice.refresh_from_db()
        assert practice.cover == second
        assert list(practice.pictures.all()) == [second, third]

    def test_removing_the_cover_makes_the_next_picture_the_cover(
        self, member_client, member
    ):
        practice = PracticeFactory(author=member)
        first, second = add_picture(practice), add_picture(practice)
        member_client.post(
            f"/en/practices/{practice.slug}/edit/",
            with_pictures(
                {"title": practice.title},
                cover=str(first.pk),
                remove_pictures=[str(first.pk)],
                consent=False,
            ),
        )
        practice.refresh_from_db()
        assert practice.cover == second

    def test_another_practices_picture_cannot_be_removed_or_chosen(
        self, member_client, member
    ):
        practice = PracticeFactory(author=member)
        mine = add_picture(practice)
        theirs = add_picture(PracticeFactory())
        response = member_client.post(
            f"/en/practices/{practice.slug}/edit/",
            with_pictures(
                {"title": practice.title},
                cover=str(theirs.pk),
                remove_pictures=[str(theirs.pk)],
                consent=False,
            ),
        )
        assert response.status_code == 400
        assert PracticePicture.objects.filter(pk=theirs.pk).exists()
        practice.refresh_from_db()
        assert practice.cover == mine

    def test_a_published_practices_gallery_is_not_the_authors_to_change(
        self, member_client, member
    ):
        practice = PublishedPracticeFactory(author=member)
        response = member_client.post(
            f"/en/practices/{practice.slug}/edit/",
            with_pictures(None, {"image": jpeg_upload(), "alt_text": "A class"}),
        )
        assert response.status_code == 404
        assert not PracticePicture.objects.exists()

    def test_adaptation_gets_pictures_in_its_form(self, member_client, member):
        adaptation = AdaptationFactory(author=member)
        response = member_client.post(
            f"/en/adaptations/{adaptation.pk}/edit/",
            {
                "original_language": "en",
                "title": adaptation.title or "Our version",
                "school": adaptation.school_id,
                "context": "Smaller town.",
                "action": "save",
                "pictures-TOTAL_FORMS": 3,
                "pictures-INITIAL_FORMS": 0,
                "pictures-0-image": jpeg_upload(),
                "pictures-0-alt_text": "Parents in the hall",
                "faces_consent": "on",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        adaptation.refresh_from_db()
        assert adaptation.cover.alt_text_en == "Parents in the hall"


class TestShown:
    def test_cover_on_top_and_gallery_with_srcset_and_text_alternatives(self, client):
        practice = PublishedPracticeFactory()
        cover = add_picture(practice, alt="Pupils at the welcome desk")
        add_picture(practice, alt="A mother reads the timetable", credit="Ana P.")
        renditions_sweep()  # what Celery does after the upload's commit
        html = client.get(practice.get_absolute_url()).content.decode()
        assert 'class="cover"' in html
        assert 'alt="Pupils at the welcome desk"' in html
        assert 'loading="eager"' in html  # the cover: seen first
        assert 'alt="A mother reads the timetable"' in html and "Ana P." in html
        assert 'loading="lazy"' in html
        assert f'width="{cover.width}" height="{cover.height}"' in html
        assert "srcset=" in html and 'type="image/webp"' in html

    def test_an_untranslated_alt_text_is_marked_with_its_language(self, client):
        practice = PublishedPracticeFactory()
        picture = add_picture(practice, alt="")
        PracticePicture.objects.filter(pk=picture.pk).update(
            alt_text_mk="Ученици во училницата", alt_text_en=""
        )
        html = client.get(f"/bg{practice.get_absolute_url()[3:]}").content.decode()
        assert 'alt="Ученици во училницата" lang="mk"' in html

    def test_cards_show_the_cover_without_repeating_the_title(self, client):
        practice = PublishedPracticeFactory()
        add_picture(practice)
        inventory_changed()
        html = client.get("/en/practices/").content.decode()
        card = html.split('class="card practice-card"')[1].split("</article>")[0]
        assert "practice-card__cover" in card and 'alt=""' in card

    def test_home_page_teasers_show_the_cover(self, client):
        practice = PublishedPracticeFactory()
        add_picture(practice)
        html = client.get("/en/").content.decode()
        assert "teaser__cover" in html

    def test_list_query_count_is_the_same_with_covers(self, client):
        warm_site_cache()
        PublishedPracticeFactory.create_batch(5)
        inventory_changed()
        client.get("/en/practices/")
        with CaptureQueriesContext(connection) as without:
            client.get("/en/practices/")
        for practice in Practice.objects.all():
            add_picture(practice)
        PublishedPracticeFactory.create_batch(5)
        for practice in Practice.objects.filter(cover__isnull=True):
            add_picture(practice)
        inventory_changed()
        client.get("/en/practices/")
        with CaptureQueriesContext(connection) as with_covers:
            html = client.get("/en/practices/").content.decode()
        assert html.count("practice-card__cover") == 10
        assert len(with_covers.captured_queries) == len(without.captured_queries)


class TestVideo:
    def test_a_video_from_an_unknown_host_is_a_400_with_the_form_kept(
        self, member_client
    ):
        response = member_client.post(
            NEW,
            {
                **PRACTICE_DATA,
                "title": "Roma mediators",
                "video_url": "https://videos.example.org/watch/1",
            },
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "not the address of a video we can show" in html
        assert 'value="https://videos.example.org/watch/1"' in html

    def test_the_page_shows_a_still_and_loads_no_player(self, client):
        practice = PublishedPracticeFactory(
            video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        )
        html = client.get(practice.get_absolute_url()).content.decode()
        assert "<iframe" not in html
        assert (
            'data-video-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
            in html
        )
        assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
        assert "only when you play it" in html

    def test_the_csp_allows_the_players_of_the_allowed_hosts_only(self, client):
        response = client.get("/en/")
        policy = response["Content-Security-Policy"]
        frame_src = next(
            part for part in policy.split(";") if part.strip().startswith("frame-src")
        )
        assert "https://www.youtube-nocookie.com" in frame_src
        assert "https://player.vimeo.com" in frame_src
        assert "https://framatube.org" in frame_src
        assert "youtube.com " not in frame_src + " "


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://youtu.be/dQw4w9WgXcQ", "youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "player.vimeo.com/video/76979871"),
        (
            "https://framatube.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d",
            "framatube.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d",
        ),
    ],
)
def test_video_addresses_recognised(url, embed):
    from siehub.video import video_of

    assert embed in video_of(url).embed_url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=short",
        "javascript:alert(1)",
        "https://evil.example/w/9c9de5e8-0a1e-484a-b099-e80766180a6d",
        "https://vimeo.com/channels/staffpicks",
        "ftp://youtu.be/dQw4w9WgXcQ",
    ],
)
def test_video_addresses_refused(url):
    from siehub.video import video_of

    assert video_of(url) is None
