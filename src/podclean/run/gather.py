"""The two passes of a run: gather every capture's records, then resolve and merge them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType

import attrs

from podclean import chrome as chrome_stage
from podclean.merge import build_episode
from podclean.model import CaptureReport, Episode, Record
from podclean.pipeline import CaptureOutcome, sentence_hashes
from podclean.resolve import Rank, Resolver, canonical_order
from podclean.resolve.signatures import Signature, shared
from podclean.run.spill import RecordSpill
from podclean.sites import PROFILES


class Gathered:
    """Cleaned captures waiting to be merged: the first pass of a two-pass run.

    Each record is set aside as its capture is cleaned (:class:`RecordSpill`:
    in memory up to a budget, then in a temporary file); its signature, its
    rank and the hashes of its sentences stay in memory. The second pass
    resolves the signatures into groups and reads each group's records back
    to merge them, so memory follows the signatures and the index, not the
    text of the corpus. Every input's report is kept too, failed ones included.
    """

    def __init__(self) -> None:
        self.records = RecordSpill()
        self.signatures: list[Signature] = []
        self.ranks: list[Rank] = []
        self.sentences = chrome_stage.BoilerplateCounter()
        self._reports: list[CaptureReport] = []

    def add(self, outcome: CaptureOutcome) -> None:
        """Keep one cleaned capture's records for merging, and its report."""
        sentences = outcome.sentences or tuple(sentence_hashes(r) for r in outcome.records)
        ranks = outcome.ranks or tuple(canonical_order(r) for r in outcome.records)
        for record, sig, hashes, rank in zip(outcome.records, outcome.signatures, sentences, ranks, strict=True):
            # Records, signatures and descriptions share their numbering.
            position = self.records.append(record)
            self.signatures.append(shared(sig, position))
            self.ranks.append((sys.intern(rank[0]), *rank[1:]))
            self.sentences.add_hashes(*hashes)
        self._reports.append(outcome.report)

    def add_failure(self, report: CaptureReport) -> None:
        """Keep the report of an input that gave no records."""
        self._reports.append(report)

    def reports(self) -> tuple[CaptureReport, ...]:
        """Every input's report, by capture name: the same whatever order they came in."""
        return tuple(sorted(self._reports, key=lambda r: r.capture))

    def episodes(self) -> Iterator[Episode]:
        """Resolve and merge everything gathered, one episode at a time.

        Episodes come in the order of their first block's rank: the same
        whatever order the captures came in.
        """
        order = sorted(range(len(self.ranks)), key=self.ranks.__getitem__)
        resolver = Resolver()
        resolver.add_signatures([self.signatures[k] for k in order], [self.ranks[k] for k in order], interned=True)
        self.signatures = []  # the resolver holds them now
        groups = ([order[i] for i in group] for group in resolver.groups())
        yield from merge_groups(groups, self.records.__getitem__, self.sentences)

    def close(self) -> None:
        """Delete the records' temporary file."""
        self.records.close()

    def __enter__(self) -> Gathered:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def merge_groups(
    groups: Iterable[Sequence[int]], record: Callable[[int], Record], sentences: chrome_stage.BoilerplateCounter
) -> Iterator[Episode]:
    """Merge each group of records (by number) into an episode, corpus boilerplate removed.

    ``record`` reads a record back by its number, and ``sentences`` holds
    every record's sentence hashes under the same number.
    """
    boilerplate = sentences.boilerplate()
    # Only descriptions that carry a boilerplate sentence change when it
    # is removed (descriptions are stripped, so the others come back as
    # they are): the rest are not split into sentences again.
    carriers = sentences.carriers(boilerplate)
    directory_sites = frozenset(p.name for p in PROFILES if p.kind == "directory")
    for group in groups:
        records = [record(k) for k in group]
        records = [
            attrs.evolve(r, description=chrome_stage.remove_sentences(r.description, boilerplate))
            if k in carriers or r.description != r.description.strip()
            else r
            for k, r in zip(group, records, strict=True)
        ]
        yield build_episode(records, directory_sites)
