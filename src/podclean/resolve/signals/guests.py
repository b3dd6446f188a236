"""Guests: two titles that both name guests and share none of them are −3.

A shared guest is already counted in the title features; a guest can be on
many episodes, so only the absence of one is evidence here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.fields.people import guest_names
from podclean.model import Record
from podclean.resolve.signals.base import Columns, Features, Pairs, Part, masks

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

POINTS = -3.0


def extract(record: Record) -> Features:
    """The full names of the guests the record's title names."""
    return tuple(sorted(guest_names(record.title)))


def _differ(a: Signature, b: Signature) -> bool:
    return bool(a.guests and b.guests and not set(a.guests).intersection(b.guests))


@attrs.frozen
class Guests:
    """−3 when both titles name guests and none is the same; exact as a bound."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return ("different guests", POINTS) if _differ(a, b) else None

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return POINTS if _differ(a, b) else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        return (masks(signatures, "guests"),)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        # Lists whose hash buckets do not meet share no guest; where they
        # meet, the lists may still differ, and the bound is the looser 0.
        (found,) = columns
        a, b = found[pairs.i], found[pairs.j]
        return np.where((a != 0) & (b != 0) & ((a & b) == 0), POINTS, 0.0)


SIGNAL = Guests()
