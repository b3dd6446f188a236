"""Durations: close ones agree, far ones differ (by relative gap)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve.signals.base import BandedGap, Columns, Pairs, Part

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature

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


@attrs.frozen
class Duration(BandedGap):
    """+2 the same to the second, +1.5 / +0.5 within 3 % / 8 %, −5 beyond 15 %; exact as a bound."""

    bands = DURATION_BANDS
    beyond = DURATIONS_DIFFER

    def value(self, sig: Signature) -> float | None:
        # No duration and a duration of zero both say nothing.
        return sig.duration_s or None

    def gap(self, a: float, b: float) -> float:
        return abs(a - b) / max(a, b)

    def gaps(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        gaps: np.ndarray = np.abs(a - b) / np.maximum(a, b)
        return gaps

    def _part(self, a: Signature, b: Signature) -> Part | None:
        if a.duration_s and a.duration_s == b.duration_s and a.duration_s % 60:
            return SAME_TO_THE_SECOND
        return super()._part(a, b)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        (values,) = columns
        a, b = values[pairs.i], values[pairs.j]
        exact = (a == b) & (np.mod(a, 60) != 0)
        return np.where(exact, SAME_TO_THE_SECOND[1], super().bounds(columns, pairs))


SIGNAL = Duration()
