"""Draw the flat-style demo illustrations of SIE HUB+.

Run with the project's virtualenv (only Pillow is needed):

    .venv/bin/python siehub/demo_pictures/draw.py

Every picture is drawn from shapes at twice the final size and scaled down, so the
edges come out smooth. The drawing is deterministic (the only pseudo-random choices use
fixed seeds), so running the script again gives the same files. People are plain
shapes with faces left blank on purpose. The pictures are dedicated to the public
domain (CC0 1.0), see CREDITS.md.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
W, H = 1600, 1000
SCALE = 2  # drawn at 2x, resampled down for anti-aliasing
QUALITY = 82
MAX_BYTES = 150 * 1024

# Palette
TEAL = "#0b4f6c"
TEAL_DARK = "#083a50"
TEAL_LIGHT = "#5fa8c2"
AMBER = "#f2b134"
CORAL = "#e4572e"
GREEN = "#76b041"
GREEN_DARK = "#4f8a2a"
PAPER = "#f6f1e9"
WHITE = "#ffffff"
INK = "#26323a"
WOOD = "#c98c4f"
WOOD_DARK = "#93602f"
WOOD_LIGHT = "#e0b27c"
PLUM = "#7b4b8a"
SKY_BLUE = "#7cc6e0"
SLATE = "#3d4a56"

SKINS = ["#f3cdb0", "#e2aa83", "#c68660", "#9a6442", "#6f4630"]
HAIRS = ["#2b2118", "#5a3a22", "#c99a55", "#8a3f22", "#151515", "#9aa0a6"]


# --------------------------------------------------------------------------- colours


def rgb(color: str | tuple, alpha: int | None = None) -> tuple:
    if isinstance(color, tuple):
        base = color[:3]
    else:
        h = color.lstrip("#")
        base = tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))
    return base if alpha is None else (*base, alpha)


def mix(a, b, t: float) -> tuple:
    ca, cb = rgb(a), rgb(b)
    return tuple(round(ca[i] + (cb[i] - ca[i]) * t) for i in range(3))


def shade(color, t: float) -> tuple:
    """Darken (t > 0) or lighten (t < 0) a colour."""
    return mix(color, "#000000", t) if t >= 0 else mix(color, "#ffffff", -t)


# --------------------------------------------------------------------------- fonts

_FONT_FILES = {
    False: ["DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    True: [
        "DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ],
}
_FONT_FALLBACK = [
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
]
_fonts: dict = {}


def font(size: int, bold: bool = False):
    key = (size, bold)
    if key not in _fonts:
        for name in _FONT_FILES[bold] + _FONT_FILES[False] + _FONT_FALLBACK:
            try:
                _fonts[key] = ImageFont.truetype(name, size)
                break
            except OSError:
                continue
        else:
            _fonts[key] = ImageFont.load_default(size=size)
    return _fonts[key]


# --------------------------------------------------------------------------- canvas


class Canvas:
    """A drawing surface addressed in 1600x1000 coordinates."""

    def __init__(self, bg=PAPER):
        self.img = Image.new("RGB", (W * SCALE, H * SCALE), rgb(bg))
        self.d = ImageDraw.Draw(self.img, "RGBA")

    @staticmethod
    def _pt(p):
        return (p[0] * SCALE, p[1] * SCALE)

    @staticmethod
    def _box(b):
        x0, y0, x1, y1 = b
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        return [x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE]

    @staticmethod
    def _fill(c):
        return None if c is None else rgb(c) if isinstance(c, str) else c

    def rect(self, box, fill, r=0, outline=None, width=0):
        b = self._box(box)
        r = min(r * SCALE, (b[2] - b[0]) / 2, (b[3] - b[1]) / 2)
        kw = {
            "fill": self._fill(fill),
            "outline": self._fill(outline),
            "width": width * SCALE,
        }
        if r > 0:
            self.d.rounded_rectangle(b, radius=r, **kw)
        else:
            self.d.rectangle(b, **kw)

    def ellipse(self, box, fill, outline=None, width=0):
        self.d.ellipse(
            self._box(box),
            fill=self._fill(fill),
            outline=self._fill(outline),
            width=width * SCALE,
        )

    def circle(self, cx, cy, r, fill, outline=None, width=0):
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill, outline, width)

    def poly(self, pts, fill, outline=None, width=0):
        self.d.polygon(
            [self._pt(p) for p in pts],
            fill=self._fill(fill),
            outline=self._fill(outline),
            width=width * SCALE,
        )

    def line(self, pts, fill, width=2, round_ends=False):
        pts = [self._pt(p) for p in pts]
        self.d.line(
            pts, fill=self._fill(fill), width=round(width * SCALE), joint="curve"
        )
        if round_ends:
            rr = width * SCALE / 2
            for x, y in (pts[0], pts[-1]):
                self.d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=self._fill(fill))

    def capsule(self, pts, fill, width):
        self.line(pts, fill, width, round_ends=True)
        rr = width / 2
        for x, y in pts[1:-1]:
            self.circle(x, y, rr, fill)

    def arc(self, box, start, end, fill, width=2):
        self.d.arc(
            self._box(box),
            start,
            end,
            fill=self._fill(fill),
            width=round(width * SCALE),
        )

    def pieslice(self, box, start, end, fill):
        self.d.pieslice(self._box(box), start, end, fill=self._fill(fill))

    def chord(self, box, start, end, fill):
        self.d.chord(self._box(box), start, end, fill=self._fill(fill))

    def text(self, xy, s, size, fill, anchor="mm", bold=False):
        self.d.text(
            self._pt(xy),
            s,
            font=font(size * SCALE, bold),
            fill=self._fill(fill),
            anchor=anchor,
        )

    def text_width(self, s, size, bold=False):
        return self.d.textlength(s, font=font(size * SCALE, bold)) / SCALE

    def vgrad(self, box, top, bottom):
        x0, y0, x1, y1 = self._box(box)
        ct, cb = rgb(top), rgb(bottom)
        n = max(1, int(y1 - y0))
        for i in range(n):
            self.d.line([(x0, y0 + i), (x1 - 1, y0 + i)], fill=mix(ct, cb, i / n))

    def radial_glow(self, cx, cy, r, color, alpha=90, steps=24):
        for i in range(steps):
            rr = r * (1 - i / steps)
            self.circle(cx, cy, rr, rgb(color, max(1, alpha // steps)))

    def save(self, name: str) -> int:
        img = self.img.resize((W, H), Image.Resampling.LANCZOS)
        path = OUT / name
        quality = QUALITY
        while True:
            img.save(path, "JPEG", quality=quality, optimize=True, progressive=True)
            size = path.stat().st_size
            if size <= MAX_BYTES or quality <= 50:
                return size
            quality -= 4


# --------------------------------------------------------------------------- props


def star(cv, cx, cy, r, fill, points=5, inner=0.382, rot=-90):
    pts = []
    for i in range(points * 2):
        rad = r if i % 2 == 0 else r * inner
        a = math.radians(rot + i * 180 / points)
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    cv.poly(pts, fill)


def eu_flag(cv, box):
    x0, y0, x1, y1 = box
    cv.rect(box, "#003399")
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ring = (y1 - y0) / 3
    for i in range(12):
        a = math.radians(i * 30 - 90)
        star(
            cv,
            cx + ring * math.cos(a),
            cy + ring * math.sin(a),
            (y1 - y0) / 18,
            "#ffcc00",
        )


def flag_on_pole(cv, x, top, bottom, draw_flag, flag_w, flag_h):
    cv.rect((x - 5, top, x + 5, bottom), "#c7ccd1", r=4)
    cv.circle(x, top - 6, 10, AMBER)
    draw_flag(cv, (x + 5, top + 6, x + 5 + flag_w, top + 6 + flag_h))
    cv.rect((x - 18, bottom - 14, x + 18, bottom), "#9aa3ab", r=4)


def spain_flag(cv, box):
    x0, y0, x1, y1 = box
    h = y1 - y0
    cv.rect(box, "#c60b1e")
    cv.rect((x0, y0 + h / 4, x1, y1 - h / 4), "#ffc400")


def cloud(cv, cx, cy, s, alpha=235):
    col = rgb(WHITE, alpha)
    cv.ellipse((cx - 90 * s, cy - 20 * s, cx + 90 * s, cy + 30 * s), col)
    cv.circle(cx - 35 * s, cy - 15 * s, 38 * s, col)
    cv.circle(cx + 25 * s, cy - 28 * s, 48 * s, col)


def sun(cv, cx, cy, r, rays=12):
    cv.radial_glow(cx, cy, r * 2.6, "#fff3c4", alpha=200)
    for i in range(rays):
        a = math.radians(i * 360 / rays)
        b1, b2 = a - 0.09, a + 0.09
        cv.poly(
            [
                (cx + r * 1.2 * math.cos(b1), cy + r * 1.2 * math.sin(b1)),
                (cx + r * 1.75 * math.cos(a), cy + r * 1.75 * math.sin(a)),
                (cx + r * 1.2 * math.cos(b2), cy + r * 1.2 * math.sin(b2)),
            ],
            AMBER,
        )
    cv.circle(cx, cy, r, "#f7c948")
    cv.circle(cx, cy, r * 0.8, "#fbd96b")


def tree(cv, x, ground, s, crown=GREEN, trunk=WOOD_DARK, seed=1):
    cv.rect((x - 14 * s, ground - 170 * s, x + 14 * s, ground), trunk, r=6 * s)
    cv.line([(x, ground - 110 * s), (x + 40 * s, ground - 150 * s)], trunk, 8 * s)
    rnd = random.Random(seed)
    blobs = [
        (0, -250, 95),
        (-70, -200, 70),
        (70, -205, 72),
        (-35, -300, 65),
        (40, -300, 62),
    ]
    dark = shade(crown, 0.18)
    for dx, dy, r in blobs:
        cv.circle(x + dx * s, ground + dy * s + 8 * s, r * s, dark)
    for dx, dy, r in blobs:
        cv.circle(x + dx * s, ground + dy * s, r * s, crown)
    light = shade(crown, -0.25)
    for _ in range(5):
        jx, jy = rnd.uniform(-80, 70), rnd.uniform(-320, -200)
        cv.circle(x + jx * s, ground + jy * s, rnd.uniform(10, 20) * s, rgb(light, 160))


def bush(cv, x, ground, s, color=GREEN):
    dark = shade(color, 0.15)
    for dx, r in ((-45, 40), (45, 42), (0, 55)):
        cv.circle(x + dx * s, ground - r * s * 0.8, r * s, dark if dx else color)


def plant_pot(cv, x, ground, s, pot=CORAL, leaf=GREEN):
    for ang in (-60, -30, 0, 30, 60, -80, 80):
        a = math.radians(ang - 90)
        ex, ey = x + math.cos(a) * 70 * s, ground - 60 * s + math.sin(a) * 70 * s
        cv.ellipse(
            (
                min(x, ex) - 10 * s,
                min(ground - 60 * s, ey) - 6 * s,
                max(x, ex) + 10 * s,
                max(ground - 60 * s, ey) + 6 * s,
            ),
            rgb(leaf if ang % 60 == 0 else shade(leaf, 0.15), 235),
        )
    cv.poly(
        [
            (x - 38 * s, ground - 62 * s),
            (x + 38 * s, ground - 62 * s),
            (x + 28 * s, ground),
            (x - 28 * s, ground),
        ],
        pot,
    )
    cv.rect(
        (x - 42 * s, ground - 70 * s, x + 42 * s, ground - 56 * s),
        shade(pot, 0.12),
        r=4,
    )


def bunting(cv, x0, x1, y, sag, n, colors, size=34):
    def at(t):
        return x0 + (x1 - x0) * t, y + 4 * sag * t * (1 - t)

    cv.line([at(i / 40) for i in range(41)], "#8c7a66", 3)
    for i in range(n):
        t0, t1 = (i + 0.1) / n, (i + 0.9) / n
        (ax, ay), (bx, by) = at(t0), at(t1)
        mx, my = at((t0 + t1) / 2)
        cv.poly([(ax, ay), (bx, by), (mx, my + size * 1.3)], colors[i % len(colors)])


def window(cv, box, sky=("#9fd6ea", "#e3f4f8"), frame=WHITE, bars=True, r=6):
    x0, y0, x1, y1 = box
    cv.rect((x0 - 12, y0 - 12, x1 + 12, y1 + 12), frame, r=r)
    cv.vgrad(box, *sky)
    if bars:
        cv.rect(((x0 + x1) / 2 - 5, y0, (x0 + x1) / 2 + 5, y1), frame)
        cv.rect((x0, (y0 + y1) / 2 - 5, x1, (y0 + y1) / 2 + 5), frame)
    cv.rect((x0 - 22, y1 + 8, x1 + 22, y1 + 24), shade(frame, 0.08), r=4)


def mug(cv, x, y, s, color, steam=False):
    """A mug standing on y (its bottom), centred on x."""
    cv.arc((x + 10 * s, y - 30 * s, x + 34 * s, y - 8 * s), -90, 90, color, 6 * s)
    cv.rect((x - 18 * s, y - 38 * s, x + 18 * s, y), color, r=5 * s)
    cv.ellipse((x - 18 * s, y - 43 * s, x + 18 * s, y - 33 * s), shade(color, 0.3))
    if steam:
        for dx in (-7, 7):
            pts = [
                (x + dx * s + 5 * s * math.sin(i / 2), y - 50 * s - i * 4 * s)
                for i in range(8)
            ]
            cv.line(pts, rgb(WHITE, 170), 3 * s)


def open_book(cv, cx, cy, w, h, cover=CORAL, lines=True, tilt=0.0):
    """An open book lying flat seen from above-front: a trapezoid pair of pages."""
    t = tilt * w
    cv.poly(
        [
            (cx - w / 2 - 8 + t, cy - h / 2 - 4),
            (cx + w / 2 + 8 + t, cy - h / 2 - 4),
            (cx + w / 2 + 14, cy + h / 2 + 6),
            (cx - w / 2 - 14, cy + h / 2 + 6),
        ],
        cover,
    )
    for side in (-1, 1):
        cv.poly(
            [
                (cx + t * 0.5, cy - h / 2 + 2),
                (cx + side * w / 2 + t, cy - h / 2),
                (cx + side * (w / 2 + 6), cy + h / 2),
                (cx, cy + h / 2 + 3),
            ],
            "#fffaf0" if side < 0 else "#f6efe0",
        )
        if lines:
            for i in range(4):
                yy = cy - h / 2 + h * (0.22 + i * 0.18)
                a = cx + side * w * 0.08
                b = cx + side * w * 0.42
                cv.line([(a, yy), (b, yy)], rgb(INK, 70), 2)
    cv.line([(cx + t * 0.5, cy - h / 2 + 2), (cx, cy + h / 2 + 3)], rgb(INK, 60), 2)


def book_stack(cv, x, y, s, colors):
    yy = y
    for i, c in enumerate(colors):
        w = (120 - i * 10) * s
        off = (-6 if i % 2 else 6) * s
        cv.rect((x - w / 2 + off, yy - 20 * s, x + w / 2 + off, yy), c, r=3 * s)
        cv.rect(
            (x - w / 2 + off + 6 * s, yy - 14 * s, x + w / 2 + off, yy - 6 * s),
            "#fffaf0",
        )
        yy -= 20 * s


def bookshelf(cv, box, shelves=4, seed=3, frame=WOOD_DARK):
    x0, y0, x1, y1 = box
    cv.rect(box, frame, r=6)
    cv.rect((x0 + 14, y0 + 14, x1 - 14, y1 - 14), shade(frame, 0.25))
    rnd = random.Random(seed)
    colors = [
        TEAL,
        AMBER,
        CORAL,
        GREEN,
        PLUM,
        TEAL_LIGHT,
        "#f08a5d",
        "#e9d8a6",
        "#3f7cac",
    ]
    sh = (y1 - y0 - 28) / shelves
    for k in range(shelves):
        base = y0 + 14 + sh * (k + 1)
        cv.rect((x0 + 14, base - 10, x1 - 14, base + 4), frame)
        x = x0 + 22
        while x < x1 - 40:
            bw = rnd.choice([18, 22, 26, 30])
            bh = sh * rnd.uniform(0.55, 0.85)
            if rnd.random() < 0.12:
                x += 30
                continue
            c = rnd.choice(colors)
            cv.rect((x, base - 10 - bh, x + bw, base - 10), c, r=2)
            cv.rect(
                (x + 3, base - 10 - bh * 0.75, x + bw - 3, base - 10 - bh * 0.68),
                rgb(WHITE, 120),
            )
            x += bw + 2
        if k == shelves - 1 and rnd.random() < 2:
            pass


def chair_back(cv, x, y_top, s, color):
    cv.rect((x - 62 * s, y_top, x + 62 * s, y_top + 48 * s), color, r=10 * s)
    for dx in (-50, 50):
        cv.rect(
            (x + dx * s - 6 * s, y_top + 40 * s, x + dx * s + 6 * s, y_top + 210 * s),
            shade(color, 0.2),
            r=3 * s,
        )


# --------------------------------------------------------------------------- people


def person(
    cv,
    x,
    ground,
    h,
    *,
    shirt,
    pants=TEAL_DARK,
    skin=SKINS[0],
    hair=HAIRS[0],
    style="short",
    child=False,
    skirt=None,
    back=False,
    arms=("down", "down"),
    legs=True,
    shoes="#33393f",
    backpack=None,
    lanyard=None,
    hat=None,
    sleeves=None,
    facing=0.0,
):
    """Draw a simple standing figure with a blank face; returns its geometry.

    arms: one preset per side (viewer's left, viewer's right) or a pair of points
    (elbow, hand), or None to leave the arms for a later call to ``arm``.
    facing: -1..1 shifts the face a little to show where the person looks.
    """
    r = h * (0.118 if child else 0.094)
    hy = ground - h + r
    sy = hy + r + h * 0.04
    tw = h * (0.25 if child else 0.25)
    py = ground - h * 0.45
    lw = h * 0.095
    aw = h * 0.072
    sleeve = sleeves or shade(shirt, 0.1)
    g = {
        "x": x,
        "r": r,
        "hy": hy,
        "sy": sy,
        "tw": tw,
        "py": py,
        "aw": aw,
        "h": h,
        "skin": skin,
        "sleeve": sleeve,
        "ground": ground,
    }
    g["shoulders"] = [
        (x - tw / 2 + aw * 0.55, sy + aw * 0.6),
        (x + tw / 2 - aw * 0.55, sy + aw * 0.6),
    ]

    if backpack and not back:
        cv.rect(
            (
                x - tw / 2 - h * 0.035,
                sy - h * 0.005,
                x + tw / 2 + h * 0.035,
                sy + h * 0.27,
            ),
            backpack,
            r=h * 0.05,
        )
    if style == "long" and not back:
        cv.rect((x - r * 1.12, hy - r * 0.9, x + r * 1.12, hy + r * 1.75), hair, r=r)
    # legs
    if legs:
        leg_col = skin if skirt else pants
        for sgn in (-1, 1):
            lx = x + sgn * h * 0.06
            cv.capsule(
                [(lx, py), (lx + sgn * h * 0.012, ground - lw * 0.5)], leg_col, lw
            )
            fx = lx + sgn * h * 0.012
            cv.ellipse(
                (
                    fx - lw * 0.62 + sgn * lw * 0.12,
                    ground - lw * 0.55,
                    fx + lw * 0.62 + sgn * lw * 0.12,
                    ground + lw * 0.12,
                ),
                shoes,
            )
        if not skirt:
            cv.rect(
                (
                    x - tw / 2 + h * 0.005,
                    py - h * 0.04,
                    x + tw / 2 - h * 0.005,
                    py + h * 0.06,
                ),
                pants,
                r=h * 0.03,
            )
    # torso
    cv.rect((x - tw / 2, sy, x + tw / 2, py + h * 0.03), shirt, r=tw * 0.38)
    if skirt:
        cv.poly(
            [
                (x - tw / 2 + 2, py - h * 0.04),
                (x + tw / 2 - 2, py - h * 0.04),
                (x + tw / 2 + h * 0.06, py + h * 0.17),
                (x - tw / 2 - h * 0.06, py + h * 0.17),
            ],
            skirt,
        )
    if backpack and not back:
        for sgn in (-1, 1):
            sx = x + sgn * tw * 0.28
            cv.line(
                [(sx, sy + 2), (sx + sgn * 2, sy + h * 0.2)],
                shade(backpack, 0.25),
                h * 0.03,
            )
    if backpack and back:
        cv.rect(
            (x - tw * 0.42, sy + h * 0.03, x + tw * 0.42, sy + h * 0.27),
            backpack,
            r=h * 0.04,
        )
        cv.rect(
            (x - tw * 0.3, sy + h * 0.15, x + tw * 0.3, sy + h * 0.24),
            shade(backpack, 0.15),
            r=h * 0.02,
        )
    # neck
    if not back:
        cv.rect(
            (x - r * 0.32, hy + r * 0.5, x + r * 0.32, sy + h * 0.02), shade(skin, 0.08)
        )
        # collar
        cv.poly(
            [(x - r * 0.45, sy), (x + r * 0.45, sy), (x, sy + r * 0.45)],
            shade(skin, 0.08),
        )
    if lanyard and not back:
        cv.line(
            [(x - r * 0.42, sy + 2), (x, sy + h * 0.14), (x + r * 0.42, sy + 2)],
            lanyard,
            3,
        )
        cv.rect((x - h * 0.035, sy + h * 0.13, x + h * 0.035, sy + h * 0.2), WHITE, r=3)
        cv.rect(
            (x - h * 0.035, sy + h * 0.13, x + h * 0.035, sy + h * 0.15), lanyard, r=3
        )
    # arms
    if arms:
        for side, preset in zip((-1, 1), arms, strict=True):
            arm(cv, g, side, preset)
    head(cv, g, hair=hair, style=style, back=back, hat=hat, facing=facing)
    return g


def arm(cv, g, side, preset, hand=True):
    x, sy, py, tw, h, r, hy = g["x"], g["sy"], g["py"], g["tw"], g["h"], g["r"], g["hy"]
    sx, sy0 = g["shoulders"][0 if side < 0 else 1]
    s = side
    if preset == "down":
        pts = [
            (x + s * (tw / 2 + h * 0.012), sy + h * 0.17),
            (x + s * (tw / 2 + h * 0.02), py + h * 0.02),
        ]
    elif preset == "up":
        pts = [
            (x + s * (tw / 2 + h * 0.09), sy + h * 0.0),
            (x + s * (tw / 2 + h * 0.1), sy - h * 0.17),
        ]
    elif preset == "wave":
        pts = [
            (x + s * (tw / 2 + h * 0.13), sy + h * 0.05),
            (x + s * (tw / 2 + h * 0.16), sy - h * 0.12),
        ]
    elif preset == "point":
        pts = [
            (x + s * (tw / 2 + h * 0.09), sy + h * 0.1),
            (x + s * (tw / 2 + h * 0.22), sy + h * 0.02),
        ]
    elif preset == "hold":
        pts = [
            (x + s * (tw / 2 + h * 0.01), sy + h * 0.17),
            (x + s * h * 0.045, sy + h * 0.22),
        ]
    elif preset == "phone":
        pts = [
            (x + s * (tw / 2 + h * 0.03), sy + h * 0.14),
            (x + s * r * 0.98, hy + r * 0.25),
        ]
    elif preset is None:
        return
    else:
        pts = list(preset)
    cv.capsule([(sx, sy0), *pts], g["sleeve"], g["aw"])
    if hand:
        hx, hy2 = pts[-1]
        cv.circle(hx, hy2, g["aw"] * 0.62, g["skin"])


def head(cv, g, *, hair, style="short", back=False, hat=None, facing=0.0):
    x, hy, r, sy, h = g["x"], g["hy"], g["r"], g["sy"], g["h"]
    skin = g["skin"]
    if back:
        if style == "hijab":
            cv.rect(
                (x - g["tw"] * 0.44, hy, x + g["tw"] * 0.44, sy + h * 0.12),
                hair,
                r=g["tw"] * 0.3,
            )
            cv.circle(x, hy - r * 0.05, r * 1.12, hair)
            return
        if style == "long":
            cv.rect(
                (x - r * 1.02, hy - r * 0.5, x + r * 1.02, sy + h * 0.1),
                hair,
                r=r * 0.9,
            )
        if style == "ponytail":
            cv.ellipse((x - r * 0.3, hy + r * 0.4, x + r * 0.3, hy + r * 1.6), hair)
        if style == "bun":
            cv.circle(x, hy - r * 0.95, r * 0.42, hair)
        if style == "bald":
            cv.circle(x, hy, r, hair)
            cv.ellipse((x - r * 0.82, hy - r * 0.98, x + r * 0.82, hy + r * 0.3), skin)
            return
        if style == "curly":
            for i in range(10):
                a = math.radians(i * 36)
                cv.circle(
                    x + math.cos(a) * r * 0.72,
                    hy + math.sin(a) * r * 0.72,
                    r * 0.42,
                    hair,
                )
        cv.circle(x, hy, r * 1.02, hair)
        if style == "short":
            cv.rect(
                (x - r * 0.3, hy + r * 0.7, x + r * 0.3, hy + r * 1.25),
                shade(skin, 0.08),
            )
        return

    f = facing * r * 0.18
    if style == "hijab":
        cv.poly(
            [
                (x - r * 1.05, hy + r * 0.2),
                (x + r * 1.05, hy + r * 0.2),
                (x + g["tw"] * 0.52, sy + h * 0.09),
                (x - g["tw"] * 0.52, sy + h * 0.09),
            ],
            hair,
        )
        cv.circle(x, hy - r * 0.05, r * 1.15, hair)
        cv.ellipse(
            (x - r * 0.72 + f, hy - r * 0.62, x + r * 0.72 + f, hy + r * 0.82), skin
        )
        return
    if style == "bun":
        cv.circle(x, hy - r * 1.0, r * 0.45, hair)
    if style == "ponytail":
        side = 1 if facing >= 0 else -1
        px = x + side * r * 1.05
        cv.ellipse((px - r * 0.32, hy - r * 0.45, px + r * 0.32, hy + r * 0.95), hair)
        cv.circle(
            x + side * r * 0.85,
            hy - r * 0.35,
            r * 0.16,
            CORAL if hair != CORAL else AMBER,
        )
    if style == "curly":
        for i in range(9):
            a = math.radians(180 + i * 22.5)
            cv.circle(
                x + math.cos(a) * r * 0.95, hy + math.sin(a) * r * 0.85, r * 0.42, hair
            )
        for sgn in (-1, 1):
            cv.circle(x + sgn * r * 0.95, hy + r * 0.25, r * 0.35, hair)
    if style == "bald":
        for sgn in (-1, 1):
            cx = x + sgn * r * 0.86
            cv.ellipse((cx - r * 0.3, hy - r * 0.15, cx + r * 0.3, hy + r * 0.5), hair)
        cv.circle(x + f * 0.5, hy, r, skin)
    else:
        cv.circle(x, hy - r * 0.06, r * 1.04, hair)
        cv.ellipse(
            (x - r * 0.9 + f, hy - r * 0.5, x + r * 0.9 + f, hy + r * 0.98), skin
        )
    if hat:
        cv.ellipse((x - r * 1.7, hy - r * 0.8, x + r * 1.7, hy - r * 0.35), hat)
        cv.chord(
            (x - r * 0.95, hy - r * 1.7, x + r * 0.95, hy - r * 0.1), 180, 360, hat
        )
        cv.rect((x - r * 0.95, hy - r * 0.78, x + r * 0.95, hy - r * 0.6), CORAL)


def seated_back(
    cv, x, y_sh, s, *, shirt, hair, skin=SKINS[0], style="short", raise_hand=None
):
    """Upper body of someone seen from behind, shoulders at y_sh, scale s."""
    r = 40 * s
    hy = y_sh - r * 1.25
    if raise_hand:
        side = raise_hand
        cv.capsule(
            [
                (x + side * 45 * s, y_sh + 25 * s),
                (x + side * 72 * s, y_sh - 60 * s),
                (x + side * 80 * s, y_sh - 150 * s),
            ],
            shade(shirt, 0.1),
            28 * s,
        )
        cv.circle(x + side * 80 * s, y_sh - 150 * s, 18 * s, skin)
    cv.rect((x - 75 * s, y_sh, x + 75 * s, y_sh + 220 * s), shirt, r=36 * s)
    g = {
        "x": x,
        "hy": hy,
        "r": r,
        "sy": y_sh,
        "h": 430 * s,
        "tw": 150 * s,
        "skin": skin,
    }
    head(cv, g, hair=hair, style=style, back=True)


# --------------------------------------------------------------------------- scenes


def floor_planks(cv, y0, y1, vx, vy, c1, c2, step=140):
    cv.vgrad((0, y0, W, y1), c1, c2)
    for xi in range(-1600, 3300, step):
        xb = vx + (xi - vx) * (y1 - vy) / (y0 - vy)
        cv.line([(xi, y0), (xb, y1)], rgb(WOOD_DARK, 55), 2)
    for k, t in enumerate((0.1, 0.25, 0.45, 0.72)):
        yy = y0 + (y1 - y0) * t
        cv.line([(0, yy), (W, yy)], rgb(WOOD_DARK, 30 + k * 5), 2)


def welcome_classroom():
    cv = Canvas()
    cv.vgrad((0, 0, W, 640), "#fbf1de", "#f3dfc0")
    cv.rect((0, 560, W, 640), "#cfe3e3")
    cv.rect((0, 552, W, 564), WOOD)
    floor_planks(cv, 640, H, 800, 150, "#dcaa6e", "#c08449")
    bunting(cv, 40, 1560, 40, 40, 22, [CORAL, AMBER, GREEN, TEAL_LIGHT])

    # window with a plant
    window(cv, (90, 170, 320, 450))
    cloud(cv, 180, 250, 0.5)
    plant_pot(cv, 205, 466, 0.9, CORAL)

    # board
    bx0, bx1 = 370, 1120
    bc = (bx0 + bx1) / 2
    cv.rect((bx0, 120, bx1, 470), WOOD_DARK, r=14)
    cv.vgrad((bx0 + 18, 138, bx1 - 18, 452), "#25594d", "#1c4a40")
    cv.rect((bx0 - 10, 452, bx1 + 10, 474), WOOD, r=6)
    for i, c in enumerate((WHITE, AMBER, "#ff9f86", "#a8e07a")):
        cv.rect((bx0 + 150 + i * 40, 440, bx0 + 180 + i * 40, 450), c, r=3)
    words = [("¡Hola!", AMBER), ("Hello!", WHITE), ("Здраво!", "#ff9f86")]
    size, gap = 72, 30
    while True:
        widths = [cv.text_width(w, size, bold=True) for w, _ in words]
        total = sum(widths) + gap * (len(words) - 1)
        if total <= bx1 - bx0 - 90:
            break
        size -= 2
    xx = bc - total / 2
    for (w, c), tw in zip(words, widths, strict=True):
        cv.text((xx, 275), w, size, c, anchor="lm", bold=True)
        xx += tw + gap
    # chalk doodles: underline, stars, sun, heart
    cv.arc((bc - 230, 320, bc + 230, 370), 20, 160, rgb(WHITE, 200), 4)
    star(cv, bx0 + 80, 390, 22, rgb(AMBER, 230))
    star(cv, bx1 - 140, 395, 18, rgb(WHITE, 220))
    sx, sy = bx1 - 90, 185
    cv.circle(sx, sy, 20, None, rgb(AMBER, 220), 4)
    for i in range(8):
        a = math.radians(i * 45)
        cv.line(
            [
                (sx + 28 * math.cos(a), sy + 28 * math.sin(a)),
                (sx + 38 * math.cos(a), sy + 38 * math.sin(a)),
            ],
            rgb(AMBER, 220),
            4,
        )
    hx, hy = bx0 + 80, 185
    cv.circle(hx - 11, hy - 6, 12, rgb("#ff9f86", 230))
    cv.circle(hx + 11, hy - 6, 12, rgb("#ff9f86", 230))
    cv.poly([(hx - 23, hy - 2), (hx + 23, hy - 2), (hx, hy + 24)], rgb("#ff9f86", 230))

    # pin board with drawings and a clock
    cv.circle(1390, 150, 50, WHITE, TEAL, 8)
    cv.line([(1390, 150), (1390, 118)], INK, 5)
    cv.line([(1390, 150), (1412, 160)], INK, 5)
    cv.rect((1290, 230, 1530, 470), "#d7a86e", r=8)
    cv.rect((1302, 242, 1518, 458), "#e8c58f", r=4)
    papers = [
        (1315, 255, 1400, 330, WHITE),
        (1415, 260, 1505, 345, "#fff4c9"),
        (1318, 350, 1410, 445, "#dff1d0"),
        (1425, 362, 1505, 445, WHITE),
    ]
    for x0, y0, x1, y1, c in papers:
        cv.rect((x0, y0, x1, y1), c, r=3)
        cv.circle((x0 + x1) / 2, y0 + 6, 5, CORAL)
    cv.circle(1357, 300, 18, AMBER)
    cv.poly([(1430, 330), (1460, 285), (1490, 330)], GREEN)
    cv.rect((1335, 400, 1395, 430), TEAL_LIGHT, r=3)
    cv.poly([(1330, 402), (1365, 375), (1400, 402)], CORAL)
    for i in range(3):
        cv.line([(1440, 385 + i * 18), (1490, 385 + i * 18)], rgb(INK, 90), 3)

    # teacher waving
    person(
        cv,
        1210,
        690,
        430,
        shirt=CORAL,
        pants=TEAL_DARK,
        skin=SKINS[2],
        hair=HAIRS[1],
        style="bun",
        arms=("wave", "down"),
        facing=-0.4,
    )

    # back row of desks and pupils (seen from behind)
    def desk_row(y_sh, s, xs, pupils):
        for x in xs:
            cv.rect(
                (x - 130 * s, y_sh + 30 * s, x + 130 * s, y_sh + 52 * s),
                WOOD_LIGHT,
                r=4 * s,
            )
            for dx in (-115, 115):
                cv.rect(
                    (
                        x + dx * s - 6 * s,
                        y_sh + 50 * s,
                        x + dx * s + 6 * s,
                        y_sh + 190 * s,
                    ),
                    "#7f8b93",
                    r=3 * s,
                )
        for x, p in zip(xs, pupils, strict=True):
            p = dict(p)
            chair = p.pop("chair", TEAL)
            seated_back(cv, x, y_sh, s, **p)
            chair_back(cv, x, y_sh + 120 * s, s, chair)

    desk_row(
        575,
        0.78,
        [470, 800, 1130],
        [
            {"shirt": GREEN, "hair": HAIRS[0], "style": "ponytail", "chair": AMBER},
            {
                "shirt": AMBER,
                "hair": HAIRS[4],
                "style": "curly",
                "raise_hand": 1,
                "skin": SKINS[3],
                "chair": TEAL,
            },
            {"shirt": TEAL_LIGHT, "hair": HAIRS[2], "style": "short", "chair": CORAL},
        ],
    )
    desk_row(
        760,
        1.05,
        [330, 800, 1270],
        [
            {
                "shirt": PLUM,
                "hair": HAIRS[3],
                "style": "long",
                "chair": TEAL,
                "raise_hand": -1,
            },
            {"shirt": TEAL, "hair": HAIRS[1], "style": "short", "chair": AMBER},
            {"shirt": CORAL, "hair": HAIRS[0], "style": "bun", "chair": GREEN},
        ],
    )
    return cv


def family_call():
    cv = Canvas()
    split = 860
    # --- teacher's room (left)
    cv.vgrad((0, 0, split, 760), "#fcecd0", "#f6d9a9")
    cv.vgrad((0, 760, split, H), "#d9a468", "#c68a4d")
    # calendar
    cv.rect((90, 110, 400, 420), WHITE, r=10)
    cv.rect((90, 110, 400, 175), CORAL, r=10)
    cv.rect((90, 150, 400, 175), CORAL)
    for i in range(5):
        cv.rect((130 + i * 58, 96, 142 + i * 58, 128), SLATE, r=5)
    n = 1
    for row in range(5):
        for col in range(7):
            if n > 31:
                break
            cx, cy = 118 + col * 42, 200 + row * 44
            color = CORAL if col >= 5 else INK
            cv.text((cx, cy), str(n), 19, color, bold=n == 14)
            if n == 14:
                cv.circle(cx, cy, 20, None, TEAL, 4)
            if n in (7, 21, 28):
                cv.circle(cx + 13, cy - 11, 5, GREEN)
            n += 1
    # shelf with books and plant
    cv.rect((520, 210, 800, 226), WOOD_DARK, r=4)
    book_stack(cv, 590, 210, 0.8, [TEAL, AMBER, GREEN])
    plant_pot(cv, 730, 210, 0.65, TEAL_LIGHT)
    # teacher at desk
    chair = TEAL
    cv.rect((330, 420, 560, 700), chair, r=40)
    g = person(
        cv,
        445,
        900,
        520,
        shirt=AMBER,
        pants=SLATE,
        skin=SKINS[1],
        hair=HAIRS[0],
        style="short",
        legs=False,
        arms=(None, "phone"),
        facing=0.5,
    )
    # phone
    px, py = g["x"] + g["r"] * 0.98, g["hy"] + g["r"] * 0.1
    cv.rect((px - 12, py - 38, px + 14, py + 22), "#22292f", r=6)
    for i in range(3):
        rr = 40 + i * 22
        cv.arc(
            (px - rr + 20, py - rr - 10, px + rr + 20, py + rr - 10),
            -70,
            -20,
            rgb(TEAL, 200 - i * 50),
            5,
        )
    # desk
    cv.rect((120, 640, 820, 668), WOOD, r=6)
    cv.rect((140, 668, 800, 700), WOOD_DARK)
    cv.rect((150, 700, 185, 930), WOOD_DARK)
    cv.rect((755, 700, 790, 930), WOOD_DARK)
    cv.rect((560, 700, 790, 860), shade(WOOD, 0.1), r=4)
    cv.rect((660, 770, 690, 782), WOOD_LIGHT, r=4)
    cv.rect((660, 720, 690, 732), WOOD_LIGHT, r=4)
    # notebook and pencil, hand writing
    cv.poly([(300, 612), (460, 612), (480, 648), (285, 648)], WHITE)
    for i in range(3):
        cv.line(
            [(315 + i * 4, 620 + i * 9), (445 + i * 5, 620 + i * 9)], rgb(TEAL, 120), 2
        )
    arm(cv, g, -1, [(g["x"] - 150, g["sy"] + 120), (g["x"] - 80, 630)])
    cv.line([(g["x"] - 90, 640), (g["x"] - 50, 600)], AMBER, 7)
    # mug and lamp
    mug(cv, 560, 642, 1.1, TEAL, steam=True)
    cv.radial_glow(660, 600, 110, "#fff0b0", alpha=110)
    cv.line([(725, 636), (745, 520), (680, 470)], SLATE, 8)
    cv.circle(745, 520, 8, SLATE)
    cv.poly([(668, 452), (700, 470), (690, 530), (610, 500)], AMBER)
    cv.ellipse((606, 488, 694, 536), shade(AMBER, 0.15))
    cv.rect((695, 628, 765, 642), SLATE, r=4)

    # --- family house (right)
    cv.vgrad((split, 0, W, 760), "#8fcfe3", "#e7f4f3")
    sun(cv, 1480, 130, 46)
    cloud(cv, 1060, 150, 0.7)
    cv.vgrad((split, 760, W, H), "#8cc45a", "#6aa23a")
    cv.ellipse((split + 6, 700, 1300, 830), "#9ad06a")
    tree(cv, 1500, 800, 0.9, seed=5)
    # house
    cv.rect((960, 430, 1420, 800), "#f7d7a8")
    cv.rect((960, 430, 1420, 450), rgb(INK, 30))
    cv.poly([(920, 450), (1190, 250), (1460, 450)], CORAL)
    cv.poly([(920, 450), (1190, 250), (1190, 275), (950, 452)], shade(CORAL, 0.12))
    cv.rect((1320, 280, 1365, 380), shade(CORAL, 0.25))
    # door
    cv.rect((1310, 620, 1390, 800), TEAL, r=8)
    cv.circle(1372, 715, 5, AMBER)
    # big lit window with family
    wx0, wy0, wx1, wy1 = 1000, 490, 1270, 700
    cv.rect((wx0 - 14, wy0 - 14, wx1 + 14, wy1 + 14), WHITE, r=6)
    cv.vgrad((wx0, wy0, wx1, wy1), "#ffe6a6", "#ffd37a")
    cv.rect((wx0, wy0, wx1, wy0 + 24), rgb(CORAL, 140))
    pm = person(
        cv,
        1090,
        900,
        420,
        shirt=GREEN,
        pants=SLATE,
        skin=SKINS[3],
        hair=HAIRS[4],
        style="curly",
        legs=False,
        arms=("down", "phone"),
        facing=0.3,
    )
    cv.rect(
        (
            pm["x"] + pm["r"] * 0.98 - 10,
            pm["hy"] - 24,
            pm["x"] + pm["r"] * 0.98 + 12,
            pm["hy"] + 24,
        ),
        "#22292f",
        r=5,
    )
    person(
        cv,
        1200,
        860,
        300,
        shirt=AMBER,
        skin=SKINS[3],
        hair=HAIRS[0],
        style="ponytail",
        child=True,
        legs=False,
        arms=("hold", "down"),
        facing=-0.5,
    )
    cv.rect((wx0, wy1 - 30, wx1, wy1), rgb(WOOD, 255))
    cv.rect((wx0, wy0, wx0 + 10, wy1), WHITE)
    cv.rect((wx1 - 10, wy0, wx1, wy1), WHITE)
    cv.rect((wx0 - 28, wy1 + 10, wx1 + 28, wy1 + 28), "#ececec", r=4)
    for i, c in enumerate((CORAL, AMBER, PLUM, CORAL)):
        cv.circle(wx0 + 30 + i * 70, wy1 + 38, 16, GREEN)
        cv.circle(wx0 + 30 + i * 70, wy1 + 26, 10, c)
    # path & fence
    cv.poly([(1310, 800), (1390, 800), (1440, H), (1230, H)], "#e9dcc2")
    for i in range(8):
        fx = 880 + i * 45
        cv.rect((fx, 760, fx + 22, 850), WHITE, r=8)
    cv.rect((870, 785, 1230, 797), WHITE)

    # divider
    cv.rect((split - 6, 0, split + 6, H), WHITE)

    # the call: dotted arc with bubbles
    p0, p1, bend = (560, 340), (1130, 420), (850, 90)
    pts = []
    for i in range(1, 26):
        t = i / 26
        pts.append(
            (
                (1 - t) ** 2 * p0[0] + 2 * t * (1 - t) * bend[0] + t**2 * p1[0],
                (1 - t) ** 2 * p0[1] + 2 * t * (1 - t) * bend[1] + t**2 * p1[1],
            )
        )
    for i, (x, y) in enumerate(pts):
        if 10 <= i <= 15:
            continue
        cv.circle(x, y, 6, rgb(TEAL, 220))
    bx, by = pts[12]
    cv.rect((bx - 70, by - 50, bx + 70, by + 30), WHITE, r=28)
    cv.poly([(bx - 20, by + 28), (bx + 10, by + 28), (bx - 30, by + 52)], WHITE)
    for i in range(3):
        cv.circle(bx - 36 + i * 36, by - 10, 9, [TEAL, AMBER, CORAL][i])
    return cv


def homework_club():
    cv = Canvas()
    cv.vgrad((0, 0, W, 620), "#e4f1ec", "#cfe5dd")
    cv.vgrad((0, 620, W, H), "#c9d9d4", "#b3c8c2")
    cv.ellipse((150, 760, 1450, 1080), "#f2b134")
    cv.ellipse((190, 780, 1410, 1060), "#f5c25a")
    bookshelf(cv, (40, 90, 560, 610), shelves=4, seed=11)
    bookshelf(cv, (1060, 90, 1560, 610), shelves=4, seed=7)
    window(cv, (660, 120, 940, 380), sky=("#a7dcec", "#e9f7f6"))
    cv.circle(730, 330, 50, "#8cc45a")
    cv.circle(800, 300, 60, "#7cb84e")
    cv.rect((760, 340, 774, 380), WOOD_DARK)
    # garland of paper letters
    bunting(cv, 600, 1000, 60, 20, 6, [CORAL, AMBER, GREEN])
    # hanging lamps
    for lx in (520, 1080):
        cv.line([(lx, 0), (lx, 120)], SLATE, 3)
        cv.radial_glow(lx, 170, 160, "#fff3c0", alpha=120)
        cv.chord((lx - 60, 110, lx + 60, 200), 180, 360, AMBER)
        cv.rect((lx - 62, 152, lx + 62, 160), shade(AMBER, 0.15), r=3)

    # children behind the table
    kids = [
        (
            470,
            {
                "shirt": CORAL,
                "skin": SKINS[0],
                "hair": HAIRS[2],
                "style": "ponytail",
                "facing": 0.4,
            },
        ),
        (
            760,
            {
                "shirt": GREEN,
                "skin": SKINS[3],
                "hair": HAIRS[4],
                "style": "short",
                "facing": 0.2,
            },
        ),
        (
            1040,
            {
                "shirt": TEAL_LIGHT,
                "skin": SKINS[1],
                "hair": HAIRS[1],
                "style": "long",
                "facing": -0.3,
            },
        ),
    ]
    geoms = []
    for x, kw in kids:
        geoms.append(person(cv, x, 870, 400, child=True, legs=False, arms=None, **kw))
    # adult helper standing, leaning in
    helper = person(
        cv,
        1290,
        930,
        560,
        shirt=PLUM,
        pants=SLATE,
        skin=SKINS[2],
        hair=HAIRS[5],
        style="short",
        arms=("down", "down"),
        facing=-0.6,
        legs=True,
    )
    # table
    cv.poly([(300, 640), (1300, 640), (1380, 720), (220, 720)], WOOD_LIGHT)
    cv.rect((220, 720, 1380, 748), WOOD, r=4)
    for lx in (250, 1330):
        cv.rect((lx - 14, 748, lx + 14, 960), WOOD_DARK, r=4)
    cv.rect((620, 748, 640, 900), WOOD_DARK)
    cv.rect((960, 748, 980, 900), WOOD_DARK)
    # books and hands
    books = [(470, 678, CORAL), (760, 682, TEAL), (1040, 678, GREEN)]
    for (bx, by, bc), g in zip(books, geoms, strict=True):
        open_book(cv, bx, by, 150, 54, cover=bc)
        arm(cv, g, -1, [(g["x"] - g["tw"] / 2 - 8, g["sy"] + 80), (bx - 70, by + 10)])
        arm(cv, g, 1, [(g["x"] + g["tw"] / 2 + 8, g["sy"] + 80), (bx + 70, by + 12)])
    cv.line([(860, 700), (920, 670)], AMBER, 8)
    cv.poly([(920, 670), (932, 664), (926, 676)], INK)
    book_stack(cv, 330, 705, 0.8, [AMBER, TEAL, CORAL])
    cv.circle(1230, 660, 26, TEAL_LIGHT)
    cv.ellipse((1204, 648, 1256, 672), rgb(GREEN, 200))
    cv.rect((1224, 684, 1236, 700), SLATE)
    cv.rect((1205, 698, 1255, 708), SLATE, r=4)
    # helper's pointing arm goes over the table
    arm(cv, helper, -1, [(helper["x"] - 150, helper["sy"] + 60), (1090, 668)])
    return cv


def teacher_training():
    cv = Canvas()
    cv.vgrad((0, 0, W, 620), "#eef3f6", "#dbe6ec")
    floor_planks(cv, 620, H, 800, 120, "#d9c3a0", "#c2a67a", step=160)
    # window
    window(cv, (560, 110, 900, 380), sky=("#a7dcec", "#f0f8f8"))
    cloud(cv, 700, 200, 0.6)
    # sticky notes wall
    cv.rect((1080, 100, 1520, 420), WHITE, r=8)
    cols = [AMBER, "#ffd98a", CORAL, "#a8d97e", TEAL_LIGHT]
    for ci in range(4):
        cv.rect((1100 + ci * 105, 112, 1190 + ci * 105, 132), rgb(TEAL, 200), r=4)
        for ri in range(3 if ci != 2 else 2):
            x0, y0 = 1105 + ci * 105, 150 + ri * 88
            c = cols[(ci + ri) % len(cols)]
            cv.rect((x0 + 4, y0 + 4, x0 + 84, y0 + 78), rgb(INK, 30), r=3)
            cv.rect((x0, y0, x0 + 80, y0 + 74), c, r=3)
            for k in range(2):
                cv.line(
                    [(x0 + 12, y0 + 24 + k * 18), (x0 + 64 - k * 14, y0 + 24 + k * 18)],
                    rgb(INK, 110),
                    3,
                )
    # flipchart
    cv.line([(300, 160), (190, 930)], SLATE, 12)
    cv.line([(300, 160), (410, 930)], SLATE, 12)
    cv.line([(300, 160), (300, 900)], shade(SLATE, 0.2), 10)
    cv.rect((140, 130, 460, 560), WHITE, r=6)
    cv.rect((130, 118, 470, 146), SLATE, r=6)
    cv.line([(170, 185), (330, 185)], TEAL, 8)
    cv.line([(170, 212), (280, 212)], rgb(TEAL, 140), 5)
    # bar chart
    base = 500
    cv.line([(180, 250), (180, base), (430, base)], INK, 4)
    for i, (hgt, c) in enumerate(
        ((80, CORAL), (130, AMBER), (170, GREEN), (215, TEAL))
    ):
        bx = 200 + i * 56
        cv.rect((bx, base - hgt, bx + 40, base - 2), c, r=3)
    pts = [(220, 390), (276, 350), (332, 320), (388, 262)]
    cv.line(pts, CORAL, 5)
    cv.poly([(400, 246), (372, 256), (392, 278)], CORAL)
    for p in pts[:-1]:
        cv.circle(*p, 7, CORAL)
    # facilitator
    person(
        cv,
        560,
        930,
        560,
        shirt=TEAL,
        pants=SLATE,
        skin=SKINS[1],
        hair=HAIRS[3],
        style="long",
        arms=([(478, 560), (440, 450)], "down"),
        facing=-0.6,
    )

    # far side participants
    far = [
        (
            800,
            {
                "shirt": AMBER,
                "skin": SKINS[4],
                "hair": HAIRS[4],
                "style": "bald",
                "facing": 0.3,
            },
        ),
        (
            1040,
            {
                "shirt": GREEN,
                "skin": SKINS[0],
                "hair": HAIRS[2],
                "style": "bun",
                "facing": -0.3,
            },
        ),
        (
            1280,
            {
                "shirt": CORAL,
                "skin": SKINS[2],
                "hair": HAIRS[0],
                "style": "hijab",
                "facing": -0.4,
            },
        ),
    ]
    fg = [person(cv, x, 900, 440, legs=False, arms=None, **kw) for x, kw in far]
    # table
    cv.poly([(660, 640), (1440, 640), (1540, 770), (560, 770)], WOOD_LIGHT)
    cv.rect((560, 770, 1540, 796), WOOD, r=4)
    # things on the table
    cv.poly([(730, 688), (840, 688), (850, 730), (720, 730)], WHITE)
    cv.poly([(1180, 680), (1300, 684), (1310, 728), (1170, 722)], "#fff4c9")
    mug(cv, 960, 720, 0.9, CORAL)
    mug(cv, 1400, 726, 0.9, TEAL)
    for i, c in enumerate((CORAL, TEAL, GREEN)):
        cv.line([(1060 + i * 16, 712), (1080 + i * 16, 690)], c, 7)
    for g, dx in zip(fg, (-20, 30, -10), strict=True):
        arm(cv, g, -1, [(g["x"] - 80, g["sy"] + 110), (g["x"] - 50 + dx, 700)])
        arm(cv, g, 1, [(g["x"] + 80, g["sy"] + 110), (g["x"] + 50 + dx, 705)])
    # near side participants, from behind
    seated_back(cv, 820, 760, 1.05, shirt=PLUM, hair=HAIRS[1], style="long")
    seated_back(
        cv,
        1220,
        770,
        1.05,
        shirt=TEAL_LIGHT,
        hair=HAIRS[5],
        skin=SKINS[1],
        style="short",
        raise_hand=1,
    )
    chair_back(cv, 820, 900, 1.05, AMBER)
    chair_back(cv, 1220, 910, 1.05, AMBER)
    plant_pot(cv, 1520, 960, 1.2, TEAL)
    return cv


def summer_school():
    cv = Canvas()
    cv.vgrad((0, 0, W, 640), "#6fc3e0", "#e8f6f3")
    sun(cv, 1380, 150, 70)
    cloud(cv, 300, 130, 0.9)
    cloud(cv, 900, 90, 0.6)
    cv.ellipse((-300, 520, 900, 800), "#a9d67b")
    cv.ellipse((600, 540, 1900, 820), "#9acb6b")
    # school building
    bx0, bx1, top, base = 260, 1140, 300, 660
    cv.rect((bx0, top, bx1, base), "#f6d9a4")
    cv.rect((bx0, base - 40, bx1, base), "#e9c48a")
    cv.poly(
        [(bx0 - 30, top + 4), (bx1 + 30, top + 4), (bx1, top - 40), (bx0, top - 40)],
        TEAL,
    )
    # central part with gable and clock
    cx = (bx0 + bx1) / 2
    cv.rect((cx - 150, top - 70, cx + 150, base), "#fbe4b8")
    cv.poly([(cx - 180, top - 60), (cx + 180, top - 60), (cx, top - 190)], CORAL)
    cv.poly([(cx - 140, top - 72), (cx + 140, top - 72), (cx, top - 165)], "#f6d9a4")
    cv.circle(cx, top - 108, 34, WHITE, TEAL, 6)
    cv.line([(cx, top - 108), (cx, top - 130)], INK, 4)
    cv.line([(cx, top - 108), (cx + 15, top - 100)], INK, 4)
    # flag pole on the roof
    cv.line([(cx, top - 190), (cx, top - 290)], SLATE, 6)
    cv.poly([(cx + 3, top - 288), (cx + 80, top - 270), (cx + 3, top - 250)], CORAL)
    # door
    cv.rect((cx - 70, base - 200, cx + 70, base), TEAL, r=60)
    cv.rect((cx - 4, base - 190, cx + 4, base), TEAL_DARK)
    cv.rect((cx - 110, base - 6, cx + 110, base + 12), "#d8cbb5", r=3)
    # banner with sun icon (summer)
    cv.rect((cx - 120, top - 40, cx + 120, top + 20), AMBER, r=10)
    cv.circle(cx, top - 10, 16, WHITE)
    for i in range(8):
        a = math.radians(i * 45)
        cv.line(
            [
                (cx + 22 * math.cos(a), top - 10 + 22 * math.sin(a)),
                (cx + 30 * math.cos(a), top - 10 + 30 * math.sin(a)),
            ],
            WHITE,
            4,
        )
    # windows
    for row in range(2):
        for col in range(6):
            wx: float = bx0 + 40 + col * 70 + (0 if col < 3 else 590 - 3 * 70 - 40 + 40)
            if col >= 3:
                wx = cx + 180 + (col - 3) * 70
            wy = top + 40 + row * 130
            cv.rect((wx, wy, wx + 50, wy + 80), WHITE, r=4)
            cv.vgrad((wx + 5, wy + 5, wx + 45, wy + 75), "#a9dcee", "#e4f4f8")
            cv.rect((wx + 23, wy + 5, wx + 27, wy + 75), WHITE)
            cv.rect((wx - 4, wy + 78, wx + 54, wy + 86), "#e9c48a", r=2)
    # trees
    tree(cv, 140, 700, 1.1, seed=2)
    tree(cv, 1270, 690, 0.95, crown="#8cc45a", seed=4)
    # yard
    cv.vgrad((0, 660, W, H), "#f1e2c6", "#e6cfa6")
    cv.poly([(cx - 110, 660), (cx + 110, 660), (cx + 300, H), (cx - 300, H)], "#f6ead3")
    # hopscotch
    hx, hy0 = 260, 960
    for i, (dx, dy) in enumerate(
        ((0, 0), (0, -60), (-35, -115), (35, -115), (0, -170))
    ):
        x0 = hx + dx - 35 + dy * 0.15
        cv.poly(
            [
                (x0, hy0 + dy),
                (x0 + 70, hy0 + dy),
                (x0 + 70 + 8, hy0 + dy - 52),
                (x0 + 8, hy0 + dy - 52),
            ],
            None,
            rgb(WHITE, 230),
            4,
        )
        cv.text((x0 + 38, hy0 + dy - 26), str(i + 1), 24, rgb(CORAL, 200), bold=True)
    bush(cv, 1500, 700, 1.1)
    bush(cv, 1380, 690, 0.7, color="#8cc45a")
    # flowers along the building
    for i in range(14):
        fx = 300 + i * 60
        if abs(fx - cx) < 130:
            continue
        cv.line([(fx, 676), (fx, 650)], GREEN_DARK, 4)
        cv.circle(fx, 648, 9, [CORAL, AMBER, WHITE, PLUM][i % 4])
    # girls with backpacks
    person(
        cv,
        640,
        930,
        330,
        shirt=CORAL,
        skirt=TEAL,
        skin=SKINS[3],
        hair=HAIRS[4],
        style="curly",
        child=True,
        backpack=AMBER,
        arms=("down", "wave"),
        facing=0.2,
    )
    person(
        cv,
        880,
        950,
        350,
        shirt=AMBER,
        pants="#3f7cac",
        skin=SKINS[0],
        hair=HAIRS[2],
        style="ponytail",
        child=True,
        backpack=GREEN,
        hat="#fff2d6",
        arms=("down", "down"),
        facing=-0.3,
    )
    person(
        cv,
        1110,
        940,
        320,
        shirt=GREEN,
        skirt=PLUM,
        skin=SKINS[1],
        hair=HAIRS[0],
        style="long",
        child=True,
        backpack=CORAL,
        arms=("hold", "down"),
        facing=-0.5,
    )
    person(
        cv,
        1400,
        900,
        290,
        shirt=TEAL_LIGHT,
        skirt=CORAL,
        skin=SKINS[2],
        hair=HAIRS[1],
        style="bun",
        child=True,
        backpack=TEAL,
        back=True,
        arms=("down", "down"),
    )
    # ball
    for i, c in enumerate((CORAL, WHITE, AMBER, WHITE, TEAL, WHITE)):
        cv.pieslice((972, 932, 1028, 988), i * 60, i * 60 + 60, c)
    cv.circle(1000, 960, 7, WHITE)
    return cv


def family_breakfast():
    cv = Canvas()
    cv.vgrad((0, 0, W, 640), "#fff1da", "#f9dfb8")
    floor_planks(cv, 640, H, 800, 100, "#d3a26a", "#bb8550")
    for i, wx in enumerate((160, 640, 1120)):
        window(cv, (wx, 100, wx + 320, 380), sky=("#ffe7b0", "#fff7e4"))
        cv.radial_glow(wx + 160, 240, 260, "#fff5cf", alpha=70)
        if i == 1:
            sun(cv, wx + 230, 180, 30, rays=10)
    bunting(cv, 20, 1580, 30, 30, 24, [CORAL, AMBER, GREEN, TEAL_LIGHT, PLUM])
    # people behind the table
    ty, near = 590, 740  # far and near edges of the table top
    people = [
        (
            200,
            500,
            False,
            {"shirt": TEAL, "skin": SKINS[1], "hair": HAIRS[1], "style": "short"},
        ),
        (
            400,
            350,
            True,
            {"shirt": AMBER, "skin": SKINS[1], "hair": HAIRS[2], "style": "ponytail"},
        ),
        (
            600,
            510,
            False,
            {"shirt": CORAL, "skin": SKINS[4], "hair": TEAL_LIGHT, "style": "hijab"},
        ),
        (
            800,
            340,
            True,
            {"shirt": GREEN, "skin": SKINS[4], "hair": HAIRS[4], "style": "curly"},
        ),
        (
            1000,
            370,
            True,
            {"shirt": PLUM, "skin": SKINS[0], "hair": HAIRS[3], "style": "long"},
        ),
        (
            1200,
            500,
            False,
            {"shirt": GREEN_DARK, "skin": SKINS[0], "hair": HAIRS[5], "style": "bald"},
        ),
        (
            1400,
            490,
            False,
            {"shirt": AMBER, "skin": SKINS[2], "hair": HAIRS[0], "style": "bun"},
        ),
    ]
    geoms = []
    for x, hgt, child, kw in people:
        # seated: the table top comes up to the waist
        geoms.append(
            person(
                cv,
                x,
                ty + hgt * 0.57,
                hgt,
                child=child,
                legs=False,
                arms=None,
                facing=0.3 if x < 800 else -0.3,
                **kw,
            )
        )
    # table top with a runner, and a checked tablecloth hanging in front
    cv.poly([(110, ty), (1490, ty), (1560, near), (40, near)], "#fffaf0")
    cv.poly(
        [(110, ty + 52), (1490, ty + 52), (1510, ty + 92), (90, ty + 92)],
        rgb(AMBER, 90),
    )
    cv.rect((40, near, 1560, 900), "#fbf3e4")
    for i in range(0, 1520, 60):
        cv.rect((40 + i, near, 70 + i, 900), rgb(CORAL, 60))
    for j in range(near, 900, 60):
        cv.rect((40, j, 1560, j + 30), rgb(CORAL, 60))
    cv.rect((40, near - 4, 1560, near + 6), shade("#fffaf0", 0.06))
    cv.rect((40, 894, 1560, 906), shade(CORAL, 0.1))
    for lx in (90, 1510):
        cv.rect((lx - 14, 906, lx + 14, 995), WOOD_DARK)
    # plates in front of everyone, arms reaching onto the table
    cups = (TEAL, AMBER, CORAL, GREEN, PLUM, TEAL_LIGHT, CORAL)
    for g, c in zip(geoms, cups, strict=True):
        x = g["x"]
        cv.ellipse((x - 62, ty + 62, x + 62, ty + 102), rgb(INK, 25))
        cv.ellipse((x - 62, ty + 56, x + 62, ty + 96), WHITE)
        cv.ellipse((x - 44, ty + 64, x + 44, ty + 88), "#f2ede4")
        tw = g["tw"]
        arm(cv, g, -1, [(x - tw / 2 - 10, ty + 12), (x - 50, ty + 76)])
        mug(cv, x + 78, ty + 140, 1.25, c, steam=c in (TEAL, CORAL))
        arm(cv, g, 1, [(x + tw / 2 + 10, ty + 14), (x + 66, ty + 96)])
    # bread on a board in the middle
    bx = 800
    cv.ellipse((bx - 150, ty + 120, bx + 150, ty + 150), rgb(INK, 30))
    cv.rect((bx - 150, ty + 104, bx + 150, ty + 140), WOOD, r=16)
    cv.ellipse((bx - 140, ty + 50, bx + 20, ty + 124), "#e2a458")
    for k in range(3):
        cv.line(
            [(bx - 105 + k * 40, ty + 64), (bx - 85 + k * 40, ty + 100)],
            rgb("#b5773a", 220),
            6,
        )
    cv.ellipse((bx - 20, ty + 70, bx + 130, ty + 128), "#d58f44")
    cv.line([(bx + 10, ty + 96), (bx + 100, ty + 96)], rgb("#b5773a", 200), 5)
    # juice jug
    jx = 1100
    cv.rect((jx - 34, ty + 20, jx + 34, ty + 140), rgb(WHITE, 210), r=12)
    cv.rect((jx - 28, ty + 60, jx + 28, ty + 134), "#f7a531", r=10)
    cv.arc((jx + 14, ty + 40, jx + 70, ty + 110), -90, 90, rgb(WHITE, 230), 9)
    # fruit bowl
    fx = 300
    for i, c in enumerate(("#f29b30", "#e4572e", "#76b041", "#f29b30", "#e4572e")):
        cv.circle(fx - 44 + i * 22, ty + 100 - (i % 2) * 16, 22, c)
    cv.chord((fx - 75, ty + 60, fx + 75, ty + 150), 0, 180, TEAL)
    # croissants on two plates
    for x in (200, 1400):
        cv.chord((x - 40, ty + 48, x + 40, ty + 100), 180, 360, "#e0a050")
        for k in range(3):
            cv.line(
                [(x - 20 + k * 20, ty + 54), (x - 24 + k * 20, ty + 72)],
                rgb("#a86a2a", 200),
                3,
            )
    return cv


def reading_buddies():
    cv = Canvas()
    cv.vgrad((0, 0, W, 600), "#8fd0e6", "#eef8f3")
    cloud(cv, 1200, 140, 0.9)
    cloud(cv, 520, 90, 0.55)
    cv.vgrad((0, 600, W, H), "#9ccf69", "#7cb84e")
    # school wall in the back
    cv.rect((0, 380, W, 610), "#f3d7ae")
    for i in range(0, W, 200):
        cv.rect((i + 40, 420, i + 140, 520), WHITE, r=6)
        cv.vgrad((i + 48, 428, i + 132, 512), "#b7e1ee", "#e8f6f8")
    cv.rect((0, 370, W, 390), CORAL)
    cv.poly([(620, 1000), (980, 1000), (880, 610), (720, 610)], "#eadfc8")
    tree(cv, 170, 700, 1.45, seed=8)
    bush(cv, 1420, 690, 1.2)
    bush(cv, 560, 640, 0.8, color="#8cc45a")
    for i in range(9):
        fx = 1400 + (i % 3) * 60 + (i // 3) * 25
        fy = 800 + (i // 3) * 55
        cv.line([(fx, fy), (fx, fy - 28)], GREEN_DARK, 4)
        for k in range(5):
            a = math.radians(k * 72)
            cv.circle(
                fx + 9 * math.cos(a),
                fy - 32 + 9 * math.sin(a),
                7,
                [WHITE, AMBER, CORAL][i % 3],
            )
        cv.circle(fx, fy - 32, 5, AMBER if i % 3 != 1 else CORAL)
    # bench: back rest, then the children, then the seat in front of them
    bx0, bx1, seat = 400, 1200, 760
    for k in range(3):
        cv.rect((bx0, seat - 220 + k * 52, bx1, seat - 186 + k * 52), WOOD, r=6)
    for lx in (bx0 + 50, bx1 - 50):
        cv.rect((lx - 9, seat - 232, lx + 9, seat), SLATE, r=4)
    pants_o, pants_y = "#3f7cac", CORAL
    # seated: hips just above the seat
    older = person(
        cv,
        690,
        seat - 24 + 0.45 * 560,
        560,
        shirt=TEAL,
        pants=pants_o,
        skin=SKINS[2],
        hair=HAIRS[0],
        style="short",
        arms=None,
        legs=False,
        facing=0.6,
    )
    younger = person(
        cv,
        935,
        seat - 24 + 0.45 * 410,
        410,
        shirt=AMBER,
        pants=pants_y,
        skin=SKINS[0],
        hair=HAIRS[2],
        style="ponytail",
        child=True,
        arms=None,
        legs=False,
        facing=-0.7,
    )
    cv.rect((bx0 - 24, seat, bx1 + 24, seat + 34), WOOD_DARK, r=6)
    cv.rect((bx0 - 24, seat - 10, bx1 + 24, seat + 12), WOOD, r=6)
    for lx in (bx0 + 34, bx1 - 34):
        cv.rect((lx - 11, seat + 34, lx + 11, 930), SLATE, r=4)
    # laps and legs; the younger one's feet don't reach the ground
    for g, col, foot in ((older, pants_o, 935), (younger, pants_y, 880)):
        x, h, tw = g["x"], g["h"], g["tw"]
        cv.rect(
            (x - tw / 2 - 4, seat - 50, x + tw / 2 + 4, seat + 16), col, r=h * 0.045
        )
        for sgn in (-1, 1):
            lx = x + sgn * h * 0.06
            cv.capsule([(lx, seat), (lx + sgn * 3, foot - 20)], col, h * 0.095)
            cv.ellipse(
                (
                    lx - h * 0.062 + sgn * 7,
                    foot - 34,
                    lx + h * 0.062 + sgn * 7,
                    foot - 4,
                ),
                "#33393f",
            )
    # the outer arms rest on the laps
    arm(
        cv,
        older,
        -1,
        [
            (older["x"] - older["tw"] / 2 - 14, older["sy"] + 150),
            (older["x"] - 48, seat - 34),
        ],
    )
    arm(
        cv,
        younger,
        1,
        [
            (younger["x"] + younger["tw"] / 2 + 12, younger["sy"] + 110),
            (younger["x"] + 40, seat - 34),
        ],
    )
    # the open book lying across their knees
    bx, by = (older["x"] + younger["x"]) / 2 + 8, seat - 62
    bw, bh = 122, 62
    cv.poly(
        [
            (bx - bw - 8, by - bh),
            (bx, by - bh + 14),
            (bx + bw + 8, by - bh),
            (bx + bw + 14, by + bh),
            (bx, by + bh + 12),
            (bx - bw - 14, by + bh),
        ],
        GREEN_DARK,
    )
    cv.poly(
        [
            (bx - bw, by - bh + 8),
            (bx, by - bh + 20),
            (bx, by + bh + 4),
            (bx - bw - 4, by + bh - 8),
        ],
        "#fffaf0",
    )
    cv.poly(
        [
            (bx + bw, by - bh + 8),
            (bx, by - bh + 20),
            (bx, by + bh + 4),
            (bx + bw + 4, by + bh - 8),
        ],
        "#f3ecdd",
    )
    for i in range(5):
        yy = by - bh + 36 + i * 17
        cv.line([(bx - bw + 16, yy), (bx - 14, yy + 8)], rgb(INK, 80), 3)
    cv.circle(bx + 56, by - 14, 20, rgb(AMBER, 230))
    cv.poly([(bx + 18, by + 40), (bx + 56, by), (bx + 96, by + 38)], rgb(GREEN, 230))
    # the inner hands hold the book
    arm(
        cv,
        older,
        1,
        [
            (older["x"] + older["tw"] / 2 - 4, older["sy"] + 115),
            (bx - bw + 10, by + bh - 14),
        ],
    )
    # the younger one points at the picture
    arm(
        cv,
        younger,
        -1,
        [(younger["x"] - younger["tw"] / 2 - 6, younger["sy"] + 95), (bx + 62, by - 2)],
    )
    # letters rising from the book
    letters = (("A", CORAL), ("b", TEAL), ("Ж", PLUM), ("c", AMBER), ("?", GREEN_DARK))
    for i, (ch, c) in enumerate(letters):
        t = (i + 1) / len(letters)
        lx = bx - 120 + 420 * t
        ly = by - 380 - 110 * math.sin(t * 2.4)
        cv.text((lx, ly), ch, 40 + i * 4, rgb(c, 215), bold=True)
    # backpack on the grass
    cv.ellipse((1240, 935, 1370, 960), rgb(INK, 40))
    cv.rect((1250, 830, 1360, 950), CORAL, r=22)
    cv.rect((1265, 880, 1345, 935), shade(CORAL, 0.15), r=12)
    cv.arc((1270, 800, 1340, 860), 180, 360, shade(CORAL, 0.3), 8)
    return cv


def madrid_building(cv):
    brick = "#c0664a"
    stone = "#f2e6d2"
    roof = SLATE
    # side wings
    cv.rect((60, 300, 1540, 760), brick)
    cv.rect((60, 280, 1540, 305), roof)
    # central block (taller)
    cv.rect((520, 200, 1080, 760), shade(brick, 0.05))
    cv.rect((510, 180, 1090, 205), roof)
    # towers with slate spires
    for tx in (520, 1080):
        cv.rect((tx - 60, 160, tx + 60, 760), shade(brick, 0.12))
        cv.rect((tx - 68, 150, tx + 68, 172), stone)
        cv.poly([(tx - 60, 152), (tx + 60, 152), (tx + 16, 20), (tx - 16, 20)], roof)
        cv.rect((tx - 4, -10, tx + 4, 24), roof)
        cv.circle(tx, -10, 10, AMBER)
        for wy in (230, 360, 490):
            cv.rect((tx - 22, wy, tx + 22, wy + 80), TEAL_DARK, r=3)
            cv.rect((tx - 30, wy - 8, tx + 30, wy), stone)

    # windows with iron balconies
    def wnd(x, y):
        cv.rect((x - 8, y - 14, x + 48, y - 4), stone)
        cv.rect((x, y, x + 40, y + 86), "#2f4d5e")
        cv.rect((x + 4, y + 4, x + 36, y + 82), "#3d6579")
        cv.rect((x - 10, y + 70, x + 50, y + 76), INK)
        for k in range(6):
            cv.line([(x - 6 + k * 11, y + 56), (x - 6 + k * 11, y + 72)], INK, 2)
        cv.line([(x - 10, y + 56), (x + 50, y + 56)], INK, 2)

    for row, y in enumerate((340, 470)):
        for x in list(range(110, 420, 90)) + list(range(1160, 1500, 90)):
            wnd(x, y)
        for x in range(620, 1000, 90):
            wnd(x, y - (30 if row == 0 else 0) - 40 * (row == 0))
    # arcade on the ground floor
    cv.rect((60, 600, 1540, 620), stone)
    for i in range(15):
        ax = 90 + i * 98
        cv.rect((ax, 640, ax + 66, 760), "#5a3a2a", r=0)
        cv.pieslice((ax, 610, ax + 66, 676), 180, 360, "#5a3a2a")
        cv.rect((ax - 16, 630, ax, 760), stone)
    cv.rect((1530, 630, 1546, 760), stone)


def madrid_training_1():
    cv = Canvas()
    cv.vgrad((0, 0, W, 760), "#3f9bd3", "#cfe9f5")
    cloud(cv, 1330, 120, 0.8, alpha=220)
    cloud(cv, 260, 180, 0.6, alpha=200)
    madrid_building(cv)
    # plaza
    cv.vgrad((0, 760, W, H), "#e7dccb", "#d3c3a9")
    for i in range(-8, 20):
        x0 = 800 + i * 120
        cv.line([(x0, 760), (800 + (x0 - 800) * 2.2, H)], rgb("#b8a78b", 120), 2)
    for yy in (790, 840, 910):
        cv.line([(0, yy), (W, yy)], rgb("#b8a78b", 110), 2)
    # flags
    flag_on_pole(cv, 180, 250, 800, eu_flag, 270, 180)
    flag_on_pole(cv, 1400, 330, 800, spain_flag, 150, 100)
    # group of teachers, two rows
    back_row = [
        (
            470,
            {"shirt": TEAL_LIGHT, "skin": SKINS[0], "hair": HAIRS[2], "style": "bun"},
        ),
        (640, {"shirt": GREEN, "skin": SKINS[2], "hair": HAIRS[0], "style": "short"}),
        (810, {"shirt": CORAL, "skin": SKINS[1], "hair": HAIRS[4], "style": "long"}),
        (980, {"shirt": PLUM, "skin": SKINS[3], "hair": HAIRS[4], "style": "curly"}),
        (1150, {"shirt": AMBER, "skin": SKINS[0], "hair": HAIRS[5], "style": "bald"}),
    ]
    for i, (x, kw) in enumerate(back_row):
        person(
            cv,
            x,
            880,
            400,
            pants=SLATE,
            lanyard=TEAL,
            facing=0.2 * (i - 2) / 2,
            arms=("down", "up" if i == 3 else "down"),
            **kw,
        )
    front_row = [
        (
            380,
            {
                "shirt": AMBER,
                "skin": SKINS[3],
                "hair": HAIRS[0],
                "style": "ponytail",
                "skirt": TEAL,
            },
        ),
        (560, {"shirt": TEAL, "skin": SKINS[0], "hair": HAIRS[1], "style": "short"}),
        (
            740,
            {
                "shirt": "#f08a5d",
                "skin": SKINS[2],
                "hair": "#e8ddc8",
                "style": "hijab",
                "skirt": TEAL_DARK,
            },
        ),
        (
            900,
            {
                "shirt": GREEN_DARK,
                "skin": SKINS[1],
                "hair": HAIRS[3],
                "style": "long",
                "skirt": AMBER,
            },
        ),
        (1070, {"shirt": CORAL, "skin": SKINS[4], "hair": HAIRS[4], "style": "short"}),
        (
            1240,
            {
                "shirt": TEAL_LIGHT,
                "skin": SKINS[0],
                "hair": HAIRS[2],
                "style": "ponytail",
            },
        ),
    ]
    for i, (x, kw) in enumerate(front_row):
        arms: tuple[str, str] | None = ("down", "down")
        if i == 0:
            arms = ("wave", "down")
        if i == 5:
            arms = ("down", "wave")
        if i == 2:
            arms = None
        if i == 3:
            arms = ("down", "hold")
        g = person(
            cv,
            x,
            975,
            430,
            pants=SLATE,
            lanyard=AMBER if i % 2 else TEAL,
            facing=0.15 * (i - 2.5) / 2.5,
            arms=arms,
            **kw,
        )
        if i == 2:
            # a certificate held up in front
            top = g["sy"] + 95
            arm(cv, g, -1, [(x - 70, g["sy"] + 120), (x - 62, top + 60)], hand=False)
            arm(cv, g, 1, [(x + 70, g["sy"] + 120), (x + 62, top + 60)], hand=False)
            cv.rect((x - 58, top, x + 58, top + 78), WHITE, r=4)
            cv.rect((x - 50, top + 8, x + 50, top + 18), "#003399", r=2)
            for k in range(2):
                cv.line(
                    [(x - 44, top + 34 + k * 12), (x + 20 - k * 20, top + 34 + k * 12)],
                    rgb(INK, 110),
                    3,
                )
            star(cv, x + 38, top + 56, 12, AMBER)
            for sgn in (-1, 1):
                cv.circle(x + sgn * 56, top + 58, g["aw"] * 0.62, g["skin"])
    return cv


def madrid_training_2():
    cv = Canvas()
    cv.vgrad((0, 0, W, 640), "#eef0f3", "#dde2e8")
    cv.vgrad((0, 640, W, H), "#5f7a8a", "#4a6373")
    # ceiling strip and side windows
    cv.rect((0, 0, W, 40), "#f7f8fa")
    for wx in (40, 1410):
        cv.rect((wx, 110, wx + 150, 560), WHITE, r=4)
        cv.vgrad((wx + 10, 120, wx + 140, 550), "#a9d7ec", "#eaf5fa")
        cv.rect((wx + 70, 120, wx + 80, 550), WHITE)
    # roll-up banner with EU flag
    cv.rect((230, 170, 400, 640), WHITE, r=4)
    eu_flag(cv, (250, 200, 380, 287))
    cv.rect((250, 320, 380, 336), TEAL, r=4)
    cv.rect((250, 350, 340, 362), rgb(TEAL, 140), r=4)
    cv.poly([(230, 640), (230, 460), (400, 540), (400, 640)], rgb(AMBER, 230))
    cv.poly([(230, 640), (230, 560), (400, 500), (400, 640)], rgb(CORAL, 200))
    cv.rect((220, 636, 410, 652), SLATE, r=4)
    # screen
    sx0, sy0, sx1, sy1 = 460, 90, 1160, 500
    cv.rect((sx0 - 20, sy0 - 26, sx1 + 20, sy0 - 4), SLATE, r=8)
    cv.rect((sx0, sy0, sx1, sy1), WHITE)
    cv.rect((sx0, sy0, sx1, sy1), None, outline="#c9ced4", width=3)
    cv.vgrad((sx0 + 20, sy0 + 20, sx1 - 20, sy1 - 20), "#f5fbfd", "#e3f1f6")
    title = "Initiating positive change"
    size = 48
    while cv.text_width(title, size, bold=True) > sx1 - sx0 - 80:
        size -= 2
    cv.text(((sx0 + sx1) / 2, sy0 + 82), title, size, TEAL, bold=True)
    cv.rect(
        ((sx0 + sx1) / 2 - 90, sy0 + 122, (sx0 + sx1) / 2 + 90, sy0 + 128), AMBER, r=3
    )
    # simple rising steps and a sprout
    steps = [(620, 440, 90, CORAL), (720, 400, 130, AMBER), (820, 360, 170, GREEN)]
    for x0, top, _hgt, c in steps:
        cv.rect((x0, top, x0 + 90, 460), c, r=4)
    cv.line([(960, 460), (960, 300)], GREEN_DARK, 8)
    cv.ellipse((960, 270, 1040, 310), GREEN)
    cv.ellipse((890, 320, 960, 356), GREEN)
    cv.line([(600, 460), (1080, 460)], rgb(INK, 120), 3)
    # presenter with clicker
    person(
        cv,
        1290,
        690,
        470,
        shirt=CORAL,
        pants=SLATE,
        skin=SKINS[2],
        hair=HAIRS[4],
        style="short",
        arms=("point", "down"),
        facing=-0.6,
        lanyard=TEAL,
    )
    cv.rect((1360, 560, 1460, 700), WOOD, r=6)
    cv.rect((1350, 550, 1470, 572), WOOD_DARK, r=6)
    # audience seen from behind, three rows
    rows = [
        (615, 0.6, [330, 530, 730, 930, 1130]),
        (730, 0.82, [200, 460, 720, 980, 1240, 1500]),
        (870, 1.1, [100, 440, 780, 1120, 1460]),
    ]
    shirts = [TEAL, AMBER, GREEN, PLUM, CORAL, TEAL_LIGHT, GREEN_DARK, "#3f7cac"]
    hairs = ["short", "long", "bun", "curly", "bald", "short", "hijab", "ponytail"]
    k = 0
    for y, s, xs in rows:
        for x in xs:
            style = hairs[k % len(hairs)]
            hair = "#d9cbb4" if style == "hijab" else HAIRS[k % len(HAIRS)]
            seated_back(
                cv,
                x,
                y,
                s,
                shirt=shirts[k % len(shirts)],
                hair=hair,
                skin=SKINS[k % len(SKINS)],
                style=style,
                raise_hand=1 if k == 7 else None,
            )
            k += 1
        for x in xs:
            cv.rect(
                (x - 84 * s, y + 100 * s, x + 84 * s, y + 250 * s), TEAL_DARK, r=18 * s
            )
            cv.rect(
                (x - 70 * s, y + 112 * s, x + 70 * s, y + 122 * s),
                rgb(WHITE, 40),
                r=4 * s,
            )
    # ceiling projector
    cv.rect((796, 0, 804, 30), SLATE)
    cv.rect((740, 26, 860, 62), "#e8ebee", r=10)
    cv.rect((740, 52, 860, 62), "#cfd5da", r=4)
    return cv


SCENES = {
    "welcome-classroom.jpg": welcome_classroom,
    "family-call.jpg": family_call,
    "homework-club.jpg": homework_club,
    "teacher-training.jpg": teacher_training,
    "summer-school.jpg": summer_school,
    "family-breakfast.jpg": family_breakfast,
    "reading-buddies.jpg": reading_buddies,
    "madrid-training-1.jpg": madrid_training_1,
    "madrid-training-2.jpg": madrid_training_2,
}


def main(names: list[str]) -> None:
    for name, draw in SCENES.items():
        if names and name not in names and name.removesuffix(".jpg") not in names:
            continue
        size = draw().save(name)
        print(f"{name}: {size / 1024:.0f} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
