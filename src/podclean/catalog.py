"""An incremental, persisted catalog of episodes.

A daily crawl adds today's captures; only they are read, repaired, parsed
and hashed. Their records are indexed beside everything the catalog already
holds (the LSH index and the feature postings are kept, on disk or in a
datasketch storage backend such as Redis), and the grouping is recomputed
from the candidate pairs — so the episodes after any sequence of batches are
exactly those of one run over all captures.

The catalog file is a pickle written by podclean; open only catalogs you
wrote yourself.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

import attrs

from podclean.chrome import BoilerplateCounter
from podclean.config import Config
from podclean.errors import InputError
from podclean.model import Capture, CaptureReport, Episode, Record
from podclean.pipeline import sentence_hashes
from podclean.resolve import Resolver, canonical_order
from podclean.resolve.signatures import Signature
from podclean.run.gather import merge_groups
from podclean.run.loop import outcomes

_FORMAT = 1
_FILE = "catalog.pickle"


class Catalog:
    """Episodes resolved batch after batch.

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
    ) -> None:
        """Open (or start) a catalog.

        ``path`` is a folder where the catalog persists after every
        :meth:`add`; ``None`` keeps it in memory. ``storage_config`` is passed
        to datasketch's ``MinHashLSH`` (e.g. ``{"type": "redis", "redis":
        {"host": "localhost", "port": 6379}}``) to keep the LSH index there.
        """
        self.path = Path(path) if path is not None else None
        self.config = config or Config()
        self.records: list[Record] = []
        self.reports: list[CaptureReport] = []
        self.resolver = Resolver(storage_config=storage_config)
        if self.path is not None and (self.path / _FILE).exists():
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        try:
            with open(self.path / _FILE, "rb") as handle:
                state = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError) as error:
            raise InputError(
                f"{self.path}: the catalog cannot be read ({error}). Restore it or start a new one."
            ) from error
        if state.get("format") != _FORMAT:
            raise InputError(f"{self.path}: catalog format {state.get('format')} is not {_FORMAT}. Rebuild it.")
        self.records, self.reports, self.resolver = state["records"], state["reports"], state["resolver"]

    def save(self) -> None:
        """Write the catalog to its folder (atomically)."""
        if self.path is None:
            return
        self.path.mkdir(parents=True, exist_ok=True)
        state = {"format": _FORMAT, "records": self.records, "reports": self.reports, "resolver": self.resolver}
        with tempfile.NamedTemporaryFile(dir=self.path, delete=False) as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, self.path / _FILE)

    def add(
        self, captures: Iterable[Capture], *, captured_at: dt.date | None = None, workers: int = 1
    ) -> list[CaptureReport]:
        """Clean new captures and index their records; return their reports."""
        config = attrs.evolve(self.config, captured_at=captured_at) if captured_at else self.config
        pairs: list[tuple[Record, Signature]] = []
        reports = []
        for cleaned in outcomes(captures, config, workers=workers):
            if cleaned.outcome is not None:
                pairs.extend(zip(cleaned.outcome.records, cleaned.outcome.signatures, strict=True))
            reports.append(cleaned.report)
        pairs.sort(key=lambda pair: canonical_order(pair[0]))
        self.records.extend(r for r, _ in pairs)
        self.resolver.add([r for r, _ in pairs], prepared=[s for _, s in pairs])
        self.reports.extend(reports)
        self.save()
        return reports

    def episodes(self) -> list[Episode]:
        """Every episode the catalog holds, canonical and sorted by id."""
        sentences = BoilerplateCounter()
        for record in self.records:
            sentences.add_hashes(*sentence_hashes(record))
        return sorted(merge_groups(self.resolver.groups(), self.records.__getitem__, sentences), key=lambda e: e.id)
