"""Open data: the Atom feed, the CSV and JSON exports and the PDF compendium."""

import csv
import io
import json
import re
import zlib
from datetime import datetime, timedelta
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from inventory.models import (
    Compendium,
    EvidenceLevel,
    MeasureType,
    Practice,
    TargetGroup,
)
from inventory.services import compendium as compendium_module
from inventory.tests.factories import reindex
from network.tests.factories import OrganisationFactory, UserFactory
from siehub.models import Area, EducationLevel

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MK_TITLE = "Училиште за сите деца"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def terms():
    def term(model, slug, en, mk):
        obj, _created = model.objects.get_or_create(
            slug=slug, defaults={"name": en, "name_en": en, "name_mk": mk}
        )
        return obj

    return {
        "roma": term(TargetGroup, "roma", "Roma pupils", "Ромски ученици"),
        "migrants": term(
            TargetGroup, "migrants-refugees", "Migrant pupils", "Ученици мигранти"
        ),
        "prevention": term(MeasureType, "prevention", "Prevention", "Превенција"),
        "teachers": term(Area, "teachers", "Teachers", "Наставници"),
        "primary": term(EducationLevel, "isced-1", "Primary", "Основно"),
        "described": term(EvidenceLevel, "described", "Described", "Опишано"),
    }


_counter = iter(range(1, 100_000))


def make_practice(
    *, status="published", language="en", title=None, terms=None, **fields
):
    """A practice written in `language`; published ones get a publication date."""
    n = next(_counter)
    title = title or f"Homework club number {n}"
    author = fields.pop("author", None) or UserFactory()
    values = {
        "slug": f"practice-{n}",
        f"title_{language}": title,
        f"summary_{language}": f"<p>Summary of {title}.</p>",
        f"context_{language}": "<p>A school in Bitola.</p>",
        f"activities_{language}": "<p>Weekly homework club.</p>",
        "original_language": language,
        "country": "MK",
        "author": author,
        "status": status,
        "no_personal_data": True,
        "published_at": timezone.now() - timedelta(days=n)
        if status == "published"
        else None,
    }
    values.update(fields)
    practice = Practice.objects.create(**values)
    if terms:
        practice.target_groups.set([terms["roma"], terms["migrants"]])
        practice.measure_types.set([terms["prevention"]])
        practice.areas.set([terms["teachers"]])
        practice.education_levels.set([terms["primary"]])
    if status == "published":
        reindex(practice)  # as publishing through the services does
    return practice


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


# Atom feed -------------------------------------------------------------------------------


