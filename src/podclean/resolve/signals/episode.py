"""Episode numbers: two titles that number different episodes are different episodes.

"Episode 5 — Ann Lee" and "Episode 64 — Ann Lee" may share every other
piece of evidence (a show's stock description, its usual length, its host),
and a show's back catalogue is hundreds of such pairs; the numbers tell
them apart. A number read in only one title says nothing: a site may leave
it out. Seasons count the same way, where both titles give one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.fields.numbers import find_number
from podclean.model import Record
from podclean.resolve.signals.base import CANNOT_LINK, Columns, Pairs, Part

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

#: The number a column holds where a title gives none.
_NONE = -1


def extract(record: Record) -> tuple[int | None, int | None]:
    """The season and episode numbers the record's title gives, each ``None`` where it gives none."""
    found = find_number(record.title)
    return (None, None) if found is None else (found.season, found.episode)


def _differ(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and a != b


def _apart(a: Signature, b: Signature) -> bool:
    return _differ(a.episode, b.episode) or _differ(a.season, b.season)


@attrs.frozen
class EpisodeNumber:
    """Cannot-link where both titles number the episode (or its season) and the numbers differ."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return ("different episode numbers", CANNOT_LINK) if _apart(a, b) else None

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return CANNOT_LINK if _apart(a, b) else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        n = len(signatures)
        episode = np.fromiter((_NONE if s.episode is None else s.episode for s in signatures), np.int64, n)
        season = np.fromiter((_NONE if s.season is None else s.season for s in signatures), np.int64, n)
        return episode, season

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        apart = np.zeros(len(pairs.i), dtype=bool)
        for numbers in columns:
            a, b = numbers[pairs.i], numbers[pairs.j]
            apart |= (a != _NONE) & (b != _NONE) & (a != b)
        return np.where(apart, CANNOT_LINK, 0.0)


SIGNAL = EpisodeNumber()
