"""Phones: on the demo data, every page shape at 375 x 740 px, for a visitor, a member, a
partner coordinator, the host of the Madrid training and a curator, fits the screen (no
sideways scrolling) in English and in one of the other languages, and passes axe-core;
the list filters fold away on phones so that the first result is on the first screen,
and sit open beside the results on a desktop."""

import io
import re
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import Resolver404, resolve, reverse
from playwright.sync_api import expect

from inventory.tests.factories import PublishedPracticeFactory
from network.models import User

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
OTHER_LANGUAGES = ("mk", "bg", "es")

# Who browses, and where they start besides the links of every page they see.
ROLES = {
    # No page links to the resource library yet.
    "visitor": (
        None,
        ["/en/", "/en/verify/", "/en/accounts/login/", "/en/training/resources/"],
    ),
    "member": (
        "teacher@demo.siehub.eu",
        ["/en/my/practices/", "/en/my/learning/", "/en/my/mobilities/"],
    ),
    "coordinator": ("partner@demo.siehub.eu", ["/en/my/network/"]),
    "host": ("carmen.ruiz@demo.siehub.eu", ["/en/my/hosting/"]),
    "curator": ("curator@demo.siehub.eu", ["/en/training/"]),
}
# The page shapes (URL patterns) each must have seen: the crawl follows links, so a
# page that loses its link is noticed here.
REQUIRED = {
    "visitor": {
        "home",
        "page",
        "certificate-verify-form",
        "inventory:practice-list",
        "inventory:practice-detail",
        "inventory:adaptation-detail",
        "inventory:compendium",
        "mobilities:mobility-list",
        "mobilities:mobility-detail",
        "network:organisation-list",
        "network:organisation-detail",
        "network:member-list",
        "network:member-detail",
        "network:community-list",
        "network:community-detail",
        "training:module-list",
        "training:module-detail",
        "training:resource-list",
        "training:resource-detail",
    },
    "member": {
        "notifications",
        "network:profile",
        "network:profile-edit",
        "inventory:my-practices",
        "inventory:practice-create",
        "training:my-learning",
        "training:unit-detail",
        "mobilities:my-registrations",
        "mobilities:registration-detail",
    },
    "coordinator": {
        "network:coordination",
        "network:coordination-members",
        "network:coordination-school-edit",
        "mobilities:coordination",
        "mobilities:coordination-event",
    },
    "host": {
        "mobilities:host-list",
        "mobilities:host-event",
        "mobilities:host-participants",
        "mobilities:host-attendance-days",
        "mobilities:host-attendance",
        "mobilities:host-evaluation",
    },
    "curator": {"training:module-results"},
}
# Checked once, by the first role that reaches them; AGAIN by the others.
PUBLIC = REQUIRED["visitor"] | {
    "account_login",
    "account_signup",
    "account_reset_password",
}
ANY_MEMBER = REQUIRED["member"] | {
    "account_email",
    "account_change_password",
    "network:privacy-export",
    "network:privacy-delete",
}
# The public pages that show more to a role: forms, links, the way to apply.
AGAIN = {
    "member": {
        "inventory:practice-detail",
        "mobilities:mobility-detail",
        "network:community-detail",
        "network:member-list",
        "training:module-detail",
    },
    "coordinator": {"mobilities:mobility-detail", "network:community-list"},
    "host": {"mobilities:mobility-detail"},
    "curator": {"inventory:practice-detail", "training:module-detail"},
}
# Files, feeds, and links that act.
SKIP = {
    "set_language",
    "javascript-catalog",
    "account_logout",
    "inventory:practice-feed",
    "inventory:practice-export",
    "inventory:compendium-download",
    "inventory:attachment-download",
    "mobilities:mobility-ics",
    "mobilities:mobility-programme-ics",
    "mobilities:host-participants-csv",
    "mobilities:certificate-download",
    "training:certificate-download",
    "training:resource-download",
    "network:privacy-export-download",
    "results:report",
    "results:chart",
    "results:csv",
}

