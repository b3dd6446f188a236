"""Names in the descriptions: capitalised Latin-script words (people, products) both mention."""

from __future__ import annotations

import regex

from podclean.model import Record
from podclean.resolve.signals.base import FULL_EVIDENCE, Features, SharedFeatures
from podclean.resolve.signals.title import stem, stopwords

_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Latin}\p{M}\p{N}'’\-]+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:]\s+|\n)\s*$")
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")


def name_features(text: str, limit: int = 4000) -> frozenset[str]:
    """Capitalised Latin-script words of a description (names, products).

    Sentence-initial words are skipped: in Latin-script prose they are
    capitalised whatever they are.

    >>> sorted(name_features("Today Ann Lee visits Acme. Then she leaves."))
    ['acme', 'ann', 'lee']
    """
    found = set()
    stop = stopwords()
    text = text[:limit]
    for m in _NAME.finditer(text):
        if _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]) and not _CJK_CHAR.search(
            text[max(0, m.start() - 1) : m.start()]
        ):
            continue
        word = stem(m.group(0).casefold())
        if word not in stop and len(word) > 2:
            found.add(word)
    return frozenset(found)


def extract(record: Record) -> Features:
    """The names the record's description mentions."""
    return tuple(sorted(name_features(record.description)))


#: +2·n·c for names shared (overlap n), c reaching 1 at twice a title's evidence.
SIGNAL = SharedFeatures("names", "names", "description names", 2.0, 2 * FULL_EVIDENCE)
