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

#: A record's place in the canonical order: capture, line, hash of the title.
Rank = tuple[str, int, int]
#: Mean cross-cluster score two clusters need to merge.
COHESION = 1.5


def cluster(
    count: int,
    scored: Sequence[tuple[int, int, float]],
    rescore: Callable[[int, int], Score],
    rank: Sequence[Rank],
) -> list[list[int]]:
    """Group ``count`` items given their scored pairs' totals; return sorted groups.

    Pairs not in ``scored`` are scored with ``rescore`` when a merge needs them.

    ``rank`` gives each item a key independent of insertion order; ties
    between equal scores break on it, so the grouping does not depend on the
    order records were added in.
    """
    parent = list(range(count))
    # Only clusters of two or more have a members list: most records of a
    # large corpus stay alone, and a list each would cost more than the rest
    # of their evidence.
    members: dict[int, list[int]] = {}
    # Pair (i, j), i < j, is cached under i * count + j: one int, not a tuple.
    cache: dict[int, float] = {min(i, j) * count + max(i, j): total for i, j, total in scored}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def pair_score(i: int, j: int) -> float:
        a, b = (i, j) if i < j else (j, i)
        key = a * count + b
        found = cache.get(key)
        if found is None:
            found = cache[key] = rescore(a, b).total
        return found

    order = sorted(
        (s for s in scored if s[2] >= MATCH),
        key=lambda s: (-s[2], min(rank[s[0]], rank[s[1]]), max(rank[s[0]], rank[s[1]])),
    )
    for i, j, _ in order:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        left, right = members.get(ri, [ri]), members.get(rj, [rj])
        cross = [pair_score(a, b) for a in left for b in right]
        if CANNOT_LINK in cross or sum(cross) / len(cross) < COHESION:
            continue
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        parent[gone] = keep
        members[keep] = [*members.pop(keep, [keep]), *members.pop(gone, [gone])]
    alone = [[i] for i in range(count) if parent[i] == i and i not in members]
    groups = [sorted(m) for m in members.values()] + alone
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
