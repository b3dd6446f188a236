"""The catalog store: batches equal one run, nothing lost, nothing run, damage reported."""

from __future__ import annotations

import os
import pickle
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import podclean
from podclean.codec import dumps as store_dumps
from podclean.codec import loads, record_from_json, record_to_json, report_from_json
from podclean.errors import CatalogError
from podclean.io import dumps, report_to_dict
from podclean.model import Capture, CaptureReport, Result
from podclean.store import DATABASE, PICKLE_FILE
from podclean.testing import texts
from tests.conftest import SAMPLES

#: Files a catalog folder may hold: the database and its WAL-mode companions.
words = texts()

_DATABASE_FILES = {DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm"}


def _samples() -> list[Capture]:
    return [Capture(name=p.name, data=p.read_bytes()) for p in sorted(SAMPLES.iterdir()) if p.is_file()]


def _page(number: int) -> str:
    """A small made-up directory page with two episodes of its own."""
    rng = random.Random(number)
    guest = rng.choice(["Ann", "Bo", "Dara", "Eli"]) + " " + rng.choice(["Lindqvist", "Moreau", "Okafor", "Tanaka"])
    return "\n".join(
        [
            "Tidepool Radio",
            "",
            f"Episode {number} — {guest}",
            f"{rng.randint(1, 28):02d}.0{rng.randint(1, 9)}.2026 · {rng.randint(20, 90)} min",
            f"{guest} talks about harbour number {number} and the boats that call there every spring.",
            "",
            f"Episode {number + 1000} — Ann Example",
            "03.04.2026 · 41 min",
            f"Ann Example maps tide pool {number} with a camera on a pole and a notebook.",
        ]
    )


def _pages(count: int, start: int = 0) -> list[Capture]:
    return [Capture(name=f"page-{n:04d}.txt", data=_page(n)) for n in range(start, start + count)]


def test_batches_over_reopened_catalogs_equal_one_run(seed_captures: list[Capture], tmp_path: Path) -> None:
    captures = seed_captures + _samples() + _pages(6)
    expected = [dumps(e) for e in podclean.clean(captures)]
    shuffled = captures[:]
    random.Random(3).shuffle(shuffled)
    for k in range(4):
        with podclean.Catalog(tmp_path) as catalog:
            catalog.add(shuffled[k::4])
    with podclean.Catalog(tmp_path) as catalog:
        assert [dumps(e) for e in catalog.episodes()] == expected
        assert sorted(r.capture for r in catalog.reports) == sorted(c.name for c in captures)


def test_episodes_follow_adds_made_after_an_earlier_look(tmp_path: Path) -> None:
    captures = _samples() + _pages(4)
    with podclean.Catalog(tmp_path) as reader, podclean.Catalog(tmp_path) as writer:
        writer.add(captures[:3])
        assert [dumps(e) for e in reader.episodes()] == [dumps(e) for e in podclean.clean(captures[:3])]
        writer.add(captures[3:])
        assert [dumps(e) for e in reader.episodes()] == [dumps(e) for e in podclean.clean(captures)]


def test_stored_records_read_back_equal(seed_result: Result, seed_captures: list[Capture]) -> None:
    from podclean.config import Config
    from podclean.pipeline import clean_capture

    records = [r for c in seed_captures for r in clean_capture(c, Config()).records]
    assert records
    assert [record_from_json(loads(store_dumps(record_to_json(r)))) for r in records] == records
    reports = list(seed_result.reports)
    assert [report_from_json(loads(store_dumps(report_to_dict(r)))) for r in reports] == reports


@given(st.text(min_size=1, max_size=40), st.lists(st.tuples(st.integers(1, 10**6), words), max_size=5))
@settings(max_examples=40)
def test_reports_with_any_names_and_residue_read_back_equal(name: str, residue: list[tuple[int, str]]) -> None:
    # A file name that is not UTF-8 arrives with lone surrogates in it.
    report = CaptureReport(
        capture=name + "\udcff",
        site="generic",
        encoding="utf-8",
        total_lines=len(residue),
        episode_lines=0,
        chrome_lines=0,
        residue_lines=len(residue),
        residue=tuple(residue),
        notes=("a note",),
    )
    assert report_from_json(loads(store_dumps(report_to_dict(report)))) == report


def test_a_busy_catalog_is_an_error_and_the_add_leaves_nothing(tmp_path: Path) -> None:
    with podclean.Catalog(tmp_path, busy_timeout=0.2) as catalog:
        catalog.add(_pages(1))
        before = [dumps(e) for e in catalog.episodes()]
        holder = sqlite3.connect(tmp_path / DATABASE, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(CatalogError, match="another process held the catalog"):
                catalog.add(_pages(1, start=1))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert [dumps(e) for e in catalog.episodes()] == before
        assert [r.capture for r in catalog.reports] == ["page-0000.txt"]
        catalog.add(_pages(1, start=1))
        assert [dumps(e) for e in catalog.episodes()] == [dumps(e) for e in podclean.clean(_pages(2))]


_ADDER = textwrap.dedent(
    """
    import sys
    import podclean
    sys.path.insert(0, sys.argv[3])
    from tests.test_catalog import _pages
    catalog = podclean.Catalog(sys.argv[1])
    start, count = (int(part) for part in sys.argv[2].split(":"))
    for n in range(start, start + count):
        catalog.add(_pages(1, start=n))
        print(n, flush=True)
    """
)


def _adder(folder: Path, start: int, count: int) -> subprocess.Popen[str]:
    root = str(Path(__file__).resolve().parents[1])
    return subprocess.Popen(
        [sys.executable, "-c", _ADDER, str(folder), f"{start}:{count}", root],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_two_processes_adding_at_once_both_keep_their_captures(tmp_path: Path) -> None:
    writers = [_adder(tmp_path, 0, 8), _adder(tmp_path, 100, 8)]
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        assert len(out.split()) == 8
    expected = _pages(8) + _pages(8, start=100)
    with podclean.Catalog(tmp_path) as catalog:
        assert sorted(r.capture for r in catalog.reports) == sorted(c.name for c in expected)
        assert [dumps(e) for e in catalog.episodes()] == [dumps(e) for e in podclean.clean(expected)]


def test_a_process_killed_at_any_moment_loses_no_returned_add(tmp_path: Path) -> None:
    rng = random.Random(16)
    returned: set[int] = set()
    start = 0
    for _ in range(3):
        writer = _adder(tmp_path, start, 1000)
        assert writer.stdout is not None
        # Wait for the first adds, then kill at a random moment among the next ones.
        first = writer.stdout.readline()
        assert first, "the adding process never added"
        returned.add(int(first))
        time.sleep(rng.uniform(0.0, 0.5))
        writer.kill()
        rest, _ = writer.communicate(timeout=60)
        returned.update(int(n) for n in rest.split())
        start += 1000
        # Nothing but the database and its companions; reopening works.
        assert {p.name for p in tmp_path.iterdir()} <= _DATABASE_FILES
        with podclean.Catalog(tmp_path) as catalog:
            names = [r.capture for r in catalog.reports]
            assert {f"page-{n:04d}.txt" for n in returned} <= set(names)
            assert len(set(names)) == len(names)  # no add stored twice
            stored = [c for n in range(start) for c in _pages(1, start=n) if c.name in names]
            assert [dumps(e) for e in catalog.episodes()] == [dumps(e) for e in podclean.clean(stored)]
    assert {p.name for p in tmp_path.iterdir()} <= {DATABASE}


class _Payload:
    """Pickled, this makes a folder when loaded: proof that loading ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (os.mkdir, (str(self.marker),))


def test_a_planted_pickle_is_refused_and_never_run(tmp_path: Path) -> None:
    control = tmp_path / "control-ran"
    pickle.loads(pickle.dumps(_Payload(control)))
    assert control.is_dir(), "the payload must run when unpickled, or this test proves nothing"
    marker = tmp_path / "payload-ran"
    folder = tmp_path / "old-catalog"
    folder.mkdir()
    (folder / PICKLE_FILE).write_bytes(pickle.dumps({"format": 1, "records": _Payload(marker)}))
    with pytest.raises(CatalogError, match="Rebuild the catalog: add the original captures to a new"):
        podclean.Catalog(folder)
    assert not marker.exists()
    # Planted in a table, in place of a record and of a report.
    catalog_folder = tmp_path / "catalog"
    with podclean.Catalog(catalog_folder) as catalog:
        catalog.add(_pages(2))
    db = sqlite3.connect(catalog_folder / DATABASE)
    db.execute("UPDATE records SET record = ? WHERE id = 1", (pickle.dumps(_Payload(marker)),))
    db.execute("UPDATE reports SET body = ? WHERE id = 1", (pickle.dumps(_Payload(marker)),))
    db.commit()
    db.close()
    with podclean.Catalog(catalog_folder) as catalog:
        with pytest.raises(CatalogError, match="damaged"):
            catalog.episodes()
        with pytest.raises(CatalogError, match="damaged"):
            _ = catalog.reports
    assert not marker.exists()


@pytest.mark.parametrize(
    "planted",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON reports BEGIN DELETE FROM records; END",
        "CREATE VIEW everything AS SELECT * FROM records",
        "CREATE TABLE extra (x)",
    ],
)
def test_a_catalog_with_planted_sql_is_refused_before_it_runs(tmp_path: Path, planted: str) -> None:
    with podclean.Catalog(tmp_path) as catalog:
        catalog.add(_pages(2))
    db = sqlite3.connect(tmp_path / DATABASE)
    db.execute(planted)
    db.commit()
    db.close()
    with pytest.raises(CatalogError, match="not the ones podclean makes"):
        podclean.Catalog(tmp_path)
    db = sqlite3.connect(tmp_path / DATABASE)
    assert db.execute("SELECT count(*) FROM records").fetchone() == (4,)
    db.close()


def test_a_folder_that_is_not_a_catalog_is_an_error(tmp_path: Path) -> None:
    (tmp_path / DATABASE).write_bytes(b"not a database at all, just some bytes " * 50)
    with pytest.raises(CatalogError, match="cannot be"):
        podclean.Catalog(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    db = sqlite3.connect(other / DATABASE)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.commit()
    db.close()
    with pytest.raises(CatalogError, match="not a podclean catalog"):
        podclean.Catalog(other)


def test_a_flipped_byte_is_reported_or_harmless(tmp_path: Path) -> None:
    made = tmp_path / "made"
    with podclean.Catalog(made) as catalog:
        catalog.add(_samples() + _pages(3))
        expected = [dumps(e) for e in catalog.episodes()]
        expected_reports = catalog.reports
    original = (made / DATABASE).read_bytes()
    rng = random.Random(5)
    detected = 0
    for trial in range(60):
        folder = tmp_path / f"flip-{trial}"
        folder.mkdir()
        data = bytearray(original)
        where = rng.randrange(len(data))
        data[where] ^= 1 << rng.randrange(8)
        (folder / DATABASE).write_bytes(bytes(data))
        try:
            with podclean.Catalog(folder) as catalog:
                got, reports = [dumps(e) for e in catalog.episodes()], catalog.reports
        except CatalogError:
            detected += 1
            continue
        assert (got, reports) == (expected, expected_reports), f"byte {where} changed the catalog unnoticed"
    # Most of the file is records: most flips must be caught, not merely survived.
    assert detected >= 20


def test_a_crowded_lsh_bucket_is_in_the_catalogs_reports(tmp_path: Path) -> None:
    from benchmarks.hostile import similar_captures

    from podclean.resolve.candidates import MAX_BUCKET

    pages = [Capture(name=name, data=text) for name, text in similar_captures(MAX_BUCKET + 5)]
    with podclean.Catalog(tmp_path / "catalog") as catalog:
        catalog.add(pages[:50])
        catalog.add(pages[50:])
        assert len(catalog.episodes()) == MAX_BUCKET + 5
        noted = [r.capture for r in catalog.reports if any("near-identical description" in n for n in r.notes)]
    assert noted == [page.name for page in pages]
    assert noted == [
        r.capture for r in podclean.clean_report(pages).reports if r.notes and "near-identical" in r.notes[-1]
    ]
