"""Chapters and entity lists: the structured parts of a body.

Transcript turns are :mod:`podclean.fields.transcript`'s.

Pages either give them one per line or glue them into one long line; both
forms become the same values here.
"""

from __future__ import annotations

import regex

from podclean import languages
from podclean.fields.durations import parse_timestamp
from podclean.fields.shapes import CHAPTER_LINE
from podclean.model import Chapter, Entity

INLINE_CHAPTER = regex.compile(r"##\s*\[(?P<ts>\d{1,3}:\d{2}(?::\d{2})?)\]\s*(?P<text>.*)", regex.DOTALL)
ENTITY_ITEM = regex.compile(
    r"[-*•]?\s*\*\*(?P<name>[^*]{1,120})\*\*\s*[(（](?P<kind>[^)）]{1,40})[)）]\s*[:：]?\s*(?P<note>.*)", regex.DOTALL
)
#: Entity kinds that name a person, by language.
PERSON_KINDS = languages.person_kinds()
# Words that may sit lower-case inside a title-cased chapter title.
_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "vs",
        "vs.",
        "from",
        "at",
        "by",
        "or",
        "is",
        "as",
        "into",
        "via",
        "about",
        "over",
        "under",
        "how",
        "why",
        "what",
        "when",
        "where",
        "who",
        "your",
        "our",
        "my",
        "its",
        "their",
        "this",
        "that",
        "not",
        "no",
        "than",
        "then",
        "up",
        "out",
        "off",
        "per",
        "&",
        "+",
        "x",
    ]
)
_UNCASED = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Thai}]")
_SUBJECT_WITH_PARTICLE = regex.compile(r"^\p{Lu}[\p{L}\p{N}.\-]*\p{Hangul}{1,2}$")


def _split_chapter_text(text: str) -> tuple[str, str]:
    """Split "Hook Kyle opens mid-sentence…" into ("Hook", "Kyle opens…").

    Inline chapters glue a title-cased title to a summary sentence; the title
    ends before the subject of the first clause that reads as running prose.
    """
    tokens = text.split()
    if not tokens:
        return "", ""
    for i, token in enumerate(tokens[:14]):
        if token.endswith(("?", "!")):
            return " ".join(tokens[: i + 1]), " ".join(tokens[i + 1 :])
    if _UNCASED.match(tokens[0]):
        for i, token in enumerate(tokens[1:16], start=1):
            if _SUBJECT_WITH_PARTICLE.match(token):
                return " ".join(tokens[:i]), " ".join(tokens[i:])
        return " ".join(tokens[:8]), " ".join(tokens[8:])
    for k, token in enumerate(tokens):
        word = token.strip("\"'“”‘’()[]")
        if not word or word.endswith(","):
            continue
        # "xAI", "iPhone": a capital inside makes a name, not running prose.
        lowercase = word[0].islower() and word == word.lower()
        prose = (lowercase and word not in _TITLE_SMALL_WORDS) or bool(_UNCASED.match(word))
        if prose and k > 0:
            cut = k - 1 if tokens[k - 1][:1].isupper() and k - 1 > 0 else k
            return " ".join(tokens[:cut]), " ".join(tokens[cut:])
    return text.strip(), ""


def inline_chapter(text: str) -> Chapter | None:
    """A chapter from "## [01:21] Introduction Kyle's title is…"."""
    m = INLINE_CHAPTER.match(text.strip())
    if not m:
        return None
    start = parse_timestamp(m.group("ts"))
    if start is None:
        return None
    title, summary = _split_chapter_text(m.group("text").strip())
    return Chapter(start_s=start, title=title, summary=summary)


def chapter_line(text: str) -> Chapter | None:
    """A chapter from "00:01:25 From NVIDIA Cosmos to xAI" or "* 00:03:15 …"."""
    m = CHAPTER_LINE.fullmatch(text.strip())
    if not m:
        return None
    start = parse_timestamp(m.group("ts"))
    if start is None:
        return None
    return Chapter(start_s=start, title=m.group("title").strip())


def entity(text: str) -> Entity | None:
    """An entity from "**Kyle Daigle** (Person): COO of GitHub…"."""
    if "**" not in text:  # every entity item has a bold name
        return None
    m = ENTITY_ITEM.match(text.strip())
    if not m:
        return None
    return Entity(name=m.group("name").strip(), kind=m.group("kind").strip(), note=m.group("note").strip(" -"))


def is_person(item: Entity) -> bool:
    """Whether an entity's kind says it is a person (in any language we know)."""
    return item.kind.casefold() in PERSON_KINDS
