"""The inventory's pages: lists, filters, search, detail, forms, attachments, comments."""

import csv
import io
import os
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

from inventory.filters import inventory_changed
from inventory.models import Attachment, Comment, Practice, Status, TargetGroup
from inventory.tests.factories import (
    AdaptationFactory,
    PracticeFactory,
    PublishedPracticeFactory,
)
from network.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST = "/en/practices/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
)


def titles(response):
    """The titles of the listed practices, without the search highlighting."""
    html = response.content.decode()
    found = re.findall(
        r'class="practice-card__title">\s*<a [^>]*>(.*?)</a>', html, re.S
    )
    return [re.sub(r"<[^>]+>", "", title) for title in found]


class TestList:
    def test_forms_of_a_word_and_both_scripts_find_the_same_practices(self, client):
        # On SQLite as on PostgreSQL (there plain matching of the words' stems).
        PublishedPracticeFactory(title_en="Calling families")
        blank = {f"{section}_en": "" for section in Practice.SECTIONS}
        PublishedPracticeFactory(
            **blank,
            title_en="",
            original_language="mk",
            title_mk="Ромските деца во училиштето",
        )
        for query in ("family", "families", "familias"):
            assert titles(client.get(LIST, {"q": query})) == ["Calling families"]
        for query in ("romi", "роми", "ромски"):
            assert titles(client.get("/mk" + LIST[3:], {"q": query})) == [
                "Ромските деца во училиштето"
            ]

    def test_lists_only_published_practices(self, client):
        PublishedPracticeFactory(title_en="Visible practice")
        PracticeFactory(title_en="Secret draft")
        PracticeFactory(title_en="Waiting practice", status=Status.SUBMITTED)
        response = client.get(LIST)
        assert response.status_code == 200
        assert titles(response) == ["Visible practice"]

    def test_filters_by_country_and_target_group_with_counts(self, client):
        roma = TargetGroup.objects.get(slug="roma")
        migrants = TargetGroup.objects.get(slug="migrants-refugees")
        PublishedPracticeFactory(title_en="Roma in MK", country="MK", terms=[roma])
        PublishedPracticeFactory(
            title_en="Migrants in ES", country="ES", terms=[migrants]
        )
        PublishedPracticeFactory(
            title_en="Roma in ES", country="ES", terms=[roma, migrants]
        )
        response = client.get(LIST + "?country=ES&target_group=roma")
        assert titles(response) == ["Roma in ES"]
        response = client.get(
            LIST + "?target_group=roma&target_group=migrants-refugees"
        )
        assert sorted(titles(response)) == [
            "Migrants in ES",
            "Roma in ES",
            "Roma in MK",
        ]
        facets = client.get(LIST + "?country=ES").context["facets"]
        counts = {option.value: option.count for option in facets["target_group"]}
        assert counts["roma"] == 1 and counts["migrants-refugees"] == 2
        assert {option.value: option.count for option in facets["country"]}["ES"] == 2

    def test_country_facet_lists_only_the_countries_with_published_practices(
        self, client
    ):
        PublishedPracticeFactory(country="MK")
        PublishedPracticeFactory(country="ES")
        PublishedPracticeFactory(country="ES")
        PracticeFactory(country="DE")  # a draft: not listed, so not a result
        PracticeFactory(country="FR", status=Status.SUBMITTED)
        html = client.get(LIST).content.decode()
        facet = client.get(LIST).context["facets"]["country"]
        assert [(option.value, option.count) for option in facet] == [
            ("MK", 1),
            ("ES", 2),
        ]
        assert html.count('name="country"') == 2

    def test_country_facet_keeps_a_chosen_country_without_results(self, client):
        roma = TargetGroup.objects.get(slug="roma")
        PublishedPracticeFactory(country="MK", terms=[roma])
        PublishedPracticeFactory(country="ES")
        response = client.get(LIST + "?country=ES&target_group=roma")
        facet = response.context["facets"]["country"]
        # Counted without the country filter (choosing one more country widens the
        # list), with the others: the Roma practice of MK, none in ES.
        assert {option.value: option.count for option in facet} == {"MK": 1, "ES": 0}
        assert 'value="ES" id="f-country-ES" checked' in response.content.decode()
        # A chosen country with no published practice at all stays listed, too.
        facet = client.get(LIST + "?country=PT").context["facets"]["country"]
        assert {option.value: option.count for option in facet} == {
            "MK": 1,
            "ES": 1,
            "PT": 0,
        }

    def test_filters_say_how_many_are_applied(self, client):
        PublishedPracticeFactory(country="MK")
        html = client.get(LIST).content.decode()
        assert '<details class="filters"' in html
        assert "count-badge" not in html  # no filter applied
        query = "?country=MK&country=ES&target_group=roma&language=mk&q=x&sort=newest"
        html = client.get(LIST + query).content.decode()
        assert (
            '<span class="count-badge">4<span class="visually-hidden"> filters' in html
        )

    def test_language_filter_lists_practices_available_in_it(self, client):
        PublishedPracticeFactory(
            title_en="", title_mk="Македонска", original_language="mk"
        )
        PublishedPracticeFactory(title_en="English only")
        response = client.get(LIST + "?language=mk")
        assert titles(response) == ["Македонска"]

    def test_search_finds_a_macedonian_practice_from_the_spanish_interface(
        self, client
    ):
        PublishedPracticeFactory(
            title_en="",
            title_mk="Ромски медијатори во училиштето",
            original_language="mk",
        )
        PublishedPracticeFactory(title_en="Breakfast with families")
        response = client.get("/es/practices/?q=медијатори")
        assert titles(response) == ["Ромски медијатори во училиштето"]
        assert "<mark>медијатори</mark>" in response.content.decode()

    def test_sort_by_most_adapted(self, client):
        PublishedPracticeFactory(title_en="Rarely adapted", adaptation_count=1)
        PublishedPracticeFactory(title_en="Often adapted", adaptation_count=5)
        PublishedPracticeFactory(title_en="Never adapted")
        response = client.get(LIST + "?sort=adapted")
        assert titles(response) == ["Often adapted", "Rarely adapted", "Never adapted"]

    @pytest.mark.parametrize(
        "query",
        [
            "?country=XX",
            "?target_group=no-such-term",
            "?sort=bogus",
            "?language=xx",
            "?page=abc",
            "?page=9999",
            "?q=" + "x" * 5000,
            "?evidence=%00",
            "?country=ES&country=<script>",
        ],
    )
    def test_invalid_query_strings_never_fail(self, client, query):
        PublishedPracticeFactory()
        response = client.get(LIST + query)
        assert response.status_code == 200

    def test_invalid_filter_is_ignored_with_a_note(self, client):
        PublishedPracticeFactory(title_en="Still listed")
        response = client.get(LIST + "?country=XX")
        assert titles(response) == ["Still listed"]
        assert "have been ignored" in response.content.decode()

    def test_unknown_term_is_ignored_until_a_curator_adds_it(
        self, client, django_capture_on_commit_callbacks
    ):
        PublishedPracticeFactory(title_en="Still listed")
        url = LIST + "?target_group=refugees"
        assert "have been ignored" in client.get(url).content.decode()
        curator = UserFactory(is_staff=True, is_superuser=True)
        client.force_login(curator)
        add = {"slug": "refugees", "position": 9}
        add.update({f"name_{code}": "Refugees" for code in ("en", "mk", "bg", "es")})
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/admin/inventory/targetgroup/add/", add)
        assert response.status_code == 302
        html = client.get(url).content.decode()
        assert "have been ignored" not in html
        assert 'value="refugees" id="f-target_group-refugees" checked' in html

    def test_empty_result_offers_to_clear_the_filters(self, client):
        PublishedPracticeFactory(country="MK")
        html = client.get(LIST + "?country=ES").content.decode()
        assert "No practice matches" in html
        assert 'href="/en/practices/">Clear all filters' in html

    def test_htmx_request_gets_only_the_results(self, client):
        PublishedPracticeFactory(title_en="Partial")
        response = client.get(LIST, headers={"HX-Request": "true"})
        html = response.content.decode()
        assert "Partial" in html
        assert "<html" not in html

    def test_pagination_keeps_the_filters(self, client):
        PublishedPracticeFactory.create_batch(25, country="BG")
        html = client.get(LIST + "?country=BG").content.decode()
        assert 'href="?country=BG&amp;page=2"' in html

    def test_query_count_does_not_grow_with_practices(
        self, client, django_assert_max_num_queries
    ):
        roma = TargetGroup.objects.get(slug="roma")
        PublishedPracticeFactory(terms=[roma])
        with django_assert_max_num_queries(30) as few:
            client.get(LIST + "?q=mediators&target_group=roma")
        PublishedPracticeFactory.create_batch(30, terms=[roma])
        inventory_changed()  # what publishing through the services does
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = client.get(LIST + "?q=mediators&target_group=roma&sort=newest")
        assert len(titles(response)) == 20


