"""Duplicate resolution: which records show the same episode.

The one door to datasketch. ``signatures`` builds each record's evidence,
``candidates`` proposes pairs near-linearly (LSH and an inverted index),
``scoring`` weighs a pair's evidence with explicit weights, and ``cluster``
groups the pairs without chaining unrelated episodes together.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Sequence

from podclean.model import Record
from podclean.resolve.candidates import CandidateIndex
from podclean.resolve.cluster import Rank
from podclean.resolve.components import Mapper, assemble, cluster_component, split
from podclean.resolve.scoring import MATCH, Score, matching_pairs, score
from podclean.resolve.signatures import Signature, renumbered, shared, signatures
from podclean.resolve.weights import Weights
from podclean.text import stable_hash

_log = logging.getLogger("podclean")


class Resolver:
    """Resolves records into groups, one group per real episode.

    One resolver per run (or per :class:`~podclean.catalog.Catalog`): it keeps
    the signatures and the candidate index, so records can be added in batches
    and the grouping is the same as for one batch.
    """

    def __init__(self, storage_config: dict[str, object] | None = None) -> None:
        self.signatures: list[Signature] = []
        self.ranks: list[Rank] = []
        self.index = CandidateIndex(storage_config=storage_config)

    def add(self, records: Sequence[Record], prepared: Sequence[Signature] | None = None) -> None:
        """Add records (in a stable order) to the resolver's index.

        ``prepared`` are the records' signatures when they were computed
        already (by worker processes); they are renumbered here.
        """
        if prepared is None:
            prepared = signatures(records)
        self.add_signatures(prepared, [canonical_order(r) for r in records])

    def add_signatures(self, prepared: Sequence[Signature], ranks: Sequence[Rank], *, interned: bool = False) -> None:
        """Add records by their signatures and :func:`canonical_order` ranks alone.

        The signatures are renumbered from the resolver's count; their
        strings are interned unless ``interned`` says :func:`shared` has
        done it already.
        """
        start = len(self.signatures)
        keys = [sig.keys for sig in prepared]
        # The index holds the keys from here on; a million signatures need not.
        if interned:
            new = [renumbered(sig, start + i) for i, sig in enumerate(prepared)]
        else:
            new = [shared(sig, start + i, keys=False) for i, sig in enumerate(prepared)]
        self.index.add(new, keys)
        self.signatures.extend(new)
        self.ranks.extend(ranks)

    def explain(self, i: int, j: int) -> Score:
        """The score of records ``i`` and ``j`` and the evidence behind it."""
        return score(self.signatures[i], self.signatures[j], Weights.from_signatures(self.signatures))

    def groups(self, mapper: Mapper = map) -> list[list[int]]:
        """Groups of record indexes, one per episode, sorted by their first.

        Each connected component of the matching pairs is clustered apart,
        through ``mapper`` (builtin ``map``, or an executor's map over its
        workers): the groups are the same either way.
        """
        sigs = self.signatures
        weights = Weights.from_signatures(sigs)
        codes = self.index.pair_codes()
        note = self.index.hot.note()
        if note:
            # A run-wide degradation, not one capture's: said once, as a warning.
            _log.warning("%s", note)
        edges = matching_pairs(sigs, codes, weights)
        parts = split(len(sigs), edges, sigs, self.ranks)
        return assemble(len(sigs), mapper(functools.partial(cluster_component, weights=weights), parts))


def canonical_order(record: Record) -> Rank:
    """The order records are resolved in, whatever order they came in.

    The title comes in as a hash: a run keeps every record's rank, and the
    title only breaks ties within one line of one capture.
    """
    return (sys.intern(record.block.capture), record.block.start_line, stable_hash(record.title))


def resolve(records: Sequence[Record]) -> list[list[Record]]:
    """Group records that show the same episode.

    Records are first put in a canonical order, so the grouping does not
    depend on the order they came in.
    """
    ordered = sorted(records, key=canonical_order)
    resolver = Resolver()
    resolver.add(ordered)
    return [[ordered[i] for i in group] for group in resolver.groups()]


__all__ = ["MATCH", "Rank", "Resolver", "Score", "canonical_order", "resolve"]
