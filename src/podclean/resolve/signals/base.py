"""What every matching signal offers, and the helpers several of them share.

A signal is one piece of identity evidence. Its module says what it takes
from a record (``extract``, called by :func:`~podclean.resolve.signatures.signature`),
and, as a :class:`Signal`, how it scores a pair, the most that score can be
for one pair (``bound``) and for many pairs at once in numpy (``bounds``).
Both bounds must be at least the score: a bound below it drops a match
without a word, so a property test holds every signal to it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Protocol

import attrs
import numpy as np

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

#: A feature set of a signature: sorted, distinct strings.
Features = tuple[str, ...]
#: A scored piece of evidence: its name, as a user reads it, and its points.
Part = tuple[str, float]
#: Per-record arrays a signal's vectorised bound reads, built once per call.
Columns = tuple[np.ndarray, ...]
#: A part that forbids the pair, whatever else agrees.
CANNOT_LINK = -math.inf
#: Shared weight (sum of IDF) that makes overlap evidence fully count: about
#: two rare words. Less shared evidence counts proportionally less, so two
#: titles that share one common word do not look identical.
FULL_EVIDENCE = 8.0


@attrs.frozen(kw_only=True)
class Pairs:
    """Many pairs at once: record numbers ``i`` and ``j``, and their Jaccard estimates."""

    i: np.ndarray
    j: np.ndarray
    jaccard: np.ndarray


class Signal(Protocol):
    """One piece of identity evidence, scored and bounded."""

    #: Whether :meth:`bound` is always the points of :meth:`score` (so a
    #: pair's score need not ask for it).
    @property
    def exact(self) -> bool: ...

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        """The pair's part, or ``None`` when the signal says nothing about it."""

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        """At least the points of :meth:`score`, without the costly weights."""

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        """The per-record arrays :meth:`bounds` reads."""

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        """At least the points of :meth:`score` of each pair, as float64."""


def overlap(a: Features, b: Features, table: Mapping[str, float], weights: Weights) -> tuple[float, float]:
    """IDF-weighted overlap coefficient, and the shared weight behind it."""
    if not a or not b:
        return 0.0, 0.0
    common = set(a).intersection(b)
    if not common:
        return 0.0, 0.0
    shared = sum(map(table.get, common, itertools.repeat(weights.default, len(common))))
    smaller = min(weights.total(a, table), weights.total(b, table))
    return (shared / smaller if smaller else 0.0), shared


def overlap_points(
    a: Features, b: Features, table: Mapping[str, float], weights: Weights, points: float, evidence: float
) -> float | None:
    """``points`` times the overlap, scaled down when less than ``evidence`` weight is shared."""
    t, shared = overlap(a, b, table, weights)
    return round(points * t * min(1.0, shared / evidence), 3) if t else None


def feature_mask(features: Features) -> int:
    """A 64-bit set of the features' hash buckets: two sets with disjoint masks share nothing.

    Built on ``hash``, which is per process, so only ever compared within
    one call; a mask only rules pairs out, never in, so the answer does not
    depend on the hash.
    """
    mask = 0
    for feature in features:
        mask |= 1 << (hash(feature) & 63)
    return mask


def masks(signatures: Sequence[Signature], features: str) -> np.ndarray:
    """The :func:`feature_mask` of each signature's ``features`` attribute."""
    return np.fromiter((feature_mask(getattr(s, features)) for s in signatures), np.uint64, len(signatures))


#: Bands of agreement: (largest gap, name, points) in order.
Bands = tuple[tuple[float, str, float], ...]


def banded(value: float, bands: Bands, beyond: tuple[float, str, float]) -> Part | None:
    """The first band ``value`` falls in, or ``beyond``'s part past its gap, else ``None``."""
    for limit, name, points in bands:
        if value <= limit:
            return name, points
    return (beyond[1], beyond[2]) if value > beyond[0] else None


def banded_array(values: np.ndarray, bands: Bands, beyond: tuple[float, str, float]) -> np.ndarray:
    """The points of :func:`banded` for many values (0 where it gives ``None``)."""
    conditions = [values <= limit for limit, _, _ in bands] + [values > beyond[0]]
    return np.select(conditions, [points for _, _, points in bands] + [beyond[2]], 0.0)


class BandedGap:
    """Evidence from how far apart one value of two records is, counted in bands.

    A subclass names the bands and says where the value is (``value``,
    ``None`` when unknown) and how far apart two values are: ``gap`` for two
    numbers, ``gaps`` for two arrays. The score is the band the gap falls in,
    so it is its own bound, for one pair and in numpy alike (an unknown
    value is NaN there, and NaN falls in no band).
    """

    bands: ClassVar[Bands]
    beyond: ClassVar[tuple[float, str, float]]
    exact = True

    def value(self, sig: Signature) -> float | None:
        raise NotImplementedError

    def gap(self, a: float, b: float) -> float:
        raise NotImplementedError

    def gaps(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def _part(self, a: Signature, b: Signature) -> Part | None:
        x, y = self.value(a), self.value(b)
        return None if x is None or y is None else banded(self.gap(x, y), self.bands, self.beyond)

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return self._part(a, b)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        part = self._part(a, b)
        return part[1] if part else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        values = (math.nan if (v := self.value(s)) is None else v for s in signatures)
        return (np.fromiter(values, np.float64, len(signatures)),)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        (values,) = columns
        return banded_array(self.gaps(values[pairs.i], values[pairs.j]), self.bands, self.beyond)


@attrs.frozen
class SharedFeatures:
    """Evidence from features two records share, weighed by how rare they are.

    Scores ``points`` times the overlap coefficient (scaled down below
    ``evidence`` shared weight); at most ``points`` when both records have
    features, and in numpy only where their :func:`feature_mask` buckets meet.
    """

    #: The signature's feature set, and the :class:`Weights` table weighing it.
    attribute: str
    table: str
    name: str
    points: float
    evidence: float
    exact = False

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        found = overlap_points(
            getattr(a, self.attribute), getattr(b, self.attribute), getattr(weights, self.table), weights,
            self.points, self.evidence,
        )  # fmt: skip
        return None if found is None else (self.name, found)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return self.points if getattr(a, self.attribute) and getattr(b, self.attribute) else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        return (masks(signatures, self.attribute),)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        (found,) = columns
        return np.where((found[pairs.i] & found[pairs.j]) != 0, self.points, 0.0)
