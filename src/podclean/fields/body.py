"""A block's body → description, chapters, transcript, entities, tags, links.

Bodies come one item per line (radio.net-style show notes) or glued into one
long line (timestamps, transcript and entity lists run together). The body is
first cut into pieces at every structural marker, then read in order by a
small state machine: description until a section starts, then chapters,
entities or transcript.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

import attrs
import regex

from podclean import languages
from podclean.feeds import strip_boilerplate
from podclean.fields.chapters import chapter_line, chapter_lines, inline_chapter
from podclean.fields.headings import HeadingEvidence
from podclean.fields.links import links_in
from podclean.fields.shapes import TAGS_LINE, is_tags, may_link, section_of
from podclean.fields.structure import entity, is_person
from podclean.fields.transcript import Evidence, evidence, split_turns
from podclean.model import Chapter, Entity, Turn

_HEADING_WORDS = tuple(h.capitalize() for h in ("timestamps", "transcript", "chapters"))
_HEADINGS = "|".join(sorted((regex.escape(h) for h in _HEADING_WORDS), key=len, reverse=True))
_AROUND_HEADING = (
    rf"(?=(?:{_HEADINGS})(?:[\d\[*]|\p{{Lu}}))",
    rf"(?<={_HEADINGS})(?=[\d\[*]|\p{{Lu}}\p{{Ll}})",
)
# A lower-case handle's turn glued to a heading: "Transcriptswyx: Okay…",
# "Transcriptswyx [00:00:00]: Okay…".
_HANDLE_TURN = r"\p{Ll}[\p{L}\p{N}_]{0,29}(?: [\[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?:\s"
_AROUND_HEADING_HANDLE = (rf"(?=(?:{_HEADINGS}){_HANDLE_TURN})", rf"(?<={_HEADINGS})(?={_HANDLE_TURN})")
_CONTAINER_BREAKS = (
    r"(?=##\s*\[\d)",
    r"(?=##\s+\p{L})",
    r"(?<=\s)(?=-\s\*\*[^*\n]{1,120}\*\*\s*[(（])",
)
# Where a long glued line is cut into pieces. Each alternative is a zero-width
# position: before an inline chapter or heading, before an entity item,
# around a glued section heading. This one pattern is the definition;
# _break_positions finds the same positions faster. Transcript turns are cut
# apart later, from evidence (podclean.fields.transcript).
PIECE_BREAK = regex.compile("|".join((*_CONTAINER_BREAKS, *_AROUND_HEADING, *_AROUND_HEADING_HANDLE)))
# Each alternative, compiled apart and tried only where it can match: the
# first two open with "##", the third with the "-" two characters before
# "**".
_HASHES_BREAK = regex.compile("|".join(_CONTAINER_BREAKS[:2]))
_ENTITY_BREAK = regex.compile(_CONTAINER_BREAKS[2])
_HEADING_BREAK = regex.compile("|".join(_AROUND_HEADING))
_HANDLE_TURN_START = regex.compile(_HANDLE_TURN)


def _break_positions(text: str) -> list[int]:
    """Where :data:`PIECE_BREAK` matches, without trying it at every position.

    Each alternative is tried only where its literal is ("##", "**" and
    the heading words, found with str.find): on long transcripts the
    one big pattern, tried everywhere, cost more than the rest of field
    parsing together.
    """
    found = set()
    for literal, back, pattern in (("##", 0, _HASHES_BREAK), ("**", 2, _ENTITY_BREAK)):
        at = text.find(literal)
        while at >= 0:
            if at >= back and pattern.match(text, at - back):
                found.add(at - back)
            at = text.find(literal, at + 1)
    for word in _HEADING_WORDS:
        # The first two alternatives match at the word's start or end and
        # look at most two characters past it; the handle's ones past its end. (No heading word overlaps another,
        # so each one's occurrences are found on their own, with find.)
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            found.update(m.start() for m in _HEADING_BREAK.finditer(text, start, end + 2))
            if _HANDLE_TURN_START.match(text, end):
                found.update((start, end))
            start = text.find(word, end)
    return sorted(found)


HASHTAG = regex.compile(r"#[^#\s]+")
# A page that cuts a description short ends it with an ellipsis and often a
# "more" link, which is chrome: both mark the text as truncated.
TRUNCATED_END = regex.compile(
    rf"(?<!\s)(?:\s*+(?:…|\.\.\.|\[…\]))?\s*+(?:\(?(?:{languages.alternation(languages.words_of('read_more'))})\)?)?\s*$",
    regex.IGNORECASE,
)
# Lines at least this long are cut at structural markers even when the page
# is not known to glue them (long one-line descriptions with inline chapters).
_EXPLODE_MIN_CHARS = 200


@attrs.frozen(kw_only=True)
class BodyFields:
    """What a body said, field by field."""

    description: str
    truncated: bool
    chapters: tuple[Chapter, ...]
    transcript: tuple[Turn, ...]
    entities: tuple[Entity, ...]
    tags: tuple[str, ...]
    links: tuple[str, ...]
    boilerplate: tuple[str, ...]


def _pieces(text: str, glued: bool) -> list[str]:
    if not glued and len(text) < _EXPLODE_MIN_CHARS:
        return [text]
    bounds = [0, *_break_positions(text), len(text)]
    pieces = (text[a:b].strip() for a, b in pairwise(bounds))
    return [p for p in pieces if p]


#: The tail of a description searched for a truncation mark first, and the
#: non-space characters it must hold for that to be enough: a mark ("…
#: (read more)", "[…] visa mer") has under 20 besides the spaces around it,
#: so with 40 in the tail no match can start before it.
_TRUNCATION_TAIL = 200
_TAIL_LETTERS = 40


def _truncation(text: str) -> regex.Match[str] | None:
    """:data:`TRUNCATED_END` in ``text``; long texts are searched in their tail only."""
    offset = len(text) - _TRUNCATION_TAIL
    if offset > 0 and len("".join(text[offset:].split())) >= _TAIL_LETTERS:
        return TRUNCATED_END.search(text, offset)
    return TRUNCATED_END.search(text)


def _transcript_pieces(pieces: Iterable[str], speakers: Evidence) -> Iterator[str]:
    """The pieces :func:`parse_body` reads in its transcript state.

    Untimed markers ("Ann: …") are read only there, and only for the names
    they give there often enough: a description's "Note: …" or a chapter
    list's "Physical AI: Why…" names no speaker. The state follows
    parse_body's: a section heading, an inline chapter or an entity item
    ends a transcript; a section heading or a timestamped turn starts one.
    """
    state = ""
    for piece in pieces:
        section = section_of(piece)
        if section or piece.startswith("##") or entity(piece):
            state = section or ""
        elif state == "transcript" or split_turns(piece, speakers)[1]:
            state = "transcript"
            yield piece


def parse_body(body: Sequence[tuple[int, str]], *, glued: bool) -> BodyFields:
    """Read a block's body lines into fields.

    >>> f = parse_body([(1, "A talk. ## [00:00] Hook Ann opens. ## Entities - **Ann** (Person): host")], glued=True)
    >>> f.description, f.chapters[0].title, f.entities[0].name
    ('A talk.', 'Hook', 'Ann')
    """
    state = "description"
    description: list[str] = []
    chapters: list[Chapter] = []
    turns: list[Turn] = []
    entities: list[Entity] = []
    tags: list[str] = []
    links: list[str] = []
    boilerplate: list[str] = []
    lines: list[tuple[str, list[str]]] = []
    headings: HeadingEvidence | None = None  # read from the whole body at the first inline chapter
    for _, line in body:
        cleaned, rules = strip_boilerplate(line)
        boilerplate.extend(rules)
        lines.append((cleaned, _pieces(cleaned, glued or len(cleaned) >= _EXPLODE_MIN_CHARS)))
    # Who speaks is read off the whole body first: a name glued to a heading
    # or to the previous turn is known by the markers that give it cleanly,
    # and by the people the page's entity list names.
    people = [item.name for _, pieces in lines for item in map(entity, pieces) if item and is_person(item)]
    speakers = evidence((cleaned for cleaned, _ in lines), people=people)
    speakers = speakers.with_untimed(_transcript_pieces((p for _, pieces in lines for p in pieces), speakers))
    for cleaned, pieces in lines:
        linked = may_link(cleaned)
        for piece in pieces:
            if linked:
                links.extend(links_in(piece))
            section = section_of(piece)
            if section:
                state = section
                continue
            if piece.startswith("##"):
                if headings is None:
                    headings = HeadingEvidence.of("\n".join(text for _, text in body))
                chapter = inline_chapter(piece, headings)
                if chapter:
                    chapters.append(chapter)
                    state = "chapters"
                else:
                    state = "entities"
                continue
            item = entity(piece)
            if item:
                entities.append(item)
                state = "entities"
                continue
            lead, spoken = split_turns(piece, speakers, untimed=state == "transcript")
            if spoken:
                # Text before the first marker is description only outside a
                # transcript; inside one it is a section heading.
                if lead and state == "description":
                    description.append(lead)
                turns.extend(spoken)
                state = "transcript"
                continue
            if is_tags(piece):
                tags.extend(t.lstrip("#") for t in HASHTAG.findall(piece))
                continue
            if state == "chapters" or (state == "description" and chapter_line(piece) and description):
                found = chapter_lines(piece)
                if found:
                    chapters.extend(found)
                    state = "chapters"
                    continue
            if state == "description":
                description.append(piece)
            # Anything else inside chapters, entities or transcript (section
            # headings of a transcript, stray list markers) stays accounted for
            # in the block's line span; it is not a field of its own.
    if _caption_chunks(chapters):
        # Caption chunks are the transcript's text, timed; they stay in the
        # block's line span, not as chapters.
        chapters = []
    text = "\n".join(description).strip()
    ending = _truncation(text)
    truncated = bool(ending and ending.group(0).strip())
    if truncated and ending:
        text = text[: ending.start()].rstrip() + "…"
    return BodyFields(
        description=text,
        truncated=truncated,
        chapters=tuple(chapters),
        transcript=tuple(turns),
        entities=tuple(entities),
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        links=tuple(dict.fromkeys(links)),
        boilerplate=tuple(boilerplate),
    )


#: Seconds between timed lines below which they are captions, not chapters.
_MAX_CAPTION_GAP_S = 10
_MIN_CAPTIONS = 3


def _caption_chunks(chapters: list[Chapter]) -> bool:
    """Whether timed lines are a caption track ("00:00:02  read five …"), not chapters.

    Chapters are minutes apart; captions follow one another every few seconds.
    """
    if len(chapters) < _MIN_CAPTIONS:
        return False
    gaps = [b.start_s - a.start_s for a, b in pairwise(chapters)]
    return all(0 <= gap <= _MAX_CAPTION_GAP_S for gap in gaps)


__all__ = ["TAGS_LINE", "BodyFields", "parse_body"]
