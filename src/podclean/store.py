"""The catalog's storage: one SQLite database in the catalog's folder.

Each :meth:`Store.append` is one transaction, so it costs what it adds, and
what it added survives any later crash once it returns (WAL journal, synced
at each commit). Two processes appending at once take turns on the
database's write lock, waiting up to the busy timeout. The schema is in
``docs/catalog.md``.

Nothing read from the database is executed: the tables hold JSON text and
packed integers (see :mod:`podclean.codec`), the schema must be exactly the
one podclean creates (a planted trigger or view is refused before anything
runs it), and every row carries a checksum of its content, so a flipped byte
is reported rather than read as different data.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from podclean.codec import (
    Malformed,
    dumps,
    loads,
    record_from_json,
    record_to_json,
    report_from_json,
    resolution_from_json,
    resolution_to_json,
)
from podclean.errors import CatalogError
from podclean.io import report_to_dict
from podclean.model import CaptureReport, Record
from podclean.resolve import Rank
from podclean.resolve.signals.description import NUM_PERM, SKETCH_DTYPE
from podclean.resolve.signatures import Signature

#: The database file in a catalog folder.
DATABASE = "catalog.sqlite3"
#: The file of the format before it (a pickle): refused, never read.
PICKLE_FILE = "catalog.pickle"
FORMAT = "podclean-catalog"
VERSION = "4"

# Exactly as podclean creates them: what sqlite_master must hold, no more.
_SCHEMA = (
    ("table", "meta", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    (
        "table",
        "reports",
        "CREATE TABLE reports (id INTEGER PRIMARY KEY, body TEXT NOT NULL, checksum INTEGER NOT NULL)",
    ),
    (
        "table",
        "records",
        "CREATE TABLE records (id INTEGER PRIMARY KEY, report INTEGER NOT NULL REFERENCES reports (id), "
        "record TEXT NOT NULL, resolution TEXT NOT NULL, sketch BLOB, keys BLOB NOT NULL, "
        "checksum INTEGER NOT NULL)",
    ),
)
# The automatic index of meta's text primary key.
_AUTOMATIC = {("index", "sqlite_autoindex_meta_1", None)}

_REBUILD = (
    "Restore the folder from a backup, or rebuild the catalog: add the same captures to a new, empty folder "
    "(podclean.Catalog(new_folder).add(captures))."
)

_SKETCH_BYTES = NUM_PERM * SKETCH_DTYPE.itemsize


@attrs.frozen(kw_only=True)
class StoredRecord:
    """One record as the store keeps it: the record and its resolution state."""

    record: Record
    signature: Signature
    rank: Rank
    #: :func:`~podclean.chrome.sentence_hashes` of the record.
    sentences: tuple[int, tuple[int, ...]]


def _checksum(*parts: bytes | str | None) -> int:
    digest = hashlib.blake2b(digest_size=8)
    for part in parts:
        # A length before each part: moving bytes across parts changes the sum.
        data = b"\xff" if part is None else part.encode("ascii") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little") + data)
    return int.from_bytes(digest.digest(), "little", signed=True)


class Store:
    """A catalog's tables, in a folder's database or (``folder=None``) in memory."""

    def __init__(self, folder: Path | None, *, busy_timeout: float) -> None:
        self.where = str(folder) if folder is not None else "the in-memory catalog"
        self.busy_timeout = busy_timeout
        if folder is None:
            target = ":memory:"
        else:
            self._check_folder(folder)
            target = str(folder / DATABASE)
        with self._guard("open"):
            # Autocommit: transactions are begun and ended here, explicitly.
            self._db = sqlite3.connect(target, timeout=busy_timeout, isolation_level=None)
        try:
            with self._guard("open"):
                self._setup_waiting()
        except BaseException:
            self._db.close()
            raise

    def _check_folder(self, folder: Path) -> None:
        if (folder / PICKLE_FILE).exists():
            raise CatalogError(
                f"{folder}: this catalog is in the format of podclean before 2 (a pickle), which is no longer "
                "read: loading a pickle can run any code its writer put in it",
                "Rebuild the catalog: add the original captures to a new, empty folder "
                "(podclean.Catalog(new_folder).add(captures)); delete the old folder once you trust its origin.",
            )
        if folder.exists() and not folder.is_dir():
            raise CatalogError(f"{folder}: is not a folder", "Give a catalog a folder of its own.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CatalogError(
                f"{folder}: the catalog folder cannot be made ({error.strerror})", "Check the path and permissions."
            ) from error

    @contextlib.contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except Malformed as error:
            raise CatalogError(f"{self.where}: the catalog is damaged ({error})", _REBUILD) from error
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise CatalogError(
                    f"{self.where}: another process held the catalog for over {self.busy_timeout} s ({action})",
                    "Try again when it is done, or give Catalog(busy_timeout=...) more seconds.",
                ) from error
            raise CatalogError(f"{self.where}: the catalog cannot be used ({action}: {error})", _REBUILD) from error
        except sqlite3.Error as error:
            raise CatalogError(f"{self.where}: the catalog cannot be read ({action}: {error})", _REBUILD) from error

    def _setup_waiting(self) -> None:
        # Switching a new database to WAL takes a lock SQLite does not wait
        # for (no busy handler): two processes opening one new catalog at
        # once would fail, so the switch is tried again up to the timeout.
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                self._setup()
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _setup(self) -> None:
        # A schema's SQL is not run while reading data, but a crafted one
        # could still hold triggers; _check_schema refuses them before any
        # write, and this keeps SQL functions out of views and triggers.
        self._db.execute("PRAGMA trusted_schema = OFF")
        self._db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode, FULL syncs the log at every commit: an add that
        # returned survives a crash of the machine, not only of the process.
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            found = self._db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
            if not found:
                for _, _, sql in _SCHEMA:
                    self._db.execute(sql)
                self._db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), ("version", VERSION)])
            else:
                self._check_schema(found)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _check_schema(self, found: list[tuple[str, str, str | None]]) -> None:
        meta = (
            dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            if ("table", "meta") in {(kind, name) for kind, name, _ in found}
            else {}
        )
        if meta.get("format") != FORMAT:
            raise CatalogError(f"{self.where}: this database is not a podclean catalog", _REBUILD)
        if meta.get("version") != VERSION:
            raise CatalogError(
                f"{self.where}: the catalog is in format {meta.get('version')!r}, this podclean reads {VERSION!r}",
                "Use the podclean that wrote it, or rebuild the catalog from its captures in a new folder.",
            )
        if set(found) != set(_SCHEMA) | _AUTOMATIC:
            extra = sorted(f"{kind} {name}" for kind, name, _ in set(found) - set(_SCHEMA) - _AUTOMATIC)
            raise CatalogError(
                f"{self.where}: the catalog's tables are not the ones podclean makes"
                + (f" (it also holds {', '.join(extra)})" if extra else ""),
                "Do not use it: rebuild the catalog from its captures in a new folder.",
            )

    def append(self, reports: Sequence[CaptureReport], records: Sequence[tuple[int, StoredRecord]]) -> None:
        """Store reports and the records of each (by its position in ``reports``), in one transaction."""
        encoded_reports = [dumps(report_to_dict(r)) for r in reports]
        rows = []
        for owner, stored in records:
            body = dumps(record_to_json(stored.record))
            state = dumps(resolution_to_json(stored.signature, stored.rank, stored.sentences))
            sketch, keys = stored.signature.sketch, stored.signature.keys
            rows.append((owner, body, state, sketch, keys, _checksum(body, state, sketch, keys)))
        with self._guard("add"):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                ids = []
                for body in encoded_reports:
                    cursor = self._db.execute(
                        "INSERT INTO reports (body, checksum) VALUES (?, ?)", (body, _checksum(body))
                    )
                    ids.append(cursor.lastrowid)
                self._db.executemany(
                    "INSERT INTO records (report, record, resolution, sketch, keys, checksum) VALUES (?, ?, ?, ?, ?, ?)",
                    [(ids[owner], *rest) for owner, *rest in rows],
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def resolution_after(self, last: int) -> Iterator[tuple[int, Signature, Rank, tuple[int, tuple[int, ...]]]]:
        """The resolution state of every record stored after row ``last``, in row order."""
        with self._guard("read"):
            cursor = self._db.execute(
                "SELECT id, record, resolution, sketch, keys, checksum FROM records WHERE id > ? ORDER BY id", (last,)
            )
            for row_id, body, state, sketch, keys, checksum in cursor:
                self._verify(row_id, checksum, body, state, sketch, keys)
                signature, rank, sentences = resolution_from_json(loads(state), sketch, keys)
                yield row_id, signature, rank, sentences

    def records(self, ids: Sequence[int]) -> list[Record]:
        """The records of the rows ``ids``, in that order."""
        found: dict[int, Record] = {}
        with self._guard("read"):
            # In slices: SQLite limits the parameters of one statement.
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                cursor = self._db.execute(
                    "SELECT id, record, resolution, sketch, keys, checksum FROM records "
                    f"WHERE id IN ({','.join('?' * len(part))})",
                    part,
                )
                for row_id, body, state, sketch, keys, checksum in cursor:
                    self._verify(row_id, checksum, body, state, sketch, keys)
                    found[row_id] = record_from_json(loads(body))
        missing = [i for i in ids if i not in found]
        if missing:
            raise CatalogError(f"{self.where}: records {missing[:5]} are missing from the catalog", _REBUILD)
        return [found[i] for i in ids]

    def reports(self) -> list[CaptureReport]:
        """Every capture's report, in the order they were added."""
        with self._guard("read"):
            reports = []
            for row_id, body, checksum in self._db.execute("SELECT id, body, checksum FROM reports ORDER BY id"):
                if not isinstance(body, str) or checksum != _checksum(body):
                    raise Malformed(f"report {row_id} does not match its checksum")
                reports.append(report_from_json(loads(body)))
            return reports

    def _verify(self, row_id: int, checksum: object, body: object, state: object, sketch: object, keys: object) -> None:
        if not (
            isinstance(body, str)
            and isinstance(state, str)
            and (sketch is None or (isinstance(sketch, bytes) and len(sketch) == _SKETCH_BYTES))
            and isinstance(keys, bytes)
            and len(keys) % 8 == 0
        ):
            raise Malformed(f"record {row_id} has columns of the wrong type or size")
        try:
            expected = _checksum(body, state, sketch, keys)
        except UnicodeEncodeError:
            raise Malformed(f"record {row_id} holds text podclean does not write") from None
        if checksum != expected:
            raise Malformed(f"record {row_id} does not match its checksum")

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (it is safe either way)."""
        with self._guard("checkpoint"):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close the database (its log is folded in when no one else has it open)."""
        self._db.close()
