"""Immutable values that flow through the pipeline.

Every stage takes some of these and returns new ones; nothing here does I/O
or holds mutable state. The public ones (``Capture``, ``Episode`` and its
parts) are re-exported from :mod:`podclean`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Capture:
    """One raw page capture: its text or bytes, and the name it is known by.

    >>> Capture(name="page.txt", data="Show\\nEpisode 1\\n1:02:03")
    Capture(name='page.txt', data='Show\\nEpisode 1\\n1:02:03')
    """

    name: str
    data: bytes | str


@attrs.frozen(kw_only=True)
class Document:
    """A capture decoded to text and split into lines (1-based numbering).

    ``lines`` never contain newline characters; their count is the number of
    lines every later stage accounts for.
    """

    name: str
    lines: tuple[str, ...]
    encoding: str
    notes: tuple[str, ...] = ()
    #: Line numbers whose text was a row of short pieces set apart by wide
    #: gaps ("All   Season 3   Season 2   Bonus"): repair closes the gaps.
    rows: frozenset[int] = frozenset()
    #: The cells of lines whose text was tab-separated (a table copied from
    #: a page), by line number, each cell repaired: repair joins them.
    cells: tuple[tuple[int, tuple[str, ...]], ...] = ()


@attrs.frozen(kw_only=True)
class Block:
    """A span of one document that shows one episode, before field parsing.

    ``head`` holds the short lines between the title and the body (dates,
    durations, show names); ``body`` the remaining content lines. Both keep
    their line numbers so that every field can say where it came from.
    """

    capture: str
    site: str
    start_line: int
    end_line: int
    title: str
    show: str | None = None
    head: tuple[tuple[int, str], ...] = ()
    body: tuple[tuple[int, str], ...] = ()
    glued: bool = False


@attrs.frozen(kw_only=True)
class RelativeDate:
    """A date a page gave relative to when it was captured.

    ``unit`` is "minute", "hour", "day", "week", "month" or "year" for
    "3 days ago" (``amount`` 3); "yearless" for a month and day without a
    year ("Jun 2": ``amount`` is month × 100 + day), which means the latest
    such date not after the capture.
    """

    amount: int
    unit: str
    text: str


@attrs.frozen(kw_only=True)
class Chapter:
    """A chapter marker: where it starts, its title, and its summary if any.

    ``lang`` is the language of its text, set when an episode is merged
    ("und" before, or when its text cannot tell).
    """

    start_s: int
    title: str
    summary: str = ""
    lang: str = "und"


@attrs.frozen(kw_only=True)
class Turn:
    """One turn of a transcript."""

    speaker: str
    start_s: int
    text: str


@attrs.frozen(kw_only=True)
class Entity:
    """A person or other named entity the page names, with its note.

    ``kind`` is one English lower-case word: a person's role (``guest``,
    ``host``, ``person``) or what another entity is (``organization``,
    ``product``, ``concept``, ``place``, ``other``); ``label`` is the page's
    own word for it ("인물", "Software"), empty where the page gave none.
    ``lang`` is the language of what the page says about it (its note, else
    the page's), set when an episode is merged.
    """

    name: str
    kind: str
    note: str = ""
    label: str = ""
    lang: str = "und"


@attrs.frozen(kw_only=True)
class LanguageGuess:
    """The language of a text: ISO 639-1 ``code`` ("und" when unknown).

    ``secondary`` names a second language that holds a real share of a mixed
    text; ``reason`` says which evidence decided.
    """

    code: str
    confidence: float
    secondary: str | None = None
    reason: str = ""


@attrs.frozen(kw_only=True)
class Record:
    """The parsed fields of one block: what the page said about one episode."""

    block: Block
    title: str
    show: str | None
    published: str | None
    published_relative: RelativeDate | None
    duration_s: int | None
    description: str
    truncated: bool
    chapters: tuple[Chapter, ...]
    transcript: tuple[Turn, ...]
    tags: tuple[str, ...]
    entities: tuple[Entity, ...]
    links: tuple[str, ...]
    title_lang: str = "und"
    description_lang: str = "und"
    #: The show the page names for this episode outside its own lines (a
    #: header, a byline, a host's note). Output only: resolution compares
    #: ``show``, which the episode's own lines give.
    page_show: str | None = None
    #: The people the block names, with their roles (:mod:`podclean.fields.people`).
    people: tuple[Entity, ...] = ()

    @property
    def lang(self) -> str:
        """The block's language: its description's, or its title's."""
        return self.description_lang if self.description else self.title_lang


@attrs.frozen(kw_only=True)
class Source:
    """Where one part of an episode came from: one block of one capture."""

    capture: str
    site: str
    start_line: int
    end_line: int
    lang: str
    title: str
    title_lang: str = "und"


@attrs.frozen(kw_only=True)
class Localized:
    """An episode's title and description in one language."""

    title: str | None = None
    description: str | None = None
    #: Whether the description is cut off (every source of it was truncated).
    truncated: bool = False


@attrs.frozen(kw_only=True)
class Episode:
    """One canonical episode, merged from every block that shows it."""

    id: str
    title: str
    language: str
    show: str | None
    published: str | None
    duration_s: int | None
    localized: Mapping[str, Localized] = attrs.field(hash=False)
    chapters: tuple[Chapter, ...] = ()
    transcript: tuple[Turn, ...] = ()
    tags: tuple[str, ...] = ()
    people: tuple[Entity, ...] = ()
    entities: tuple[Entity, ...] = ()
    links: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    published_relative: RelativeDate | None = None
    #: Where sources disagree: every value seen per field, as text (the
    #: first output form, kept as it was).
    conflicts: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, hash=False)
    #: The same values typed like their field (``duration_s`` ints).
    conflict_values: Mapping[str, tuple[str | int, ...]] = attrs.field(factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The episode as plain JSON values: one row of the JSON Lines output.

        This is the public output contract (``docs/formats.md``): keys are
        added, never renamed or removed. Every other format is made from it.
        """
        relative = self.published_relative
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "show": self.show,
            "published": self.published,
            "published_relative": (
                None if relative is None else {"amount": relative.amount, "unit": relative.unit, "text": relative.text}
            ),
            "duration_s": self.duration_s,
            "localized": {
                lang: {"title": text.title, "description": text.description, "truncated": text.truncated}
                for lang, text in sorted(self.localized.items())
            },
            "chapters": [
                {"start_s": c.start_s, "title": c.title, "summary": c.summary, "lang": c.lang} for c in self.chapters
            ],
            "transcript": [{"speaker": t.speaker, "start_s": t.start_s, "text": t.text} for t in self.transcript],
            "tags": list(self.tags),
            "people": [
                {"name": p.name, "role": p.kind, "note": p.note, "label": p.label, "lang": p.lang} for p in self.people
            ],
            "entities": [
                {"name": e.name, "kind": e.kind, "note": e.note, "label": e.label, "lang": e.lang}
                for e in self.entities
            ],
            "links": list(self.links),
            "sources": [
                {
                    "capture": s.capture,
                    "site": s.site,
                    "start_line": s.start_line,
                    "end_line": s.end_line,
                    "lang": s.lang,
                    "title": s.title,
                    "title_lang": s.title_lang,
                }
                for s in self.sources
            ],
            "conflicts": {k: list(v) for k, v in sorted(self.conflicts.items())},
            "conflict_values": {k: list(v) for k, v in sorted(self.conflict_values.items())},
        }


@attrs.frozen(kw_only=True)
class CaptureReport:
    """How every line of one capture was accounted for.

    ``episode_lines + chrome_lines + residue_lines == total_lines`` always.
    ``chrome_rules`` counts the lines each rule removed; ``residue`` keeps the
    lines nothing claimed, with their numbers, so that nothing is lost.
    """

    capture: str
    site: str
    encoding: str
    total_lines: int
    episode_lines: int
    chrome_lines: int
    residue_lines: int
    chrome_rules: Mapping[str, int] = attrs.field(factory=dict, hash=False)
    residue: tuple[tuple[int, str], ...] = ()
    #: Every line a chrome rule removed, with its number, rule and text: what
    #: the counts in ``chrome_rules`` are made of, but the blank lines
    #: between blocks (counted as ``blank``).
    chrome: tuple[tuple[int, str, str], ...] = ()
    blocks: int = 0
    notes: tuple[str, ...] = ()
    error: str | None = None


@attrs.frozen(kw_only=True)
class Result:
    """What :func:`podclean.clean_report` returns: episodes and accounting."""

    episodes: tuple[Episode, ...]
    reports: tuple[CaptureReport, ...]
