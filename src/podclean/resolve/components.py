"""Connected components of the matching pairs, each clustered apart.

Clustering only ever joins records through a chain of matching pairs, and
only scores pairs inside the clusters it weighs, so the records of one
connected component of the MATCH edges cluster alone into the groups they
form in the whole corpus. A component is therefore the unit of work a
distributed run hands to a worker: its signatures, its edges and its ranks,
numbered from 0 in the corpus's order (which keeps every tie-break), and the
corpus's weights beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

import attrs
import numpy as np

from podclean.resolve.cluster import Rank, cluster
from podclean.resolve.scoring import Score, Weights, score
from podclean.resolve.signatures import Signature

_T = TypeVar("_T")
_U = TypeVar("_U")


class Mapper(Protocol):
    """How a map stage runs: builtin ``map`` in this process, or an executor's map over its workers.

    Results come back in the order of the items, as they are ready.
    """

    def __call__(self, function: Callable[[_T], _U], items: Iterable[_T], /) -> Iterator[_U]: ...


@attrs.frozen(kw_only=True)
class Component:
    """The records of one connected component of the MATCH edges, numbered from 0."""

    #: The records' numbers in the corpus, ascending.
    members: tuple[int, ...]
    #: The component's matching pairs (local numbers) with their totals.
    edges: tuple[tuple[int, int, float], ...]
    signatures: tuple[Signature, ...]
    ranks: tuple[Rank, ...]


def components(count: int, edges: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    """The connected components of two or more of ``count`` records linked by ``edges``, each sorted.

    Union-find over the edges, with the pairs read as one int64 array.

    >>> components(5, [(0, 3, 4.0), (3, 4, 6.0)])
    [[0, 3, 4]]
    """
    if not edges:
        return []
    parent = np.arange(count, dtype=np.int64).tolist()

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = np.array([(i, j) for i, j, _ in edges], dtype=np.int64)
    for i, j in pairs.tolist():
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    linked = np.unique(pairs)
    roots = np.fromiter((find(i) for i in linked.tolist()), np.int64, len(linked))
    order = np.lexsort((linked, roots))
    roots, linked = roots[order], linked[order]
    starts = np.flatnonzero(np.concatenate(([True], roots[1:] != roots[:-1])))
    return [part.tolist() for part in np.split(linked, starts[1:])]


def split(
    count: int, edges: Sequence[tuple[int, int, float]], signatures: Sequence[Signature], ranks: Sequence[Rank]
) -> list[Component]:
    """The components of the corpus, in the order of their first member, each with what clustering it reads."""
    found = components(count, edges)
    where = {}
    for number, members in enumerate(found):
        for local, member in enumerate(members):
            where[member] = (number, local)
    own: list[list[tuple[int, int, float]]] = [[] for _ in found]
    for i, j, total in edges:
        number, a = where[i]
        own[number].append((a, where[j][1], total))
    return [
        Component(
            members=tuple(members),
            edges=tuple(mine),
            signatures=tuple(signatures[m] for m in members),
            ranks=tuple(ranks[m] for m in members),
        )
        for members, mine in zip(found, own, strict=True)
    ]


def cluster_component(component: Component, weights: Weights) -> list[list[int]]:
    """The groups of one component, by the records' numbers in the corpus."""
    sigs = component.signatures

    def rescore(i: int, j: int) -> Score:
        return score(sigs[i], sigs[j], weights)

    groups = cluster(len(sigs), component.edges, rescore, component.ranks)
    return [[component.members[k] for k in group] for group in groups]


def assemble(count: int, clustered: Iterable[list[list[int]]]) -> list[list[int]]:
    """Every record's group, those of the components and one each for the rest, by first member."""
    groups = [group for found in clustered for group in found]
    grouped = {member for group in groups for member in group}
    groups.extend([i] for i in range(count) if i not in grouped)
    return sorted(groups, key=lambda g: g[0])
