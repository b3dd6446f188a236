"""Where the records of a listing page start, read from its meta lines.

A listing page repeats one record per episode: a title, the episode's meta
(date, length, labelled fields such as "De: …" or "Idioma: …"), a
description, buttons. Sites order these parts differently — the date above
the title and the length below it, a numbered title repeated under its
date, labelled fields between the title and its description — but every
record has its title right beside its meta. So the titles are the
title-like lines that stand directly above a run of meta lines, or, where
the line above is not one (a description, a toggle), directly below it.
Records then tile the page from title to title, each taking with it the
meta lines that stand above its title when the first record has them too
(the first record has no record before it to lend it lines, so what stands
above its title is its own).

This reads no site's rules: only line shapes and the field recognisers.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from podclean import languages
from podclean.fields.numbers import find_number
from podclean.fields.shapes import LABELLED, is_series_line, is_titleish
from podclean.listing_shows import kickers_of, lines_above, shows_below, shows_under
from podclean.text import title_key

#: A chart's rank on a line of its own.
_RANK = regex.compile(r"\d{1,3}")
#: A list item's bullet before a title, and a badge or two ("• Explicit, Title").
_BULLETED = regex.compile(r"[•·▪◦*-]\s+\S.*")
#: A list's ordinal before a title ("1. How to …"), not part of the title.
_ORDINAL = regex.compile(r"(?P<ordinal>\d{1,3}[.)])\s+(?P<rest>\S.*)")
# A description ends a sentence and runs on; a title seldom does either.
_PROSE_END = regex.compile(r"[.!…。][\"'”’»)\]]*$")
_PROSE_MIN_WORDS = 8
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: Characters of Chinese or Japanese that make a sentence, and a line that
#: is a description whatever its end.
_PROSE_MIN_WIDE = 20
_PROSE_MIN_WIDE_LONG = 40
#: How many meta lines above a title a record may take with it.
_MAX_LEAD = 3


def reads_as_prose(text: str) -> bool:
    """Whether a line reads as a sentence of a description, not a title.

    Chinese and Japanese write no spaces between words: there a sentence is
    counted in characters.
    """
    wide = len(_WIDE.findall(text))
    if wide >= _PROSE_MIN_WIDE_LONG:
        return True
    long_enough = len(text.split()) >= _PROSE_MIN_WORDS or wide >= _PROSE_MIN_WIDE
    return long_enough and bool(_PROSE_END.search(text))


@attrs.frozen
class Record:
    """Where one record of a listing starts, and its title."""

    #: Index of the record's first entry (its lead meta lines, or its title).
    start: int
    #: Index of the title line.
    title: int
    #: The title as the record gives it, where it is not the title line as
    #: written (a numbered title whose repeat gives it without the number).
    text: str | None = None
    #: Index of a line above the title naming the record's show, if any.
    show: int | None = None


@attrs.frozen
class Lines:
    """What each content line of a page is, as the tiling reads it."""

    texts: Sequence[str]
    meta: Sequence[bool]
    max_title_chars: int

    def is_title(self, i: int) -> bool:
        text = self.texts[i]
        return (
            not self.meta[i]
            and is_titleish(text, self.max_title_chars)
            and not reads_as_prose(text)
            and languages.interface_text(text) is None
            and not stats_line(text)
        )

    def leads(self, i: int) -> bool:
        """A line that may open a record above its title: meta, or a chart's rank ("3")."""
        return self.meta[i] or i in self._ranks

    @functools.cached_property
    def _ranks(self) -> frozenset[int]:
        """The lines that number a list's rows: bare numbers counting 1, 2, 3… (a list may start over).

        Bare numbers that do not count so are a row's likes or comments.
        """
        found = [(i, int(t)) for i, t in enumerate(self.texts) if _RANK.fullmatch(t)]
        counting = all(n == 1 or n == before + 1 for (_, before), (_, n) in itertools.pairwise(found))
        return frozenset(i for i, _ in found) if found and counting else frozenset()

    def is_field(self, i: int, *, labelled: bool = False) -> bool:
        """A line that belongs with the meta lines: meta, a known label or
        counter, or (with ``labelled``) any labelled field."""
        if self.leads(i):
            return True
        text = self.texts[i]
        if labelled and is_series_line(text):
            return True
        match = languages.interface_text(text)
        if match is not None:
            return match.kind in ("label", "counter")
        if not labelled or (found := LABELLED.fullmatch(text)) is None:
            return False
        # "Bonus: listener questions", "Trailer: …": a title marked with its kind.
        return found.group("label").casefold() not in languages.episode_markers()


_STATS_PARTS = regex.compile(r"(?<!\s)\s*+[·•|,]\s*")


def stats_line(text: str) -> bool:
    """A line of figures about a list ("Playlist • 43 videos • 18,402 views"): two counters or more."""
    # A cheap test first: every line of every page asks, and most hold no figure.
    if not any(c.isdigit() for c in text):
        return False
    parts = _STATS_PARTS.split(text) if any(c in text for c in "•·|,") else ()
    found = (languages.interface_text(part) for part in parts)
    return sum(1 for match in found if match is not None and match.kind == "counter") >= 2


