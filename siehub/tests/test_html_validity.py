"""Every page shape of the platform is valid HTML.

The pages are rendered with the test client on the demo data, as a visitor, a member, a
partner coordinator and a host see them, written to files and checked in one run of the
Nu Html Checker (vnu.jar from the npm package vnu-jar: `npm ci`, run by Java). Any error
fails the test, listed with the page's address, line and message.
"""

import datetime as dt
import io
import json
import shutil
import subprocess
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.defaults import server_error

from conftest import require
from siehub.tests.demo_states import (
    CURATOR,
    HOST,
    MADRID,
    PARTNER,
    SOFIA,
    TEACHER,
    prepare_demo_states,
)

pytestmark = pytest.mark.html

VNU_JAR = settings.BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


# The filter for <time datetime="…"> --------------------------------------------------------


def render_datetime(value) -> str:
    return Template("{% load siehub %}{{ value|html_datetime }}").render(
        Context({"value": value})
    )


def test_aware_datetime_is_a_global_date_time_without_fraction(settings):
    settings.TIME_ZONE = "Europe/Sofia"
    value = dt.datetime(2026, 12, 4, 18, 8, 0, 123456, tzinfo=dt.UTC)
    assert render_datetime(value) == "2026-12-04T20:08:00+02:00"


def test_aware_datetime_follows_the_active_time_zone():
    value = dt.datetime(2021, 9, 3, 7, 30, 15, 999999, tzinfo=dt.UTC)
    with timezone.override(ZoneInfo("Europe/Skopje")):
        assert render_datetime(value) == "2021-09-03T09:30:15+02:00"


def test_naive_datetime_is_a_local_date_time_without_fraction():
    value = dt.datetime(2026, 12, 4, 19, 8, 5, 42)
    assert render_datetime(value) == "2026-12-04T19:08:05"


def test_date_is_a_date_only():
    assert render_datetime(dt.date(2027, 2, 4)) == "2027-02-04"


def test_time_is_hours_and_minutes_with_seconds_only_when_there_are():
    assert render_datetime(dt.time(9, 30, 0, 500)) == "09:30"
    assert render_datetime(dt.time(9, 30, 15, 500)) == "09:30:15"


@pytest.mark.parametrize("value", [None, "", "2026-12-04", 42])
def test_anything_else_gives_an_empty_value(value):
    assert render_datetime(value) == ""


# Every page shape, checked by the Nu Html Checker --------------------------------------------


@dataclass
class Shape:
    url: str
    who: str | None = None
    status: int = 200
    data: dict | None = None  # POSTed when given
    csrf_checks: bool = False

    def label(self) -> str:
        method = "POST" if self.data is not None else "GET"
        return f"{method} {self.url} ({self.who or 'visitor'}, {self.status})"


