"""The mobilities' acceptance journey on the demo data, in a real browser: the Bulgarian
partner coordinator registers two members of the network for the upcoming event, where
one seat is left, so one is confirmed and one waits; each gets their mail in Bulgarian
(the confirmation with the event's calendar file). After the Madrid training the host
issues certificates, a participant downloads hers and anyone can verify its code.
axe-core checks every page on the way."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from mobilities.models import Mobility, Registration, RegistrationStatus
from mobilities.services.hosting import certificates_issue_for
from network.models import Organisation, User

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
UPCOMING = "families-mediators-schools-sofia"
MADRID = "initiating-positive-change-madrid-2021"


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", force=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {user.email: user for user in User.objects.all()}


def test_quota_and_waiting_list_on_the_demo_event_with_mail_in_bulgarian(
    page, login, demo, mailoutbox, assert_accessible
):
    coordinator = demo["partner@demo.siehub.eu"]
    mobility = Mobility.objects.get(slug=UPCOMING)
    sofia = Organisation.objects.get(slug="ceicsem-sofia")
    quota = mobility.quotas.get(partner=sofia)
    taken = mobility.registrations.holding_seats().filter(sending_partner=sofia)
    assert quota.seats - taken.count() == 1  # the demo leaves one seat
    registered = mobility.registrations.active().values("participant")
    first, second = (
        User.objects.filter(
            organisation__in=Organisation.objects.in_network_of(sofia),
            preferred_language="bg",
            is_active=True,
        )
        .exclude(pk=coordinator.pk)
        .exclude(pk__in=registered)
        .order_by("last_name")[:2]
    )

    login(coordinator)
    page.goto(mobility.get_absolute_url())
    assert_accessible(page)
    page.goto(f"/en/my/network/mobilities/{UPCOMING}/")
    assert_accessible(page)
    for member in (first, second):
        page.get_by_label("Member of your network").select_option(str(member.pk))
        page.get_by_label("Role").select_option("teacher")
        page.get_by_role("button", name="Register", exact=True).click()
        expect(page.get_by_role("status").first).to_be_visible()
        assert_accessible(page)

    confirmed = Registration.objects.get(mobility=mobility, participant=first)
    waiting = Registration.objects.get(mobility=mobility, participant=second)
    assert confirmed.status == RegistrationStatus.CONFIRMED
    assert waiting.status == RegistrationStatus.WAITLISTED
    assert taken.count() == quota.seats  # never more than the seats

    to_first = [m for m in mailoutbox if m.to == [first.email]]
    to_second = [m for m in mailoutbox if m.to == [second.email]]
    assert len(to_first) == 1 and len(to_second) == 1
    # In Bulgarian: not the English sentence around the event's (Bulgarian) title.
    title = mobility.title_bg
    assert title in to_first[0].subject and title in to_second[0].subject
    assert "Your seat is confirmed" not in to_first[0].subject
    assert "waiting list" not in to_second[0].subject
    for message in (to_first[0], to_second[0]):
        assert CYRILLIC.search(message.subject.replace(title, "")), message.subject
    assert [a[2] for a in to_first[0].attachments] == ["text/calendar"]
    assert not to_second[0].attachments


def test_a_participant_downloads_her_certificate_and_anyone_verifies_it(
    page, login, demo, assert_accessible
):
    madrid = Mobility.objects.get(slug=MADRID)
    participant = demo["maestra@demo.siehub.eu"]
    registration = Registration.objects.get(mobility=madrid, participant=participant)
    certificates_issue_for(mobility=madrid, issuer=demo["carmen.ruiz@demo.siehub.eu"])
    registration.refresh_from_db()
    certificate = registration.certificate
    assert certificate.language == "es"

    login(participant)
    page.goto(registration.get_absolute_url())
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role(
            "link", name="Download my certificate of attendance (PDF)"
        ).click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.context.clear_cookies()
    page.goto("/en/verify/")
    assert_accessible(page)
    page.get_by_label("Verification code").fill("not-a-code")
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_text("No certificate has this code").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Verification code").fill(
        certificate.code.replace("-", "").lower()
    )
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_text("This certificate is genuine")).to_be_visible()
    expect(page.get_by_text(certificate.holder_name).first).to_be_visible()
    assert_accessible(page)