#: How far above a show's line its episode's title may stand (captions and labels between).
_SHOW_LINE_REACH = 3


def _past_show_lines(
    lines: Lines, titles: list[int], starts: list[int]
) -> tuple[list[int], list[int], list[int | None]]:
    """Titles that are the page's show's name moved up to the episode's own title.

    A re-publisher prints the title, its original title, the show's logo
    caption and the show's name over the date: the page names its show in
    a heading ("More episodes from Harbor Lights"), and that line is the
    show, not the title.
    """
    shows = {title_key(s) for text in lines.texts if (s := languages.show_in_heading(text))}
    named: list[int | None] = [None] * len(titles)
    if not shows:
        return titles, starts, named
    titles, starts = list(titles), list(starts)
    for n, title in enumerate(titles):
        if title_key(lines.texts[title]) not in shows:
            continue
        floor = titles[n - 1] if n else -1
        for k in range(title - 1, max(floor, title - 1 - _SHOW_LINE_REACH), -1):
            text = lines.texts[k]
            if languages.interface_text(text) is not None or LABELLED.fullmatch(text):
                continue
            if lines.is_title(k):
                titles[n], starts[n], named[n] = k, min(starts[n], k), title
            break
    return titles, starts, named


def _subtitled(lines: Lines, upper: Sequence[int], lower: Sequence[int]) -> bool:
    """Whether every lower line opens with the episode's number and no upper line does."""
    numbers = [find_number(lines.texts[k]) for k in lower]
    return all(n is not None and n.start == 0 for n in numbers) and not any(find_number(lines.texts[k]) for k in upper)


def clusters(lines: Lines) -> list[tuple[int, int]]:
    """Runs ``[first, last]`` of field lines holding at least one meta line.

    Any labelled line ("Narrado por: …") joins the run below it while a title
    still stands above it: a title written "Topic: subtitle" right above its
    date stays the title. Below a run, only known labels and counters join
    it: a title written so may open the next record.
    """
    count = len(lines.texts)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < count:
        if not lines.meta[i]:
            i += 1
            continue
        last = i
        while last + 1 < count and lines.is_field(last + 1):
            last += 1
        first = i
        while first > 0 and not lines.meta[first - 1] and lines.is_field(first - 1, labelled=True):
            above = first - 2
            if above < 0 or not (lines.is_field(above, labelled=True) or lines.is_title(above)):
                break
            # "Special: short answers" between a date and a length is a title.
            if lines.meta[above] and not lines.is_field(first - 1):
                break
            first -= 1
        while first > 0 and lines.meta[first - 1]:
            first -= 1
        if runs and first <= runs[-1][1] + 1:
            first = runs.pop()[0]
        runs.append((first, last))
        i = last + 1
    return runs


def _unnumbered(lines: Lines, title: int, end: int) -> str | None:
    """The title without its list ordinal, where the record repeats it so."""
    match = _ORDINAL.fullmatch(lines.texts[title])
    if match is None:
        return None
    key = title_key(match.group("rest"))
    for k in range(title + 1, min(end, title + 1 + _MAX_LEAD + 1)):
        if title_key(lines.texts[k]) == key:
            return match.group("rest")
    return None


def _titles(lines: Lines) -> list[int]:
    """The title beside each run of meta lines.

    Where a run has a title above it and another below, one of them is the
    next or the previous record's: the runs with a title on one side only
    say which side a title stands on this page (above, where they do not
    say).
    """
    sides: list[tuple[int | None, int | None]] = []
    shapes: list[tuple[str, ...]] = []
    for first, last in clusters(lines):
        shapes.append(tuple(_shape(lines.texts[k]) for k in range(first, last + 1) if lines.meta[k]))
        up = first - 1 if first > 0 and lines.is_title(first - 1) else None
        down = last + 1 if last + 1 < len(lines.texts) and lines.is_title(last + 1) else None
        if up is not None and down is not None and _same_title(lines, up, down):
            down = None
        # A title shown twice over its meta (a header and a detail view) opens
        # its record from the first copy.
        while (
            up is not None
            and up > 0
            and len(lines.texts[up - 1]) <= lines.max_title_chars
            and _same_title(lines, up - 1, up)
        ):
            up -= 1
        sides.append((up, down))
    # Votes of the runs with a title on one side only, page-wide and by the
    # runs' shape: a page puts its dates above each title and its lengths
    # below, say, and a run between two titles goes the way its kind does.
    votes: Counter[tuple[tuple[str, ...], bool]] = Counter()
    for (up, down), shape in zip(sides, shapes, strict=True):
        if (up is None) != (down is None):
            votes[(shape, down is not None)] += 1
            votes[((), down is not None)] += 1
    titles = []
    for (up, down), shape in zip(sides, shapes, strict=True):
        if shape and votes[(shape, True)] == votes[(shape, False)]:
            shape = ()
        prefer_down = votes[(shape, True)] > votes[(shape, False)]
        if up is not None and (down is None or not prefer_down):
            titles.append(up)
        elif down is not None:
            titles.append(down)
    return titles


