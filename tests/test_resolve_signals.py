"""Every matching signal's bounds are at least its score, on generated pairs."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from podclean.resolve.scoring import MATCH, matching_total, may_match, score, upper_bound
from podclean.resolve.signals import CANNOT_LINK, SIGNALS, Pairs
from podclean.resolve.signals.description import NUM_PERM, SKETCH_DTYPE
from podclean.resolve.signatures import Signature
from podclean.resolve.weights import Weights

# Small pools, so that generated pairs share titles, words, guests and
# captures often enough for every part to show up.
_WORDS = st.sampled_from(["ann", "lee", "bo", "chen", "sea", "14x", "emoji:🔬", "acme", "42"])
_FEATURES = st.lists(_WORDS, max_size=4, unique=True).map(lambda f: tuple(sorted(f)))
_SKETCH = st.none() | st.lists(st.integers(0, 2), min_size=NUM_PERM, max_size=NUM_PERM).map(
    lambda values: np.array(values, dtype=SKETCH_DTYPE).tobytes()
)


@st.composite
def _signatures(draw: st.DrawFn) -> list[Signature]:
    count = draw(st.integers(2, 7))
    return [
        Signature(
            index=k,
            title_hash=draw(st.sampled_from([0, 11, 12, -13])),
            capture=draw(st.sampled_from(["a.txt", "b.txt", "c.txt"])),
            title=draw(_FEATURES),
            guests=draw(_FEATURES),
            names=draw(_FEATURES),
            chapters=draw(_FEATURES),
            duration_s=draw(st.none() | st.integers(1, 8000)),
            published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
            show=draw(st.sampled_from(["", "the show", "the show extra", "other"])),
            sketch=draw(_SKETCH),
        )
        for k in range(count)
    ]


def _pairs(sigs: list[Signature]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(sigs)) for j in range(i + 1, len(sigs))]


@given(_signatures())
def test_every_signal_bound_is_at_least_its_score(sigs: list[Signature]) -> None:
    weights = Weights.from_signatures(sigs)
    pairs = _pairs(sigs)
    i = np.array([p[0] for p in pairs], dtype=np.int64)
    j = np.array([p[1] for p in pairs], dtype=np.int64)
    arrays = Pairs(i=i, j=j, jaccard=np.array([sigs[a].jaccard(sigs[b]) for a, b in pairs]))
    for signal in SIGNALS:
        vector = signal.bounds(signal.columns(sigs), arrays)
        assert vector.shape == (len(pairs),)
        for k, (a, b) in enumerate(pairs):
            jaccard = sigs[a].jaccard(sigs[b])
            part = signal.score(sigs[a], sigs[b], weights, jaccard)
            points = part[1] if part else 0.0
            bound = signal.bound(sigs[a], sigs[b], jaccard)
            assert bound >= points - 1e-9, (signal, a, b)
            assert bound == points or not signal.exact, (signal, a, b)
            assert vector[k] >= points - 1e-9, (signal, a, b)
            assert not math.isnan(vector[k])


@given(_signatures())
def test_the_composed_bounds_never_rule_out_a_match(sigs: list[Signature]) -> None:
    weights = Weights.from_signatures(sigs)
    pairs = _pairs(sigs)
    codes = np.array([a << 32 | b for a, b in pairs], dtype=np.int64)
    keep, jaccards = may_match(sigs, codes)
    for k, (a, b) in enumerate(pairs):
        found = score(sigs[a], sigs[b], weights)
        assert jaccards[k] == sigs[a].jaccard(sigs[b])
        bound = upper_bound(sigs[a], sigs[b])
        assert bound >= found.total
        assert keep[k] or found.total < MATCH
        expected = found.total if found.total >= MATCH else None
        assert matching_total(sigs[a], sigs[b], weights, jaccards[k], bound) == expected
        if found.total == CANNOT_LINK:
            assert list(found.parts) == ["same capture, different titles"]
