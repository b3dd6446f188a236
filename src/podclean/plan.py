"""The run as a plan: its stages in order, what each reads, and which of them spread out.

A run is the same stages whatever executes it (this process, worker
processes, a Ray cluster); an executor decides only where the map stages
run, by the :class:`~podclean.resolve.components.Mapper` it passes.

==========================  ==================  ==================================================
stage                       kind                what it is
==========================  ==================  ==================================================
clean                       map, per capture    :func:`podclean.pipeline.clean_capture`: records,
                                                signatures, sentence hashes, ranks
number                      global order        :func:`numbering`: blocks in canonical rank order
document frequencies        reduction           :meth:`~podclean.resolve.weights.Weights.from_signatures`
candidate pairs             shuffle by key      LSH band keys and title keys, a key's posting count
                                                capped (:class:`~podclean.resolve.candidates.CandidateIndex`)
scoring                     map, per pair       :func:`~podclean.resolve.scoring.matching_pairs`: MATCH edges
components                  global              :func:`~podclean.resolve.components.components`:
                                                union-find over the int64 edges
clustering                  map, per component  :func:`~podclean.resolve.components.cluster_component`
corpus boilerplate          reduction           :meth:`~podclean.chrome.BoilerplateCounter.boilerplate`:
                                                sentences three episodes or more carry
merge                       map, per group      :func:`~podclean.merge.build_episode`
write                       sort by id          :func:`~podclean.formats.write`
==========================  ==================  ==================================================

The reductions are what every later stage reads of the whole corpus, so
each stage after them is a function of its own items and those few values:
that is what lets a component or a group go to any worker. No engine is
imported here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from podclean import chrome as chrome_stage
from podclean.merge import build_episode
from podclean.model import Episode, Record
from podclean.resolve import Rank, Resolver
from podclean.resolve.components import Mapper
from podclean.resolve.signatures import Signature
from podclean.sites import PROFILES


def numbering(ranks: Sequence[Rank]) -> list[int]:
    """The blocks' positions in canonical rank order: the order resolution sees them in.

    >>> numbering([("b.txt", 1, 0), ("a.txt", 9, 0), ("a.txt", 2, 0)])
    [2, 1, 0]
    """
    return sorted(range(len(ranks)), key=ranks.__getitem__)


def resolve(
    signatures: list[Signature],
    ranks: Sequence[Rank],
    mapper: Mapper = map,
    crowded: Callable[[list[int]], None] | None = None,
) -> list[list[int]]:
    """Group the blocks by episode: number, weigh, propose, score, split and cluster.

    ``signatures`` and ``ranks`` are by block position (in any order the
    blocks came); the groups hold positions too, whatever ``mapper`` runs
    the clustering of the components. ``signatures`` is emptied once the
    index holds them (renumbered): a million blocks need not be held twice.
    ``crowded`` is told the positions of the blocks left in LSH band
    buckets too crowded to pair (:class:`~podclean.resolve.candidates.HotBuckets`).
    """
    order = numbering(ranks)
    resolver = Resolver()
    resolver.add_signatures([signatures[k] for k in order], [ranks[k] for k in order], interned=True)
    signatures.clear()
    groups = [[order[i] for i in group] for group in resolver.groups(mapper)]
    if crowded is not None and resolver.index.hot.owners:
        crowded([order[i] for i in resolver.index.hot.owners])
    return groups


def merge_groups(
    groups: Iterable[Sequence[int]],
    record: Callable[[int], Record],
    sentences: chrome_stage.BoilerplateCounter,
    mapper: Mapper = map,
    shows: Mapping[str, str] | None = None,
) -> Iterator[Episode]:
    """Merge each group of records (by number) into an episode, corpus boilerplate removed.

    ``record`` reads a record back by its number, and ``sentences`` holds
    every record's sentence hashes under the same number. The records are
    read and stripped of boilerplate here; ``mapper`` runs the merging.
    ``shows`` maps each show name of the run to its fullest form
    (:func:`~podclean.fields.show.canonical_names` of every record's
    :func:`~podclean.merge.show_names`).
    """
    boilerplate = sentences.boilerplate()
    # Only descriptions that carry a boilerplate sentence change when it
    # is removed (descriptions are stripped, so the others come back as
    # they are): the rest are not split into sentences again.
    carriers = sentences.carriers(boilerplate)

    def stripped(group: Sequence[int]) -> list[Record]:
        records = [record(k) for k in group]
        return [
            attrs.evolve(r, description=chrome_stage.remove_sentences(r.description, boilerplate))
            if k in carriers or r.description != r.description.strip()
            else r
            for k, r in zip(group, records, strict=True)
        ]

    directory_sites = frozenset(p.name for p in PROFILES if p.kind == "directory")
    merge = functools.partial(build_episode, directory_sites=directory_sites, shows=shows)
    yield from mapper(merge, map(stripped, groups))


def episodes(
    signatures: list[Signature],
    ranks: Sequence[Rank],
    sentences: chrome_stage.BoilerplateCounter,
    record: Callable[[int], Record],
    mapper: Mapper = map,
    shows: Mapping[str, str] | None = None,
    crowded: Callable[[list[int]], None] | None = None,
) -> Iterator[Episode]:
    """Every stage after cleaning: the episodes of the blocks gathered, by position.

    Episodes come in the order of their first block's rank: the same
    whatever order the captures came in and wherever the map stages ran.
    ``signatures`` is emptied as :func:`resolve` says.
    """
    yield from merge_groups(resolve(signatures, ranks, mapper, crowded), record, sentences, mapper, shows)
