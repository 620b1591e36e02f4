"""Pages in Macedonian and Bulgarian show no English interface text.

CI's catalogue check sees only strings that went through gettext. A label computed at
import time, a help text that Django's own catalogue lacks or demo content that was never
translated escape it. This renders each public and member page of the demo in mk and bg
and looks for words of a known-words list: every word of the English source strings of
the loaded catalogues (ours, Django's, allauth's) and a short list of common English
words. Text that declares another language (`lang="en"`: content shown in its original
language with a note) is not the interface and is skipped; so are what people typed
into forms, addresses and URLs.
"""

import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone, translation
from django.utils.translation import trans_real

from inventory.models import Practice, Status
from inventory.tests.factories import AdaptationFactory, PublishedPracticeFactory
from mobilities.models import Mobility, Registration
from network.models import Organisation, User
from siehub.tests.demo_states import (
    CURATOR,
    HOST,
    MADRID,
    PARTNER,
    SOFIA,
    TEACHER,
    prepare_demo_states,
)
from training.models import Module, Resource
from training.services.learning import enrolment_start

pytestmark = pytest.mark.django_db

# Common English words a translator might leave, whether or not a msgid holds them.
COMMON_ENGLISH = {
    "the", "and", "of", "to", "in", "for", "with", "your", "you", "this", "that", "is",
    "are", "be", "by", "on", "at", "or", "not", "no", "all", "from", "as", "it", "an",
    "has", "have", "was", "will", "can", "must", "more", "new", "about", "our", "their",
    "there", "here", "what", "which", "who", "when", "where", "why", "how", "please",
    "yet", "only", "also", "into", "than", "then", "these", "those", "other", "any",
    "some", "each", "every", "been", "being", "would", "should", "could", "may", "might",
}  # fmt: skip
# Words of the source strings that other languages write the same way: brands, the
# licence's name, technical terms and key names. (Acronyms, written in capitals, are
# never taken for English words.)
NOT_ENGLISH = {
    "erasmus",
    "creative",
    "commons",
    "javascript",
    "atom",
    "ics",
    "ctrl",
    "cmd",
    "mac",
    "youtube",
    "vimeo",
    "peertube",
    "webp",
    "deepl",
}


def known_english_words(language: str) -> set[str]:
    """Every word of three or more letters of the source strings of the catalogues
    loaded for `language`, with the common words above."""
    catalog = trans_real.translation(language)._catalog
    words = set(COMMON_ENGLISH)
    for key in catalog.keys():  # noqa: SIM118 - a TranslationCatalog, not a dict
        msgid = key[0] if isinstance(key, tuple) else key
        msgid = msgid.split("\x04")[-1]  # drop a msgctxt
        msgid = re.sub(r"%\([^)]*\)[sd]|\{[^}]*\}|<[^>]+>", " ", msgid)
        for word in re.findall(r"[A-Za-z]{3,}", msgid):
            words.add(word.lower())
    return words - NOT_ENGLISH


# <title> repeats the page's heading, whose language is declared there; what the user
# typed (textarea, input values) is not the interface.
SKIPPED_ELEMENTS = {"script", "style", "textarea", "template", "svg", "title"}
TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "source", "track", "wbr",
}  # fmt: skip


class InterfaceText(HTMLParser):
    """The text of a page that is in the page's language: outside elements that say
    they are in another language, outside scripts and what the user typed."""

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.texts: list[str] = []

    @property
    def skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang = attributes.get("lang")
        skipped = tag in SKIPPED_ELEMENTS or (
            lang is not None and tag != "html" and not lang.startswith(self.language)
        )
        if not self.skipping and not skipped:
            for name in TEXT_ATTRIBUTES:
                if attributes.get(name):
                    self.texts.append(attributes[name])
            if tag == "input" and attributes.get("type") in {
                "submit",
                "button",
                "reset",
            }:
                self.texts.append(attributes.get("value") or "")
        if tag not in VOID:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.texts.append(data)


ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|/[\w./-]+")


