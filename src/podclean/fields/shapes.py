"""What kind of line a line is: shared shape tests for segmenting and parsing.

These are cheap predicates over one stripped line; none of them knows a site.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from podclean import languages
from podclean.fields.durations import CLOCK_MINUTE_UNIT

TAGS_LINE = regex.compile(r"(?:\s*#[\p{L}\p{N}_][\p{L}\p{N}_\-]*)+\s*")
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"'*\]\[]+", regex.IGNORECASE)


def may_link(text: str) -> bool:
    """Whether :data:`URL` could match in ``text`` (a cheap test that never says no wrongly)."""
    return "://" in text or "www." in text.lower()


#: A field written as its label and value ("De: Marta Ibarzábal", "Idioma:
#: Español"): a short label of words, no figures, then a short value.
LABELLED = regex.compile(
    r"\A(?P<label>\p{L}[\p{L}\p{M}.'’-]{0,40}+(?:\s++\p{L}[\p{L}\p{M}.'’-]{0,40}+)?)\s*+[:：]\s*\S.{0,60}"
)
BULLET = regex.compile(r"[*\-•·]\s+\S")
# A speaker's name: up to four capitalised words or initials ("RJ Honicky").
# Strict on purpose: glued pages run sentences into names ("Welcome.Kyle").
# Every repeat is bounded (a word is at most 30 letters and three joined
# parts), so a try at one position costs at most SPEAKER_MAX_CHARS steps and
# a search stays linear: unbounded, "Ab-" * 4000 + " [00:00]:" took 15 s.
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}]{1,30}(?:['’\-]\p{L}{1,30}){0,3}|\p{Lu}{1,3}\.?)"
SPEAKER = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
#: The longest text :data:`SPEAKER` can match.
SPEAKER_MAX_CHARS = 4 * (1 + 30 + 3 * 31) + 3
TIMESTAMP = r"\d{1,2}:\d{2}(?::\d{2})?"
TURN_NAME_FIRST = regex.compile(rf"(?P<speaker>{SPEAKER}) \[(?P<ts>{TIMESTAMP})\]:\s?")
TURN_TIME_FIRST = regex.compile(rf"\[(?P<ts>{TIMESTAMP})\] (?P<speaker>{SPEAKER}):\s?")
# A chapter's list marker: a bullet, an arrow, or an item number ("1. ").
_CHAPTER_MARKER = r"(?:[*\-•·–—▶►▸→]\s*|\d{1,3}[.)]\s+)?"
# Where a chapter's end is given too ("0:00 – 1:30 Intro", "[00:00-05:00]"),
# the chapter starts at the first time.
_RANGE_END = rf"(?:\s*[-–—~]\s*{TIMESTAMP})?"
#: One chapter: a marker, the time (bare, in brackets or in parentheses, maybe
#: with its end), a separator (a dash, colon, bar, bullet or tilde, or only
#: spaces) and the title, which is not a time alone, nor a minute unit alone
#: ("23:45 Min." is a length). A title glued to the time ("0:00Intro") must
#: open with a letter, so "1:03:39" alone stays a duration.
CHAPTER_LINE = regex.compile(
    rf"{_CHAPTER_MARKER}(?:\[(?P<ts>{TIMESTAMP}){_RANGE_END}\]|\((?P<ts>{TIMESTAMP}){_RANGE_END}\)|(?P<ts>{TIMESTAMP}){_RANGE_END})"
    rf"(?:\s*[-–—‒―:|•·~]\s+|\s+|(?=[\p{{L}}\"'“‘]))(?![-–—~\s]*{TIMESTAMP}\s*$)(?!{CLOCK_MINUTE_UNIT}\s*$)(?P<title>\S.*)",
    regex.DOTALL,
)
#: Where a line holding several chapters is cut: before each marker and time
#: that opens a chapter, never inside a longer number, between a marker and
#: its time, or between the two times of a range.
CHAPTER_BREAK = regex.compile(
    rf"(?<![\d:.])(?<![*\-•·–—▶►▸→]\s*)(?<!\d[.)]\s+)(?<!{TIMESTAMP}\s*[-–—~]\s*)(?<!{TIMESTAMP}[\])]?\s*)"
    rf"(?=(?:[*\-•·–—▶►▸→]\s*|\d{{1,3}}\.\s+)?(?:\[{TIMESTAMP}{_RANGE_END}\]|\({TIMESTAMP}{_RANGE_END}\)|{TIMESTAMP}(?![\d:]))"
    r"(?:\s|[\p{L}\"'“‘]))"
)
LETTER = regex.compile(r"\p{L}")

#: Section headings that switch what a block's body is, by language.
SECTION_HEADINGS = languages.section_headings()


# Case folding never shortens a text, so a longer one is no heading.
_LONGEST_HEADING = max(map(len, SECTION_HEADINGS))


def section_of(text: str) -> str | None:
    """The section a heading line opens (``"chapters"``…), or ``None``."""
    text = text.strip().rstrip(":")
    if len(text) > _LONGEST_HEADING:
        return None
    return SECTION_HEADINGS.get(text.casefold())


def is_turn(text: str) -> bool:
    """Whether a line is a transcript turn (``Swyx [00:00:00]: …``)."""
    return bool(TURN_NAME_FIRST.match(text) or TURN_TIME_FIRST.match(text))


def is_tags(text: str) -> bool:
    """Whether a line is nothing but hashtags (``#github#copilot``)."""
    return bool(TAGS_LINE.fullmatch(text))


def is_titleish(text: str, max_chars: int) -> bool:
    """Whether a line could be an episode title (short, lettered, no structure)."""
    if not 3 <= len(text) <= max_chars or not LETTER.search(text):
        return False
    if is_tags(text) or is_turn(text) or BULLET.match(text) or CHAPTER_LINE.fullmatch(text):
        return False
    return not (URL.fullmatch(text) or section_of(text) or is_tab_row(text))


#: Words a tab row is made of: section headings and interface words.
_TAB_WORDS = ("buttons", "toggles", "list_headings", "episode_headings", "read_more")
_MAX_TAB_WORDS = 10
_MAX_TAB_CHARS = 120


@functools.cache
def _tab_phrases() -> tuple[frozenset[str], int]:
    """Every tab and button phrase (case-folded), and the most words one has."""
    phrases = {
        p.casefold()
        for p in (*SECTION_HEADINGS, *(w for field in _TAB_WORDS for w in languages.words_of(field)))
        if "…" not in p
    }
    return frozenset(phrases), max(len(p.split()) for p in phrases)


def is_tab_row(text: str) -> bool:
    """Whether a line is a row of tabs or buttons run together ("Show Notes Transcript Chapter Markers").

    >>> is_tab_row("Summary Key takeaways Chapters Transcript"), is_tab_row("Notes from a transcript")
    (True, False)
    """
    if len(text) > _MAX_TAB_CHARS or " " not in text:
        return False
    phrases, longest = _tab_phrases()
    words = text.casefold().split()
    # fewest[i]: the fewest phrases words[:i] splits into (None: it does not).
    fewest: list[int | None] = [0] + [None] * len(words)
    for end in range(1, len(words) + 1):
        best = None
        for start in range(max(0, end - longest), end):
            before = fewest[start]
            if before is not None and (best is None or before + 1 < best) and " ".join(words[start:end]) in phrases:
                best = before + 1
        fewest[end] = best
    count = fewest[-1]
    return count is not None and 2 <= count <= _MAX_TAB_WORDS + 1


_SERIES_PART = languages.alternation(languages.words_of("series_parts"))
_SERIES_LINE = regex.compile(
    rf"\A(?:\S.{{0,80}}?(?:,\s*|\s+[–—-]\s+|\s+)(?:{_SERIES_PART})\.?\s*\d{{1,4}}|\S.{{0,80}}?\s\((?:{_SERIES_PART})\.?\s*\d{{1,4}}\))",
    regex.IGNORECASE,
)


def is_series_line(text: str) -> bool:
    """Whether a line names a book's series and its place in it ("Die Inselchroniken, Teil 1").

    Under a title it belongs with the title's fields; an episode titled
    "Salt Marshes, Part 2" has no title above it.

    >>> is_series_line("Die Inselchroniken, Teil 1"), is_series_line("Les Vallées, tome 2")
    (True, True)
    """
    return len(text) <= 100 and bool(_SERIES_LINE.fullmatch(text))


_ZERO_TIME = regex.compile(r"0{1,2}:00(?::00)?")
_LONE_TIME = regex.compile(rf"{TIMESTAMP}")


def player_at(texts: Sequence[str], i: int) -> bool:
    """Whether lines ``i`` and ``i + 1`` are an audio player's elapsed and total time ("00:00", "47:12").

    Players put the two on lines of their own; the second is the episode's
    length, and neither is a meta line of a record of its own.
    """
    return (
        i + 1 < len(texts)
        and bool(_ZERO_TIME.fullmatch(texts[i]))
        and bool(_LONE_TIME.fullmatch(texts[i + 1]))
        and not _ZERO_TIME.fullmatch(texts[i + 1])
    )


def player_length(texts: Sequence[str]) -> int | None:
    """The total time of the first audio player among ``texts``, in seconds."""
    for i in range(len(texts) - 1):
        if player_at(texts, i):
            seconds = 0
            for part in texts[i + 1].split(":"):
                seconds = seconds * 60 + int(part)
            return seconds
    return None
