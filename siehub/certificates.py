"""Certificates the platform issues (attendance of a mobility, completion of a training
module): issuing one per source, rendering its PDF, and finding it by its code.

The app that issues a certificate names its source (`mobilities.registration:12`) and
writes what the certificate states: the holder's name, a title and details, in the
holder's language. The core keeps that text as it was on the day of issue, renders it to a
PDF with WeasyPrint in a Celery task (in-process when no broker is configured) and shows it
to anyone who types the code on the public verification page.

The code is 12 characters drawn with `secrets` from an alphabet of 32 symbols that cannot
be mistaken for each other when read aloud or typed (no 0/O, no 1/I): 60 bits, about 10^18
codes. Guessing is futile: at a million guesses a second (far more than the site answers)
hitting one given certificate takes some 18,000 years on average, and hitting any of ten
thousand issued ones still almost two years. So the verification page has no rate limit
of its own; a code found says no more than the certificate itself shows to whoever
holds it.

Details the templates know (issue 6 adds its keys to DETAIL_KEYS and the templates):
    starts_on, ends_on        ISO dates of the event ("2021-09-03")
    completed_on              ISO date a module was completed
    city, country, host       text, already in the certificate's language
    days_attended, days_total integers
    minutes                   an integer: the exact duration, written "1 hour 30 minutes"
    hours                     a number (certificates issued before minutes were kept)
    units, score              integers: units of a module, self-assessment score (%)
"""

import secrets
from datetime import date

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .models import Certificate, CertificateKind
from .pdf import static_files_fetcher, static_path
from .services import absolute_url

# 32 symbols: digits 2-9 and the Latin capitals without I and O.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 12
CODE_GROUP = 4
DETAIL_KEYS = (
    "starts_on",
    "ends_on",
    "completed_on",
    "city",
    "country",
    "host",
    "days_attended",
    "days_total",
    "minutes",
    "hours",
    "units",
    "score",
)
DATE_KEYS = ("starts_on", "ends_on", "completed_on")

# Tagged PDF with a declared language and title, readable by screen readers.
PDF_VARIANT = "pdf/ua-1"
# The only files WeasyPrint may read: the stylesheet and the two images.
PDF_STATIC_FILES = ("css/certificate.css", "img/eu-emblem.svg", "img/logo.svg")


# Codes -----------------------------------------------------------------------------------


def certificate_code() -> str:
    """A new random code, formatted "XXXX-XXXX-XXXX"."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return _format(raw)


def _format(raw: str) -> str:
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, len(raw), CODE_GROUP))


def normalise_code(typed: str) -> str | None:
    """The code as stored, from what someone typed: any case, with or without dashes or
    spaces. None when it cannot be a code at all (wrong length or a foreign symbol)."""
    if not isinstance(typed, str):
        return None
    raw = "".join(ch for ch in typed if ch not in " -\t\u00a0\u2010\u2011\u2013")
    raw = raw.upper()
    if len(raw) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        return None
    return _format(raw)


def certificate_find(typed: str) -> Certificate | None:
    """The certificate with the code someone typed (revoked ones included), or None."""
    code = normalise_code(typed)
    if code is None:
        return None
    return Certificate.objects.filter(code=code).first()


# Issuing ---------------------------------------------------------------------------------


def _queue_render(certificate_id: int) -> None:
    from .tasks import render_certificate

    render_certificate.delay(certificate_id)


def certificate_queue_render(*, certificate: Certificate) -> None:
    """Ask for the PDF after commit; a broker outage must not fail the request (the
    download page asks again)."""
    pk = certificate.pk
    transaction.on_commit(lambda: _queue_render(pk), robust=True)


@transaction.atomic
def certificate_issue(
    *,
    kind: str,
    source: str,
    holder,
    holder_name: str,
    title: str,
    details: dict,
    language: str,
) -> Certificate:
    """Issue the certificate of `source` once: a second call, even a concurrent one,
    returns the same row. The PDF is rendered after commit."""
    if kind not in CertificateKind.values:
        raise ValueError(f"unknown certificate kind {kind!r}")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    existing = Certificate.objects.filter(source=source).first()
    if existing is not None:
        return existing
    for _attempt in range(5):
        try:
            # A savepoint: the unique constraints decide between concurrent issuers.
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    code=certificate_code(),
                    kind=kind,
                    source=source,
                    holder=holder,
                    holder_name=holder_name[:300],
                    title=title[:300],
                    details=details,
                    language=language,
                )
        except IntegrityError:
            existing = Certificate.objects.filter(source=source).first()
            if existing is not None:
                return existing
            # Otherwise two certificates drew the same code: draw again.
            continue
        certificate_queue_render(certificate=certificate)
        return certificate
    raise RuntimeError(f"could not issue a certificate for {source}")


def certificates_revoke(*, certificates, reason: str = "") -> int:
    """Withdraw certificates: their verification page says so from now on (410), and
    they can no longer be downloaded. Returns how many were valid until now."""
    return certificates.filter(revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason[:300]
    )


# What a certificate states ---------------------------------------------------------------


def certificate_details(certificate: Certificate) -> dict:
    """The known details with their dates parsed, for the templates; unknown keys and
    unreadable values are left out."""
    shown = {}
    for key in DETAIL_KEYS:
        value = (certificate.details or {}).get(key)
        if value in (None, ""):
            continue
        if key in DATE_KEYS:
            try:
                value = date.fromisoformat(str(value))
            except ValueError:
                continue
        shown[key] = value
    return shown


def certificate_verify_url(
    certificate: Certificate, language: str | None = None
) -> str:
    """The absolute address of the certificate's verification page, in `language`."""
    with translation.override(language or certificate.language):
        return absolute_url(
            reverse("certificate-verify", kwargs={"code": certificate.code})
        )


