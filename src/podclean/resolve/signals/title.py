"""The title: identical once normalised, or sharing its language-independent features.

Latin-script words (names of people and organisations survive
translation), numbers with units ("14x", "200M", "80%") and emoji.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
import regex

from podclean import languages
from podclean.model import Record
from podclean.resolve.signals.base import FULL_EVIDENCE, Columns, Features, Pairs, Part, overlap_points
from podclean.text import stable_hash, title_key

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

_LATIN_WORD = regex.compile(r"[\p{Latin}\p{N}][\p{Latin}\p{M}\p{N}'’]*")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")


@functools.cache
def stopwords() -> frozenset[str]:
    """Words no title or description feature is made of: every language's function words, and a few more."""
    return frozenset().union(*languages.function_words().values()) | {"s", "vs", "x", "ft", "feat", "w"}


def stem(word: str) -> str:
    """A word without its possessive or plural "s"."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=1 << 13)
def title_features(text: str) -> frozenset[str]:
    """Language-independent features of a title.

    >>> sorted(title_features("🔬 단백질에도 쓴맛 교훈이 온다 — Alex Rives, BioHub"))
    ['alex', 'biohub', 'emoji:🔬', 'rive']
    """
    text = unicodedata.normalize("NFKC", text)
    stop = stopwords()
    features = {f"emoji:{e}" for e in _EMOJI.findall(text)}
    for raw in _LATIN_WORD.findall(text):
        for part in raw.replace("’", "'").split("'s"):
            word = stem(part.strip("'").casefold())
            if (len(word) > 1 and word not in stop and not word.isdigit()) or (
                word.isdigit() and len(word) >= 2 and not (len(word) == 4 and word.startswith("20"))
            ):
                features.add(word)
    return frozenset(features)


def extract(record: Record) -> tuple[int, Features]:
    """The 64-bit hash of the normalised title (0 for an empty one) and its features."""
    key = title_key(record.title)
    return (stable_hash(key) if key else 0), tuple(sorted(title_features(record.title)))


def _identical(a: Signature, b: Signature) -> bool:
    return bool(a.title_hash) and a.title_hash == b.title_hash


@attrs.frozen
class Title:
    """+6 for an identical title; else +4·t·c for shared features (overlap t, evidence c)."""

    exact = False

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        if _identical(a, b):
            return "identical title", 6.0
        found = overlap_points(a.title, b.title, weights.title, weights, 4.0, FULL_EVIDENCE)
        return None if found is None else ("title features", found)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return 6.0 if _identical(a, b) else (4.0 if a.title and b.title else 0.0)

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        n = len(signatures)
        title = np.fromiter((s.title_hash for s in signatures), np.int64, n)
        return title, np.fromiter((bool(s.title) for s in signatures), bool, n)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        title, has_title = columns
        i, j = pairs.i, pairs.j
        same = (title[i] == title[j]) & (title[i] != 0)
        return np.where(same, 6.0, np.where(has_title[i] & has_title[j], 4.0, 0.0))


SIGNAL = Title()