class TestDetail:
    def test_published_practice_shows_all_sections(self, client):
        practice = PublishedPracticeFactory(title_en="Reading buddies")
        html = client.get(practice.get_absolute_url()).content.decode()
        for heading in (
            "Summary",
            "Context and needs",
            "Activities",
            "Results and evidence",
        ):
            assert heading in html
        assert 'property="og:title" content="Reading buddies"' in html

    def test_falls_back_to_the_original_language_with_a_note(self, client):
        practice = PublishedPracticeFactory(
            original_language="mk",
            title_en="",
            title_mk="Мајки во училиште",
            summary_en="",
            summary_mk="<p>Секој втор петок.</p>",
        )
        html = client.get(f"/es{practice.get_absolute_url()[3:]}").content.decode()
        assert 'lang="mk">Мајки во училиште</h1>' in html
        assert "translation-note" in html
        assert 'hreflang="mk"' in html

    def test_a_draft_is_a_404_for_everyone_but_its_author(self, client):
        draft = PracticeFactory()
        assert client.get(draft.get_absolute_url()).status_code == 404
        client.force_login(UserFactory())
        assert client.get(draft.get_absolute_url()).status_code == 404
        client.force_login(draft.author)
        response = client.get(draft.get_absolute_url())
        assert response.status_code == 200
        assert "This practice is not published." in response.content.decode()

    def test_adaptations_are_summarised(self, client):
        practice = PublishedPracticeFactory()
        for country in ("ES", "BG", "BG"):
            AdaptationFactory(
                practice=practice,
                status=Status.PUBLISHED,
                published_at="2024-01-01T00:00Z",
                school=OrganisationFactory(country=country),
            )
        AdaptationFactory(practice=practice)  # a draft does not count
        html = client.get(practice.get_absolute_url()).content.decode()
        assert "Adapted in 3 schools" in html
        assert "2 countries" in html

    def test_query_count_does_not_grow_with_adaptations_and_comments(
        self, client, django_assert_max_num_queries
    ):
        practice = PublishedPracticeFactory()
        with django_assert_max_num_queries(25) as few:
            client.get(practice.get_absolute_url())
        for _ in range(8):
            AdaptationFactory(
                practice=practice,
                status=Status.PUBLISHED,
                published_at="2024-01-01T00:00Z",
            )
            Comment.objects.create(
                practice=practice, author=UserFactory(), body="Useful"
            )
            Attachment.objects.create(
                practice=practice, title="Link", kind="link", url="https://example.org/"
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            assert client.get(practice.get_absolute_url()).status_code == 200


class TestPracticeForm:
    url = "/en/practices/new/"

    def form_data(self, **overrides):
        data = {
            "original_language": "en",
            "title": "Homework club with the local NGO",
            "summary": "Twice a week.",
            "context": "Many pupils have no quiet place at home.",
            "objectives": "Homework done, fewer drop-outs.",
            "activities": "Volunteers help in the library.",
            "resources": "",
            "results": "Fewer failing grades.",
            "transferability": "",
            "country": "MK",
            "scale": "school",
            "licence": "cc-by-4.0",
            "no_personal_data": "on",
            "action": "save",
        }
        data.update(overrides)
        return data

    def test_anonymous_is_sent_to_login(self, client):
        response = client.get(self.url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]

    def test_saving_a_draft_keeps_it_private(self, member_client, member):
        response = member_client.post(self.url, self.form_data(title="", summary=""))
        assert response.status_code == 302
        practice = Practice.objects.get()
        assert practice.status == Status.DRAFT
        assert practice.author == member
        assert response["Location"] == f"/en/practices/{practice.slug}/edit/"

    def test_submitting_an_incomplete_practice_explains_and_keeps_the_text(
        self, member_client
    ):
        response = member_client.post(
            self.url, self.form_data(action="submit", results="", context="Kept text")
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "error-summary" in html
        assert "results and evidence" in html
        assert "Kept text" in html
        assert Practice.objects.get().status == Status.DRAFT

    def test_submitting_a_complete_practice_sends_it_for_review(
        self, member_client, curator, mailoutbox
    ):
        response = member_client.post(self.url, self.form_data(action="submit"))
        assert response.status_code == 302
        assert Practice.objects.get().status == Status.SUBMITTED
        assert [m.to for m in mailoutbox] == [[curator.email]]

    def test_preview_shows_the_draft_to_its_author(self, member_client):
        response = member_client.post(self.url, self.form_data(action="preview"))
        practice = Practice.objects.get()
        assert response["Location"] == practice.get_absolute_url()
        assert member_client.get(response["Location"]).status_code == 200

    def test_another_members_draft_cannot_be_edited(self, member_client):
        other = PracticeFactory()
        url = f"/en/practices/{other.slug}/edit/"
        assert member_client.get(url).status_code == 404
        assert member_client.post(url, self.form_data()).status_code == 404

    def test_a_submitted_practice_cannot_be_edited(self, client):
        practice = PracticeFactory(status=Status.SUBMITTED)
        client.force_login(practice.author)
        assert client.get(f"/en/practices/{practice.slug}/edit/").status_code == 404

    def test_bad_choices_are_refused_with_400(self, member_client):
        response = member_client.post(
            self.url, self.form_data(scale="galaxy", target_groups=["999999"])
        )
        assert response.status_code == 400
        assert not Practice.objects.exists()

    def test_similar_published_practices_are_offered(self, client):
        PublishedPracticeFactory(title_en="Homework club with volunteers")
        html = client.get("/en/practices/similar/?title=homework club").content.decode()
        assert "Homework club with volunteers" in html
        assert "Adapt this practice" in html
        assert (
            client.get("/en/practices/similar/?title=ab").content.decode().strip() == ""
        )


PRACTICE_DATA = {
    "original_language": "en",
    "title": "Homework club with the local NGO",
    "summary": "Twice a week.",
    "context": "Many pupils have no quiet place at home.",
    "objectives": "Homework done, fewer drop-outs.",
    "activities": "Volunteers help in the library.",
    "results": "Fewer failing grades.",
    "country": "MK",
    "scale": "school",
    "licence": "cc-by-4.0",
    "no_personal_data": "on",
    "action": "save",
}


def with_attachments(data=None, *slots, total=2, remove=()):
    """The practice form's data with new attachments in its slots (prefix
    "attachments") and the kept attachments ticked for removal."""
    data = {
        **PRACTICE_DATA,
        **(data or {}),
        "attachments-TOTAL_FORMS": total,
        "attachments-INITIAL_FORMS": 0,
        "remove_attachments": [str(pk) for pk in remove],
    }
    for index in range(total):
        slot = slots[index] if index < len(slots) else {}
        data[f"attachments-{index}-kind"] = slot.get("kind", "document")
        for key, value in slot.items():
            data[f"attachments-{index}-{key}"] = value
    return data


class TestAttachments:
    """Files and links are added in the practice form itself, the first one included."""

    new = "/en/practices/new/"

    @pytest.fixture
    def practice(self, client):
        practice = PracticeFactory()
        client.force_login(practice.author)
        return practice

    def edit(self, practice):
        return f"/en/practices/{practice.slug}/edit/"

    def test_the_new_practice_form_offers_files_and_links_before_its_buttons(
        self, member_client
    ):
        html = member_client.get(self.new).content.decode()
        assert 'enctype="multipart/form-data"' in html
        form = html[html.index('class="form practice-form"') :]
        form = form[: form.index("</form>")]
        slot = form.index('name="attachments-0-file"')
        assert 'name="attachments-0-url"' in form
        assert slot < form.index('value="save"') < form.index('value="submit"')

    def test_a_pdf_is_attached_in_the_first_form_and_downloaded_safely(
        self, member_client, member, settings, tmp_path
    ):
        settings.MEDIA_ROOT = tmp_path
        upload = SimpleUploadedFile("plan.pdf", PDF, content_type="application/pdf")
        response = member_client.post(
            self.new, with_attachments({}, {"title": "Plan", "file": upload})
        )
        assert response.status_code == 302
        practice = Practice.objects.get(author=member)
        attachment = practice.attachments.get()
        assert (attachment.title, attachment.content_type, attachment.size) == (
            "Plan",
            "application/pdf",
            len(PDF),
        )
        download = member_client.get(f"/en/attachments/{attachment.pk}/download/")
        assert download.status_code == 200
        assert download["Content-Type"] == "application/pdf"
        assert download["Content-Disposition"].startswith("attachment;")
        assert download["X-Content-Type-Options"] == "nosniff"
        assert b"".join(download.streaming_content) == PDF

    def test_files_and_links_go_with_a_submission_in_one_step(
        self, member_client, member, curator, settings, tmp_path
    ):
        settings.MEDIA_ROOT = tmp_path
        response = member_client.post(
            self.new,
            with_attachments(
                {"action": "submit"},
                {"file": SimpleUploadedFile("action-plan.pdf", PDF)},
                {"kind": "video", "url": "example.org/video"},
            ),
        )
        assert response.status_code == 302
        practice = Practice.objects.get(author=member)
        assert practice.status == Status.SUBMITTED
        # Without a name, the file's name or the link is shown.
        assert sorted(practice.attachments.values_list("title", "kind", "url")) == [
            ("action-plan.pdf", "document", ""),
            ("https://example.org/video", "video", "https://example.org/video"),
        ]

    def test_empty_slots_add_nothing(self, member_client, member):
        response = member_client.post(self.new, with_attachments())
        assert response.status_code == 302
        assert not Attachment.objects.exists()

    def test_office_documents_and_images_are_accepted(
        self, client, practice, settings, tmp_path
    ):
        settings.MEDIA_ROOT = tmp_path
        docx = io.BytesIO()
        with zipfile.ZipFile(docx, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", "<w:document/>")
        response = client.post(
            self.edit(practice),
            with_attachments(
                {},
                {"file": SimpleUploadedFile("plan.docx", docx.getvalue())},
                {"file": SimpleUploadedFile("photo.png", PNG), "kind": "image"},
            ),
        )
        assert response.status_code == 302
        assert sorted(practice.attachments.values_list("content_type", flat=True)) == [
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "image/png",
        ]
        # The page lists them, each with a box to remove it.
        html = client.get(self.edit(practice)).content.decode()
        for attachment in practice.attachments.all():
            assert f'name="remove_attachments" value="{attachment.pk}"' in html

    def test_a_draft_attachment_is_hidden_from_others(
        self, client, practice, settings, tmp_path
    ):
        settings.MEDIA_ROOT = tmp_path
        upload = SimpleUploadedFile("plan.pdf", PDF)
        client.post(self.edit(practice), with_attachments({}, {"file": upload}))
        attachment = practice.attachments.get()
        client.force_login(UserFactory())
        assert (
            client.get(f"/en/attachments/{attachment.pk}/download/").status_code == 404
        )

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            (
                "virus.pdf",
                b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100,
            ),  # a Windows program
            ("photo.pdf", PNG),  # an image pretending to be a PDF
            ("page.html", b"<html><script>alert(1)</script></html>"),
            ("empty.pdf", b""),
        ],
    )
    def test_disguised_or_unknown_files_are_refused_and_the_text_kept(
        self, member_client, name, content
    ):
        upload = SimpleUploadedFile(name, content)
        response = member_client.post(
            self.new,
            with_attachments(
                {"context": "Kept context", "action": "submit"}, {"file": upload}
            ),
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "error-summary" in html
        assert "Kept context" in html
        assert 'value="Homework club with the local NGO"' in html
        assert "please choose your files again" in html
        assert not Practice.objects.exists()
        assert not Attachment.objects.exists()

    def test_the_refusal_is_in_the_members_language(self, member_client):
        upload = SimpleUploadedFile("page.pdf", b"<html></html>")
        response = member_client.post(
            "/mk/practices/new/", with_attachments({}, {"file": upload})
        )
        assert response.status_code == 400
        with translation.override("mk"):
            refusal = gettext(
                "This kind of file cannot be attached. Use PDF, an office document "
                "or an image."
            )
        assert refusal.startswith("Овој вид датотека")
        assert refusal in response.content.decode()

    def test_an_oversized_file_is_refused(self, client, practice):
        upload = SimpleUploadedFile("big.pdf", PDF + b"0" * (10 * 1024 * 1024))
        response = client.post(
            self.edit(practice),
            with_attachments({"context": "Edited context"}, {"file": upload}),
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "too large" in html
        assert "Edited context" in html
        practice.refresh_from_db()
        assert "Edited context" not in practice.context_en
        assert not practice.attachments.exists()

    def test_a_link_or_a_file_but_not_both(self, client, practice):
        both = client.post(
            self.edit(practice),
            with_attachments(
                {},
                {
                    "kind": "link",
                    "url": "https://example.org/video",
                    "file": SimpleUploadedFile("a.pdf", PDF),
                },
            ),
        )
        assert both.status_code == 400
        assert "Attach either a file or a link." in both.content.decode()
        named_only = client.post(
            self.edit(practice), with_attachments({}, {"title": "A name"})
        )
        assert named_only.status_code == 400
        assert not practice.attachments.exists()

    def test_forged_slot_counts_are_refused(self, client, practice):
        response = client.post(self.edit(practice), with_attachments(total=500))
        assert response.status_code == 400
        assert not practice.attachments.exists()

    def test_ticked_attachments_are_removed_when_saving(
        self, client, practice, settings, tmp_path
    ):
        settings.MEDIA_ROOT = tmp_path
        client.post(
            self.edit(practice),
            with_attachments(
                {},
                {"file": SimpleUploadedFile("plan.pdf", PDF)},
                {"kind": "link", "url": "https://example.org/"},
            ),
        )
        plan, link = practice.attachments.order_by("position")
        stored = tmp_path / plan.file.name
        assert stored.exists()
        response = client.post(self.edit(practice), with_attachments(remove=[plan.pk]))
        assert response.status_code == 302
        assert list(practice.attachments.all()) == [link]
        assert not stored.exists()

    def test_another_practices_attachment_cannot_be_removed(self, client, practice):
        other = PracticeFactory()
        theirs = Attachment.objects.create(
            practice=other, title="Theirs", kind="link", url="https://example.org/"
        )
        response = client.post(
            self.edit(practice), with_attachments(remove=[theirs.pk])
        )
        assert response.status_code == 400
        assert Attachment.objects.filter(pk=theirs.pk).exists()

    def test_others_cannot_attach_to_a_practice(self, client):
        practice = PracticeFactory()
        client.force_login(UserFactory())
        response = client.post(
            self.edit(practice),
            with_attachments({}, {"kind": "link", "url": "https://x.org"}),
        )
        assert response.status_code == 404
        assert not practice.attachments.exists()

    def test_an_incomplete_submission_keeps_the_draft_and_its_attachments(
        self, member_client, member, settings, tmp_path
    ):
        settings.MEDIA_ROOT = tmp_path
        response = member_client.post(
            self.new,
            with_attachments(
                {"action": "submit", "results": ""},
                {"file": SimpleUploadedFile("plan.pdf", PDF), "title": "Plan"},
            ),
        )
        assert response.status_code == 400
        practice = Practice.objects.get(author=member)
        assert practice.status == Status.DRAFT
        assert practice.attachments.get().title == "Plan"
        html = response.content.decode()
        assert f"/en/practices/{practice.slug}/edit/" in html
        assert "please choose your files again" not in html


class TestComments:
    def test_members_comment_and_anonymous_visitors_are_asked_to_log_in(self, client):
        practice = PublishedPracticeFactory()
        url = f"/en/practices/{practice.slug}/comments/"
        response = client.post(url, {"body": "Hello"})
        assert (
            response.status_code == 302 and "/accounts/login/" in response["Location"]
        )
        client.force_login(UserFactory())
        assert client.post(url, {"body": "  "}).status_code == 400
        assert client.post(url, {"body": "We tried it too."}).status_code == 302
        assert (
            "We tried it too."
            in client.get(practice.get_absolute_url()).content.decode()
        )

    def test_a_hidden_comment_disappears_and_members_cannot_hide(self, client, curator):
        practice = PublishedPracticeFactory()
        comment = Comment.objects.create(
            practice=practice, author=UserFactory(), body="Rude"
        )
        client.force_login(UserFactory())
        assert client.post(f"/en/comments/{comment.pk}/hide/").status_code == 404
        client.force_login(curator)
        client.post(f"/en/comments/{comment.pk}/hide/")
        assert "Rude" not in client.get(practice.get_absolute_url()).content.decode()

    def test_report_button_reports_once(self, client, curator):
        practice = PublishedPracticeFactory()
        comment = Comment.objects.create(
            practice=practice, author=UserFactory(), body="Spam"
        )
        client.force_login(UserFactory())
        client.post(f"/en/comments/{comment.pk}/report/", {"reason": "spam"})
        client.post(f"/en/comments/{comment.pk}/report/", {"reason": "spam"})
        comment.refresh_from_db()
        assert comment.report_count == 1


class TestAdaptationPages:
    def test_a_member_adapts_a_published_practice(self, client):
        practice = PublishedPracticeFactory()
        school = OrganisationFactory()
        member = UserFactory(organisation=school)
        client.force_login(member)
        url = f"/en/practices/{practice.slug}/adapt/"
        assert client.get(url).status_code == 200
        response = client.post(
            url,
            {
                "original_language": "en",
                "title": "Our version",
                "school": school.pk,
                "context": "Older pupils.",
                "changes": "Teachers call.",
                "results": "Fewer absences.",
                "no_personal_data": "on",
                "action": "submit",
            },
        )
        assert response.status_code == 302
        adaptation = practice.adaptations.get()
        assert adaptation.status == Status.SUBMITTED

    def test_a_draft_practice_cannot_be_adapted(self, member_client):
        practice = PracticeFactory()
        assert (
            member_client.get(f"/en/practices/{practice.slug}/adapt/").status_code
            == 404
        )

    def test_my_practices_lists_own_work_only(self, client):
        mine = PracticeFactory(title_en="Mine")
        PracticeFactory(title_en="Not mine")
        client.force_login(mine.author)
        html = client.get("/en/my/practices/").content.decode()
        assert "Mine" in html and "Not mine" not in html


def test_admin_review_queue_and_actions(client, mailoutbox):
    curator = UserFactory(is_staff=True, is_superuser=True)
    waiting = PracticeFactory(title_en="Waiting", status=Status.SUBMITTED)
    PracticeFactory(title_en="Just a draft")
    client.force_login(curator)
    queue = client.get("/en/admin/inventory/practicereview/").content.decode()
    assert "Waiting" in queue and "Just a draft" not in queue
    # Requesting changes asks for a message first, then mails it.
    url = "/en/admin/inventory/practice/"
    step = client.post(
        url, {"action": "request_changes", "_selected_action": [waiting.pk]}
    )
    assert step.status_code == 200 and "Message to the author" in step.content.decode()
    empty = client.post(
        url,
        {
            "action": "request_changes",
            "_selected_action": [waiting.pk],
            "apply": "1",
            "note": "",
        },
    )
    assert empty.status_code == 400
    client.post(
        url,
        {
            "action": "request_changes",
            "_selected_action": [waiting.pk],
            "apply": "1",
            "note": "Add numbers.",
        },
    )
    waiting.refresh_from_db()
    assert waiting.status == Status.CHANGES_REQUESTED
    assert "Add numbers." in mailoutbox[-1].body
    export = client.post(
        url, {"action": "export_csv", "_selected_action": [waiting.pk]}
    )
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Waiting" in body
    for page in (
        "/en/admin/inventory/practice/",
        f"/en/admin/inventory/practice/{waiting.pk}/change/",
        "/en/admin/inventory/adaptation/",
        "/en/admin/inventory/comment/",
        "/en/admin/inventory/targetgroup/",
    ):
        assert client.get(page).status_code == 200, page


def test_admin_export_shows_a_formula_title_as_text(client):
    practice = PracticeFactory(title_en='=HYPERLINK("http://evil")')
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    export = client.post(
        "/en/admin/inventory/practice/",
        {"action": "export_csv", "_selected_action": [practice.pk]},
    )
    body = b"".join(export.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body[1:])))
    assert rows[0]["title_en"] == '\'=HYPERLINK("http://evil")'  # never run


@pytest.mark.postgres
class TestPostgresSearch:
    def test_unaccented_ranked_search_across_languages(self, client):
        PublishedPracticeFactory(
            title_en="",
            title_es="Educación compensatoria",
            original_language="es",
            summary_es="<p>Programa.</p>",
        )
        in_body = PublishedPracticeFactory(title_en="Homework club")
        in_body.activities_en = "<p>Educacion compensatoria in the afternoon.</p>"
        in_body.save()
        from inventory.services.workflow import practice_reindex

        practice_reindex(practice_ids=Practice.objects.values_list("pk", flat=True))
        response = client.get("/bg/practices/?q=educacion+compensatoria")
        assert titles(response) == ["Educación compensatoria", "Homework club"]

    def test_misspelt_title_is_found_by_trigrams(self, client):
        PublishedPracticeFactory(title_en="Mediators")
        from inventory.services.workflow import practice_reindex

        practice_reindex(practice_ids=Practice.objects.values_list("pk", flat=True))
        assert titles(client.get(LIST + "?q=mediaters")) == ["Mediators"]

    def test_entries_are_stored_and_indexed_not_computed_per_request(self):
        practice = PublishedPracticeFactory(title_en="Reading buddies")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tsvector_to_array(vector), facets "
                "FROM inventory_practicesearch WHERE practice_id = %s",
                [practice.pk],
            )
            lexemes, facets = cursor.fetchone()
            assert {"read", "buddi"} <= set(lexemes)
            assert "country:MK" in facets
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes "
                "WHERE tablename IN ('inventory_practicesearch', 'inventory_searchword')"
            )
            indexes = dict(cursor.fetchall())
        assert "USING gin (inventory_words(vector))" in indexes["inventory_ps_match"]
        assert "USING gin (facets)" in indexes["inventory_ps_facets"]
        assert "gin_trgm_ops" in indexes["inventory_sw_trgm"]
        if os.environ.get("CI"):  # CI installs postgresql-15-rum, as production does
            assert "USING rum (head)" in indexes["inventory_ps_head"]