def page_shapes(s) -> list[Shape]:
    from network.models import Community, Organisation
    from training.models import Resource

    users = s["users"]
    member = users["maestra@demo.siehub.eu"]
    listed = next(user for user in users.values() if user.public_profile)
    module, started_module = s["modules"]
    practice = s["published"]
    community = s["community"]
    curated = Community.objects.filter(created_by=users[CURATOR]).first()
    school = Organisation.objects.filter(partner__coordinators=users[PARTNER]).first()
    organisation = Organisation.objects.filter(is_partner=True).order_by("pk").first()
    resource = Resource.objects.order_by("pk").first()
    applied, madrid = s["applied"].pk, s["madrid_registration"].pk
    from inventory.models import Practice

    # A practice written in Macedonian: the Bulgarian translator's (PARTNER) editor.
    macedonian = Practice.objects.published().filter(original_language="mk").first()

    def url(name, *args, **query):
        address = reverse(name, args=args)
        if query:
            address += "?" + "&".join(f"{k}={v}" for k, v in query.items())
        return address

    return [
        # Public pages
        *(Shape(f"/{code}/") for code, _name in settings.LANGUAGES),
        Shape(url("page", "about")),
        Shape(url("page", "privacy")),
        Shape(url("page", "accessibility")),
        Shape(url("inventory:practice-list")),
        Shape(url("inventory:practice-list", country="ES", target_group="roma")),
        Shape(url("inventory:practice-list", q="families", sort="adapted")),
        Shape(url("inventory:practice-list", q="zzzznothing")),
        Shape(url("inventory:practice-detail", practice.slug)),
        Shape(url("inventory:adaptation-detail", s["adaptation"].pk)),
        Shape(
            url("inventory:adaptation-outcomes", s["adaptation"].pk),
            s["adaptation"].author.email,
        ),
        Shape(
            url("inventory:adaptation-outcomes", s["adaptation"].pk),
            s["adaptation"].author.email,
            status=400,
            data={
                "results": "Better.",
                "attendance-baseline": "71",
                "attendance-result": "140",
            },
        ),
        *(Shape(f"/{code}/results/") for code, _name in settings.LANGUAGES),
        Shape(url("results:results", country="MK", year_from=2022)),
        Shape(url("results:results", country="XX"), status=400),
        Shape(url("inventory:compendium")),
        Shape(url("inventory:compendium-detail", s["ready"].pk)),
        Shape(url("inventory:compendium-detail", s["running"].pk)),
        Shape(url("network:organisation-list")),
        Shape(url("network:organisation-list", country="BG", q="school")),
        Shape(url("network:organisation-detail", organisation.slug)),
        Shape(url("network:organisation-detail", school.slug)),
        Shape(url("network:member-list")),
        Shape(url("network:member-list", country="MK")),
        Shape(url("network:member-detail", listed.pk)),
        Shape(url("network:community-list")),
        Shape(url("network:community-detail", community.slug)),
        Shape(url("mobilities:mobility-list")),
        Shape(url("mobilities:mobility-detail", MADRID)),
        Shape(url("mobilities:mobility-detail", SOFIA)),
        Shape(url("mobilities:invitation", s["invited"].invitation_token)),
        Shape(url("mobilities:invitation", "no-such-invitation"), status=404),
        Shape(url("training:module-list")),
        Shape(url("training:module-list", language="mk")),
        Shape(url("training:module-detail", module.slug)),
        Shape(url("training:resource-list")),
        Shape(url("training:resource-detail", resource.slug)),
        Shape(url("certificate-verify-form")),
        Shape(url("certificate-verify-form", code="nonsense"), status=404),
        Shape(url("certificate-verify", s["completion"].code)),
        Shape(url("certificate-verify", s["revoked"].code), status=410),
        Shape(url("certificate-verify", "AAAA-BBBB-CCCC"), status=404),
        Shape(url("account_login")),
        Shape(url("account_signup")),
        Shape(url("account_reset_password")),
        Shape(url("account_reset_password_done")),
        Shape(url("account_email_verification_sent")),
        Shape("/en/accounts/password/reset/key/1-bad-key/"),
        Shape("/en/accounts/confirm-email/no-such-key/", status=400),
        Shape(url("network:privacy-deleted")),
        Shape("/en/no-such-page/", status=404),
        Shape("/mk/no-such-page/", status=404),
        Shape(url("account_login"), status=403, data={}, csrf_checks=True),
        # Forms re-rendered with errors
        Shape(
            url("account_login"), status=400, data={"login": TEACHER, "password": "x"}
        ),
        Shape(url("account_signup"), status=400, data={"email": "not-an-address"}),
        Shape(url("account_reset_password"), status=400, data={"email": "nope"}),
        Shape(url("network:profile-edit"), TEACHER, 400, data={"first_name": ""}),
        Shape(url("inventory:practice-create"), TEACHER, 400, data={"title": ""}),
        Shape(url("inventory:comment-create", practice.slug), TEACHER, 400, data={}),
        Shape(url("network:member-contact", listed.pk), TEACHER, 400, data={}),
        Shape(url("mobilities:registration-apply", SOFIA), member.email, 400, data={}),
        Shape(url("training:module-feedback", module.slug), TEACHER, 400, data={}),
        Shape(url("network:privacy-delete"), TEACHER, 400, data={"password": "x"}),
        # A member's pages
        Shape("/en/", TEACHER),
        Shape(url("network:profile"), TEACHER),
        Shape(url("network:profile-edit"), TEACHER),
        Shape(url("inventory:my-practices"), TEACHER),
        Shape(url("inventory:practice-create"), TEACHER),
        Shape(url("inventory:practice-edit", s["draft"].slug), TEACHER),
        Shape(url("inventory:practice-detail", s["draft"].slug), TEACHER),
        Shape(url("inventory:practice-detail", practice.slug), TEACHER),
        Shape(url("inventory:adaptation-create", practice.slug), TEACHER),
        Shape(url("inventory:adaptation-edit", s["draft_adaptation"].pk), TEACHER),
        Shape(url("notifications"), TEACHER),
        Shape(url("training:my-learning"), TEACHER),
        *(
            Shape(
                url("training:unit-detail", started_module.slug, unit.position), TEACHER
            )
            for unit in started_module.units.order_by("position")
        ),
        Shape(url("training:module-detail", started_module.slug), TEACHER),
        Shape(url("training:module-detail", module.slug), TEACHER),
        Shape(url("training:module-feedback", started_module.slug), TEACHER, 403),
        Shape(url("training:module-feedback", module.slug), TEACHER),
        Shape(
            url("training:module-feedback", module.slug), TEACHER, 302, {"rating": 5}
        ),
        Shape(url("training:module-feedback", module.slug), TEACHER),
        Shape(url("mobilities:my-registrations"), TEACHER),
        Shape(url("mobilities:registration-apply", SOFIA), member.email),
        Shape(url("mobilities:registration-apply", SOFIA), TEACHER, 400),
        Shape(url("mobilities:registration-detail", applied), TEACHER),
        Shape(url("mobilities:registration-cancel", applied), TEACHER),
        Shape(url("mobilities:registration-detail", madrid), TEACHER),
        Shape(url("mobilities:evaluation", madrid), TEACHER),
        Shape(url("mobilities:evaluation", madrid), TEACHER, 400, {}),
        Shape(url("mobilities:evaluation", s["evaluated"].pk), s["evaluated"].who),
        Shape(url("network:community-detail", community.slug), TEACHER),
        Shape(url("network:post-edit", community.slug, s["post"].pk), TEACHER),
        Shape(url("network:privacy-export"), TEACHER),
        Shape(url("network:privacy-delete"), TEACHER),
        Shape(url("account_email"), TEACHER),
        Shape(url("account_change_password"), TEACHER),
        Shape(url("mfa_index"), TEACHER),
        Shape(url("account_reauthenticate"), TEACHER),
        Shape(url("account_logout"), TEACHER),
        # A partner coordinator's pages
        Shape(url("network:coordination"), PARTNER),
        Shape(url("network:coordination-school-create"), PARTNER),
        Shape(url("network:coordination-school-create"), PARTNER, 400, {}),
        Shape(url("network:coordination-school-edit", school.slug), PARTNER),
        Shape(url("network:coordination-members"), PARTNER),
        Shape(url("mobilities:coordination"), PARTNER),
        Shape(url("mobilities:coordination-event", SOFIA), PARTNER),
        Shape(url("mobilities:coordination-event", MADRID), PARTNER),
        Shape(url("mobilities:coordination-register", SOFIA), PARTNER, 400, {}),
        Shape(url("mobilities:participant-list", MADRID), PARTNER),
        Shape(url("network:community-create"), PARTNER),
        Shape(url("network:community-create"), PARTNER, 400, {}),
        Shape(url("network:community-edit", curated.slug), CURATOR),
        Shape(url("training:module-results", module.slug), PARTNER),
        Shape(url("network:coordination-translators"), PARTNER),
        Shape(url("network:coordination-translators"), PARTNER, 400, {}),
        # Translators
        Shape(url("translation-overview"), CURATOR),
        Shape(url("translation-queue", "bg"), PARTNER),
        Shape(url("translation-queue", "bg", state="human", kind="module"), PARTNER),
        Shape(url("translation-edit", "bg", "practice", macedonian.pk), PARTNER),
        Shape(
            url("translation-edit", "bg", "practice", macedonian.pk), PARTNER, 400, {}
        ),
        # A host's pages
        Shape(url("mobilities:host-list"), HOST),
        Shape(url("mobilities:host-event", MADRID), HOST),
        Shape(url("mobilities:host-participants", MADRID), HOST),
        Shape(url("mobilities:participant-list", MADRID), HOST),
        Shape(url("mobilities:host-attendance-days", MADRID), HOST),
        Shape(url("mobilities:host-attendance", MADRID, "2021-09-03"), HOST),
        Shape(url("mobilities:host-evaluation", MADRID), HOST),
    ]