_DIGITS = regex.compile(r"\d+")
_LETTERS = regex.compile(r"\p{L}+")


def _shape(text: str) -> str:
    """A meta line with its figures and words blanked ("0. a 0"): lines of one kind of field share it."""
    return _LETTERS.sub("a", _DIGITS.sub("0", text))


def _same_title(lines: Lines, a: int, b: int) -> bool:
    return _key(lines.texts[a]) == _key(lines.texts[b])


def _key(text: str) -> str:
    return title_key(_ORDINAL.sub(r"\g<rest>", text))


def tile(lines: Lines) -> list[Record] | None:
    """The records of a listing page, or ``None`` when it shows none.

    ``lines`` are the page's content lines (chrome already taken out).
    """
    titles = sorted(set(_titles(lines)))
    # A title repeated under its own meta ("1. Topic", date, "Topic") is one record.
    keys = [_key(lines.texts[t]) for t in titles]
    titles = [t for n, t in enumerate(titles) if n == 0 or keys[n] != keys[n - 1]]
    if not titles:
        return None
    lead = 0
    while lead < _MAX_LEAD and titles[0] - lead > 0 and lines.leads(titles[0] - lead - 1):
        lead += 1
    # Each record takes as many meta lines above its title as the first one
    # does, where they stand there: a listing's last, partial record must
    # not cut the others' leads.
    starts = []
    for previous, title in zip([-1, *titles[:-1]], titles, strict=True):
        room = 0
        while room < lead and title - room - 1 > previous and lines.leads(title - room - 1):
            room += 1
        start = title - room
        # A chart's cell gives the title twice: "• Title", its date and rank, "Title".
        above = lines.texts[start - 1] if room and start - 1 > previous else ""
        if _BULLETED.fullmatch(above) and above.endswith(lines.texts[title]):
            start -= 1
        starts.append(start)
    # A record holds meta of its own: a line after the last record's meta
    # ("See all") is the page's, not a record.
    if len(titles) > 1 and not any(lines.meta[k] for k in range(starts[-1], len(lines.texts))):
        titles, starts = titles[:-1], starts[:-1]
    titles, starts = _numbered_above(lines, titles, starts)
    titles, starts, show_lines = _past_show_lines(lines, titles, starts)
    kickers = kickers_of(lines, titles, starts)
    # One line over every record alike is a badge ("Korean captions"); a
    # show's name repeated so is chrome by repetition on any longer page.
    named = bool(kickers) and len({lines.texts[k] for k in kickers or ()}) > 1
    shows: list[int | None] = [None] * len(titles)
    if kickers and _subtitled(lines, kickers, titles):
        # A title over its numbered subtitle ("EP07: Ann Lee on …").
        titles = starts = list(kickers)
    elif kickers:
        starts = kickers
        shows = list(kickers) if named else shows
    elif len(titles) > 1 and all(s == t for s, t in zip(starts, titles, strict=True)):
        # Title, then show, then meta: search results and charts of many
        # shows. A record whose show line was cut (repeated: chrome) has
        # its title alone above its meta.
        upper = lines_above(lines, titles)
        stacked = [(k, t) for k, t in zip(upper, titles, strict=True) if k is not None]
        if stacked and shows_below(lines, [k for k, _ in stacked], [t for _, t in stacked]):
            shows = [t if k is not None else None for k, t in zip(upper, titles, strict=True)]
            titles = [t if k is None else k for k, t in zip(upper, titles, strict=True)]
            starts = list(titles)
    if not any(shows):
        shows = shows_under(lines, titles, starts)
    shows = [k if k is not None else s for k, s in zip(show_lines, shows, strict=True)]
    records = []
    for n, title in enumerate(titles):
        end = starts[n + 1] if n + 1 < len(titles) else len(lines.texts)
        records.append(Record(starts[n], title, _unnumbered(lines, title, end), shows[n]))
    return records


def _numbered_above(lines: Lines, titles: list[int], starts: list[int]) -> tuple[list[int], list[int]]:
    """Titles moved up to the numbered line above them, where the page numbers its titles.

    "Episode 63: …", then a one-line blurb, then the meta: on a page whose
    other titles number their episodes, the blurb is not the title.
    """
    numbered = [find_number(lines.texts[t]) is not None for t in titles]
    if sum(numbered) < 2 or all(numbered):
        return titles, starts
    above = lines_above(lines, titles)
    moved = [
        k if not n and k is not None and find_number(lines.texts[k]) is not None else t
        for t, n, k in zip(titles, numbered, above, strict=True)
    ]
    return moved, [min(s, m) for s, m in zip(starts, moved, strict=True)]
