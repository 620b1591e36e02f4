"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Every test here is marked `browser` and runs on a transactional database: the live server
answers from another thread, so it must see committed rows.
"""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import require

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# WCAG 2.1 level A and AA: the standard of the EU Web Accessibility Directive.
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS},
    "resultTypes": ["violations"],
}

HERE = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # tryfirst: pytest-django orders tests by their database markers after this.
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require(
        CHROMIUM.exists(),
        f"BROWSER TESTS CANNOT RUN: no Chromium at {CHROMIUM} (apt-get install chromium)",
    )
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, live_server):
    return {
        **browser_context_args,
        "base_url": live_server.url,
        "locale": "en-GB",
    }


def format_violations(url: str, violations: list[dict]) -> str:
    lines = [f"axe-core found {len(violations)} WCAG 2.1 A/AA violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact') or 'n/a'}): "
            f"{violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").strip()
            for detail in summary.splitlines():
                lines.append(f"       {detail.strip()}")
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def _fail_fast(context):
    # Every page answers from a local server; waiting Playwright's default 30 s for an
    # element that is not there only delays the failure.
    context.set_default_timeout(10_000)
    expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def axe():
    return Axe()


def watch(page, problems: list) -> list:
    """Collect what goes wrong while `page` loads: blocked or failed assets, script errors.

    A stylesheet that does not load would make axe's colour checks meaningless, and a
    Content-Security-Policy refusal shows up only as a console error.
    """

    def on_response(response):
        if response.request.resource_type != "document" and response.status >= 400:
            problems.append(f"{response.status} {response.url}")

    def on_console(message):
        # A document answered with 4xx (404 page, invalid form) is expected here.
        if message.type == "error" and "Failed to load resource" not in message.text:
            problems.append(f"console: {message.text}")

    def on_request_failed(request):
        # A click that leaves the page cancels what it was still loading; that is fine.
        if request.failure != "net::ERR_ABORTED":
            problems.append(f"failed: {request.url} {request.failure}")

    page.on("response", on_response)
    page.on("requestfailed", on_request_failed)
    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    return problems


@pytest.fixture
def page_problems(page):
    return watch(page, [])


@pytest.fixture
def assert_accessible(axe, page_problems):
    """Run axe-core on the page as it is now; fail listing every WCAG 2.1 A/AA violation."""

    def check(page):
        page.wait_for_load_state("load")
        assert not page_problems, f"{page.url} did not load cleanly:\n" + "\n".join(
            page_problems
        )
        results = axe.run(page, options=AXE_OPTIONS)
        violations = results.response["violations"]
        assert not violations, format_violations(page.url, violations)

    return check


@pytest.fixture
def login(context, live_server):
    """Sign a member in by handing the browser a session cookie (no form round-trip)."""
    from django.conf import settings
    from django.test import Client

    def log_in(user):
        client = Client()
        client.force_login(user)
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        return user

    return log_in