def render_pages(shapes, users, directory):
    """Each shape as a file to check, or a problem when it does not answer as expected.

    The plain test client: what a request leaves for after its commit (mail, PDFs) has
    nothing to do with the HTML of the page."""
    files, problems = {}, []
    clients = {False: Client(), True: Client(enforce_csrf_checks=True)}
    for number, shape in enumerate(shapes, start=1):
        client = clients[shape.csrf_checks]
        client.logout()
        if shape.who:
            client.force_login(users[shape.who])
        if shape.data is None:
            response = client.get(shape.url)
        else:
            response = client.post(shape.url, shape.data)
        if response.status_code != shape.status:
            problems.append(f"{shape.label()} answered {response.status_code}")
            continue
        if response.status_code in (301, 302, 303):
            continue  # a step towards the next shape, nothing to check
        if not response["Content-Type"].startswith("text/html"):
            problems.append(f"{shape.label()} is {response['Content-Type']}")
            continue
        path = directory / f"page-{number:03}.html"
        path.write_bytes(response.content)
        files[path.name] = shape.label()
    # The server error page: no URL fails on purpose, so ask its handler directly.
    request = RequestFactory().get("/en/")
    path = directory / "page-500.html"
    path.write_bytes(server_error(request).content)
    files[path.name] = "the server error page (500)"
    return files, problems


