"""Entity lists: the structured parts of a body that are neither chapters nor turns.

Chapters are read in :mod:`podclean.fields.chapters` (re-exported here),
transcript turns in :mod:`podclean.fields.transcript`.

Pages either give them one per line or glue them into one long line; both
forms become the same values here.
"""

from __future__ import annotations

import regex

from podclean import languages
from podclean.fields.chapters import chapter_line, chapter_lines, inline_chapter
from podclean.model import Entity

ENTITY_ITEM = regex.compile(
    r"[-*•]?\s*\*\*(?P<name>[^*]{1,120})\*\*\s*[(（](?P<kind>[^)）]{1,40})[)）]\s*[:：]?\s*(?P<note>.*)", regex.DOTALL
)
#: Entity kinds that name a person, by language.
PERSON_KINDS = languages.person_kinds()


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


__all__ = ["PERSON_KINDS", "chapter_line", "chapter_lines", "entity", "inline_chapter", "is_person"]
