"""The host's week in a real browser: the list of participants, attendance, certificates
of attendance; the participant downloads theirs and evaluates the event; a visitor
verifies the certificate. axe-core on every page."""

import datetime as dt

from playwright.sync_api import expect

from mobilities.models import Attendance, Evaluation, RegistrationStatus
from mobilities.tests.factories import (
    QuotaFactory,
    RegistrationFactory,
    coordinator_of,
    ended_mobility,
    network_member,
)
from network.tests.factories import PartnerFactory


def test_host_certifies_attendance_and_a_participant_evaluates(
    page, login, assert_accessible, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    mobility = ended_mobility(
        title_en="Initiating positive change",
        title_mk="Иницирање позитивни промени",
    )
    bitola = PartnerFactory(name="Evropsko Gragjanstvo Bitola", country="MK")
    QuotaFactory(mobility=mobility, partner=bitola, seats=6)
    participants = []
    for first, last, language in (
        ("Марија", "Петровска", "mk"),
        ("Ivan", "Iliev", "en"),
    ):
        participants.append(
            RegistrationFactory(
                mobility=mobility,
                sending_partner=bitola,
                participant=network_member(
                    bitola,
                    first_name=first,
                    last_name=last,
                    preferred_language=language,
                ),
                status=RegistrationStatus.CONFIRMED,
                special_needs="Vegetarian meals",
                arrival_date=mobility.starts_on - dt.timedelta(days=1),
                departure_date=mobility.ends_on,
            )
        )
    marija, ivan = participants
    host = login(coordinator_of(mobility.host))

    page.goto("/en/my/hosting/")
    assert_accessible(page)
    page.get_by_role("link", name="Initiating positive change").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Initiating positive change"
    )
    assert_accessible(page)

    page.get_by_role("link", name="List of participants, to print").click()
    expect(page.get_by_text("Vegetarian meals").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Host tools").get_by_role(
        "link", name="Attendance"
    ).click()
    assert_accessible(page)
    page.get_by_role("link", name=mobility.starts_on.strftime("%A")).first.click()
    page.get_by_label("Марија Петровска").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_role("status").first).to_contain_text("1 of 2 present")
    assert_accessible(page)
    assert Attendance.objects.get(registration=marija, present=True)
    assert Attendance.objects.get(registration=ivan, present=False)

    page.get_by_role("navigation", name="Host tools").get_by_role(
        "link", name="Overview"
    ).click()
    page.get_by_role("button", name="Issue the certificates of attendance").click()
    expect(page.get_by_role("status").first).to_contain_text("1 certificate")
    assert_accessible(page)
    marija.refresh_from_db()
    ivan.refresh_from_db()
    assert marija.certificate is not None
    assert ivan.certificate is None

    # The participant, in Macedonian: the certificate and the evaluation.
    login(marija.participant)
    with page.expect_download() as download:
        page.evaluate(
            "url => { const a = document.createElement('a'); a.href = url; "
            "a.download = ''; document.body.appendChild(a); a.click(); }",
            f"/mk/my/mobilities/{marija.pk}/certificate/",
        )
    assert download.value.suggested_filename.endswith(".pdf")

    page.goto(f"/mk/my/mobilities/{marija.pk}/evaluation/")
    assert_accessible(page)
    for position in range(4):
        page.locator("fieldset").nth(position).locator('input[value="5"]').check()
    page.locator("#id_most_useful").fill("Посетите на часовите.")
    page.locator("button[type=submit]").last.click()
    expect(page.get_by_role("status").first).to_be_visible()
    assert_accessible(page)
    assert Evaluation.objects.get(registration=marija).overall == 5

    # Anyone verifies it.
    page.context.clear_cookies()
    page.goto("/en/verify/")
    assert_accessible(page)
    page.get_by_label("Verification code").fill(marija.certificate.code.lower())
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "This certificate is genuine"
    )
    assert_accessible(page)
    page.goto("/en/verify/WXYZ-2345-6789/")
    expect(page.get_by_role("alert").first).to_contain_text(
        "No certificate has this code"
    )
    assert_accessible(page)

    login(host)
    page.goto(f"/en/my/hosting/{mobility.slug}/evaluation/")
    expect(page.get_by_text("Посетите на часовите.")).to_be_visible()
    assert_accessible(page)


def test_a_sending_coordinator_finds_the_participant_list_from_my_network(
    page, login, assert_accessible
):
    mobility = ended_mobility(title_en="Initiating positive change")
    bitola = PartnerFactory(name="Evropsko Gragjanstvo Bitola", country="MK")
    QuotaFactory(mobility=mobility, partner=bitola, seats=6)
    RegistrationFactory(
        mobility=mobility,
        sending_partner=bitola,
        participant=network_member(bitola, first_name="Марија", last_name="Петровска"),
        status=RegistrationStatus.CONFIRMED,
        special_needs="Vegetarian meals",
    )
    login(coordinator_of(bitola))

    page.goto("/en/my/network/")
    assert_accessible(page)
    page.get_by_role("link", name="Seats, applications and participant lists").click()
    page.get_by_role("link", name="List of participants, to print").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Initiating positive change"
    )
    expect(page.get_by_text("Марија Петровска")).to_be_visible()
    expect(page.get_by_text("Vegetarian meals")).to_be_visible()
    assert_accessible(page)
    page.goto(mobility.get_absolute_url())
    page.get_by_role("link", name="List of participants, to print").click()
    expect(page.get_by_text("Марија Петровска")).to_be_visible()
