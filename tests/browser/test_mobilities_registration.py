"""Registration in a real browser: a partner coordinator registers two members of their
network for the last seat and one lands on the waiting list; a member applies and the
coordinator approves; the participant gives travel details, then cancels, and the seat is
offered to the next in line. axe-core on every page."""

import datetime as dt

from django.core import mail
from playwright.sync_api import expect

from mobilities.models import Registration, RegistrationStatus
from mobilities.tests.factories import (
    MobilityFactory,
    QuotaFactory,
    coordinator_of,
    network_member,
)
from network.tests.factories import PartnerFactory


def test_coordinator_registers_two_members_and_one_lands_on_the_waitlist(
    page, login, assert_accessible
):
    mobility = MobilityFactory(title_en="Families, mediators and schools together")
    bitola = PartnerFactory(name="Evropsko Gragjanstvo Bitola", country="MK")
    quota = QuotaFactory(mobility=mobility, partner=bitola, seats=2)
    applicant = network_member(bitola, first_name="Elena", last_name="Ristovska")
    vesna = network_member(bitola, first_name="Vesna", last_name="Trajkovska")
    ilija = network_member(bitola, first_name="Ilija", last_name="Nikolovski")
    coordinator = coordinator_of(bitola, first_name="Goran", last_name="Stojanov")

    # A member applies; their coordinator approves it: the first seat.
    login(applicant)
    page.goto(mobility.get_absolute_url())
    page.get_by_role("link", name="Apply").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Apply for")
    assert_accessible(page)
    page.get_by_label("Motivation").fill("Mediation with Roma families.")
    page.get_by_label("Special needs").fill("Step-free access")
    page.get_by_label("Arrival").fill(
        (mobility.starts_on - dt.timedelta(days=1)).isoformat()
    )
    page.get_by_label("Departure").fill(
        (mobility.starts_on - dt.timedelta(days=3)).isoformat()
    )
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "The departure cannot be before the arrival."
    )
    expect(page.get_by_label("Motivation")).to_have_value(
        "Mediation with Roma families."
    )
    assert_accessible(page)
    page.get_by_label("Departure").fill(mobility.ends_on.isoformat())
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_text("Waiting for approval").first).to_be_visible()
    assert_accessible(page)

    context = page.context
    context.clear_cookies()
    login(coordinator)
    page.goto("/en/my/network/mobilities/")
    assert_accessible(page)
    page.get_by_role("link", name="Families, mediators and schools together").click()
    expect(page.get_by_text("Step-free access")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Approve Elena Ristovska").click()
    expect(page.get_by_role("status").first).to_contain_text("the seat is confirmed")

    # The coordinator registers two more members directly: one seat is left.
    page.get_by_label("Member of your network").select_option(
        label=f"Vesna Trajkovska · {vesna.organisation.name}"
    )
    page.get_by_role("button", name="Register", exact=True).click()
    expect(
        page.get_by_text("Vesna Trajkovska is registered; the seat is confirmed.")
    ).to_be_visible()
    page.get_by_label("Member of your network").select_option(
        label=f"Ilija Nikolovski · {ilija.organisation.name}"
    )
    page.get_by_role("button", name="Register", exact=True).click()
    expect(
        page.get_by_text("Ilija Nikolovski is registered on the waiting list")
    ).to_be_visible()
    waiting = page.locator("#waiting-list")
    expect(waiting).to_contain_text("Ilija Nikolovski")
    assert_accessible(page)
    # A colleague without an account, by email: bad input keeps what was typed.
    page.get_by_label("Colleague's full name").fill("Ana Todorova")
    page.get_by_label("Colleague's email address").fill("ana.todorova@")
    page.get_by_role("button", name="Register", exact=True).click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_label("Colleague's full name")).to_have_value("Ana Todorova")
    assert_accessible(page)

    statuses = dict(
        Registration.objects.filter(mobility=mobility).values_list(
            "participant__first_name", "status"
        )
    )
    assert statuses == {
        "Elena": RegistrationStatus.CONFIRMED,
        "Vesna": RegistrationStatus.CONFIRMED,
        "Ilija": RegistrationStatus.WAITLISTED,
    }
    assert quota.seats == 2

    # Elena gives her travel details, then cancels: Ilija is offered the seat.
    context.clear_cookies()
    login(applicant)
    page.goto("/en/my/mobilities/")
    assert_accessible(page)
    page.get_by_role("link", name="Travel details").click()
    page.get_by_role("textbox", name="Travel details").fill(
        "Bus Bitola–Sofia, arrives 18:00"
    )
    page.get_by_role("button", name="Save the travel details").click()
    expect(page.get_by_text("Your travel details have been saved.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Cancel the registration").click()
    assert_accessible(page)
    page.get_by_role("button", name="Yes, cancel the registration").click()
    expect(page.get_by_text("Your registration has been cancelled.")).to_be_visible()

    context.clear_cookies()
    login(ilija)
    page.goto("/en/my/mobilities/")
    expect(page.get_by_text("A seat is offered to you until")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Accept the seat").click()
    expect(page.get_by_text("Your seat is confirmed.")).to_be_visible()
    assert_accessible(page)
    assert any(
        message.to == [ilija.email] and message.attachments for message in mail.outbox
    )
