"""Pictures and videos in a real browser: a video's player loads only when the reader
asks (no request to its host before), a member adds pictures in the practice form (a
missing text alternative answered with the form kept), and a practice page with a cover
and a gallery passes axe, keeps its layout and lets the browser choose a rendition.

No test here needs the internet: requests to any host but the live server's are answered
by the test itself (an empty page), and recorded.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.urls import path
from django.views.static import serve
from PIL import Image
from playwright.sync_api import expect

from inventory.models import Practice, PracticePicture
from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import OrganisationFactory, UserFactory
from siehub.pictures import clean_upload, renditions_sweep
from siehub.urls import urlpatterns as site_urlpatterns

VIDEO_ID = "dQw4w9WgXcQ"
WATCH_URL = f"https://www.youtube.com/watch?v={VIDEO_ID}"
# Every host a YouTube video could be fetched from, and Google's own.
VIDEO_HOSTS = re.compile(r"(^|\.)(youtube|youtube-nocookie|ytimg|google|gstatic)\.")
TITLE = "Welcome class for newly arrived pupils"
ALT = "Two pupils and a teacher at the welcome desk"


def serve_media(request, path):
    return serve(request, path, document_root=django_settings.MEDIA_ROOT)


# The live server serves static files but not uploads: Django serves those only with
# DEBUG, production's web server does. This URLconf adds them, so the browser loads the
# pictures from the server under test (a missing rendition is a 404 the page checks see).
urlpatterns = [
    *site_urlpatterns,
    path(f"{django_settings.MEDIA_URL.strip('/')}/<path:path>", serve_media),
]


@pytest.fixture
def media_served(settings):
    settings.ROOT_URLCONF = __name__


def jpeg_bytes(width=1200, height=800, colour=(30, 120, 160)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def add_picture(practice, alt, colour=(30, 120, 160), **fields):
    """A picture as an upload stores it (cleaned); the first one becomes the cover."""
    cleaned = clean_upload(ContentFile(jpeg_bytes(colour=colour), name="class.jpg"))
    picture = PracticePicture.objects.create(
        practice=practice, image=cleaned.file, alt_text_en=alt, **fields
    )
    if practice.cover_id is None:
        Practice.objects.filter(pk=practice.pk).update(cover=picture)
        practice.cover = picture
    return picture


def offline(page, live_server_url: str) -> list[str]:
    """Answer every request to another host than the live server's with an empty page,
    recording its address; the live server's go through."""
    elsewhere: list[str] = []
    local = urlsplit(live_server_url).netloc

    def handle(route):
        if urlsplit(route.request.url).netloc == local:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.fulfill(status=200, content_type="text/html", body="")

    page.route("**/*", handle)
    return elsewhere


def wait_loaded(locator) -> None:
    """Scroll a (lazy) picture into view and wait, within the page's timeout, until
    it is loaded."""
    locator.scroll_into_view_if_needed()
    locator.page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=locator.element_handle()
    )


def video_hosts(urls) -> list[str]:
    return [url for url in urls if VIDEO_HOSTS.search(urlsplit(url).hostname or "")]


