"""A generated corpus of episode blocks with known truth, for benchmarks.

Episodes are made from the vocabulary of the project's sample captures and a
seeded name generator; each episode is then shown on several pages with the
perturbations real captures have: the same text again, a rewritten title that
keeps the guests, a translation-like rewrite (every ordinary word swapped for
a made-up word, names and emoji kept), a description truncated by the page,
mojibake (repaired on the way in, as the pipeline would), durations rounded
or off by a little, dates missing or relative, and blocks with a title only.
Hard negatives are built in: guests share first names, shows share topics.

    from benchmarks.corpus import generate
    records, truth = generate(10_000, seed=1)
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401

from podclean.model import Block, Record
from podclean.repair import repair_line

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "podclean" / "samples"
FIRST = [
    "Ann",
    "Bo",
    "Chen",
    "Dara",
    "Eli",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jun",
    "Kai",
    "Lena",
    "Mara",
    "Nils",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Uma",
    "Vik",
    "Wen",
    "Yara",
    "Zoe",
    "Alex",
    "Sam",
    "Noor",
]
# Enough syllables for ~70k distinct surnames: real corpora of 100k blocks
# name tens of thousands of different guests (first names still collide).
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "to",
    "vi",
    "zu",
    "pe",
    "qua",
    "rin",
    "dor",
    "bel",
    "fen",
    "gal",
    "ba",
    "cho",
    "da",
    "ek",
    "fo",
    "gu",
    "ha",
    "ji",
    "ko",
    "lu",
    "ma",
    "no",
    "os",
    "pi",
    "re",
    "si",
    "ta",
    "ul",
    "va",
    "wo",
    "xe",
    "ya",
    "ze",
    "an",
]
EMOJI = ["🔬", "⚡️", "🎙", "🚀", ""]


def _vocabulary() -> list[str]:
    # English words of the English sample page: a real description is written
    # in one language, and word salad across languages would make every
    # language decision artificially hard (and slow).
    path = SAMPLES / "harbor-lights_directory.txt"
    text = repair_line(path.read_bytes().decode("utf-8", "replace").replace("\r", " ").replace("\n", " "))
    return sorted({w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)})


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _spanish_vocabulary() -> list[str]:
    path = SAMPLES / "harbor-lights_translations-es.txt"
    text = repair_line(path.read_bytes().decode("utf-8", "replace").replace("\r", " ").replace("\n", " "))
    return sorted({w.lower() for w in re.findall(r"[a-záéíóúñü]{4,}", text)})


SPANISH = _spanish_vocabulary()


def _foreign(word: str) -> str:
    # A translation-like swap into a real language: the same English word
    # always becomes the same Spanish word (not a translation, but text a
    # language identifier sees as Spanish, as it would a real one).
    return SPANISH[zlib.crc32(word.encode()) % len(SPANISH)]


def _record(
    capture: str, line: int, title: str, description: str, duration: int | None, published: str | None
) -> Record:
    block = Block(capture=capture, site="generated", start_line=line, end_line=line + 1, title=title)
    return Record(
        block=block,
        title=title,
        show=None,
        published=published,
        published_relative=None,
        duration_s=duration,
        description=description,
        truncated=description.endswith("…"),
        chapters=(),
        transcript=(),
        tags=(),
        entities=(),
        links=(),
        title_lang="en",
        description_lang="en" if description else "und",
    )


def generate(blocks: int, seed: int = 1, per_page: int = 25) -> tuple[list[Record], list[int]]:
    """``blocks`` records and, for each, the id of the real episode it shows."""
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    surnames = [_name(rng) for _ in range(max(50, blocks // 2))]
    orgs = [_name(rng) + rng.choice(["", " Labs", " AI", " Cloud"]) for _ in range(max(20, blocks // 8))]
    shown: list[tuple[int, str, str, int | None, str | None]] = []
    episode = 0
    while len(shown) < blocks:
        guest = f"{rng.choice(FIRST)} {rng.choice(surnames)}"
        org = rng.choice(orgs)
        topic = " ".join(rng.choice(vocabulary).capitalize() for _ in range(rng.randint(3, 6)))
        emoji = rng.choice(EMOJI)
        title = f"{emoji}{topic} — {guest}, {org}"
        words = [rng.choice(vocabulary) for _ in range(rng.randint(60, 140))]
        for _ in range(4):
            words.insert(rng.randrange(len(words)), rng.choice([guest, org]))
        description = " ".join(words) + "."
        duration = rng.randint(20, 120) * 60 + rng.randint(0, 59)
        published = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for copy in range(1 + min(5, int(rng.expovariate(0.7)))):
            t, d = title, description
            dur: int | None = duration
            pub: str | None = published
            kind = rng.random() if copy else 0.0
            if kind > 0.8:  # translation-like: ordinary words swapped, names kept
                t = f"{emoji}{' '.join(_foreign(w).capitalize() for w in topic.split())} — {guest}, {org}"
                d = " ".join(w if w[:1].isupper() else _foreign(w) for w in d.split())
                dur = None if rng.random() < 0.5 else dur
            elif kind > 0.6:  # rewritten title, same guests
                t = f"{' '.join(rng.choice(vocabulary).capitalize() for _ in range(3))} — {guest}"
            elif kind > 0.45:  # the page cut the description short
                d = d[: rng.randint(80, max(81, len(d) // 2))] + "…"
            elif kind > 0.35:  # title only
                d = ""
            elif kind > 0.25:  # mojibake, repaired on the way in
                t = repair_line(t.encode("utf-8").decode("sloppy-windows-1252"))
                d = repair_line(d.encode("utf-8").decode("sloppy-windows-1252"))
            if dur and rng.random() < 0.3:
                dur = round(dur / 60) * 60  # "1h 23min"
            if rng.random() < 0.3:
                pub = None
            shown.append((episode, t, d, dur, pub))
        episode += 1
    shown = shown[:blocks]
    rng.shuffle(shown)
    # Pages list each episode at most once, as real pages do.
    pages: list[dict[int, tuple[int, str, str, int | None, str | None]]] = []
    for item in shown:
        for page in pages[-8:]:
            if item[0] not in page and len(page) < per_page:
                page[item[0]] = item
                break
        else:
            pages.append({item[0]: item})
    records, truth = [], []
    for p, page in enumerate(pages):
        for line, (ep, t, d, dur, pub) in enumerate(page.values()):
            records.append(_record(f"page-{p:06d}.txt", 1 + 3 * line, t, d, dur, pub))
            truth.append(ep)
    return records, truth


def render_pages(records: list[Record], per_page: int = 25) -> list[tuple[str, str]]:
    """Generated records written out as capture pages (name, text).

    A directory-style layout the generic profile reads: the show, then per
    episode a title, a "DD.MM.YYYY · N min" line and the description.
    Blocks with neither date nor duration are left out (they could not be
    told from body text on a page with no profile, as on a real one).
    """
    by_page: dict[str, list[Record]] = {}
    for record in records:
        if record.published or record.duration_s:
            by_page.setdefault(record.block.capture, []).append(record)
    pages = []
    for name, items in sorted(by_page.items()):
        lines = ["Generated Show", "Episodes", ""]
        for r in items[:per_page]:
            meta = []
            if r.published:
                year, month, day = r.published.split("-")
                meta.append(f"{day}.{month}.{year}")
            if r.duration_s:
                meta.append(f"{r.duration_s // 60} min")
            lines += [r.title, " · ".join(meta), r.description or "", ""]
        pages.append((name, "\n".join(lines)))
    return pages
