"""Videos by link: a YouTube, Vimeo or PeerTube address recognised, and the player it
may be embedded with.

The page shows a still of our own with a play button; the player (a frame from the
video's host) is loaded only when the reader presses it (site.js), so that no request
reaches the host before. Without JavaScript the button is a link to the video on its
host. YouTube's player comes from youtube-nocookie.com. This module is plain Python:
the settings import it to allow the players' hosts in the CSP's frame-src.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
PLAYER_HOSTS = {
    "youtube": "https://www.youtube-nocookie.com",
    "vimeo": "https://player.vimeo.com",
}
PROVIDER_NAMES = {"youtube": "YouTube", "vimeo": "Vimeo", "peertube": "PeerTube"}

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{3,12}$")
# PeerTube: a UUID or the short id of its newer addresses.
_PEERTUBE_ID = re.compile(r"^([0-9a-f-]{36}|[A-Za-z0-9]{22})$")


@dataclass(frozen=True)
class Video:
    provider: str
    video_id: str
    url: str  # the address the author gave (a link to watch it on its host)
    host: str

    @property
    def provider_name(self) -> str:
        return PROVIDER_NAMES[self.provider]

    @property
    def embed_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1"
        if self.provider == "vimeo":
            return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"
        return f"https://{self.host}/videos/embed/{self.video_id}?autoplay=1"


def parse(url: str, *, providers, peertube_hosts) -> Video | None:
    """The video at `url`, if it is one of the allowed providers' and hosts'; else None."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    segments = [s for s in parts.path.split("/") if s]
    video_id = ""
    provider = ""
    if host in YOUTUBE_HOSTS:
        provider = "youtube"
        if host == "youtu.be" and segments:
            video_id = segments[0]
        elif segments[:1] == ["watch"]:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live"):
            video_id = segments[1]
        valid = _YOUTUBE_ID.match(video_id)
    elif host in VIMEO_HOSTS:
        provider = "vimeo"
        numbers = [s for s in segments if s.isdigit()]
        video_id = numbers[0] if numbers else ""
        valid = _VIMEO_ID.match(video_id)
    elif host in {h.lower() for h in peertube_hosts}:
        provider = "peertube"
        if len(segments) >= 2 and segments[0] in ("w", "videos"):
            video_id = segments[-1]
        valid = _PEERTUBE_ID.match(video_id)
    else:
        return None
    if provider not in providers or not valid:
        return None
    return Video(provider=provider, video_id=video_id, url=url.strip(), host=host)


def frame_sources(providers, peertube_hosts) -> list[str]:
    """The hosts whose players pages may frame: the CSP's frame-src."""
    sources = [PLAYER_HOSTS[p] for p in ("youtube", "vimeo") if p in providers]
    if "peertube" in providers:
        sources += [f"https://{host.lower()}" for host in peertube_hosts]
    return sources


def video_of(url: str) -> Video | None:
    """The video at `url` under this deployment's settings (VIDEO_PROVIDERS,
    VIDEO_PEERTUBE_HOSTS)."""
    from django.conf import settings

    return parse(
        url,
        providers=settings.VIDEO_PROVIDERS,
        peertube_hosts=settings.VIDEO_PEERTUBE_HOSTS,
    )
