"""An incremental, persisted catalog of episodes.

A daily crawl adds today's captures; only they are read, repaired, parsed
and hashed. Their records, signatures and reports go into the catalog's
database (:mod:`podclean.store`, one transaction an :meth:`Catalog.add`);
the grouping is recomputed from the stored signatures, so the episodes
after any sequence of batches, from any number of processes, are exactly
those of one run over all captures.

A catalog folder holds data only: opening one someone else wrote runs
nothing of theirs.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import attrs

from podclean.chrome import BoilerplateCounter
from podclean.config import Config
from podclean.fields.show_names import canonical_names
from podclean.merge import show_names, with_canonical_show
from podclean.model import Capture, CaptureReport, Episode, Record
from podclean.plan import merge_groups
from podclean.resolve import Resolver, canonical_order
from podclean.resolve.candidates import crowded_note
from podclean.run.loop import outcomes
from podclean.store import Store, StoredRecord


class Catalog:
    """Episodes resolved batch after batch, kept in a folder (or in memory).

    >>> catalog = Catalog()
    >>> catalog.add([Capture(name="empty.txt", data="")])[0].error is not None
    True
    >>> catalog.episodes()
    []
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        config: Config | None = None,
        storage_config: dict[str, object] | None = None,
        busy_timeout: float = 60.0,
    ) -> None:
        """Open (or start) a catalog.

        ``path`` is a folder where every :meth:`add` is stored before it
        returns; ``None`` keeps the catalog in memory. Several processes may
        add to one folder at once: each waits up to ``busy_timeout`` seconds
        for the others' writes. ``storage_config`` is passed to datasketch's
        ``MinHashLSH`` (e.g. ``{"type": "redis", "redis": {"host":
        "localhost", "port": 6379}}``) to keep the LSH index there.

        Raises :class:`~podclean.errors.CatalogError` for a folder that
        holds a damaged catalog, one in the old pickle format, or a
        database podclean did not make.
        """
        self.path = Path(path) if path is not None else None
        self.config = config or Config()
        self._store = Store(self.path, busy_timeout=busy_timeout)
        self._storage_config = storage_config
        self._resolver = Resolver(storage_config=storage_config)
        self._sentences = BoilerplateCounter()
        # The store's row of each record the resolver holds, in its numbering.
        self._rows = array("q")
        # Per capture, its blocks the last resolution left in crowded LSH buckets.
        self._crowded: Counter[str] = Counter()

    def add(
        self, captures: Iterable[Capture], *, captured_at: dt.date | None = None, workers: int = 1
    ) -> list[CaptureReport]:
        """Clean new captures and store their records; return their reports.

        The captures are cleaned first, then stored in one transaction:
        when this returns they are in the catalog for good; if it raises,
        none of them is.
        """
        config = attrs.evolve(self.config, captured_at=captured_at) if captured_at else self.config
        stored: list[tuple[int, StoredRecord]] = []
        reports: list[CaptureReport] = []
        for cleaned in outcomes(captures, config, workers=workers):
            owner = len(reports)
            reports.append(cleaned.report)
            outcome = cleaned.outcome
            if outcome is None:
                continue
            for record, sig, sentences, rank in zip(
                outcome.records, outcome.signatures, outcome.sentences, outcome.ranks, strict=True
            ):
                stored.append((owner, StoredRecord(record=record, signature=sig, rank=rank, sentences=sentences)))
        stored.sort(key=lambda item: canonical_order(item[1].record))
        self._store.append(reports, stored)
        return reports

    @property
    def reports(self) -> list[CaptureReport]:
        """The report of every capture added, in the order they were added.

        After :meth:`episodes`, a capture with blocks in LSH band buckets
        too crowded to pair says so in its notes, as in a run's reports.
        """
        return [
            attrs.evolve(r, notes=(*r.notes, crowded_note(self._crowded[r.capture])))
            if r.capture in self._crowded
            else r
            for r in self._store.reports()
        ]

    def _catch_up(self) -> None:
        """Index the records stored since the last call (by this process or another)."""
        last = self._rows[-1] if self._rows else 0
        signatures, ranks = [], []
        for row, sig, rank, sentences in self._store.resolution_after(last):
            self._rows.append(row)
            signatures.append(sig)
            ranks.append((sys.intern(rank[0]), *rank[1:]))
            self._sentences.add_hashes(*sentences)
        if signatures:
            self._resolver.add_signatures(signatures, ranks)

    def episodes(self) -> list[Episode]:
        """Every episode the catalog holds, canonical and sorted by id."""
        self._catch_up()

        names: set[str] = set()

        def fetch(number: int) -> Record:
            record = self._store.records([self._rows[number]])[0]
            names.update(show_names(record))
            return record

        # Every record is read once to be merged; the run's fullest show
        # names are known only after that, so they are applied last.
        episodes = list(merge_groups(self._resolver.groups(), fetch, self._sentences))
        self._crowded = Counter(self._resolver.ranks[i][0] for i in self._resolver.index.hot.owners)
        shows = canonical_names(names)
        return sorted((with_canonical_show(e, shows) for e in episodes), key=lambda e: e.id)

    def save(self) -> None:
        """Fold the database's write-ahead log into its file.

        Never needed for safety (every :meth:`add` is stored when it
        returns); it leaves the folder one file smaller.
        """
        self._store.checkpoint()

    def close(self) -> None:
        """Close the catalog's database."""
        self._store.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
