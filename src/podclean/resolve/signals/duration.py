"""Durations: close ones agree, far ones differ (by relative gap)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve.signals.base import Columns, Pairs, Part, banded, banded_array

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

#: How agreeing durations count, by relative gap: (largest gap, name,
#: points) in order; a gap beyond DURATIONS_DIFFER counts against.
DURATION_BANDS = ((0.03, "duration agrees", 1.5), (0.08, "duration close", 0.5))
DURATIONS_DIFFER = (0.15, "duration differs", -5.0)
#: Two lengths the same to the second, where neither is whole minutes: pages
#: copy a feed's exact length, and another episode seldom has it.
SAME_TO_THE_SECOND = ("same length to the second", 2.0)


def extract(record: Record) -> int | None:
    """The record's duration in seconds, if known."""
    return record.duration_s


def _part(a: Signature, b: Signature) -> Part | None:
    if not (a.duration_s and b.duration_s):
        return None
    if a.duration_s == b.duration_s and a.duration_s % 60:
        return SAME_TO_THE_SECOND
    gap = abs(a.duration_s - b.duration_s) / max(a.duration_s, b.duration_s)
    return banded(gap, DURATION_BANDS, DURATIONS_DIFFER)


@attrs.frozen
class Duration:
    """+2 the same to the second, +1.5 / +0.5 within 3 % / 8 %, −5 beyond 15 %; exact as a bound."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return _part(a, b)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        part = _part(a, b)
        return part[1] if part else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        return (np.fromiter((s.duration_s or 0 for s in signatures), np.float64, len(signatures)),)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        (duration,) = columns
        a, b = duration[pairs.i], duration[pairs.j]
        both = (a > 0) & (b > 0)
        gap = np.abs(a - b) / np.where(both, np.maximum(a, b), 1.0)
        points = banded_array(gap, DURATION_BANDS, DURATIONS_DIFFER)
        exact = (a == b) & (np.mod(a, 60) != 0)
        return np.where(both, np.where(exact, SAME_TO_THE_SECOND[1], points), 0.0)


SIGNAL = Duration()
