"""Inverse document frequencies of the features the overlap signals weigh."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from podclean.resolve.signals.base import Features
    from podclean.resolve.signatures import Signature


@attrs.frozen(kw_only=True)
class Weights:
    """Inverse document frequencies of features, from the records at hand."""

    title: Mapping[str, float]
    names: Mapping[str, float]
    default: float
    #: Each feature set's total weight, computed once: a signature meets
    #: many candidates, and its total is the same every time. Keyed by the
    #: identity of the table and of the tuple (hashing a tuple's strings on
    #: every look-up cost more than the sum); the entry keeps the tuple, so
    #: its identity cannot pass to another while cached.
    totals: dict[tuple[int, int], tuple[Features, float]] = attrs.field(factory=dict, eq=False, repr=False)

    def total(self, features: Features, table: Mapping[str, float]) -> float:
        key = (id(table), id(features))
        found = self.totals.get(key)
        if found is not None and found[0] is features:
            return found[1]
        total = sum(table.get(f, self.default) for f in features)
        self.totals[key] = (features, total)
        return total

    @classmethod
    def from_signatures(cls, signatures: Iterable[Signature]) -> Weights:
        title_df: Counter[str] = Counter()
        name_df: Counter[str] = Counter()
        n = 0
        for sig in signatures:
            n += 1
            title_df.update(set(sig.title).union(sig.chapters))
            name_df.update(sig.names)
        return cls(
            title={f: math.log((n + 1) / (df + 1)) + 1 for f, df in title_df.items()},
            names={f: math.log((n + 1) / (df + 1)) + 1 for f, df in name_df.items()},
            default=math.log(n + 1) + 1,
        )
