"""
Demo pictures drawn with Pillow, the same for the same seed: micrographs of cells in the two looks a
cancer lab knows (fluorescence, and an H&E-stained section), and for portraits a plain silhouette.
They are illustrations, not photographs; nothing is downloaded.
"""

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

# Portraits: (dark, light), one per person by seed.
PALETTES = [
    ("#8a1538", "#f4d6de"),
    ("#1d4e89", "#d7e5f5"),
    ("#2f6b3a", "#dcefd9"),
    ("#6b3fa0", "#e8dcf5"),
    ("#a35a00", "#fbe6cc"),
    ("#005f6b", "#d2eef1"),
]


def draw_picture(seed, width, height):
    """A Pillow RGB image for ``seed``: a silhouette if the seed names a portrait, else a micrograph."""
    rng = random.Random(seed)  # noqa: S311 - repeatable pictures, not security
    if str(seed).startswith("Portrait"):
        return _portrait(rng, width, height)
    look = rng.choice((_fluorescence, _fluorescence, _stained_section))
    return look(rng, width, height)


def _cell_centres(rng, width, height, count, spacing):
    """Up to ``count`` points at least ``spacing`` apart, in clumps as cells grow."""
    centres = []
    clumps = [(rng.uniform(0, width), rng.uniform(0, height)) for _clump in range(rng.randint(2, 5))]
    for _attempt in range(count * 12):
        if len(centres) >= count:
            break
        cx, cy = rng.choice(clumps)
        x, y = rng.gauss(cx, width / 4), rng.gauss(cy, height / 4)
        if 0 <= x < width and 0 <= y < height and all(math.dist((x, y), c) >= spacing for c in centres):
            centres.append((x, y))
    return centres


def _blob(rng, x, y, radius, wobble=0.25, points=18):
    """An irregular closed outline around (x, y): a cell, not a circle."""
    oval, lobes = rng.uniform(0, math.tau), rng.uniform(0, math.tau)
    stretch = rng.uniform(0.8, 1.2)
    outline = []
    for step in range(points):
        angle = step * math.tau / points
        shape = 0.7 * math.sin(2 * angle + oval) + 0.3 * math.sin(3 * angle + lobes)
        r = radius * (1 + wobble * shape + rng.uniform(-0.04, 0.04))
        outline.append((x + r * math.cos(angle) * stretch, y + r * math.sin(angle) / stretch))
    return outline


def _scale_bar(picture, colour):
    width, height = picture.size
    draw = ImageDraw.Draw(picture)
    bar, margin, thickness = width // 8, width // 30, max(3, height // 160)
    draw.rectangle((width - margin - bar, height - margin - thickness, width - margin, height - margin), fill=colour)


def _fluorescence(rng, width, height):
    """Cells under a fluorescence microscope: blue nuclei, green or red cytoplasm, bright spots, on black."""
    channels = {name: Image.new("L", (width, height), 0) for name in ("red", "green", "blue")}
    draws = {name: ImageDraw.Draw(channel) for name, channel in channels.items()}
    cytoplasm, marker = rng.choice((("green", "red"), ("red", "green")))
    radius = min(width, height) / rng.uniform(14, 22)
    for x, y in _cell_centres(rng, width, height, rng.randint(35, 70), radius * 1.3):
        draws[cytoplasm].polygon(_blob(rng, x, y, radius * 1.4, wobble=0.35), fill=int(150 * rng.uniform(0.4, 1)))
        nx, ny = x + rng.uniform(-radius, radius) * 0.25, y + rng.uniform(-radius, radius) * 0.25
        draws["blue"].polygon(_blob(rng, nx, ny, radius * 0.6, wobble=0.12), fill=int(255 * rng.uniform(0.65, 1)))
        if rng.random() < 0.45:  # a labelled protein, as a few bright foci in the nucleus
            for _focus in range(rng.randint(2, 6)):
                fx, fy, fr = nx + rng.gauss(0, radius / 4), ny + rng.gauss(0, radius / 4), radius * 0.08
                draws[marker].ellipse((fx - fr, fy - fr, fx + fr, fy + fr), fill=255)
    glow = max(1, width // 300)
    red, green = (channels[name].filter(ImageFilter.GaussianBlur(glow * 2)) for name in ("red", "green"))
    blue = channels["blue"]
    blue = ImageChops.add(blue.filter(ImageFilter.GaussianBlur(glow)), blue.filter(ImageFilter.GaussianBlur(glow * 4)))
    # DAPI bleeds a little into green, which makes the nuclei read as a cool blue rather than violet.
    picture = Image.merge("RGB", (red, ImageChops.add(green, blue.point(lambda v: v // 3)), blue))
    _scale_bar(picture, "#ffffff")
    return picture


def _stained_section(rng, width, height):
    """A tissue section stained with haematoxylin and eosin: purple nuclei in pink tissue, pale gaps."""
    size = (width, height)
    picture = Image.new("RGB", size, (246, 214, 226))
    tissue = ImageDraw.Draw(picture)
    for _fibre in range(220):  # eosin-stained strands
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        length, angle = rng.uniform(width / 30, width / 8), rng.gauss(0.4, 0.5)
        shade = rng.randint(200, 235)
        tissue.line(
            (x, y, x + length * math.cos(angle), y + length * math.sin(angle)),
            fill=(236, shade - 40, shade - 10),
            width=rng.randint(2, 9),
        )
    for _gap in range(rng.randint(2, 4)):  # lumens and tears: pale, irregular
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        tissue.polygon(_blob(rng, x, y, rng.uniform(width / 16, width / 7), wobble=0.4), fill=(250, 240, 244))
    picture = picture.filter(ImageFilter.GaussianBlur(max(1, width // 400)))
    nuclei = Image.new("L", size, 0)
    stain = ImageDraw.Draw(nuclei)
    radius = min(width, height) / rng.uniform(45, 70)
    for x, y in _cell_centres(rng, width, height, rng.randint(180, 320), radius * 2):
        stain.polygon(
            _blob(rng, x, y, radius * rng.uniform(0.7, 1.5), wobble=0.2, points=12), fill=rng.randint(150, 235)
        )
    nuclei = nuclei.filter(ImageFilter.GaussianBlur(max(1, width // 600)))
    haematoxylin = Image.new("RGB", size, (72, 38, 118))
    picture = Image.composite(haematoxylin, picture, nuclei)
    _scale_bar(picture, "#1c1b22")
    return picture


def _portrait(rng, width, height):
    """A head-and-shoulders silhouette on one of the brand's light colours."""
    dark, light = PALETTES[rng.randrange(len(PALETTES))]
    picture = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    unit = min(width, height)
    cx = width / 2 + rng.uniform(-0.05, 0.05) * unit
    head = unit * rng.uniform(0.16, 0.2)
    cy = height * 0.4
    draw.ellipse((cx - head * 2.1, cy + head * 1.5, cx + head * 2.1, cy + head * 5.5), fill=dark)  # shoulders
    draw.ellipse((cx - head, cy - head * 1.15, cx + head, cy + head * 1.15), fill=dark)
    return picture.filter(ImageFilter.SMOOTH)
