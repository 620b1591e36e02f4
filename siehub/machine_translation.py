"""Machine translation behind one small interface: engines that run on our own machines.

An engine knows the language pairs it translates and turns a list of HTML segments of
one language into another. Apertium (Debian's `apertium` with the `apertium-mkd-bul`,
`apertium-mkd-eng` and `apertium-eng-spa` data) runs here; DeepL's API and services
speaking LibreTranslate's (LibreTranslate itself, or a gateway in front of the EU's
eTranslation) are added by configuration:

    MACHINE_TRANSLATION_ENGINES=apertium,deepl+https://api-free.deepl.com/?auth_key=...
    MACHINE_TRANSLATION_ENGINES=apertium,libretranslate+https://mt.example.org/?api_key=...

Where no engine has a pair, `route` looks for a path through other languages (Bulgarian
→ Macedonian → English); where none exists, `translate` raises NoPath and the text is left
for a person. Engines translate text, not markup: segments are HTML whose tags come back
as they went, so paragraphs and lists are kept. Without any engine installed, `available`
is False and the platform says that machine translation is off.
"""

import functools
import hashlib
import html
import http.client
import json
import logging
import re
import shutil
import subprocess
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator, Set
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

# Apertium names languages by ISO 639-3.
APERTIUM_CODES = {"mk": "mkd", "bg": "bul", "en": "eng", "es": "spa"}
# A segment as sent and found again: Apertium keeps tags with their attributes (but not
# attributes of closing tags), so the end is marked by an element of its own.
SEGMENT = re.compile(
    r'<div data-mt-segment="(\d+)">(.*?)</div><meta data-mt-end="\1">', re.DOTALL
)


class MachineTranslationError(Exception):
    """An engine failed or answered something we cannot use."""


class NoPath(MachineTranslationError):
    """No engine, directly or through other languages, translates this pair."""


class Engine:
    name = "engine"

    def pairs(self) -> Set[tuple[str, str]]:
        raise NotImplementedError

    def known_pairs(self) -> Set[tuple[str, str]] | None:
        """The pairs without waiting for anything, or None where not known yet (an
        HTTP service not asked lately)."""
        return self.pairs()

    def translate(self, segments: list[str], source: str, target: str) -> list[str]:
        """`segments` (HTML) from `source` into `target`, in the same order."""
        raise NotImplementedError