def run_checker(paths) -> list[dict]:
    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--stdout",
            "--errors-only",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    try:
        return json.loads(result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(
            f"vnu.jar gave no report (exit {result.returncode}):\n{result.stderr}"
        )


def test_every_page_shape_is_valid_html(db, tmp_path, settings):
    require(
        shutil.which("java") is not None,
        "HTML VALIDITY CANNOT BE CHECKED: no `java` (apt-get install default-jre-headless)",
    )
    require(
        VNU_JAR.exists(),
        f"HTML VALIDITY CANNOT BE CHECKED: no {VNU_JAR} (run `npm ci` in the project root)",
    )
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", force=True, stdout=io.StringIO())
    states = prepare_demo_states()
    shapes = page_shapes(states)
    pages = tmp_path / "pages"
    pages.mkdir()
    files, problems = render_pages(shapes, states["users"], pages)

    for message in run_checker(sorted(pages.iterdir())):
        name = message.get("url", "").rsplit("/", 1)[-1]
        extract = " ".join(message.get("extract", "").split())
        problems.append(
            f"{files.get(name, name)} line {message.get('lastLine', '?')}: "
            f"[{message['type']}] {message['message']}"
            + (f"\n      {extract}" if extract else "")
        )
    assert not problems, (
        f"{len(problems)} problem(s) in {len(files)} pages:\n" + "\n".join(problems)
    )