def test_the_video_player_loads_only_when_the_reader_presses_play(
    page, browser, browser_context_args, live_server, assert_accessible
):
    practice = PublishedPracticeFactory(title_en=TITLE, video_url=WATCH_URL)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    elsewhere = offline(page, live_server.url)

    page.goto(practice.get_absolute_url())
    play = page.get_by_role("link", name="Play the video (YouTube)")
    expect(play).to_be_visible()
    assert_accessible(page)
    page.wait_for_load_state("networkidle")
    assert not video_hosts(requested), requested
    assert not elsewhere, elsewhere
    expect(page.locator("iframe")).to_have_count(0)

    with page.expect_request(
        lambda request: urlsplit(request.url).hostname == "www.youtube-nocookie.com"
    ) as player_request:
        play.click()
    player = page.locator(".video iframe")
    expect(player).to_have_count(1)
    expect(player).to_have_attribute(
        "src", re.compile(rf"^https://www\.youtube-nocookie\.com/embed/{VIDEO_ID}")
    )
    expect(player).to_have_attribute("title", TITLE)
    assert player_request.value.url.startswith(
        f"https://www.youtube-nocookie.com/embed/{VIDEO_ID}"
    )
    assert any(url.startswith("https://www.youtube-nocookie.com/") for url in elsewhere)
    # Only the privacy-enhanced player's host, never youtube.com itself.
    assert {urlsplit(url).hostname for url in video_hosts(requested)} == {
        "www.youtube-nocookie.com"
    }
    # Keyboard and screen-reader users land in the player they asked for.
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"

    # Without JavaScript the play button is a plain link to the video on YouTube.
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    try:
        plain = context.new_page()
        left = offline(plain, live_server.url)
        plain.goto(practice.get_absolute_url())
        link = plain.get_by_role("link", name="Play the video (YouTube)")
        expect(link).to_have_attribute("href", WATCH_URL)
        expect(plain.locator("iframe")).to_have_count(0)
        assert not video_hosts(left)
        link.click()
        expect(plain).to_have_url(WATCH_URL)
        assert left == [WATCH_URL]
    finally:
        context.close()


def test_member_adds_a_picture_in_the_practice_form(
    page, login, assert_accessible, media_served, tmp_path
):
    PublishedPracticeFactory()  # the vocabularies and a published practice exist
    member = login(
        UserFactory(organisation=OrganisationFactory(), preferred_language="en")
    )
    photo = tmp_path / "welcome.jpg"
    photo.write_bytes(jpeg_bytes(900, 600))

    page.goto("/en/practices/new/")
    page.get_by_label("Language you write in").select_option(label="English")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Summary").fill(
        "Newly arrived pupils spend their first weeks here."
    )
    page.get_by_label("Context and needs").fill("A secondary school in Madrid.")
    page.get_by_label("Objectives").fill("- Spanish in three months")
    page.get_by_label("Activities").fill(
        "Mornings in the welcome class, afternoons out."
    )
    page.get_by_label("Results and evidence").fill("Most join their class by spring.")
    page.get_by_label("Migrant and refugee pupils", exact=True).check()
    page.get_by_label("Country", exact=True).select_option(label="Spain")
    pictures = page.locator("#pictures")
    first = pictures.get_by_role("group", name="New picture 1")
    first.get_by_label("Picture", exact=True).set_input_files(photo)
    page.get_by_role("button", name="Save draft").click()

    # Refused with the form kept: the summary names the missing text alternative.
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(
        summary.get_by_role(
            "link",
            name="New picture 1 · Text alternative: Describe what the picture shows, "
            "for people who cannot see it.",
        )
    ).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value(TITLE)
    expect(pictures.get_by_role("status")).to_have_text(
        "Nothing was saved yet, and browsers do not keep a chosen file: please choose "
        "your files again."
    )
    assert not Practice.objects.filter(author=member).exists()
    assert_accessible(page)

    first.get_by_label("Text alternative").fill(ALT)
    first.get_by_label("Picture", exact=True).set_input_files(photo)
    page.get_by_label(
        "Pupils whose faces can be recognised in these pictures are shown with their "
        "parents' consent."
    ).check()
    page.get_by_role("button", name="Save draft").click()

    expect(page).to_have_url(re.compile(r"/en/practices/welcome-class-[\w-]+/edit/$"))
    expect(page.get_by_text("Your draft has been saved.")).to_be_visible()
    added = pictures.get_by_role("group", name="Pictures already added")
    expect(added.get_by_role("img", name=ALT)).to_be_visible()
    expect(added.get_by_role("radio", name="Cover picture")).to_be_checked()
    expect(added.get_by_label(re.compile("^Remove “Two pupils"))).not_to_be_checked()
    # Shown from the server: a rendition made in-process after the upload's commit.
    thumbnail = added.get_by_role("img", name=ALT)
    wait_loaded(thumbnail)
    assert re.search(r"-\d+\.webp$", thumbnail.evaluate("img => img.currentSrc"))
    assert_accessible(page)

    practice = Practice.objects.get(author=member)
    picture = practice.pictures.get()
    assert practice.cover == picture
    assert (picture.alt_text_en, picture.faces_consent) == (ALT, True)
    assert (picture.width, picture.height) == (900, 600)


