"""The command line, run the way users run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import podclean
from tests.conftest import SAMPLES

#: The command line run by these tests is this checkout's, whatever is installed.
ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(Path(podclean.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]),
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "podclean", *args], capture_output=True, text=True, timeout=120, env=ENV
    )


def test_clean_a_directory_to_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = tmp_path / "report.json"
    done = _run("clean", str(SAMPLES), "-o", str(out), "--report", str(report), "--captured-at", "2026-03-16")
    assert done.returncode == 0, done.stderr
    episodes = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert episodes, "the samples hold episodes"
    required = {
        "id",
        "title",
        "language",
        "show",
        "published",
        "duration_s",
        "localized",
        "chapters",
        "transcript",
        "tags",
        "people",
        "links",
        "sources",
    }
    for episode in episodes:
        assert required <= episode.keys()
        for source in episode["sources"]:
            assert {"capture", "site", "start_line", "end_line", "lang", "title"} <= source.keys()
    spanish = {e["localized"].get("es", {}).get("title") for e in episodes}
    assert "🔦 Manteniendo la lámpara encendida — Mara Olsen, Coastal Trust" in spanish  # mojibake repaired
    accounting = json.loads(report.read_text(encoding="utf-8"))
    for item in accounting:
        assert item["episode_lines"] + item["chrome_lines"] + item["residue_lines"] == item["total_lines"]


def test_stdout_is_byte_identical_between_runs() -> None:
    first = _run("clean", "--quiet", str(SAMPLES))
    second = _run("clean", "--quiet", str(SAMPLES))
    assert first.returncode == 0 and first.stdout and first.stdout == second.stdout
    assert first.stderr == ""


def test_a_batch_of_only_bad_captures_fails(tmp_path: Path) -> None:
    (tmp_path / "junk.bin").write_bytes(b"\x00" * 1000)
    done = _run("clean", "--quiet", str(tmp_path))
    assert done.returncode == 1
    assert "junk.bin" in done.stderr


def test_a_missing_path_is_reported_and_the_batch_goes_on() -> None:
    alone = _run("clean", "no/such/folder")
    assert alone.returncode == 1  # nothing could be cleaned
    assert "no such file or directory" in alone.stderr and "Traceback" not in alone.stderr
    beside = _run("clean", "--quiet", "no/such/folder", str(SAMPLES))
    assert beside.returncode == 0 and beside.stdout == _run("clean", "--quiet", str(SAMPLES)).stdout
    assert "no/such/folder: no such file or directory" in beside.stderr


def test_a_number_of_jobs_below_one_is_a_usage_error() -> None:
    for jobs in ("0", "-3", "two"):
        done = _run("clean", "--quiet", "-j", jobs, str(SAMPLES))
        assert done.returncode == 2, jobs
        assert "give 1 or more" in done.stderr and "Traceback" not in done.stderr


def test_parallel_jobs_give_byte_identical_output() -> None:
    one = _run("clean", "--quiet", "-j", "1", str(SAMPLES))
    two = _run("clean", "--quiet", "-j", "2", str(SAMPLES))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout


def test_the_command_line_writes_what_the_api_returns_in_id_order() -> None:
    import datetime as dt

    import podclean
    from podclean.io import dumps, load_capture

    done = _run("clean", "--quiet", "--captured-at", "2026-03-16", str(SAMPLES))
    captures = [load_capture(p) for p in sorted(SAMPLES.glob("*.txt"))]
    expected = [dumps(e) for e in podclean.clean(captures, captured_at=dt.date(2026, 3, 16))]
    lines = done.stdout.splitlines()
    assert lines == expected
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids)


def test_the_progress_bar_starts_no_thread() -> None:
    import threading

    from podclean.console import progress_bar

    # Another thread would make the workers start afresh instead of forked.
    before = threading.active_count()
    bar = progress_bar(10)
    try:
        bar.update(1)
        assert threading.active_count() == before
    finally:
        bar.close()


def test_warnings_print_on_lines_of_their_own_beside_the_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from podclean.cli import main

    for i in range(3):
        (tmp_path / f"good-{i}.txt").write_bytes((SAMPLES / "harbor-lights_directory.txt").read_bytes())
    (tmp_path / "binary.bin").write_bytes(b"\x00" * 64)
    assert main(["clean", str(tmp_path), "-o", str(tmp_path.parent / f"{tmp_path.name}.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "capture" in err, "a bar was drawn"
    # What a terminal shows of each line is what follows its last carriage return.
    shown = [line.rsplit("\r", 1)[-1] for line in err.split("\n")]
    warnings = [line for line in shown if "binary.bin" in line]
    assert warnings and all(line.startswith("podclean: ") and "|" not in line for line in warnings)
    assert not any("podclean: " in line[1:] for line in shown), "a message glued to the bar"