def english_words(html: str, language: str, known: set[str]) -> list[str]:
    parser = InterfaceText(language)
    parser.feed(html)
    found = []
    for text in parser.texts:
        text = ADDRESS.sub(" ", text)
        for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text):
            if word.isupper() or len(word) < 2:
                continue  # an acronym or a code: CC BY, GDPR, ABCD-EFGH
            if word.lower() in known:
                context = " ".join(text.split())
                found.append(f"{word!r} in “{context[:90]}”")
    return found


def demo_paths(states: dict) -> list[tuple[str, str | None]]:
    """Each page of the demo to read: (path without the language, who reads it: the
    email of a demo account, or None for a visitor). `states` are what
    demo_states.prepare_demo_states() added to the demo."""
    practice = Practice.objects.filter(status=Status.PUBLISHED).first()
    # A practice the Macedonian translator (the demo's teacher) translates.
    foreign = (
        Practice.objects.filter(status=Status.PUBLISHED)
        .exclude(original_language="mk")
        .first()
    )
    adaptation = states["adaptation"]
    madrid = Mobility.objects.get(slug=MADRID)
    sofia = Mobility.objects.get(slug=SOFIA)
    module = Module.objects.get(slug="understanding-early-school-leaving")
    started_module = states["modules"][1]
    resource = Resource.objects.first()
    member = User.objects.listed().first()
    school = Organisation.objects.get(slug="ou-hristo-botev-kyustendil")
    coordinated = Organisation.objects.filter(partner__coordinators__email=PARTNER)
    registration = Registration.objects.filter(
        participant__email=HOST, mobility=madrid
    ).first()
    teacher = User.objects.get(email=TEACHER)
    # Content written in English only: its titles show in English on every page, marked
    # as such (`lang="en"`), or the check below takes them for the interface.
    english = PublishedPracticeFactory(
        title_en="Reading buddies", author=teacher, organisation=teacher.organisation
    )
    english_adaptation = AdaptationFactory(
        practice=english,
        author=teacher,
        school=teacher.organisation,
        title_en="Buddies in our school",
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
    enrolment_start(module=module, user=teacher)
    paths = [
        ("/", None),
        ("/pages/about/", None),
        ("/pages/privacy/", None),
        ("/pages/accessibility/", None),
        ("/accounts/login/", None),
        ("/accounts/signup/", None),
        ("/accounts/password/reset/", None),
        ("/accounts/confirm-email/", None),
        ("/practices/", None),
        ("/practices/?q=roma", None),
        ("/practices/compendium/", None),
        ("/results/", None),
        (path(practice.get_absolute_url()), None),
        (path(english.get_absolute_url()), None),
        (path(adaptation.get_absolute_url()), None),
        (path(english_adaptation.get_absolute_url()), None),
        ("/organisations/", None),
        ("/organisations/ceicsem-sofia/", None),
        (path(school.get_absolute_url()), None),
        ("/members/", None),
        (path(member.get_absolute_url()), None),
        ("/communities/", None),
        ("/communities/families-and-mediators/", None),
        ("/mobilities/", None),
        (path(madrid.get_absolute_url()), None),
        (path(sofia.get_absolute_url()), None),
        (f"/mobilities/invitations/{states['invited'].invitation_token}/", None),
        ("/training/", None),
        (path(module.get_absolute_url()), None),
        ("/training/resources/", None),
        (path(resource.get_absolute_url()), None),
        ("/verify/", None),
        (f"/verify/{states['completion'].code}/", None),
        ("/my/profile/", TEACHER),
        ("/my/profile/edit/", TEACHER),
        ("/my/notifications/", TEACHER),
        ("/my/practices/", TEACHER),
        ("/practices/new/", TEACHER),
        (f"/practices/{states['draft'].slug}/edit/", TEACHER),
        (f"/practices/{practice.slug}/adapt/", TEACHER),
        (f"/practices/{english.slug}/adapt/", TEACHER),
        (f"/adaptations/{states['draft_adaptation'].pk}/edit/", TEACHER),
        (f"/adaptations/{adaptation.pk}/outcomes/", adaptation.author.email),
        (f"/adaptations/{english_adaptation.pk}/outcomes/", TEACHER),
        ("/my/learning/", TEACHER),
        (f"/training/{started_module.slug}/units/1/", TEACHER),
        (f"/training/{states['modules'][0].slug}/feedback/", TEACHER),
        ("/my/mobilities/", TEACHER),
        # The teacher has applied (demo_states): another member's form.
        (f"/mobilities/{sofia.slug}/apply/", "maestra@demo.siehub.eu"),
        (f"/my/mobilities/{states['madrid_registration'].pk}/evaluation/", TEACHER),
        (
            f"/my/mobilities/{states['evaluated'].pk}/evaluation/",
            states["evaluated"].who,
        ),
        ("/my/data/", TEACHER),
        ("/my/account/delete/", TEACHER),
        ("/accounts/password/change/", TEACHER),
        ("/accounts/email/", TEACHER),
        ("/my/network/", PARTNER),
        ("/my/network/organisations/new/", PARTNER),
        (f"/my/network/organisations/{coordinated.first().slug}/edit/", PARTNER),
        ("/my/network/translators/", PARTNER),
        ("/communities/new/", PARTNER),
        (f"/training/{states['modules'][0].slug}/results/", PARTNER),
        ("/my/translations/", CURATOR),
        ("/my/translations/mk/", TEACHER),
        (f"/my/translations/mk/practice/{foreign.pk}/", TEACHER),
        ("/my/network/members/", PARTNER),
        ("/my/network/mobilities/", PARTNER),
        (f"/my/network/mobilities/{sofia.slug}/", PARTNER),
        (f"/mobilities/{madrid.slug}/participants/", PARTNER),
        (f"/mobilities/{madrid.slug}/participants/", HOST),
        ("/my/hosting/", HOST),
        (f"/my/hosting/{madrid.slug}/", HOST),
        (f"/my/hosting/{madrid.slug}/participants/", HOST),
        (f"/my/hosting/{madrid.slug}/attendance/", HOST),
        (f"/my/hosting/{madrid.slug}/evaluation/", HOST),
    ]
    if registration:
        paths.append((f"/my/mobilities/{registration.pk}/", HOST))
    return paths


def path(url: str) -> str:
    """A URL of the active language (English in tests) without its language prefix."""
    return url[3:]


@pytest.mark.parametrize("language", ["mk", "bg"])
def test_pages_in_macedonian_and_bulgarian_have_no_english_ui_text(
    client, demo, language
):
    with translation.override(language):
        known = known_english_words(language)
    problems = []
    for page, email in demo_paths(prepare_demo_states()):
        client.logout()
        if email:
            client.force_login(User.objects.get(email=email))
        url = f"/{language}{page}"
        response = client.get(url)
        if response.status_code != 200:
            problems.append(
                f"{url} ({email or 'visitor'}): answered {response.status_code}"
            )
            continue
        for found in english_words(response.content.decode(), language, known):
            problems.append(f"{url}: {found}")
    assert not problems, "English on translated pages:\n" + "\n".join(
        sorted(set(problems))
    )


def test_the_check_finds_english_and_ignores_declared_languages():
    known = {"summary", "context", "needs", "the"}
    html = (
        '<html lang="mk"><body><h2>Summary</h2><p lang="en">The context</p>'
        '<label title="Context and needs">Контекст</label>'
        "<textarea>the needs I typed</textarea><script>var summary;</script>"
        "</body></html>"
    )
    found = english_words(html, "mk", known)
    assert [item.split(" in ")[0] for item in found] == [
        "'Summary'",
        "'Context'",
        "'needs'",
    ]
