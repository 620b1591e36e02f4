"""Certificates in the core: issued once per source, a code that is easy to type and
futile to guess, a PDF in the holder's language, and a public verification page."""

import re
import threading
import zlib
from datetime import date

import pytest
from django.db import connection
from django.utils import timezone, translation
from django.utils.formats import date_format

from conftest import celery_broker
from network.services.privacy import account_delete, privacy_export
from network.tests.factories import UserFactory
from siehub import certificates
from siehub.models import Certificate

pytestmark = pytest.mark.django_db

CODE = re.compile(r"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")
DEAD_REDIS = "redis://127.0.0.1:1/0"
MK_NAME = "Марија Петровска"
MK_TITLE = "Иницирање позитивни промени"
DETAILS = {
    "starts_on": "2021-09-03",
    "ends_on": "2021-09-09",
    "city": "Мадрид",
    "country": "Шпанија",
    "host": "C.E.I.P. San Carlos",
    "days_attended": 6,
    "days_total": 7,
}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def issue(source="test.source:1", *, holder=None, language="mk", **fields):
    values = {
        "kind": "attendance",
        "source": source,
        "holder": holder,
        "holder_name": MK_NAME,
        "title": MK_TITLE,
        "details": DETAILS,
        "language": language,
    }
    values.update(fields)
    return certificates.certificate_issue(**values)


def pdf_text(data: bytes) -> str:
    """The strings of a PDF made by WeasyPrint, its compressed streams opened: metadata,
    bookmarks and link targets (the page text itself is glyph ids)."""
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    text = []
    for chunk in chunks:
        text.append(chunk.decode("latin-1"))
        for raw in re.findall(rb"<feff([0-9a-fA-F]*)>", chunk):
            text.append(bytes.fromhex(raw.decode()).decode("utf-16-be"))
    return "\n".join(text)


# The code ----------------------------------------------------------------------------------


def test_code_is_twelve_unambiguous_characters_in_three_groups():
    codes = {certificates.certificate_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert CODE.match(code), code
        assert not set(code) & set("01OI")


def test_code_alphabet_gives_sixty_bits():
    assert len(set(certificates.CODE_ALPHABET)) == 32
    assert certificates.CODE_LENGTH * 5 == 60


@pytest.mark.parametrize(
    "typed",
    ["abcd-efgh-jklm", "ABCDEFGHJKLM", " abcd efgh jklm ", "AbCd-EfGh JkLm"],
)
def test_code_is_read_in_any_case_with_or_without_dashes(typed):
    assert certificates.normalise_code(typed) == "ABCD-EFGH-JKLM"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCD-EFGH-JKL",
        "ABCD-EFGH-JKLMN",
        "ABCD-EFGH-JKL0",
        "ABCD-EFGH-JKLO",
        "ABCD-EFGH-JKLI",
        "АБЦД-ЕФГХ-ЈКЛМ",
        "'; DROP TABLE x; --",
        "x" * 5000,
    ],
)
def test_malformed_code_is_no_code(typed):
    assert certificates.normalise_code(typed) is None
    assert certificates.certificate_find(typed) is None


# Issuing -----------------------------------------------------------------------------------


def test_issuing_stores_what_the_certificate_states():
    holder = UserFactory()
    certificate = issue(holder=holder)
    assert CODE.match(certificate.code)
    assert certificate.holder == holder
    assert certificate.holder_name == MK_NAME
    assert certificate.title == MK_TITLE
    assert certificate.details == DETAILS
    assert certificate.language == "mk"
    assert certificate.is_valid