# What reaches furthest past the right edge, outside any box that scrolls: the outermost
# such element (often a grid or flex item stretched by its content), the innermost ones,
# and the scrolling boxes inside the outermost whose content is wider than the screen (a
# table can stretch a column although it scrolls).
WIDEST = """() => {
  const edge = document.documentElement.clientWidth;
  const describe = (element, right) => {
    const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
      + [...element.classList].map((c) => "." + c).join("");
    const text = (element.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
    return `${name} to ${Math.round(right)} px ("${text}")`;
  };
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= edge + 0.5) continue;
    let depth = 0, scrolls = false;
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      depth += 1;
      if (getComputedStyle(up).overflowX !== "visible") scrolls = true;
    }
    if (!scrolls) found.push({element, right: box.right, depth});
  }
  if (!found.length) return [];
  found.sort((a, b) => a.depth - b.depth);
  const outer = found[0];
  const inner = found.slice(1).sort((a, b) => b.right - a.right || b.depth - a.depth);
  const wide = [...outer.element.querySelectorAll("*")].filter((element) =>
    element.clientWidth > 1 && element.scrollWidth > edge
    && getComputedStyle(element).overflowX !== "visible");
  return [
    "outermost " + describe(outer.element, outer.right),
    ...inner.slice(0, 2).map((f) => "inside it " + describe(f.element, f.right)),
    ...wide.slice(0, 2).map((e) => `scrolling box ${describe(e, e.scrollWidth)} wide`),
  ];
}"""


def shape_of(path: str) -> str | None:
    """The URL pattern a path is an instance of, or None for what is not ours to visit."""
    if not path.startswith("/en/") or path.startswith("/en/admin/"):
        return None
    try:
        match = resolve(path)
    except Resolver404:
        return None
    name = match.view_name
    return None if name in SKIP else name


def links_on(page) -> list[str]:
    hrefs = page.eval_on_selector_all(
        "a[href]:not([download])", "links => links.map((a) => a.href)"
    )
    here = urlsplit(page.url).netloc
    return [local(href) for href in hrefs if urlsplit(href).netloc == here]


def overflow(page) -> str | None:
    """None when the page fits the screen; otherwise how wide it is and why."""
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= PHONE["width"]:
        return None
    widest = "; ".join(page.evaluate(WIDEST)) or "no single element"
    return f"{width} px wide, widest: {widest}"


def crawl(page, starts, wanted, check) -> set[str]:
    """Visit one page of every wanted shape reachable from `starts`, following the links
    of the pages visited; return the shapes seen."""
    queue = deque(starts)
    visited, seen = set(), set()
    while queue:
        path = queue.popleft()
        shape = shape_of(urlsplit(path).path)
        if shape is None or shape in seen or path in visited or not wanted(shape):
            continue
        visited.add(path)
        response = page.goto(path)
        if response.status != 200 or "text/html" not in response.headers.get(
            "content-type", ""
        ):
            continue
        seen.add(shape)
        queue.extend(links_on(page))
        check(path, shape)
    return seen


def local(href: str) -> str:
    parts = urlsplit(href)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def prepare(role: str) -> list[str]:
    """What a role needs besides the demo; returns more pages to start from."""
    from training.models import Module
    from training.services.learning import enrolment_start

    module = Module.objects.published().order_by("pk").first()
    if role == "member":
        # Following a module makes its units pages the member opens.
        teacher = User.objects.get(email=ROLES["member"][0])
        enrolment_start(module=module, user=teacher)
    if role == "curator":
        # No page links to a module's results yet.
        return [reverse("training:module-results", args=[module.slug])]
    return []


