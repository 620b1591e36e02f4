"""Machine translation behind one small interface: engines that run on our own machines.

An engine knows the language pairs it translates and turns a list of HTML segments of
one language into another. Apertium (Debian's `apertium` with the `apertium-mkd-bul`,
`apertium-mkd-eng` and `apertium-eng-spa` data) runs here; an HTTP service speaking the
LibreTranslate API (LibreTranslate itself, or a gateway in front of DeepL or the EU's
eTranslation) is added by configuration:

    MACHINE_TRANSLATION_ENGINES=apertium,libretranslate+https://mt.example.org/?api_key=...

Where no engine has a pair, `route` looks for a path through other languages (Bulgarian
→ Macedonian → English); where none exists, `translate` raises NoPath and the text is left
for a person. Engines translate text, not markup: segments are HTML whose tags come back
as they went, so paragraphs and lists are kept. Without any engine installed, `available`
is False and the platform says that machine translation is off.
"""

import html
import json
import logging
import re
import shutil
import subprocess
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass
from functools import cache

from django.conf import settings

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

    def pairs(self) -> set[tuple[str, str]]:
        raise NotImplementedError

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

    def pairs(self) -> set[tuple[str, str]]:
        if not self.command:
            return set()
        return _apertium_pairs(self.command)

    def translate(self, segments: list[str], source: str, target: str) -> list[str]:
        if not segments:
            return []
        pair = f"{APERTIUM_CODES[source]}-{APERTIUM_CODES[target]}"
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


@cache
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
    for line in listing.split():
        source, _dash, target = line.partition("-")
        if source in ours and target in ours:  # "spa-eng_US" and others: not ours
            pairs.add((ours[source], ours[target]))
    return frozenset(pairs)


class LibreTranslateEngine(Engine):
    """An HTTP service with LibreTranslate's API: GET /languages, POST /translate."""

    name = "libretranslate"

    def __init__(self, url: str, api_key: str = "", timeout: float = 60):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout

    def _call(self, path: str, payload: dict | None = None):
        data = None
        if payload is not None:
            if self.api_key:
                payload = {**payload, "api_key": self.api_key}
            data = json.dumps(payload).encode()
        request = urllib.request.Request(  # noqa: S310 - a configured https URL
            f"{self.url}{path}",
            data=data,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                return json.load(response)
        except (OSError, ValueError) as error:
            raise MachineTranslationError(f"{self.url}{path}: {error}") from error

    def pairs(self) -> set[tuple[str, str]]:
        try:
            languages = self._call("/languages")
        except MachineTranslationError as error:
            logger.warning("Machine translation service unavailable: %s", error)
            return set()
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
        answer = self._call(
            "/translate",
            {"q": segments, "source": source, "target": target, "format": "html"},
        )
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, list) or len(translated) != len(segments):
            raise MachineTranslationError(f"{self.url}: unexpected answer")
        return translated


def engine_from_spec(spec: str) -> Engine | None:
    """`apertium` or `libretranslate+https://host/path?api_key=...`."""
    spec = spec.strip()
    if spec == "apertium":
        return ApertiumEngine()
    if spec.startswith("libretranslate+"):
        parts = urllib.parse.urlsplit(spec.removeprefix("libretranslate+"))
        query = urllib.parse.parse_qs(parts.query)
        url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        return LibreTranslateEngine(url, api_key=query.get("api_key", [""])[0])
    if spec:
        logger.warning("Unknown machine translation engine %r", spec)
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
    queue = deque([(source, [])])
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


def available(engines: list[Engine] | None = None) -> bool:
    """Whether any engine translates anything here (else machine translation is off)."""
    engines = configured_engines() if engines is None else engines
    return any(engine.pairs() for engine in engines)


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
