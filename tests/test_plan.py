"""The run as a plan: components cluster alone as in the whole, and any mapper gives the same run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from benchmarks.corpus import generate
from hypothesis import given, settings
from hypothesis import strategies as st

import podclean
from podclean import plan
from podclean.io import dumps
from podclean.model import Capture
from podclean.resolve import Resolver, canonical_order
from podclean.resolve.cluster import cluster
from podclean.resolve.components import assemble, cluster_component, components, split
from podclean.resolve.scoring import Score, Weights, matching_pairs, score
from podclean.run.loop import gather
from tests.conftest import SAMPLES

_T = TypeVar("_T")
_U = TypeVar("_U")


def _reversed_map(function: Callable[[_T], _U], items: Iterable[_T]) -> Iterator[_U]:
    """A mapper that does its items last to first, as a parallel one may finish them, and hands them back in order."""
    done = [function(item) for item in reversed(list(items))]
    return reversed(done)


@settings(max_examples=4)
@given(st.integers(min_value=0, max_value=10_000))
def test_each_component_clustered_alone_groups_as_the_whole(seed: int) -> None:
    records, _ = generate(300, seed=seed)
    records.sort(key=canonical_order)
    resolver = Resolver()
    resolver.add(records)
    sigs, ranks = resolver.signatures, resolver.ranks
    weights = Weights.from_signatures(sigs)
    edges = matching_pairs(sigs, resolver.index.pair_codes(), weights)

    def rescore(i: int, j: int) -> Score:
        return score(sigs[i], sigs[j], weights)

    whole = cluster(len(sigs), edges, rescore, ranks)
    parts = split(len(sigs), edges, sigs, ranks)
    alone = assemble(len(sigs), (cluster_component(part, weights) for part in parts))
    assert alone == whole
    assert any(len(group) > 1 for group in whole), "the corpus holds duplicates to group"


@given(st.integers(min_value=1, max_value=40), st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39))))
def test_components_are_the_linked_sets(count: int, links: list[tuple[int, int]]) -> None:
    edges = [(min(i, j), max(i, j), 3.0) for i, j in links if i != j and max(i, j) < count]
    found = components(count, edges)
    reach = {i: {i} for i in range(count)}
    for i, j, _ in edges:  # the closure, the slow way
        joined = reach[i] | reach[j]
        for member in joined:
            reach[member] = joined
    expected = sorted({tuple(sorted(s)) for s in reach.values() if len(s) > 1})
    assert sorted(map(tuple, found)) == expected


def test_any_mapper_gives_the_same_episodes() -> None:
    captures = [Capture(name=p.name, data=p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    expected = [dumps(e) for e in podclean.clean(captures)]
    with gather(captures, podclean.Config()) as gathered:
        gathered.mapper = _reversed_map
        found = sorted(gathered.episodes(), key=lambda e: e.id)
    assert [dumps(e) for e in found] == expected


def test_numbering_follows_the_ranks_whatever_order_blocks_came_in() -> None:
    ranks = [("b", 2, 0), ("a", 7, 1), ("a", 7, 0), ("b", 1, 5)]
    order = plan.numbering(ranks)
    assert [ranks[k] for k in order] == sorted(ranks)
    assert sorted(order) == list(range(len(ranks)))
