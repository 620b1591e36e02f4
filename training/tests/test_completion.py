"""The certificate of completion: issued only for a completed enrolment, once, in the
member's language, mailed, downloaded by the member (and staff), verifiable by anyone."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from network.tests.factories import UserFactory
from siehub.models import Certificate
from training.models import Enrolment, Module, ModuleStatus, Unit
from training.services.completion import enrolment_certify

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def make_module(**fields):
    fields = {
        "title_en": "Understanding early school leaving",
        "title_mk": "Разбирање на раното напуштање на училиштето",
        "slug": "understanding-early-school-leaving",
        "summary_en": "Why pupils leave school early and what a school can do.",
        "duration_minutes": 90,
        "status": ModuleStatus.PUBLISHED,
        "published_at": timezone.now(),
        **fields,
    }
    module = Module.objects.create(**fields)
    for position in (1, 2, 3):
        Unit.objects.create(
            module=module,
            position=position,
            title_en=f"Unit {position}",
            body_en="<p>Text</p>",
        )
    return module


def enrol(module, user=None, *, completed=True, score=80, **user_fields):
    user = user or UserFactory(
        first_name=user_fields.pop("first_name", "Marija"),
        last_name=user_fields.pop("last_name", "Petrovska"),
        **user_fields,
    )
    return Enrolment.objects.create(
        user=user,
        module=module,
        score=score,
        completed_at=timezone.now() if completed else None,
    )


@pytest.fixture
def module():
    return make_module()


# Issuing ----------------------------------------------------------------------------------


def test_no_certificate_for_an_enrolment_that_is_not_complete(module):
    enrolment = enrol(module, completed=False)
    with pytest.raises(ValidationError) as error:
        enrolment_certify(enrolment=enrolment)
    assert error.value.code == "not_completed"
    enrolment.refresh_from_db()
    assert enrolment.certificate is None
    assert not Certificate.objects.exists()
    assert mail.outbox == []


def test_certificate_is_in_the_members_language(module):
    enrolment = enrol(
        module, preferred_language="mk", first_name="Марија", last_name="Петровска"
    )
    certificate = enrolment_certify(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.certificate == certificate
    assert certificate.kind == "completion"
    assert certificate.source == f"training.enrolment:{enrolment.pk}"
    assert certificate.holder == enrolment.user
    assert certificate.holder_name == "Марија Петровска"
    assert certificate.language == "mk"
    assert certificate.title == "Разбирање на раното напуштање на училиштето"
    today = timezone.localdate()
    assert certificate.details == {
        "started_on": today.isoformat(),
        "completed_on": today.isoformat(),
        "minutes": 90,
        "units": 3,
        "score": 80,
    }


def test_without_a_translation_the_title_is_the_original_one(module):
    enrolment = enrol(module, preferred_language="es")
    certificate = enrolment_certify(enrolment=enrolment)
    assert certificate.language == "es"
    assert certificate.title == "Understanding early school leaving"


def test_the_holder_name_is_never_the_email(module):
    user = UserFactory(first_name="", last_name="")
    certificate = enrolment_certify(enrolment=enrol(module, user))
    assert user.email not in certificate.holder_name
    assert certificate.holder_name


def test_certifying_again_returns_the_same_certificate_and_mails_nothing(
    module, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("siehub.certificates._queue_render", lambda pk: None)
    enrolment = enrol(module)
    with django_capture_on_commit_callbacks(execute=True):
        first = enrolment_certify(enrolment=enrolment)
    with django_capture_on_commit_callbacks(execute=True):
        second = enrolment_certify(enrolment=enrolment)
    assert first == second
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_member_is_mailed_the_download_link_and_the_verification_address(
    module, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("siehub.certificates._queue_render", lambda pk: None)
    enrolment = enrol(module, preferred_language="mk")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = enrolment_certify(enrolment=enrolment)
    (message,) = mail.outbox
    assert message.to == [enrolment.user.email]
    assert "Разбирање на раното напуштање на училиштето" in message.subject
    body = message.body
    assert f"http://testserver/mk/my/learning/{module.slug}/certificate/" in body
    assert f"http://testserver/mk/verify/{certificate.code}/" in body
    html = message.alternatives[0][0]
    assert f"/mk/my/learning/{module.slug}/certificate/" in html


def test_pdf_renders_with_the_members_name_and_its_code(
    module, django_capture_on_commit_callbacks
):
    from siehub.tests.test_certificates import pdf_text

    enrolment = enrol(
        module, preferred_language="mk", first_name="Марија", last_name="Петровска"
    )
    with django_capture_on_commit_callbacks(execute=True):
        certificate = enrolment_certify(enrolment=enrolment)
    certificate.refresh_from_db()
    data = certificate.pdf.read()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert certificate.code in text
    assert f"/mk/verify/{certificate.code}/" in text
    assert "Марија Петровска" in text


# Downloading ------------------------------------------------------------------------------


@pytest.fixture
def certified(module, django_capture_on_commit_callbacks):
    enrolment = enrol(module, preferred_language="mk")
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_certify(enrolment=enrolment)
    enrolment.refresh_from_db()
    return enrolment


def download_url(enrolment):
    return reverse("training:certificate-download", args=[enrolment.module.slug])


def test_download_url(certified):
    assert download_url(certified) == (
        "/en/my/learning/understanding-early-school-leaving/certificate/"
    )


def test_anonymous_visitor_logs_in_to_download(client, certified):
    response = client.get(download_url(certified))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_another_member_does_not_find_the_certificate(client, certified, module):
    other = enrol(module)  # enrolled and complete, but not certified
    client.force_login(other.user)
    assert client.get(download_url(certified)).status_code == 404
    # nor by naming the enrolment: that is for staff
    url = f"{download_url(certified)}?enrolment={certified.pk}"
    assert client.get(url).status_code == 404


def test_member_downloads_the_pdf(client, certified):
    client.force_login(certified.user)
    response = client.get(download_url(certified))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert certified.certificate.code in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_staff_download_a_members_certificate(client, certified):
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="change_module"))
    client.force_login(staff)
    url = f"{download_url(certified)}?enrolment={certified.pk}"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert client.get(f"{download_url(certified)}?enrolment=x").status_code == 404


def test_no_certificate_no_download(client, module):
    enrolment = enrol(module, completed=False)
    client.force_login(enrolment.user)
    assert client.get(download_url(enrolment)).status_code == 404


def test_a_pdf_not_rendered_yet_shows_a_page_to_reload(client, certified, monkeypatch):
    queued = []
    monkeypatch.setattr(
        "siehub.certificates._queue_render", lambda pk: queued.append(pk)
    )
    Certificate.objects.filter(pk=certified.certificate_id).update(pdf="")
    client.force_login(certified.user)
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
    client.force_login(certified.user)
    response = client.get(download_url(certified))
    assert response.status_code == 302
    assert response["Location"] == certified.certificate.get_absolute_url()


# Verifying --------------------------------------------------------------------------------


def test_anyone_verifies_the_certificate_by_its_code(client, certified):
    code = certified.certificate.code
    response = client.get(f"/en/verify/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is genuine" in html
    assert "Marija Petrovska" in html
    assert "Разбирање на раното напуштање на училиштето" in html
    assert certified.user.email not in html
    # typed in lower case, too
    assert client.get(f"/en/verify/{code.lower()}/").status_code == 200


def test_a_forged_code_is_not_found(client, certified):
    code = certified.certificate.code
    forged = ("A" if code[0] != "A" else "B") + code[1:]
    response = client.get(f"/en/verify/{forged}/")
    assert response.status_code == 404
    assert "Marija Petrovska" not in response.content.decode()


def test_completed_on_is_the_local_date(module):
    # Completed just before midnight in Skopje: the certificate says that day.
    enrolment = enrol(module)
    late = dt.datetime(2024, 5, 31, 21, 50, tzinfo=dt.UTC)  # 23:50 in Skopje
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=late)
    enrolment.refresh_from_db()
    certificate = enrolment_certify(enrolment=enrolment)
    assert certificate.details["completed_on"] == "2024-05-31"