def practice_with_gallery():
    """A published practice with a cover and two more pictures, their renditions made."""
    practice = PublishedPracticeFactory(title_en=TITLE)
    add_picture(practice, ALT, caption_en="The first morning")
    add_picture(practice, "A mother reads the timetable", colour=(160, 90, 30))
    add_picture(
        practice, "Pupils label the classroom", colour=(60, 140, 60), credit="Ana P."
    )
    # Celery makes the renditions after the upload's commit (here in-process, at once);
    # the sweep makes whatever a task missed.
    renditions_sweep()
    assert all(p.rendition_widths == [480, 960, 1200] for p in practice.pictures.all())
    return practice


def test_practice_page_with_cover_and_gallery(page, assert_accessible, media_served):
    practice = practice_with_gallery()
    cover = practice.cover
    cover_img = page.locator(".cover img")
    gallery = page.get_by_role("region", name="Pictures").locator("img")

    # A phone first (the browser's cache would otherwise offer the wider file it has).
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(practice.get_absolute_url())
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    wait_loaded(cover_img)
    # One CSS pixel per device pixel: the smallest width does, not 960 or 1200.
    assert cover_img.evaluate("img => img.currentSrc").endswith("-480.webp")
    box = cover_img.bounding_box()
    assert box["width"] <= 375
    # width and height reserve the picture's place: its box has the picture's ratio.
    assert abs(box["height"] - box["width"] * cover.height / cover.width) < 2

    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(practice.get_absolute_url())
    assert_accessible(page)
    expect(cover_img).to_have_attribute("alt", ALT)
    expect(cover_img).to_have_attribute("width", str(cover.width))
    expect(cover_img).to_have_attribute("height", str(cover.height))
    expect(cover_img).to_have_attribute("loading", "eager")
    expect(gallery).to_have_count(2)
    for index in range(2):
        expect(gallery.nth(index)).to_have_attribute("loading", "lazy")
        expect(gallery.nth(index)).to_have_attribute("width", re.compile(r"^\d+$"))
    # The browser chose one of the WebP widths of srcset, not the JPEG fallback.
    wait_loaded(cover_img)
    assert re.search(r"-\d+\.webp$", cover_img.evaluate("img => img.currentSrc"))
    wait_loaded(gallery.last)
    assert re.search(r"-\d+\.webp$", gallery.last.evaluate("img => img.currentSrc"))


def test_on_a_phone_nothing_moves_when_the_script_arrives(page, media_served):
    """The header is folded from the first paint, not when site.js runs: on a slow
    network the script comes after the page is shown, and the page must not jump."""
    practice = practice_with_gallery()
    page.add_init_script(
        """window.shifts = [];
        new PerformanceObserver(list => window.shifts.push(
            ...list.getEntries().map(entry => entry.value)
        )).observe({type: "layout-shift", buffered: true});"""
    )
    held = []
    # Answered only when the test says.
    page.route("**/js/site*.js", lambda route: held.append(route))
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(practice.get_absolute_url(), wait_until="commit")
    menu = page.get_by_role("button", name="Menu")
    main_nav = page.get_by_role("navigation", name="Main")
    wait_loaded(page.locator(".cover img"))
    assert len(held) == 1  # shown, and the script not run yet
    expect(menu).to_be_visible()
    expect(main_nav).to_be_hidden()
    top = page.locator("main").bounding_box()["y"]

    held[0].continue_()
    page.wait_for_load_state("load")
    page.wait_for_function("document.readyState === 'complete'")
    assert page.locator("main").bounding_box()["y"] == top
    assert sum(page.evaluate("window.shifts")) == 0
    menu.click()
    expect(main_nav).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "true")
