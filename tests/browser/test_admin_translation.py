"""Curators translate in admin: the language tabs of modeltranslation work.

They need jQuery UI; loaded from a CDN, the site's CSP blocked it and curators saw four
unlabelled "Title" fields side by side. Django admin is the curators' back office: it is
checked for loading cleanly, not with axe.
"""

from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import UserFactory


def test_curator_switches_language_tabs_in_the_practice_change_form(
    page, login, page_problems
):
    practice = PublishedPracticeFactory(
        title_en="Homework club", title_mk="Клуб за домашни задачи"
    )
    login(UserFactory(is_staff=True, is_superuser=True))

    page.goto(f"/en/admin/inventory/practice/{practice.pk}/change/")
    page.wait_for_load_state("load")
    assert not page_problems, "\n".join(page_problems)

    title_en = page.locator("#id_title_en")
    title_mk = page.locator("#id_title_mk")
    assert title_en.is_visible()
    assert not title_mk.is_visible(), "every language is shown at once: no tabs"

    group = page.locator(".ui-tabs", has=title_en)
    tabs = group.locator("[role=tab]")
    assert tabs.all_inner_texts() == ["EN", "MK", "BG", "ES"]
    group.get_by_role("tab", name="MK").click()
    assert title_mk.is_visible()
    assert title_mk.input_value() == "Клуб за домашни задачи"
    assert not title_en.is_visible()

    # The form fits the window: no field wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "the change form is wider than the window"
    )
