"""The two passes of a run: gather every capture's records, then resolve and merge them."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from types import TracebackType

import attrs

from podclean import chrome as chrome_stage
from podclean import plan
from podclean.fields.show_names import canonical_names
from podclean.merge import show_names
from podclean.model import CaptureReport, Episode
from podclean.pipeline import CaptureOutcome, sentence_hashes
from podclean.resolve import Rank, canonical_order
from podclean.resolve.candidates import crowded_note
from podclean.resolve.components import Mapper
from podclean.resolve.signatures import Signature, shared
from podclean.run.spill import RecordSpill


class Gathered:
    """Cleaned captures waiting to be merged: the first pass of a two-pass run.

    Each record is set aside as its capture is cleaned (:class:`RecordSpill`:
    in memory up to a budget, then in a temporary file); its signature, its
    rank and the hashes of its sentences stay in memory. The second pass
    resolves the signatures into groups and reads each group's records back
    to merge them, so memory follows the signatures and the index, not the
    text of the corpus. Every input's report is kept too, failed ones included.

    ``mapper`` runs the second pass's map stages (clustering per component,
    merge per group): builtin ``map`` here, an executor's over its workers.
    """

    def __init__(self, mapper: Mapper = map) -> None:
        self.mapper = mapper
        self.records = RecordSpill()
        self.signatures: list[Signature] = []
        self.ranks: list[Rank] = []
        self.sentences = chrome_stage.BoilerplateCounter()
        #: Every show name the records give, for the run's fullest forms.
        self.show_names: set[str] = set()
        self._reports: list[CaptureReport] = []
        #: Blocks (by position) resolution left in crowded LSH band buckets.
        self._crowded: list[int] = []

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
            self.show_names.update(show_names(record))
        self._reports.append(outcome.report)

    def add_failure(self, report: CaptureReport) -> None:
        """Keep the report of an input that gave no records."""
        self._reports.append(report)

    def reports(self) -> tuple[CaptureReport, ...]:
        """Every input's report, by capture name: the same whatever order they came in.

        After :meth:`episodes`, a capture with blocks in LSH band buckets
        too crowded to pair says so in its notes.
        """
        crowded = Counter(self.ranks[k][0] for k in self._crowded)
        reports = (
            attrs.evolve(r, notes=(*r.notes, crowded_note(crowded[r.capture]))) if r.capture in crowded else r
            for r in self._reports
        )
        return tuple(sorted(reports, key=lambda r: r.capture))

    def episodes(self) -> Iterator[Episode]:
        """Resolve and merge everything gathered, one episode at a time (:func:`podclean.plan.episodes`).

        Episodes come in the order of their first block's rank: the same
        whatever order the captures came in, and wherever the mapper ran.
        """
        # The resolver holds the signatures from here on.
        signatures, self.signatures = self.signatures, []
        shows = canonical_names(self.show_names)
        yield from plan.episodes(
            signatures,
            self.ranks,
            self.sentences,
            self.records.__getitem__,
            self.mapper,
            shows=shows,
            crowded=self._crowded.extend,
        )

    def close(self) -> None:
        """Delete the records' temporary file."""
        self.records.close()

    def __enter__(self) -> Gathered:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
