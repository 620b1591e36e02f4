"""Django admin serves every asset itself: nothing from a CDN, which the CSP blocks."""

import re

import pytest
from django.contrib import admin
from django.contrib.staticfiles import finders

EXTERNAL = re.compile(r'(?:src|href)="(?:https?:)?//', re.IGNORECASE)
ASSET = re.compile(r'(?:src|href)="/static/([^"]+)"')


def admin_media():
    for model, model_admin in admin.site._registry.items():
        media = model_admin.media
        for inline in model_admin.inlines:
            media += inline(model, admin.site).media
        yield model, str(media)


@pytest.mark.parametrize(
    ("model", "media"), list(admin_media()), ids=lambda value: str(value)[:40]
)
def test_admin_media_loads_nothing_from_another_host(model, media):
    assert not EXTERNAL.search(media), (
        f"{model.__name__} admin loads from a CDN: {media}"
    )


@pytest.mark.parametrize(
    ("model", "media"), list(admin_media()), ids=lambda value: str(value)[:40]
)
def test_admin_media_files_exist_in_the_project(model, media):
    for path in ASSET.findall(media):
        assert finders.find(path), f"{model.__name__} admin needs {path}, not found"


def test_translation_tabs_get_jquery_ui_from_our_static_files():
    from inventory.models import Practice

    media = str(admin.site._registry[Practice].media)
    assert "/static/js/vendor/jquery-ui.min.js" in media
    assert "tabbed_translation_fields.js" in media