class ApertiumEngine(Engine):
    """Debian's Apertium, one process per call: every segment in one document, so the
    dictionaries load once per language pair and batch."""

    name = "apertium"

    def __init__(self, command: str = "apertium", timeout: float = 300):
        self.command = shutil.which(command)
        self.timeout = timeout

    def pairs(self) -> Set[tuple[str, str]]:
        if not self.command:
            return set()
        return _apertium_pairs(self.command)

    def translate(self, segments: list[str], source: str, target: str) -> list[str]:
        if not segments:
            return []
        pair = f"{APERTIUM_CODES[source]}-{APERTIUM_CODES[target]}"
        if self.command is None:
            raise MachineTranslationError(f"apertium {pair}: apertium is not installed")
        # Each segment in a block of its own, marked so that it can be found again: the
        # HTML format keeps tags and attributes as they are and translates the text.
        document = "".join(
            f'<div data-mt-segment="{index}">{segment}</div><meta data-mt-end="{index}">'
            for index, segment in enumerate(segments)
        )
        try:
            result = subprocess.run(
                [self.command, "-u", "-f", "html", pair],
                input=document,
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=True,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise MachineTranslationError(f"apertium {pair}: {error}") from error
        found = {int(index): text for index, text in SEGMENT.findall(result.stdout)}
        if sorted(found) != list(range(len(segments))):
            raise MachineTranslationError(
                f"apertium {pair} returned {len(found)} of {len(segments)} segments"
            )
        # Apertium leaves a double space where it dropped a word.
        return [re.sub(r" {2,}", " ", found[index]) for index in range(len(segments))]


@functools.cache
def _apertium_pairs(command: str) -> frozenset[tuple[str, str]]:
    ours = {code: tag for tag, code in APERTIUM_CODES.items()}
    try:
        listing = subprocess.run(
            [command, "-l"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        logger.warning("apertium is installed but cannot list its pairs")
        return frozenset()
    pairs = set()
    # The platform's languages only, also as steps between them: the one other path
    # Debian's data offers, English → Serbo-Croatian → Macedonian (apertium-hbs-eng,
    # apertium-hbs-mkd), gives no usable text (README: Machine translation, measured).
    for line in listing.split():
        source, _dash, target = line.partition("-")
        if source in ours and target in ours:  # "spa-eng_US" and others: not ours
            pairs.add((ours[source], ours[target]))
    return frozenset(pairs)


class HttpEngine(Engine):
    """A translation service over HTTP. What it translates is asked once an hour with a
    short timeout and kept in the cache that every process shares (a failure for a
    minute), so pages and requests that save a text never wait for the service: without
    an answer yet, it counts as available and the worker asks."""

    pairs_seconds = 3600
    failure_seconds = 60

    def __init__(self, url: str, *, secret: str = "", timeout: float = 60):
        self.url = url.rstrip("/")
        self.secret = secret
        self.timeout = timeout
        self.check_timeout = min(timeout, 5)

    def headers(self) -> dict:
        return {"Content-Type": "application/json", "Accept": "application/json"}

    def call(self, path: str, payload: dict | None = None, *, timeout: float):
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(  # noqa: S310 - a configured https URL
            f"{self.url}{path}", data=data, headers=self.headers()
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return json.load(response)
        except (OSError, ValueError, http.client.HTTPException) as error:
            # OSError covers refused connections, timeouts and HTTP error statuses.
            raise MachineTranslationError(f"{self.url}{path}: {error}") from error

    def fetch_pairs(self) -> set[tuple[str, str]]:
        raise NotImplementedError

    def _cache_key(self) -> str:
        identity = f"{self.name} {self.url} {self.secret}".encode()
        return f"machine-translation-pairs:{hashlib.sha256(identity).hexdigest()[:32]}"

    def known_pairs(self) -> Set[tuple[str, str]] | None:
        cached = cache.get(self._cache_key())
        return None if cached is None else {tuple(pair) for pair in cached}

    def pairs(self) -> Set[tuple[str, str]]:
        known = self.known_pairs()
        if known is not None:
            return known
        try:
            pairs = self.fetch_pairs()
        except MachineTranslationError as error:
            logger.warning("Machine translation service unavailable: %s", error)
            cache.set(self._cache_key(), [], self.failure_seconds)
            return set()
        cache.set(self._cache_key(), sorted(pairs), self.pairs_seconds)
        return pairs


class LibreTranslateEngine(HttpEngine):
    """An HTTP service with LibreTranslate's API: GET /languages, POST /translate."""

    name = "libretranslate"

    def _with_key(self, payload: dict) -> dict:
        return {**payload, "api_key": self.secret} if self.secret else payload

    def fetch_pairs(self) -> set[tuple[str, str]]:
        languages = self.call("/languages", timeout=self.check_timeout)
        if not isinstance(languages, list):
            raise MachineTranslationError(f"{self.url}/languages: unexpected answer")
        ours = set(APERTIUM_CODES)
        return {
            (language["code"], target)
            for language in languages
            for target in language.get("targets", [])
            if {language["code"], target} <= ours and target != language["code"]
        }

    def translate(self, segments: list[str], source: str, target: str) -> list[str]:
        if not segments:
            return []
        answer = self.call(
            "/translate",
            self._with_key(
                {"q": segments, "source": source, "target": target, "format": "html"}
            ),
            timeout=self.timeout,
        )
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, list) or len(translated) != len(segments):
            raise MachineTranslationError(f"{self.url}: unexpected answer")
        return translated


# DeepL's language codes: British English for the European partnership (a target "EN"
# alone is deprecated); Macedonian is not among its languages (2026), so no pair has it.
DEEPL_SOURCES = {"en": "EN", "es": "ES", "bg": "BG", "mk": "MK"}
DEEPL_TARGETS = {"en": "EN-GB", "es": "ES", "bg": "BG", "mk": "MK"}


class DeepLEngine(HttpEngine):
    """DeepL's API v2: GET /v2/languages, POST /v2/translate with HTML tag handling, the
    key in the Authorization header. At most 50 texts and 128 KiB per request."""

    name = "deepl"
    batch_texts = 50
    batch_bytes = 100_000

    def headers(self) -> dict:
        return {**super().headers(), "Authorization": f"DeepL-Auth-Key {self.secret}"}

    def fetch_pairs(self) -> set[tuple[str, str]]:
        codes = {}
        for kind in ("source", "target"):
            languages = self.call(
                f"/v2/languages?type={kind}", timeout=self.check_timeout
            )
            if not isinstance(languages, list):
                raise MachineTranslationError(
                    f"{self.url}/v2/languages: unexpected answer"
                )
            codes[kind] = {
                str(language.get("language", "")).upper() for language in languages
            }
        sources = [
            code for code, deepl in DEEPL_SOURCES.items() if deepl in codes["source"]
        ]
        targets = [
            code for code, deepl in DEEPL_TARGETS.items() if deepl in codes["target"]
        ]
        return {
            (source, target)
            for source in sources
            for target in targets
            if source != target
        }

    def _batches(self, segments: list[str]) -> Iterator[list[str]]:
        batch: list[str] = []
        size = 0
        for segment in segments:
            length = len(segment.encode())
            if batch and (
                len(batch) == self.batch_texts or size + length > self.batch_bytes
            ):
                yield batch
                batch, size = [], 0
            batch.append(segment)
            size += length
        if batch:
            yield batch

    def translate(self, segments: list[str], source: str, target: str) -> list[str]:
        translated = []
        for batch in self._batches(segments):
            answer = self.call(
                "/v2/translate",
                {
                    "text": batch,
                    "source_lang": DEEPL_SOURCES[source],
                    "target_lang": DEEPL_TARGETS[target],
                    "tag_handling": "html",
                },
                timeout=self.timeout,
            )
            texts = answer.get("translations") if isinstance(answer, dict) else None
            if not isinstance(texts, list) or len(texts) != len(batch):
                raise MachineTranslationError(f"{self.url}: unexpected answer")
            translated += [str(text.get("text", "")) for text in texts]
        return translated


def engine_from_spec(spec: str) -> Engine | None:
    """`apertium`, `libretranslate+https://host/path?api_key=...` or
    `deepl+https://api-free.deepl.com/?auth_key=...`; `timeout=` (seconds) in the
    query bounds each translation request (60 by default)."""
    spec = spec.strip()
    if spec == "apertium":
        return ApertiumEngine()
    for prefix, engine_class, key in (
        ("libretranslate+", LibreTranslateEngine, "api_key"),
        ("deepl+", DeepLEngine, "auth_key"),
    ):
        if spec.startswith(prefix):
            parts = urllib.parse.urlsplit(spec.removeprefix(prefix))
            query = urllib.parse.parse_qs(parts.query)
            url = urllib.parse.urlunsplit(
                (parts.scheme, parts.netloc, parts.path, "", "")
            )
            try:
                timeout = float(query.get("timeout", ["60"])[0])
            except ValueError:
                timeout = 60
            return engine_class(url, secret=query.get(key, [""])[0], timeout=timeout)
    if spec:
        logger.warning("Unknown machine translation engine %r", spec.partition("?")[0])
    return None


def configured_engines() -> list[Engine]:
    engines = (engine_from_spec(spec) for spec in settings.MACHINE_TRANSLATION_ENGINES)
    return [engine for engine in engines if engine is not None]


@dataclass(frozen=True)
class Step:
    engine: Engine
    source: str
    target: str

    def __str__(self):
        return f"{self.engine.name} {self.source}→{self.target}"


def route(source: str, target: str, engines: list[Engine] | None = None):
    """The shortest list of Steps from `source` to `target` (direct first, then through
    other languages), or None where no path exists."""
    if source == target:
        return []
    engines = configured_engines() if engines is None else engines
    edges: dict[str, list[Step]] = {}
    for engine in engines:
        for pair_source, pair_target in sorted(engine.pairs()):
            edges.setdefault(pair_source, []).append(
                Step(engine, pair_source, pair_target)
            )
    queue: deque[tuple[str, list[Step]]] = deque([(source, [])])
    seen = {source}
    while queue:
        language, path = queue.popleft()
        for step in edges.get(language, []):
            if step.target in seen:
                continue
            if step.target == target:
                return [*path, step]
            seen.add(step.target)
            queue.append((step.target, [*path, step]))
    return None


def available(engines: list[Engine] | None = None, *, wait: bool = False) -> bool:
    """Whether any engine translates anything here (else machine translation is off).

    Pages and requests that save a text ask without waiting: an HTTP service whose
    languages are not known yet counts as available (the worker asks it, and remembers
    the answer for everyone). `wait` asks every engine now (a command, the demo)."""
    engines = configured_engines() if engines is None else engines
    for engine in engines:
        pairs = engine.pairs() if wait else engine.known_pairs()
        if pairs is None or pairs:
            return True
    return False


def translate(
    segments: list[str], source: str, target: str, engines: list[Engine] | None = None
) -> tuple[list[str], str]:
    """`segments` (HTML) translated along the shortest path, and that path as text
    ("apertium bg→mk, apertium mk→en"). Raises NoPath or MachineTranslationError."""
    path = route(source, target, engines)
    if path is None:
        raise NoPath(f"no machine translation from {source} into {target}")
    for step in path:
        segments = step.engine.translate(segments, step.source, step.target)
    return segments, ", ".join(str(step) for step in path)


def plain_to_html(text: str) -> str:
    return html.escape(text or "", quote=False).replace("\n", "<br>")


def html_to_plain(text: str) -> str:
    return html.unescape(re.sub(r"<br\s*/?>", "\n", text or ""))