@pytest.mark.parametrize("role", list(ROLES))
def test_every_page_fits_a_phone(role, page, login, assert_accessible):
    """Each page shape in English and, in turn, in Macedonian, Bulgarian or Spanish.

    The visitor checks the public pages, the member the pages of every member, the other
    roles the pages only they reach; each also the pages their role changes (`AGAIN`).
    """
    call_command("seed_demo", force=True, stdout=io.StringIO())
    email, starts = ROLES[role]
    starts = [*starts, *prepare(role)]
    if email:
        login(User.objects.get(email=email))
    page.set_viewport_size(PHONE)
    problems, checked = [], []

    def wanted(shape):
        checked_before = {"visitor": set(), "member": PUBLIC}.get(
            role, PUBLIC | ANY_MEMBER
        )
        return shape not in checked_before or shape in AGAIN[role]

    def check(path, shape):
        code = OTHER_LANGUAGES[len(checked) % len(OTHER_LANGUAGES)]
        checked.append(shape)
        other = page.locator(f'link[rel="alternate"][hreflang="{code}"]')
        other = local(other.get_attribute("href")) if other.count() else None
        if too_wide := overflow(page):
            problems.append(f"{path} ({shape}): {too_wide}")
        try:
            assert_accessible(page)
        except AssertionError as error:
            problems.append(f"{path} ({shape}): {error}")
        if other:
            page.goto(other)
            if too_wide := overflow(page):
                problems.append(f"{other} ({shape}): {too_wide}")

    seen = crawl(page, starts, wanted, check)
    missing = REQUIRED[role] - seen
    assert not missing, f"the {role} never reached {sorted(missing)}"
    assert not problems, f"as the {role}:\n" + "\n".join(problems)


def test_practice_filters_fold_on_a_phone_and_sit_open_on_a_desktop(
    page, browser, browser_context_args, assert_accessible
):
    for n, country in enumerate(["MK", "BG", "ES", "ES", "MK"]):
        PublishedPracticeFactory(title_en=f"Practice {n} in {country}", country=country)
    page.set_viewport_size(PHONE)
    page.goto("/en/practices/")
    filters = page.locator("details.filters")
    summary = filters.locator("summary")
    spain = page.get_by_label("Spain")

    # Phone: one "Filters" line, then the results, the first of them on the first screen.
    expect(summary).to_be_visible()
    expect(summary).to_have_text("Filters")
    expect(filters).not_to_have_attribute("open", "")
    expect(spain).to_be_hidden()
    first = page.locator(".practice-card__title a").first
    box = first.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The navigation folds behind "Menu"; Escape folds it again.
    menu = page.get_by_role("button", name="Menu")
    organisations = page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Organisations"
    )
    expect(organisations).to_be_hidden()
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(organisations).to_be_visible()
    page.keyboard.press("Escape")
    expect(organisations).to_be_hidden()
    expect(menu).to_be_focused()
    assert_accessible(page)

    # Opened by keyboard, the filters stay open while a box ticked updates the results,
    # and they say how many are applied.
    summary.focus()
    page.keyboard.press("Enter")
    expect(spain).to_be_visible()
    spain.check()
    expect(page).to_have_url(re.compile(r"[?&]country=ES(&|$)"))
    expect(page.locator(".results__count")).to_have_text("2 practices found")
    expect(filters).to_have_attribute("open", "")
    expect(spain).to_be_checked()
    expect(spain).to_be_focused()
    expect(summary).to_have_text(re.compile(r"Filters\s*1\s*filter applied"))
    assert_accessible(page)

    # Desktop: the filters beside the results, open, their summary only a heading.
    page.set_viewport_size(DESKTOP)
    page.goto("/en/practices/")
    expect(filters).to_have_attribute("open", "")
    expect(spain).to_be_visible()
    expect(summary).to_have_attribute("tabindex", "-1")
    expect(menu).to_be_hidden()
    expect(organisations).to_be_visible()
    assert page.locator("#results").bounding_box()["x"] > box["x"] + 200
    assert_accessible(page)

    # Without JavaScript: shown on a desktop all the same; on a phone the summary opens
    # them and "Apply filters" sends them.
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    try:
        still = context.new_page()
        still.set_viewport_size(DESKTOP)
        still.goto("/en/practices/")
        expect(still.get_by_label("Spain")).to_be_visible()
        still.set_viewport_size(PHONE)
        expect(still.get_by_label("Spain")).to_be_hidden()
        expect(still.get_by_role("navigation", name="Main")).to_be_visible()
        expect(still.get_by_role("button", name="Menu")).to_be_hidden()
        still.locator("details.filters summary").click()
        still.get_by_label("Bulgaria").check()
        still.get_by_role("button", name="Apply filters").click()
        expect(still.locator(".results__count")).to_have_text("1 practice found")
        expect(still.locator("details.filters summary")).to_contain_text("1")
    finally:
        context.close()
