"""Clustering scored pairs without chaining unrelated episodes.

Pairs are merged strongest first. Two clusters join only when

* no pair across them is a cannot-link (same page, different titles);
* the link that proposes the merge matches (score ≥ MATCH); and
* the mean score over *all* pairs across them (scored now if they were
  never candidates) is at least :data:`COHESION` — so one weak link cannot
  pull two clusters together when the rest of their members disagree.

After clustering, every cluster is checked: each member must have at least
one matching partner inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from podclean.resolve.scoring import CANNOT_LINK, MATCH, Score

#: Mean cross-cluster score two clusters need to merge.
COHESION = 1.5


def cluster(
    count: int,
    scored: Sequence[tuple[int, int, Score]],
    rescore: Callable[[int, int], Score],
    rank: Sequence[tuple[str, int, str]],
) -> list[list[int]]:
    """Group ``count`` items given their matching scored pairs; return sorted groups.

    Pairs not in ``scored`` are scored with ``rescore`` when a merge needs them.

    ``rank`` gives each item a key independent of insertion order; ties
    between equal scores break on it, so the grouping does not depend on the
    order records were added in.
    """
    parent = list(range(count))
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    cache: dict[tuple[int, int], float] = {(i, j): s.total for i, j, s in scored}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def pair_score(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in cache:
            cache[key] = rescore(*key).total
        return cache[key]

    order = sorted(
        (s for s in scored if s[2].total >= MATCH),
        key=lambda s: (-s[2].total, min(rank[s[0]], rank[s[1]]), max(rank[s[0]], rank[s[1]])),
    )
    for i, j, _ in order:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        cross = [pair_score(a, b) for a in members[ri] for b in members[rj]]
        if CANNOT_LINK in cross or sum(cross) / len(cross) < COHESION:
            continue
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        parent[gone] = keep
        members[keep].extend(members.pop(gone))
    groups = [sorted(m) for m in members.values()]
    return sorted(_coherent(groups, pair_score), key=lambda g: g[0])


def _coherent(groups: list[list[int]], pair_score: Callable[[int, int], float]) -> list[list[int]]:
    """Split off any member that matches nobody in its cluster."""
    result: list[list[int]] = []
    for group in groups:
        if len(group) <= 2:
            result.append(group)
            continue
        kept = [i for i in group if any(pair_score(i, j) >= MATCH for j in group if j != i)]
        stray = [i for i in group if i not in kept]
        result.append(kept)
        result.extend([i] for i in stray)
    return [g for g in result if g]
