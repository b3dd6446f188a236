"""Which line of a listing's record names its show.

A show's name stands over each title (a kicker), under it (search results
and charts of many shows), or glued in front of it ("Harbor LightsHow to
…"). It recurs on the page and is the shorter line; a title is written
once. A record's closing field line ("Categories: … | 7 comments") names
no show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from podclean.fields.shapes import LABELLED
from podclean.text import title_key

if TYPE_CHECKING:
    from podclean.listing import Lines


def shows_under(lines: Lines, titles: Sequence[int], starts: Sequence[int]) -> list[int | None]:
    """The line right under each title naming its show, where two records or more have one.

    Charts and search results of many shows print the show under the
    title: a shorter title-like line that recurs on the page (its list of
    shows, the show's other episodes).
    """
    counts = Counter(title_key(text) for text in lines.texts)
    under: list[int | None] = []
    for n, title in enumerate(titles):
        end = starts[n + 1] if n + 1 < len(titles) else len(lines.texts)
        k = title + 1
        fits = k < end and lines.is_title(k) and len(lines.texts[k]) < len(lines.texts[title])
        under.append(k if fits else None)
    # Two recurring names say the page does it; then every such line is a show.
    recurring = sum(k is not None and counts[title_key(lines.texts[k])] > 1 for k in under)
    return under if recurring >= 2 else [None] * len(titles)


def shows_below(lines: Lines, upper: Sequence[int], lower: Sequence[int]) -> bool:
    """Whether of two title-like lines over each record's meta, the lower names the show.

    A show's name recurs (on other records, in the page's list of shows);
    an episode's title is written once, and is the longer. Each pair votes
    for the lower line where it recurs and is the shorter, against where
    the upper recurs or the lower is the longer (a sidebar of recent posts
    repeats titles too); where no pair says, the upper one is read as the
    show (a kicker).
    """
    counts = Counter(title_key(text) for text in lines.texts)
    votes = 0
    for u, w in zip(upper, lower, strict=True):
        up, low = lines.texts[u], lines.texts[w]
        recurs_up, recurs_low = counts[title_key(up)] > 1, counts[title_key(low)] > 1
        if _closes_record(up):
            votes -= 1
        elif recurs_low and not recurs_up and len(low) < len(up):
            votes += 1
        elif (recurs_up and not recurs_low) or len(low) > len(up):
            votes -= 1
    return votes > 0


def lines_above(lines: Lines, titles: Sequence[int]) -> list[int | None]:
    """The title-like line right above each title, after the record before's own lines."""
    previous = [-1, *titles[:-1]]
    return [
        title - 1 if title - 1 > before + 1 and lines.is_title(title - 1) else None
        for title, before in zip(titles, previous, strict=True)
    ]


def kickers_of(lines: Lines, titles: Sequence[int], starts: Sequence[int]) -> list[int] | None:
    """The line above each title naming its show, where every record has one.

    Summary and aggregator sites print the show's name right above each
    title ("Harbor Lights", then the episode's title). Where every record
    of two or more opens so — a title-like line, after the record before's
    own lines — those lines are the records' shows and open them.
    """
    if len(titles) < 2 or any(start != title for start, title in zip(starts, titles, strict=True)):
        return None
    above = lines_above(lines, titles)
    kickers = [k for k in above if k is not None and not _closes_record(lines.texts[k])]
    if len(kickers) == len(titles) and not shows_below(lines, kickers, titles):
        return kickers
    return None


def _closes_record(text: str) -> bool:
    """A record's closing field line ("Categories: Podcast | 7 comments", "Search:"), not a show over the next."""
    return bool(LABELLED.fullmatch(text)) or text.endswith((":", "："))


#: A word run into the next one's capital ("ComputeHow"): a show's name
#: glued in front of a title.
_GLUED_WORD = regex.compile(r"\A(?P<left>\p{L}*\p{Ll})(?P<right>\p{Lu}\p{Ll}.*)")


#: How many of a page's titles must be glued so before any is read so.
_MIN_GLUED = 2


def _glued_show(title: str) -> tuple[str, str] | None:
    """``(show, title)`` where a name of two words or more is glued in front."""
    words = title.split(" ")
    for j in range(1, min(len(words), 6)):
        m = _GLUED_WORD.fullmatch(words[j])
        if m:
            return " ".join([*words[:j], m.group("left")]), " ".join([m.group("right"), *words[j + 1 :]])
    return None


def unglue_shows(titles: Sequence[str]) -> list[tuple[str, str] | None]:
    """For each title, the show glued in front of it and the title without it.

    Search results and aggregators print the show's name right before each
    title; where a page runs them together, the capital of a word in the
    middle of another says where. A single such word may be a brand
    ("DeepMind"), so the titles are read so only where the page glues
    several of them, and at least half.
    """
    found = [_glued_show(title) for title in titles]
    glued = sum(1 for f in found if f)
    if glued < _MIN_GLUED or 2 * glued < len(titles):
        return [None] * len(titles)
    return found
