"""Pictures: checked by content, cleaned of their camera data, resized by Celery into
WebP and JPEG widths, offered through srcset, and removed with their files."""

import io
import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from PIL import Image, ImageFile

from conftest import celery_broker
from inventory.models import PracticePicture
from inventory.tests.factories import PracticeFactory
from siehub import pictures
from siehub.pictures import clean_upload, rendition_name

pytestmark = pytest.mark.django_db

GPS = 0x8825  # the EXIF block with the camera's position
ORIENTATION = 0x0112


def jpeg(width=1200, height=800, *, exif=None, color=(200, 80, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(
        buffer, "JPEG", **({"exif": exif} if exif is not None else {})
    )
    return buffer.getvalue()


def with_gps_and_orientation() -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # taken sideways: to be turned upright
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS).update(
        {1: "N", 2: (41.0, 1.0, 54.0), 3: "E", 4: (21.0, 20.0, 0.0)}
    )
    return jpeg(1200, 800, exif=exif)


def upload(content: bytes, name="photo.jpg"):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


class TestChecking:
    def test_a_text_file_renamed_jpg_is_refused(self):
        with pytest.raises(ValidationError, match="not a picture we can show"):
            clean_upload(upload(b"%PDF-1.4 not an image at all", "scan.jpg"))

    def test_a_gif_is_refused_by_its_content_whatever_its_name(self):
        buffer = io.BytesIO()
        Image.new("P", (10, 10)).save(buffer, "GIF")
        with pytest.raises(ValidationError, match="JPEG, PNG or WebP"):
            clean_upload(upload(buffer.getvalue(), "fake.png"))

    def test_a_60_megapixel_picture_is_refused_before_it_is_decoded(self, settings):
        # A 10000 x 6000 PNG of one colour is small on disk but 60 megapixels.
        buffer = io.BytesIO()
        Image.new("L", (10000, 6000)).save(buffer, "PNG", optimize=True)
        assert len(buffer.getvalue()) < settings.PICTURE_MAX_BYTES
        with pytest.raises(ValidationError, match="60 megapixels; at most 40"):
            clean_upload(upload(buffer.getvalue(), "huge.png"))

    def test_a_file_over_the_size_limit_is_refused(self, settings):
        settings.PICTURE_MAX_BYTES = 1000
        with pytest.raises(ValidationError, match="too large"):
            clean_upload(upload(jpeg()))

    def test_a_truncated_jpeg_is_refused_as_damaged(self, monkeypatch):
        # As WeasyPrint leaves Pillow once imported: truncated files accepted.
        monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
        buffer = io.BytesIO()
        Image.effect_noise((800, 600), 60).convert("RGB").save(buffer, "JPEG")
        content = buffer.getvalue()
        with pytest.raises(ValidationError, match="damaged"):
            clean_upload(upload(content[: len(content) // 3]))


class TestCleaning:
    def test_exif_and_its_gps_position_are_gone_and_the_picture_is_upright(self):
        original = with_gps_and_orientation()
        assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS)
        cleaned = clean_upload(upload(original))
        image = Image.open(cleaned.file)
        assert not image.getexif()  # no EXIF block at all, GPS included
        assert "xmp" not in image.info and "exif" not in image.info
        # Orientation 6 (rotated 90°) applied to the pixels: 800 wide, 1200 high.
        assert (image.width, image.height) == (800, 1200)
        assert (cleaned.width, cleaned.height) == (800, 1200)

    def test_a_large_picture_is_kept_at_most_max_edge(self, settings):
        settings.PICTURE_MAX_EDGE = 1000
        cleaned = clean_upload(upload(jpeg(3000, 2000)))
        assert (cleaned.width, cleaned.height) == (1000, 667)

    def test_a_transparent_png_stays_a_png(self):
        buffer = io.BytesIO()
        Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(buffer, "PNG")
        cleaned = clean_upload(upload(buffer.getvalue(), "logo.png"))
        assert cleaned.file.name.endswith(".png")
        assert Image.open(cleaned.file).mode == "RGBA"


def stored_picture(width=1200, height=800):
    cleaned = clean_upload(upload(jpeg(width, height)))
    return PracticePicture.objects.create(
        practice=PracticeFactory(), image=cleaned.file, alt_text="A classroom"
    )


class TestRenditions:
    def test_each_width_in_webp_and_jpeg_made_after_commit(
        self, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            picture = stored_picture(1200, 800)
        picture.refresh_from_db()
        assert picture.rendition_widths == [480, 960, 1200]
        assert (picture.width, picture.height) == (1200, 800)
        for width in (480, 960, 1200):
            for extension, kind in (("webp", "WEBP"), ("jpg", "JPEG")):
                name = rendition_name(picture.image.name, width, extension)
                with default_storage.open(name) as file:
                    image = Image.open(file)
                    assert (image.format, image.width) == (kind, width)
                    assert image.height == round(800 * width / 1200)

    def test_widths_for_small_and_large_pictures(self):
        assert pictures.rendition_widths(300) == [300]
        assert pictures.rendition_widths(1600) == [480, 960, 1600]
        assert pictures.rendition_widths(2400) == [480, 960, 1600]

    def test_the_sweep_makes_what_no_task_made(self):
        picture = stored_picture()  # on_commit never ran: as if the broker was away
        assert PracticePicture.objects.get(pk=picture.pk).renditions == ""
        assert pictures.renditions_sweep() == 1
        assert PracticePicture.objects.get(pk=picture.pk).rendition_widths == [
            480,
            960,
            1200,
        ]
        assert pictures.renditions_sweep() == 0

    def test_a_dead_broker_never_fails_the_upload(
        self, settings, django_capture_on_commit_callbacks
    ):
        started = time.monotonic()
        with celery_broker("redis://127.0.0.1:1/0"):
            settings.CELERY_TASK_ALWAYS_EAGER = False
            with django_capture_on_commit_callbacks(execute=True):
                picture = stored_picture()
        assert time.monotonic() - started < 20
        # Saved, without renditions: the periodic sweep makes them later.
        assert PracticePicture.objects.filter(pk=picture.pk, renditions="").exists()

    def test_a_deleted_picture_takes_its_files(
        self, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            picture = stored_picture()
        picture.refresh_from_db()
        names = [picture.image.name] + [
            rendition_name(picture.image.name, w, e)
            for w in picture.rendition_widths
            for e in ("webp", "jpg")
        ]
        assert all(default_storage.exists(name) for name in names)
        with django_capture_on_commit_callbacks(execute=True):
            picture.delete()
        assert not any(default_storage.exists(name) for name in names)


class TestMarkup:
    def render(self, picture, arguments=""):
        return Template(
            "{% load siehub %}{% picture picture " + arguments + " %}"
        ).render(Context({"picture": picture}))

    def test_srcset_sizes_dimensions_and_lazy_loading(
        self, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            picture = stored_picture(1200, 800)
        picture.refresh_from_db()
        html = self.render(picture, 'sizes="50vw" alt="A classroom"')
        stem = picture.image.url.rsplit(".", 1)[0]
        assert f'<source type="image/webp" srcset="{stem}-480.webp 480w' in html
        assert f'{stem}-1200.jpg 1200w"' in html
        assert 'sizes="50vw"' in html
        assert 'width="1200" height="800"' in html
        assert 'alt="A classroom"' in html
        assert 'loading="lazy" decoding="async"' in html

    def test_before_the_renditions_the_cleaned_file_with_its_size(self):
        picture = stored_picture(640, 480)
        html = self.render(picture)
        assert f'src="{picture.image.url}"' in html
        assert "srcset" not in html
        assert 'width="640" height="480" alt=""' in html