def test_issuing_twice_for_one_source_returns_the_same_certificate(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        first = issue()
        second = issue(holder_name="Someone Else", title="Another title")
    assert second.pk == first.pk
    assert second.code == first.code
    assert second.holder_name == MK_NAME
    assert Certificate.objects.count() == 1
    assert len(callbacks) == 1  # one PDF queued


def test_a_code_drawn_twice_is_drawn_again(monkeypatch):
    taken = issue("test.source:1")
    codes = iter([taken.code, "WXYZ-2345-6789"])
    monkeypatch.setattr(certificates, "certificate_code", lambda: next(codes))
    other = issue("test.source:2")
    assert other.code == "WXYZ-2345-6789"
    assert Certificate.objects.count() == 2


def test_unknown_language_falls_back_to_the_default():
    assert issue(language="xx").language == "en"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_issues_for_one_source_make_one_certificate(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    barrier = threading.Barrier(4)
    results, errors = [], []

    def run():
        barrier.wait()
        try:
            results.append(issue("test.concurrent:1").pk)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert Certificate.objects.filter(source="test.concurrent:1").count() == 1


# The PDF -----------------------------------------------------------------------------------


def test_pdf_is_rendered_after_commit_in_the_holders_language(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue(holder=UserFactory(preferred_language="mk"))
    certificate.refresh_from_db()
    assert certificate.pdf.name == f"certificates/certificate-{certificate.code}.pdf"
    data = certificate.pdf.read()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert certificate.code in text
    assert f"http://testserver/mk/verify/{certificate.code}/" in text
    assert MK_NAME in text  # in the document's title
    assert "DejaVu-Sans" in text  # a font with Cyrillic, embedded
    assert len(re.findall(r"/Type\s*/Page\b", text)) == 1  # one page


def test_rendering_twice_keeps_the_first_pdf():
    certificate = issue()
    assert certificates.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    name = certificate.pdf.name
    assert not certificates.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.pdf.name == name
    assert not certificates.certificate_render(certificate_id=10**9)


def test_pdf_template_states_the_details_in_the_certificates_language():
    from django.template.loader import render_to_string

    certificate = issue(language="en", title="Initiating positive change")
    certificate.details = {**DETAILS, "country": "Spain", "city": "Madrid"}
    with translation.override("en"):
        html = render_to_string(
            "certificates/attendance.html",
            {
                "certificate": certificate,
                "details": certificates.certificate_details(certificate),
                "language": "en",
                "verify_url": certificates.certificate_verify_url(certificate),
            },
        )
    assert '<html lang="en">' in html
    assert "Initiating positive change" in html
    start, end = date_format(date(2021, 9, 3)), date_format(date(2021, 9, 9))
    assert f"{start} to {end}" in html
    assert "Madrid, Spain" in html
    assert "C.E.I.P. San Carlos" in html
    assert "6 of 7 days" in html
    assert certificate.code in html


COMPLETION_DETAILS = {
    "started_on": "2024-03-01",
    "completed_on": "2024-03-04",
    "minutes": 55,
    "units": 3,
    "score": 80,
}


def _visible_texts(html: str) -> set[str]:
    """The text a reader sees or hears on the certificate (text nodes, alternative
    texts), without the QR code's SVG."""
    from html.parser import HTMLParser

    class Texts(HTMLParser):
        def __init__(self):
            super().__init__()
            self.texts, self.in_svg = set(), 0

        def handle_starttag(self, tag, attrs):
            self.in_svg += tag == "svg"
            for name, value in attrs:
                if name in ("alt", "aria-label", "title") and value:
                    self.texts.add(value.strip())

        def handle_endtag(self, tag):
            self.in_svg -= tag == "svg"

        def handle_data(self, data):
            if not self.in_svg and data.strip():
                self.texts.add(" ".join(data.split()))

    parser = Texts()
    parser.feed(html)
    return parser.texts


@pytest.mark.parametrize(
    ("kind", "details"),
    [("attendance", DETAILS), ("completion", COMPLETION_DETAILS)],
)
@pytest.mark.parametrize("language", ["mk", "bg"])
def test_certificate_has_no_english_text_in_the_holders_language(
    kind, details, language
):
    english = certificates.certificate_html(
        issue("test.english:1", kind=kind, details=details, language="en")
    )
    translated = certificates.certificate_html(
        issue("test.translated:1", kind=kind, details=details, language=language)
    )
    assert f'<html lang="{language}">' in translated
    # What both say alike is data (names, code, numbers), never interface text.
    data = {MK_NAME, MK_TITLE, "SIE HUB+", "C.E.I.P. San Carlos"}
    left_in_english = {
        text
        for text in _visible_texts(english) & _visible_texts(translated)
        if text not in data and re.search(r"[A-Za-z]{3,}", text)
    }
    assert left_in_english == set()
    assert "School Integration Exchange Hub" not in translated


def test_certificate_of_completion_states_the_exact_duration():
    certificate = issue(kind="completion", details=COMPLETION_DETAILS, language="en")
    html = certificates.certificate_html(certificate)
    assert "55 minutes" in html
    assert "hour" not in html
    certificate = issue(
        "test.source:2",
        kind="completion",
        details={**COMPLETION_DETAILS, "minutes": 90},
        language="mk",
    )
    assert "1 час 30 минути" in certificates.certificate_html(certificate)


def test_a_certificate_issued_with_whole_hours_still_states_them():
    certificate = issue(kind="completion", details={"hours": 2}, language="en")
    assert "2 hours" in certificates.certificate_html(certificate)


def _qr_path(svg: str) -> str:
    return re.search(r'<path[^>]* d="([^"]+)"', svg).group(1)


@pytest.mark.parametrize("kind", ["attendance", "completion"])
@pytest.mark.parametrize("language", ["mk", "bg", "es", "en"])
def test_certificate_carries_a_qr_code_of_its_verification_page_in_its_language(
    settings, kind, language
):
    import segno

    settings.SITE_URL = "https://siehub.example.org"
    certificate = issue(kind=kind, language=language)
    html = certificates.certificate_html(certificate)
    expected = f"https://siehub.example.org/{language}/verify/{certificate.code}/"
    svg = re.search(r'<svg[^>]*class="certificate__qr".*?</svg>', html, re.S)
    assert svg is not None, "no QR code on the certificate"
    assert "<title>" in svg.group(0)  # a text alternative
    # The same symbol segno makes of the expected address: the QR code encodes it.
    assert _qr_path(svg.group(0)) == _qr_path(
        segno.make_qr(expected, error="m").svg_inline()
    )
    # Drawn inline: nothing for WeasyPrint to fetch.
    assert "data:" not in html and "<img" not in svg.group(0)


def test_qr_code_is_in_the_pdf_without_a_network(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue(language="bg")
    certificate.refresh_from_db()
    assert certificate.pdf.read().startswith(b"%PDF")


def test_a_broker_outage_does_not_stop_issuing(django_capture_on_commit_callbacks):
    with (
        celery_broker(DEAD_REDIS),
        django_capture_on_commit_callbacks(execute=True),
    ):
        certificate = issue()
    certificate.refresh_from_db()
    assert not certificate.pdf  # rendered later: the download page asks again


# The verification page ---------------------------------------------------------------------


def test_verification_form_has_a_labelled_code_field(client):
    response = client.get("/en/verify/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form method="get" action="/en/verify/"' in html
    assert '<label for="id_code">Verification code</label>' in html
    assert 'name="code"' in html
    assert response["X-Robots-Tag"] == "noindex"


def test_genuine_certificate_shows_what_it_states(client):
    holder = UserFactory(email="private@example.org")
    certificate = issue(holder=holder)
    response = client.get(f"/en/verify/{certificate.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "This certificate is genuine" in html
    assert MK_NAME in html
    assert MK_TITLE in html
    assert "Certificate of attendance" in html
    assert timezone.localdate(certificate.issued_at).strftime("%Y") in html
    assert "6 of 7 days" in html
    assert "Мадрид, Шпанија" in html
    assert "C.E.I.P. San Carlos" in html
    assert "private@example.org" not in html


def test_certificate_model_links_to_its_verification_page():
    certificate = issue()
    assert certificate.get_absolute_url() == f"/en/verify/{certificate.code}/"


@pytest.mark.parametrize(
    "transform",
    [
        str.lower,
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " "),
    ],
)
def test_code_is_matched_in_any_case_and_without_dashes(client, transform):
    certificate = issue()
    response = client.get(f"/en/verify/{transform(certificate.code)}/")
    assert response.status_code == 200
    assert "This certificate is genuine" in response.content.decode()


def test_revoked_certificate_is_gone_with_an_explanation(client):
    certificate = issue()
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=timezone.now(), revoked_reason="Issued by mistake."
    )
    response = client.get(f"/en/verify/{certificate.code}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "This certificate has been revoked" in html
    assert "It is no longer valid." in html
    assert "Issued by mistake." in html
    assert "This certificate is genuine" not in html


@pytest.mark.parametrize(
    "code",
    [
        "WXYZ-2345-6789",  # well formed, issued to nobody: a forged code
        "ABC",
        "ABCD-EFGH-JKL0",
        "%3Cscript%3E",
        "Ж" * 30,
        "x" * 300,
    ],
)
def test_unknown_or_malformed_code_is_not_found_with_the_form_again(client, code):
    issue()
    response = client.get(f"/en/verify/{code}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "No certificate has this code" in html
    assert 'name="code"' in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_verification_form_leads_to_the_certificate(client):
    certificate = issue()
    response = client.get("/en/verify/", {"code": certificate.code.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/en/verify/{certificate.code}/"


def test_verification_form_with_an_unknown_code_answers_404(client):
    response = client.get("/mk/verify/", {"code": "nothing-like-a-code"})
    assert response.status_code == 404
    html = response.content.decode()
    assert 'value="nothing-like-a-code"' in html
    assert '<html lang="mk">' in html


def test_verification_form_without_a_code_asks_for_one(client):
    response = client.get("/en/verify/", {"code": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


# Privacy -----------------------------------------------------------------------------------


def test_certificates_are_in_the_holders_data_export():
    holder = UserFactory()
    certificate = issue(holder=holder)
    issue("test.source:other", holder=UserFactory())
    exported = privacy_export(user=holder)["siehub"]["certificates"]
    assert exported == [
        {
            "code": certificate.code,
            "kind": "attendance",
            "title": MK_TITLE,
            "holder_name": MK_NAME,
            "issued_at": certificate.issued_at,
            "revoked_at": None,
        }
    ]


def test_deleted_account_keeps_its_certificates_verifiable(
    client, django_capture_on_commit_callbacks
):
    holder = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue(holder=holder)
    certificate.refresh_from_db()
    pdf_name = certificate.pdf.name
    storage = certificate.pdf.storage
    assert storage.exists(pdf_name)
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=holder, remove_published=False)
    certificate.refresh_from_db()
    assert certificate.holder is None
    assert certificate.holder_name == MK_NAME
    assert not certificate.pdf
    assert not storage.exists(pdf_name)
    response = client.get(f"/en/verify/{certificate.code}/")
    assert response.status_code == 200
    assert MK_NAME in response.content.decode()


# Admin -------------------------------------------------------------------------------------


def test_curator_revokes_a_certificate_in_admin(client):
    from django.contrib.auth.models import Permission

    certificate = issue()
    curator = UserFactory(is_staff=True)
    curator.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_certificate", "change_certificate"]
        )
    )
    client.force_login(curator)
    listing = client.get("/en/admin/siehub/certificate/", {"q": certificate.code})
    assert listing.status_code == 200
    assert MK_NAME in listing.content.decode()
    response = client.post(
        "/en/admin/siehub/certificate/",
        {"action": "revoke", "_selected_action": [certificate.pk]},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert client.get(f"/en/verify/{certificate.code}/").status_code == 410
