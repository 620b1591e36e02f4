"""Certificates of attendance: issued after the event to those who attended, in each
participant's language, mailed, downloaded by the participant, verifiable by anyone."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from mobilities.models import Registration, RegistrationStatus
from mobilities.services import hosting
from mobilities.tests.factories import (
    AttendanceFactory,
    MobilityFactory,
    RegistrationFactory,
    coordinator_of,
    ended_mobility,
    network_member,
)
from network.tests.factories import PartnerFactory, UserFactory
from siehub.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def event():
    mobility = ended_mobility(
        title_en="Initiating positive change",
        title_mk="Иницирање позитивни промени",
        original_language="en",
    )
    return mobility


def participant_of(mobility, *, language="en", days_present=1, days_absent=0, **kw):
    partner = kw.pop("partner", None) or PartnerFactory()
    user = network_member(
        partner,
        preferred_language=language,
        first_name=kw.pop("first_name", "Marija"),
        last_name=kw.pop("last_name", "Petrovska"),
    )
    registration = RegistrationFactory(
        mobility=mobility,
        sending_partner=partner,
        participant=user,
        status=kw.pop("status", RegistrationStatus.CONFIRMED),
        **kw,
    )
    days = mobility.days
    for index in range(days_present):
        AttendanceFactory(registration=registration, day=days[index])
    for index in range(days_present, days_present + days_absent):
        AttendanceFactory(registration=registration, day=days[index], present=False)
    return registration


def issue(mobility, issuer=None):
    return hosting.certificates_issue_for(
        mobility=mobility, issuer=issuer or coordinator_of(mobility.host)
    )


# Who gets a certificate --------------------------------------------------------------------


def test_certificates_go_only_to_confirmed_participants_who_attended(
    event, django_capture_on_commit_callbacks
):
    attended = participant_of(event, days_present=5, days_absent=2)
    one_day = participant_of(event, days_present=1)
    absent = participant_of(event, days_present=0, days_absent=7)
    never_marked = participant_of(event, days_present=0)
    cancelled = participant_of(event, status=RegistrationStatus.CANCELLED)
    waitlisted = participant_of(
        event, status=RegistrationStatus.WAITLISTED, waitlisted_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert issue(event) == 2
    certified = set(
        Registration.objects.filter(certificate__isnull=False).values_list(
            "pk", flat=True
        )
    )
    assert certified == {attended.pk, one_day.pk}
    for registration in (absent, never_marked, cancelled, waitlisted):
        registration.refresh_from_db()
        assert registration.certificate is None
    assert Certificate.objects.count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [attended.participant.email, one_day.participant.email]
    )


def test_an_invited_colleague_without_an_account_gets_none_yet(event):
    partner = PartnerFactory()
    registration = RegistrationFactory(
        mobility=event,
        sending_partner=partner,
        participant=None,
        school=None,
        invited_email="colleague@example.org",
        invited_name="Colleague",
        status=RegistrationStatus.CONFIRMED,
    )
    AttendanceFactory(registration=registration, day=event.starts_on)
    assert issue(event) == 0
    assert not Certificate.objects.exists()


def test_certificates_wait_until_the_event_is_over(event):
    running = MobilityFactory(
        starts_on=timezone.localdate() - dt.timedelta(days=6),
        ends_on=timezone.localdate(),
        registration_opens_on=timezone.localdate() - dt.timedelta(days=60),
        registration_closes_on=timezone.localdate() - dt.timedelta(days=30),
    )
    participant_of(running, days_present=6)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        issue(running)
    assert error.value.code == "not_ended"
    assert not Certificate.objects.exists()


def test_issuing_again_issues_and_mails_nothing_new(
    event, django_capture_on_commit_callbacks
):
    participant_of(event)
    with django_capture_on_commit_callbacks(execute=True):
        assert issue(event) == 1
    mail.outbox.clear()
    late = participant_of(event, days_present=2)
    with django_capture_on_commit_callbacks(execute=True):
        assert issue(event) == 1  # only the one marked since
        assert issue(event) == 0
    assert [m.to for m in mail.outbox] == [[late.participant.email]]
    assert Certificate.objects.count() == 2


# What it states ----------------------------------------------------------------------------


def test_certificate_is_in_the_participants_language(event):
    macedonian = participant_of(
        event,
        language="mk",
        first_name="Марија",
        last_name="Петровска",
        days_present=5,
        days_absent=1,
    )
    spanish = participant_of(
        event, language="es", first_name="Lucía", last_name="Gómez"
    )
    issue(event)
    macedonian.refresh_from_db()
    spanish.refresh_from_db()
    certificate = macedonian.certificate
    assert certificate.kind == "attendance"
    assert certificate.source == f"mobilities.registration:{macedonian.pk}"
    assert certificate.holder == macedonian.participant
    assert certificate.holder_name == "Марија Петровска"
    assert certificate.title == "Иницирање позитивни промени"
    assert certificate.language == "mk"
    with translation.override("mk"):
        spain_mk = gettext("Spain")
    assert certificate.details == {
        "starts_on": event.starts_on.isoformat(),
        "ends_on": event.ends_on.isoformat(),
        "city": "Madrid",
        "country": spain_mk,
        "host": event.host.name,
        "days_attended": 5,
        "days_total": 7,
    }
    # No Spanish title: the original (English) one.
    assert spanish.certificate.title == "Initiating positive change"
    assert spanish.certificate.language == "es"


def test_pdf_renders_with_a_cyrillic_name_and_its_code(
    event, django_capture_on_commit_callbacks
):
    from siehub.tests.test_certificates import pdf_text

    registration = participant_of(
        event, language="mk", first_name="Марија", last_name="Петровска"
    )
    with django_capture_on_commit_callbacks(execute=True):
        issue(event)
    registration.refresh_from_db()
    certificate = registration.certificate
    data = certificate.pdf.read()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert certificate.code in text
    assert f"/mk/verify/{certificate.code}/" in text
    assert "Марија Петровска" in text


def test_participant_is_mailed_the_download_link_in_their_language(
    event, django_capture_on_commit_callbacks
):
    registration = participant_of(event, language="mk")
    with django_capture_on_commit_callbacks(execute=True):
        issue(event)
    registration.refresh_from_db()
    (message,) = mail.outbox
    assert message.to == [registration.participant.email]
    assert "Иницирање позитивни промени" in message.subject
    body = message.body
    assert f"http://testserver/mk/my/mobilities/{registration.pk}/certificate/" in body
    assert f"http://testserver/mk/verify/{registration.certificate.code}/" in body
    assert registration.certificate.code in body


def test_host_issues_the_certificates_with_a_button(
    client, event, django_capture_on_commit_callbacks
):
    registration = participant_of(event)
    host = coordinator_of(event.host)
    client.force_login(host)
    url = reverse("mobilities:host-certificates", args=[event.slug])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("mobilities:host-event", args=[event.slug])
    registration.refresh_from_db()
    assert registration.certificate is not None
    page = client.get(response["Location"]).content.decode()
    assert "1 certificate of attendance issued; the participant receives" in page
    assert "Issued so far: 1 of 1 confirmed participant." in page


def test_button_before_the_end_answers_400_with_the_reason(client):
    upcoming = MobilityFactory()
    client.force_login(coordinator_of(upcoming.host))
    response = client.post(
        reverse("mobilities:host-certificates", args=[upcoming.slug])
    )
    assert response.status_code == 400
    assert "once the event is over" in response.content.decode()
    assert not Certificate.objects.exists()


# Downloading -------------------------------------------------------------------------------


@pytest.fixture
def certified(event, django_capture_on_commit_callbacks):
    registration = participant_of(event, language="mk")
    with django_capture_on_commit_callbacks(execute=True):
        issue(event)
    registration.refresh_from_db()
    return registration


def download_url(registration):
    return reverse("mobilities:certificate-download", args=[registration.pk])


def test_anonymous_visitor_logs_in_to_download(client, certified):
    response = client.get(download_url(certified))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_a_member_does_not_find_the_certificate(client, certified):
    client.force_login(UserFactory())
    assert client.get(download_url(certified)).status_code == 404


def test_another_participant_does_not_find_the_certificate(client, certified, event):
    other = participant_of(event)
    client.force_login(other.participant)
    assert client.get(download_url(certified)).status_code == 404
    # nor the sending partner's coordinator: the participant and the host only
    client.force_login(coordinator_of(certified.sending_partner))
    assert client.get(download_url(certified)).status_code == 404


def test_participant_downloads_the_pdf(client, certified):
    client.force_login(certified.participant)
    response = client.get(download_url(certified))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert certified.certificate.code in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("who", ["host", "staff"])
def test_host_and_staff_download_it_too(client, certified, who):
    if who == "host":
        user = coordinator_of(certified.mobility.host)
    else:
        user = UserFactory(is_staff=True)
        user.user_permissions.add(Permission.objects.get(codename="change_mobility"))
    client.force_login(user)
    assert client.get(download_url(certified)).status_code == 200


def test_no_certificate_no_download(client, event):
    registration = participant_of(event)
    client.force_login(registration.participant)
    assert client.get(download_url(registration)).status_code == 404


def test_a_pdf_not_rendered_yet_shows_a_page_to_reload(client, certified, monkeypatch):
    queued = []
    monkeypatch.setattr(
        "siehub.certificates._queue_render", lambda pk: queued.append(pk)
    )
    Certificate.objects.filter(pk=certified.certificate_id).update(pdf="")
    client.force_login(certified.participant)
    response = client.get(download_url(certified))
    assert response.status_code == 200
    html = response.content.decode()
    assert "being prepared" in html
    assert f'href="{download_url(certified)}"' in html  # reload, without JavaScript
    assert queued == [certified.certificate_id]
    client.get(download_url(certified))
    assert queued == [certified.certificate_id]  # asked again only after a while


def test_a_revoked_certificate_leads_to_its_verification_page(client, certified):
    Certificate.objects.filter(pk=certified.certificate_id).update(
        revoked_at=timezone.now()
    )
    client.force_login(certified.participant)
    response = client.get(download_url(certified))
    assert response.status_code == 302
    assert response["Location"] == certified.certificate.get_absolute_url()
    assert client.get(response["Location"]).status_code == 410


def test_anyone_verifies_the_certificate_by_its_code(client, certified):
    code = certified.certificate.code
    response = client.get(f"/en/verify/{code.lower()}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is genuine" in html
    assert "Иницирање позитивни промени" in html
    assert certified.participant.email not in html