def test_feed_is_atom_in_the_url_language_with_published_practices_only(client, terms):
    organisation = OrganisationFactory(name="OU Goce Delcev")
    bilingual = make_practice(
        terms=terms,
        organisation=organisation,
        title_mk=MK_TITLE,
        summary_mk="<p>Кратко.</p>",
    )
    english_only = make_practice(title="Mentoring by older pupils")
    make_practice(status="draft", title="A secret draft")
    make_practice(status="submitted", title="Waiting for review")

    response = client.get("/mk/practices/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == "mk"
    entries = {
        entry.find(f"{ATOM}link").get("href"): entry
        for entry in root.findall(f"{ATOM}entry")
    }
    assert set(entries) == {
        f"http://testserver/mk/practices/{bilingual.slug}/",
        f"http://testserver/mk/practices/{english_only.slug}/",
    }
    entry = entries[f"http://testserver/mk/practices/{bilingual.slug}/"]
    assert entry.find(f"{ATOM}title").text == MK_TITLE
    assert "Кратко." in entry.find(f"{ATOM}summary").text
    assert {c.get("term") for c in entry.findall(f"{ATOM}category")} == {
        terms["roma"].name_mk,
        terms["migrants"].name_mk,
    }
    # Nobody is named without a public profile: the organisation signs instead.
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "OU Goce Delcev"
    # The same instant, whichever zone the feed writes it in (a date compared across
    # zones failed in the hour after midnight in Skopje).
    published = datetime.fromisoformat(entry.find(f"{ATOM}published").text)
    assert published.tzinfo is not None
    assert published == bilingual.published_at
    fallback = entries[f"http://testserver/mk/practices/{english_only.slug}/"]
    assert fallback.find(f"{ATOM}title").text == "Mentoring by older pupils"


def test_feed_names_an_author_with_a_public_profile(client):
    author = UserFactory(first_name="Ana", last_name="Petrova", public_profile=True)
    make_practice(author=author)
    root = ElementTree.fromstring(client.get("/en/practices/feed/").content)
    assert root.find(f"{ATOM}entry/{ATOM}author/{ATOM}name").text == "Ana Petrova"


def test_feed_lists_the_fifty_newest(client):
    practices = [make_practice() for _ in range(52)]
    root = ElementTree.fromstring(client.get("/en/practices/feed/").content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 50
    # make_practice dates each new one a day earlier: the first ones are the newest.
    assert entries[0].find(f"{ATOM}title").text == practices[0].title_en
    titles = {entry.find(f"{ATOM}title").text for entry in entries}
    assert practices[-1].title_en not in titles


def test_feed_query_count_does_not_grow_with_practices(client, terms):
    make_practice(terms=terms, organisation=OrganisationFactory())
    client.get("/en/practices/feed/")  # warm the site cache
    one = count_queries(client, "/en/practices/feed/")
    for _ in range(29):
        make_practice(terms=terms, organisation=OrganisationFactory())
    assert count_queries(client, "/en/practices/feed/") == one
    assert one <= 4


# Export ----------------------------------------------------------------------------------


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def read_json(response):
    return json.loads(b"".join(response.streaming_content).decode("utf-8"))


def test_csv_export_has_every_column_cyrillic_and_no_drafts(client, terms):
    organisation = OrganisationFactory(name="ОУ Гоце Делчев")
    practice = make_practice(
        terms=terms,
        organisation=organisation,
        title_mk=MK_TITLE,
        summary_mk="<p>Кратко &amp; јасно.</p>",
        evidence_level=terms["described"],
        keywords="mentoring, homework",
        duration="One school year",
    )
    make_practice(status="draft", title="A secret draft")

    response = client.get("/en/practices/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    stamp = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="siehub-practices-en-{stamp}.csv"'
    )
    rows = read_csv(response)
    assert len(rows) == 1
    row = rows[0]
    assert row["slug"] == practice.slug
    assert row["url"] == f"http://testserver/en/practices/{practice.slug}/"
    assert row["title_en"] == practice.title_en
    assert row["title_mk"] == MK_TITLE
    assert row["title_bg"] == ""
    assert row["summary_mk"] == "Кратко & јасно."
    assert row["organisation"] == "ОУ Гоце Делчев"
    assert row["original_language"] == "en"
    assert row["country"] == "MK"
    assert (
        row["target_groups"] == "roma|migrants-refugees"
        or row["target_groups"] == "migrants-refugees|roma"
    )
    assert row["measure_types"] == "prevention"
    assert row["areas"] == "teachers"
    assert row["education_levels"] == "isced-1"
    assert row["evidence_level"] == "described"
    assert row["scale"] == "school"
    assert row["duration"] == "One school year"
    assert row["keywords"] == "mentoring|homework"
    assert row["licence"] == "cc-by-4.0"
    assert row["published_at"] == practice.published_at.isoformat()
    assert row["adaptation_count"] == "0"


def test_json_export_has_lists_and_cyrillic(client, terms):
    practice = make_practice(terms=terms, language="mk", title=MK_TITLE)
    make_practice(status="rejected")

    response = client.get("/mk/practices/export.json")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = read_json(response)
    assert len(data) == 1
    item = data[0]
    assert item["title_mk"] == MK_TITLE
    assert item["title_en"] == ""
    assert item["original_language"] == "mk"
    assert item["url"] == f"http://testserver/mk/practices/{practice.slug}/"
    assert sorted(item["target_groups"]) == ["migrants-refugees", "roma"]
    assert item["measure_types"] == ["prevention"]
    assert item["keywords"] == []
    assert item["adaptation_count"] == 0


def test_export_of_an_empty_inventory_is_valid(client):
    assert read_json(client.get("/en/practices/export.json")) == []
    assert read_csv(client.get("/en/practices/export.csv")) == []


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_respects_the_filters_of_the_list(client, terms, fmt):
    macedonian = make_practice(country="MK", terms=terms)
    spanish = make_practice(country="ES")
    bulgarian = make_practice(country="BG", language="bg", title="Клуб за домашни")

    def slugs(query):
        response = client.get(f"/en/practices/export.{fmt}?{query}")
        assert response.status_code == 200
        rows = read_csv(response) if fmt == "csv" else read_json(response)
        return {row["slug"] for row in rows}

    assert slugs("country=MK") == {macedonian.slug}
    assert slugs("country=MK&country=ES") == {macedonian.slug, spanish.slug}
    assert slugs("target_group=roma") == {macedonian.slug}
    assert slugs("language=bg") == {bulgarian.slug}
    # Parameters the list page does not know (page, tracking) are ignored.
    assert slugs("page=3&utm_source=mail") == {
        macedonian.slug,
        spanish.slug,
        bulgarian.slug,
    }


def test_export_with_an_invalid_filter_is_a_translated_400(client):
    make_practice()
    response = client.get("/en/practices/export.csv?country=XX")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "not valid" in text
    assert "country" in text

    with translation.override("mk"):
        response = client.get("/mk/practices/export.json?target_group=nonsense")
    assert response.status_code == 400
    assert "target_group" in response.content.decode()


def test_export_in_an_unknown_format_is_404(client):
    make_practice()
    assert client.get("/en/practices/export.xml").status_code == 404


def test_csv_export_neutralises_formulas(client):
    make_practice(title='=HYPERLINK("http://evil.example")')
    rows = read_csv(client.get("/en/practices/export.csv"))
    assert rows[0]["title_en"].startswith("'=")
    data = read_json(client.get("/en/practices/export.json"))
    assert data[0]["title_en"].startswith("=")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_query_count_does_not_grow_with_practices(client, terms, fmt):
    url = f"/en/practices/export.{fmt}?target_group=roma"
    make_practice(terms=terms, organisation=OrganisationFactory())
    count_queries(client, url)  # the vocabularies' names cached, as on a live site
    one = count_queries(client, url)
    for _ in range(29):
        make_practice(
            terms=terms,
            organisation=OrganisationFactory(),
            evidence_level=terms["described"],
        )
    assert count_queries(client, url) == one


def test_export_reads_in_chunks(client, terms, monkeypatch):
    from inventory.views import opendata

    monkeypatch.setattr(opendata, "EXPORT_CHUNK", 10)
    for _ in range(25):
        make_practice(terms=terms)
    with CaptureQueriesContext(connection) as queries:
        rows = read_json(client.get("/en/practices/export.json"))
    assert len(rows) == 25
    vocabulary_reads = [
        q for q in queries.captured_queries if "inventory_targetgroup" in q["sql"]
    ]
    assert len(vocabulary_reads) == 3  # one per chunk of 10, not one per practice


# Compendium ------------------------------------------------------------------------------


def pdf_outline(data: bytes) -> list[str]:
    """The bookmark titles of a PDF made by WeasyPrint (compressed object streams)."""
    titles = []
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    for chunk in chunks:
        for raw in re.findall(
            rb"/Title\s*(<[0-9a-fA-F]*>|\((?:[^()\\]|\\.)*\))", chunk
        ):
            if raw.startswith(b"<"):
                titles.append(bytes.fromhex(raw[1:-1].decode()).decode("utf-16"))
            else:
                titles.append(raw[1:-1].decode("latin-1"))
    return titles


def test_compendium_page_shows_files_and_asks_visitors_to_log_in(client):
    ready = Compendium.objects.create(
        language="mk",
        state=Compendium.State.READY,
        progress=100,
        file="inventory/compendium/old.pdf",
        practice_count=3,
        finished_at=timezone.now(),
    )
    response = client.get("/en/practices/compendium/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/en/practices/compendium/{ready.pk}/download/" in html
    assert "/en/accounts/login/?next=/en/practices/compendium/" in html
    assert 'method="post"' not in html.split("<main", 1)[1]
    assert "style=" not in html
    assert "<script>" not in html


def test_anonymous_visitor_cannot_request_a_compendium(client):
    response = client.post("/en/practices/compendium/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert not Compendium.objects.exists()


def test_member_requests_a_compendium_and_gets_a_pdf(member_client, member, terms):
    bilingual = make_practice(
        terms=terms, title="Homework club in Bitola", title_mk=MK_TITLE
    )
    english_only = make_practice(title="Mentoring by older pupils", country="ES")
    make_practice(status="draft", title="A secret draft")

    page = member_client.get("/mk/practices/compendium/")
    assert 'method="post"' in page.content.decode()
    response = member_client.post("/mk/practices/compendium/")

    compendium = Compendium.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/mk/practices/compendium/{compendium.pk}/"
    assert compendium.requested_by == member
    assert compendium.language == "mk"
    # Celery runs eagerly in tests: the task ran after the request's commit.
    assert compendium.state == Compendium.State.READY, compendium.error
    assert compendium.progress == 100
    assert compendium.practice_count == 2
    assert compendium.finished_at is not None
    data = compendium.file.read()
    assert data.startswith(b"%PDF")
    outline = pdf_outline(data)
    assert MK_TITLE in " ".join(outline)
    assert english_only.title_en in " ".join(outline)
    assert "A secret draft" not in " ".join(outline)
    assert bilingual.title_en not in " ".join(outline)

    detail = member_client.get(response["Location"])
    html = detail.content.decode()
    assert f"/mk/practices/compendium/{compendium.pk}/download/" in html
    assert 'http-equiv="refresh"' not in html

    download = member_client.get(f"/mk/practices/compendium/{compendium.pk}/download/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_compendium_in_progress_is_not_started_twice(member_client):
    make_practice()
    running = Compendium.objects.create(
        language="en", state=Compendium.State.RUNNING, progress=40
    )
    response = member_client.post("/en/practices/compendium/")
    assert response.status_code == 302
    assert response["Location"] == f"/en/practices/compendium/{running.pk}/"
    assert Compendium.objects.count() == 1

    page = member_client.get("/en/practices/compendium/")
    assert f"/en/practices/compendium/{running.pk}/" in page.content.decode()


def test_running_compendium_page_refreshes_and_shows_progress(client):
    running = Compendium.objects.create(
        language="bg", state=Compendium.State.RUNNING, progress=40
    )
    response = client.get(f"/en/practices/compendium/{running.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta http-equiv="refresh" content="3">' in html
    assert (
        '<progress id="compendium-progress" max="100" value="40">40%</progress>' in html
    )
    assert '<label for="compendium-progress">' in html


def test_failed_compendium_page_says_so(client):
    failed = Compendium.objects.create(
        language="en", state=Compendium.State.FAILED, error="OSError: disk full"
    )
    html = client.get(f"/en/practices/compendium/{failed.pk}/").content.decode()
    assert "could not be generated" in html
    assert "disk full" not in html
    assert 'http-equiv="refresh"' not in html
    download = client.get(f"/en/practices/compendium/{failed.pk}/download/")
    assert download.status_code == 404


def test_unknown_compendium_is_404(client):
    assert client.get("/en/practices/compendium/999999/").status_code == 404
    assert client.get("/en/practices/compendium/999999/download/").status_code == 404


def test_an_up_to_date_compendium_is_not_made_again(member_client):
    make_practice()
    member_client.post("/en/practices/compendium/")
    first = Compendium.objects.get()
    assert first.state == Compendium.State.READY

    response = member_client.post("/en/practices/compendium/")
    assert response["Location"] == f"/en/practices/compendium/{first.pk}/"
    assert Compendium.objects.count() == 1


def test_a_member_may_ask_once_per_ten_minutes(member_client, member):
    make_practice()
    member_client.post("/en/practices/compendium/")
    make_practice(title="Published since")  # the ready one is out of date now

    response = member_client.post("/en/practices/compendium/")

    assert response.status_code == 429
    assert "You can ask again in 10 minutes" in response.content.decode()
    assert Compendium.objects.count() == 1
    # Another language, or another member, is not held back.
    assert member_client.post("/es/practices/compendium/").status_code == 302
    Compendium.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    assert member_client.post("/en/practices/compendium/").status_code == 302
    assert Compendium.objects.filter(language="en").count() == 2


def test_a_lost_compendium_does_not_block_new_ones(member_client):
    make_practice()
    lost = Compendium.objects.create(language="en", state=Compendium.State.PENDING)
    Compendium.objects.filter(pk=lost.pk).update(
        created_at=timezone.now() - timedelta(hours=4)
    )
    member_client.post("/en/practices/compendium/")
    lost.refresh_from_db()
    assert lost.state == Compendium.State.FAILED
    assert Compendium.objects.get(state=Compendium.State.READY)


def test_generating_twice_is_safe():
    make_practice()
    compendium = Compendium.objects.create(language="en")
    assert compendium_module.compendium_generate(compendium_id=compendium.pk)
    name = Compendium.objects.get().file.name
    assert not compendium_module.compendium_generate(compendium_id=compendium.pk)
    assert Compendium.objects.get().file.name == name


def test_a_failure_is_recorded(monkeypatch, caplog):
    def broken(**kwargs):
        raise RuntimeError("fonts missing")

    monkeypatch.setattr(compendium_module, "build_compendium_pdf", broken)
    compendium = Compendium.objects.create(language="en")
    assert not compendium_module.compendium_generate(compendium_id=compendium.pk)
    compendium.refresh_from_db()
    assert compendium.state == Compendium.State.FAILED
    assert "fonts missing" in compendium.error
    assert compendium.finished_at is not None
    assert "Compendium" in caplog.text


def test_compendium_is_built_in_batches_with_every_practice(monkeypatch, terms):
    monkeypatch.setattr(compendium_module, "BATCH_SIZE", 2)
    titles = [make_practice(terms=terms).title_en for _ in range(5)]
    progress = []
    target = io.BytesIO()
    with translation.override("en"):
        count = compendium_module.build_compendium_pdf(
            language="en",
            target=target,
            on_progress=lambda done, total: progress.append((done, total)),
        )
    assert count == 5
    assert progress == [(2, 5), (4, 5), (5, 5)]
    outline = " ".join(pdf_outline(target.getvalue()))
    for title in titles:
        assert title in outline


def test_compendium_marks_texts_shown_in_their_original_language(terms):
    practice = make_practice(terms=terms, title="Mentoring by older pupils")
    practice = compendium_module._published_practices([practice.pk])[0]
    with translation.override("mk"):
        from django.template.loader import render_to_string

        html = render_to_string(
            "inventory/pdf/practices.html",
            {
                "entries": [
                    {
                        "number": 1,
                        "practice": practice,
                        "anchor": "p",
                        "url": "x",
                        "new_country": True,
                    }
                ],
                "language": "mk",
            },
        )
    assert '<html lang="mk">' in html
    assert '<span lang="en">Mentoring by older pupils</span>' in html
    assert 'class="translation-note"' in html
    assert terms["roma"].name_mk in html


def test_only_the_newest_compendia_are_kept(settings):
    from django.core.files.base import ContentFile

    make_practice()
    old = []
    for days in (3, 2, 1):
        compendium = Compendium.objects.create(
            language="en", state=Compendium.State.READY, finished_at=timezone.now()
        )
        compendium.file.save(f"old-{days}.pdf", ContentFile(b"%PDF-old"), save=True)
        Compendium.objects.filter(pk=compendium.pk).update(
            created_at=timezone.now() - timedelta(days=days)
        )
        old.append(compendium)
    new = Compendium.objects.create(language="en")
    assert compendium_module.compendium_generate(compendium_id=new.pk)

    kept = set(Compendium.objects.values_list("pk", flat=True))
    assert kept == {old[1].pk, old[2].pk, new.pk}
    assert not (settings.MEDIA_ROOT / old[0].file.name).exists()


def test_compendium_shows_the_cover_and_the_gallery(terms):
    from conftest import jpeg_upload
    from inventory.models import Practice, PracticePicture
    from siehub.pictures import clean_upload, renditions_sweep

    practice = make_practice(terms=terms)
    pictures = [
        PracticePicture.objects.create(
            practice=practice,
            image=clean_upload(jpeg_upload(width=1200, height=800)).file,
            alt_text_en=alt,
            position=position,
        )
        for position, alt in enumerate(("Pupils at the desk", "A mother reads"))
    ]
    Practice.objects.filter(pk=practice.pk).update(cover=pictures[1])
    renditions_sweep()
    loaded = compendium_module._published_practices([practice.pk])[0]
    shown = compendium_module._pdf_pictures(loaded)
    # The cover first, in the 960 pixel rendition; the rest smaller.
    assert [item["alt"]["value"] for item in shown] == [
        "A mother reads",
        "Pupils at the desk",
    ]
    assert shown[0]["uri"].startswith("file://") and shown[0]["uri"].endswith(
        "-960.jpg"
    )
    assert shown[1]["uri"].endswith("-480.jpg")
    target = io.BytesIO()
    with translation.override("en"):
        compendium_module.build_compendium_pdf(language="en", target=target)
    assert target.getvalue().count(b"/Subtype /Image") >= 2
