"""Immutable values that flow through the pipeline.

Every stage takes some of these and returns new ones; nothing here does I/O
or holds mutable state. The public ones (``Capture``, ``Episode`` and its
parts) are re-exported from :mod:`podclean`.
"""

from __future__ import annotations

from collections.abc import Mapping

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


@attrs.frozen(kw_only=True)
class LineRole:
    """What one line of a document turned out to be, and which rule said so."""

    number: int
    kind: str  # "episode", "chrome" or "residue"
    rule: str = ""


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
    """A chapter marker: where it starts, its title, and its summary if any."""

    start_s: int
    title: str
    summary: str = ""


@attrs.frozen(kw_only=True)
class Turn:
    """One turn of a transcript."""

    speaker: str
    start_s: int
    text: str


@attrs.frozen(kw_only=True)
class Entity:
    """A person or other named entity listed by the page, with its note."""

    name: str
    kind: str
    note: str = ""


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
    conflicts: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, hash=False)


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
    blocks: int = 0
    notes: tuple[str, ...] = ()
    error: str | None = None


@attrs.frozen(kw_only=True)
class Result:
    """What :func:`podclean.clean_report` returns: episodes and accounting."""

    episodes: tuple[Episode, ...]
    reports: tuple[CaptureReport, ...]
