"""Machine translation services over HTTP (DeepL, LibreTranslate), against a stand-in
service started in the test: what they translate is asked once and remembered, markup
comes back as it went, and a slow or failing service leaves the texts for a person
without failing the request that changed them."""

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import CommunityFactory, UserFactory
from siehub import machine_translation as mt
from siehub import translating
from siehub.models import TranslationStatus

pytestmark = pytest.mark.django_db

LIBRETRANSLATE_LANGUAGES = [
    {"code": "en", "name": "English", "targets": ["en", "es", "bg", "de"]},
    {"code": "es", "name": "Spanish", "targets": ["en", "es"]},
    {"code": "de", "name": "German", "targets": ["en"]},
]
DEEPL_SOURCES = [{"language": code} for code in ("BG", "DE", "EN", "ES")]
DEEPL_TARGETS = [{"language": code} for code in ("BG", "DE", "EN-GB", "EN-US", "ES")]


def shout(text: str) -> str:
    """The stand-in's translation: the text in capitals, the tags as they came."""
    return "".join(
        part if part.startswith("<") else part.upper()
        for part in re.split(r"(<[^>]+>)", text)
    )


class Service(ThreadingHTTPServer):
    """Speaks LibreTranslate's and DeepL's APIs; records what it was asked."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests = []
        self.delay = 0.0

    def handle_error(self, request, client_address):
        pass  # the engine gave up waiting and hung up: what the test wants

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    def asked(self, path):
        return [request for request in self.requests if request["path"] == path]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, payload=None):
        parts = urlsplit(self.path)
        self.server.requests.append(
            {
                "path": parts.path,
                "query": parse_qs(parts.query),
                "authorization": self.headers.get("Authorization"),
                "payload": payload,
            }
        )
        return parts

    def with_deepl_key(self):
        return self.headers.get("Authorization") == "DeepL-Auth-Key secret:fx"

    def do_GET(self):
        parts = self.record()
        if parts.path == "/languages":
            self.answer(LIBRETRANSLATE_LANGUAGES)
        elif parts.path == "/v2/languages" and self.with_deepl_key():
            kind = parse_qs(parts.query)["type"][0]
            self.answer(DEEPL_SOURCES if kind == "source" else DEEPL_TARGETS)
        else:
            self.send_error(404)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        payload = json.loads(self.rfile.read(length))
        parts = self.record(payload)
        time.sleep(self.server.delay)
        if parts.path == "/translate":
            self.answer({"translatedText": [shout(text) for text in payload["q"]]})
        elif parts.path == "/v2/translate" and self.with_deepl_key():
            self.answer(
                {
                    "translations": [
                        {"detected_source_language": "EN", "text": shout(text)}
                        for text in payload["text"]
                    ]
                }
            )
        else:
            self.send_error(404)


@pytest.fixture
def service():
    server = Service()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


SEGMENTS = [
    "<p>Families <em>visit</em> the school.</p>",
    "<ul><li>Once a month</li></ul>",
]
SHOUTED = [
    "<p>FAMILIES <em>VISIT</em> THE SCHOOL.</p>",
    "<ul><li>ONCE A MONTH</li></ul>",
]


def test_libretranslate_offers_its_pairs_and_keeps_the_markup(service):
    engine = mt.engine_from_spec(f"libretranslate+{service.url}/?api_key=key")

    assert engine.pairs() == {("en", "es"), ("en", "bg"), ("es", "en")}
    assert engine.translate(SEGMENTS, "en", "bg") == SHOUTED
    (request,) = service.asked("/translate")
    assert request["payload"] == {
        "q": SEGMENTS,
        "source": "en",
        "target": "bg",
        "format": "html",
        "api_key": "key",
    }


def test_deepl_offers_english_spanish_and_bulgarian_and_keeps_the_markup(service):
    engine = mt.engine_from_spec(f"deepl+{service.url}/?auth_key=secret:fx")
    assert isinstance(engine, mt.DeepLEngine)

    pairs = engine.pairs()
    assert pairs == {
        (source, target)
        for source in ("en", "es", "bg")
        for target in ("en", "es", "bg")
        if source != target
    }  # no Macedonian, and no German: not a language of the platform
    assert engine.translate(SEGMENTS, "bg", "en") == SHOUTED
    (request,) = service.asked("/v2/translate")
    assert request["authorization"] == "DeepL-Auth-Key secret:fx"
    assert request["payload"] == {
        "text": SEGMENTS,
        "source_lang": "BG",
        "target_lang": "EN-GB",
        "tag_handling": "html",
    }
    # DeepL takes at most 50 texts per request.
    assert len(engine.translate([f"<p>{n}</p>" for n in range(120)], "en", "es")) == 120
    assert len(service.asked("/v2/translate")) == 1 + 3


def test_deepl_translates_a_practice_and_is_recorded_as_its_engine(service):
    engine = mt.DeepLEngine(service.url, secret="secret:fx")
    practice = PublishedPracticeFactory(summary_en="<p>Families visit the school.</p>")

    translating.machine_translate(
        kind_key="practice", ids=[practice.pk], engines=[engine]
    )

    practice.refresh_from_db()
    assert practice.summary_bg == "<p>FAMILIES VISIT THE SCHOOL.</p>"
    row = practice.text_translations.get(field="summary", language="bg")
    assert (row.status, row.engine) == (TranslationStatus.MACHINE, "deepl en→bg")
    assert not practice.summary_mk  # DeepL has no Macedonian


def test_a_service_is_asked_for_its_languages_once_and_a_failure_briefly(service):
    engine = mt.LibreTranslateEngine(service.url)
    # Pages and saved texts do not wait for a service not asked yet: it counts as on.
    assert engine.known_pairs() is None and mt.available([engine])
    assert not service.requests

    engine.pairs()
    mt.engine_from_spec(f"libretranslate+{service.url}/").pairs()  # another process
    assert mt.available([engine])
    assert len(service.asked("/languages")) == 1

    failing = mt.LibreTranslateEngine(f"{service.url}/down")
    assert failing.pairs() == set()
    assert failing.pairs() == set()
    assert len(service.asked("/down/languages")) == 1  # the failure is remembered
    assert not mt.available([failing])  # for a minute: then it is asked again


@pytest.fixture
def slow_service(service, settings):
    settings.MACHINE_TRANSLATION_ENGINES = [
        f"libretranslate+{service.url}/?timeout=0.3"
    ]
    service.delay = 2
    return service


def post_as_member(client):
    from network.services.communities import community_join

    community = CommunityFactory()
    author = UserFactory(preferred_language="en")
    community_join(community=community, user=author)
    client.force_login(author)
    response = client.post(
        f"/en/communities/{community.slug}/posts/",
        {"body": "Families visit the school."},
    )
    return response, community.posts.get()


def assert_left_for_a_person(post):
    post.refresh_from_db()
    assert "Families" in post.body_en
    assert not post.body_bg and not post.body_es
    (state,) = translating.field_states(post, "bg")
    assert state.status == "missing"  # in the Bulgarian translators' queue


def test_a_request_queues_the_translation_without_asking_the_service(
    client, slow_service, monkeypatch
):
    from siehub import tasks

    queued = []
    monkeypatch.setattr(
        tasks.machine_translate_objects, "delay", lambda *task: queued.append(task)
    )

    response, post = post_as_member(client)

    assert response.status_code == 302
    assert queued == [("post", [post.pk])]
    assert not slow_service.requests  # the request did not wait for the service
    # The worker asks it, gives up on a slow answer, and leaves the text for a person.
    assert tasks.machine_translate_objects(*queued[0]) == {"written": 0, "suggested": 0}
    assert slow_service.asked("/translate")
    assert_left_for_a_person(post)


def test_a_slow_service_does_not_fail_a_request_without_a_broker(client, slow_service):
    # Without a broker the translation runs in the request, after commit.
    response, post = post_as_member(client)

    assert response.status_code == 302
    assert slow_service.asked("/translate")
    assert_left_for_a_person(post)


def test_deepl_and_apertium_together_carry_english_into_macedonian(service):
    class ApertiumPairs(mt.Engine):
        name = "apertium"

        def pairs(self):
            return {
                ("mk", "bg"),
                ("bg", "mk"),
                ("mk", "en"),
                ("en", "es"),
                ("es", "en"),
            }

    deepl = mt.engine_from_spec(f"deepl+{service.url}/?auth_key=secret:fx")
    path = mt.route("en", "mk", [ApertiumPairs(), deepl])
    assert [str(step) for step in path] == ["deepl en→bg", "apertium bg→mk"]
