"""Chapter markers: a start time and a title, one a line or glued together.

Pages write a chapter list in many forms (``00:00 Intro``, ``- 0:00Intro``,
``1. 0:00Intro``, ``(00:12) Title``, ``00:00 - Title``, ``[01:21] Title``),
one a line or run together on one line; all of them become the same
:class:`~podclean.model.Chapter` values here. Where a page glues a summary
after each heading (``## [06:00] Heading Summary…``), where the heading ends
is decided in :mod:`podclean.fields.headings`.
"""

from __future__ import annotations

import regex

from podclean.fields.durations import parse_timestamp
from podclean.fields.headings import HeadingEvidence, split_heading
from podclean.fields.shapes import CHAPTER_BREAK, CHAPTER_LINE
from podclean.model import Chapter

# Hours may run past 99 on inline stamps ("[100:02]").
INLINE_CHAPTER = regex.compile(r"##\s*\[(?P<ts>\d{1,3}:\d{2}(?::\d{2})?)\]\s*(?P<text>.*)", regex.DOTALL)


def chapter_line(text: str) -> Chapter | None:
    """A chapter from one line in any of the forms pages use.

    >>> [(c.start_s, c.title) for c in map(chapter_line, ["- 0:00Intro", "1. 2:14 Why", "(01:02:03) End"])]
    [(0, 'Intro'), (134, 'Why'), (3723, 'End')]
    """
    m = CHAPTER_LINE.fullmatch(text.strip())
    if not m:
        return None
    start = parse_timestamp(m.group("ts"))
    if start is None:
        return None
    title = m.group("title").strip()
    return Chapter(start_s=start, title=title) if title else None


def chapter_lines(text: str) -> list[Chapter]:
    """Every chapter of a line that may hold several run together.

    Chapters run in time order, so a time that goes back is part of the
    title before it ("Meet at 5:30 sharp"), not a chapter of its own.

    >>> [(c.start_s, c.title) for c in chapter_lines("0:00 Intro 2:14 Why nights 17:40 Owning it")]
    [(0, 'Intro'), (134, 'Why nights'), (1060, 'Owning it')]
    """
    pieces = [p.strip() for p in CHAPTER_BREAK.split(text) if p.strip()]
    found: list[Chapter] = []
    for piece in pieces:
        chapter = chapter_line(piece)
        if chapter and (not found or chapter.start_s > found[-1].start_s):
            found.append(chapter)
        elif found:
            last = found[-1]
            found[-1] = Chapter(start_s=last.start_s, title=f"{last.title} {piece}", summary=last.summary)
        elif chapter is None:
            return []
    return found


def inline_chapter(text: str, evidence: HeadingEvidence | None = None) -> Chapter | None:
    """A chapter from "## [01:21] Heading Summary…": the heading is its title.

    ``evidence`` is what the rest of the page says about its words (see
    :class:`~podclean.fields.headings.HeadingEvidence`); without it only the
    text itself is read.

    >>> inline_chapter("## [01:21] Introduction Ana opens the show. He talks.").title
    'Introduction'
    """
    m = INLINE_CHAPTER.match(text.strip())
    if not m:
        return None
    start = parse_timestamp(m.group("ts"))
    if start is None:
        return None
    body = m.group("text").strip()
    title, summary = split_heading(body, evidence or HeadingEvidence.of(body))
    return Chapter(start_s=start, title=title, summary=summary)