# Rendering -------------------------------------------------------------------------------


def certificate_qr_svg(url: str) -> str:
    """A QR code of `url` as SVG markup to place inline in the certificate's HTML, so
    that WeasyPrint draws it without fetching anything. Error correction M (raised when
    the symbol has room to spare) reads well from paper."""
    import segno

    svg = segno.make_qr(url, error="m").svg_inline(
        omitsize=True,
        svgclass="certificate__qr",
        lineclass=None,
        dark="#1c2429",
        title=gettext("QR code of the address where this certificate is verified"),
    )
    return mark_safe(svg)  # noqa: S308 - segno writes the path and escapes the title


def certificate_html(certificate: Certificate) -> str:
    """The HTML the PDF is made from: in the certificate's language, with the QR code
    of its verification page (in that language too)."""
    with translation.override(certificate.language):
        verify_url = certificate_verify_url(certificate)
        return render_to_string(
            f"certificates/{certificate.kind}.html",
            {
                "certificate": certificate,
                "details": certificate_details(certificate),
                "language": certificate.language,
                "verify_url": verify_url,
                "qr_svg": certificate_qr_svg(verify_url),
                "emblem_url": static_path("img/eu-emblem.svg").as_uri(),
                "logo_url": static_path("img/logo.svg").as_uri(),
                "site_url": settings.SITE_URL,
            },
        )


def certificate_pdf(certificate: Certificate) -> bytes:
    """The PDF of `certificate`, laid out in its language (A4 landscape)."""
    from weasyprint import CSS, HTML

    html = certificate_html(certificate)
    fetcher = static_files_fetcher(PDF_STATIC_FILES)
    stylesheet = static_path("css/certificate.css")
    return HTML(
        string=html, base_url=stylesheet.parent.as_uri() + "/", url_fetcher=fetcher
    ).write_pdf(
        stylesheets=[CSS(filename=str(stylesheet), url_fetcher=fetcher)],
        pdf_variant=PDF_VARIANT,
    )


def certificate_render(*, certificate_id: int) -> bool:
    """Render and store the PDF of a certificate; False if there is nothing to do (no
    such certificate, or its PDF exists already), so it is safe to run twice.

    Two workers rendering at once both lay it out, but a conditional UPDATE keeps the
    first file and the second deletes its own.
    """
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None or certificate.pdf:
        return False
    data = certificate_pdf(certificate)
    stored = certificate.pdf.storage.save(
        f"{certificate.pdf.field.upload_to}certificate-{certificate.code}.pdf",
        ContentFile(data),
    )
    kept = Certificate.objects.filter(pk=certificate_id, pdf="").update(pdf=stored)
    if not kept:
        certificate.pdf.storage.delete(stored)
        return False
    return True
