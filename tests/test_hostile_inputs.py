"""Hostile and unlucky inputs and outputs, on the command line and in the API.

Each case alone and in a batch beside a good capture: no crash, no hang, a
report that names the input, and the good capture's episodes kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import podclean
from podclean.cli import main
from podclean.config import Config

GOOD = "Owls at dusk — Ann Lee\n1:02:03\n" + "Ann Lee talks about owls and the woods at night. " * 8 + "\n"
GOOD_TITLE = "Owls at dusk — Ann Lee"
OTHER = "Tides at dawn — Bo Park\n48:10\n" + "Bo Park walks the harbour wall and counts the boats. " * 8 + "\n"
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
#: The command line run by these tests is this checkout's, whatever is installed.
ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(Path(podclean.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]),
}


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _outside_link(folder: Path) -> Path:
    secret = folder.parent / "secret.txt"
    secret.write_text(OTHER.replace("Tides", "Secrets"), encoding="utf-8")
    link = folder / "link.txt"
    link.symlink_to(secret)
    return link


def _unreadable_file(folder: Path) -> Path:
    path = folder / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    return path


def _unreadable_folder(folder: Path) -> Path:
    path = folder / "locked"
    path.mkdir()
    (path / "inside.txt").write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    return path


def _sparse_giant(folder: Path) -> Path:
    # Ten gigabytes that take no disk: read, they would exhaust memory.
    path = folder / "giant.txt"
    with open(path, "wb") as file:
        file.truncate(10 * 1024**3)
    return path


def _missing(folder: Path) -> Path:
    return folder / "no-such-capture.txt"


BAD: dict[str, Callable[[Path], Path]] = {
    "missing path": _missing,
    "FIFO": _fifo,
    "symlink outside the folder": _outside_link,
    "file over the size limit": _sparse_giant,
}
if hasattr(os, "mkfifo") and not ROOT:  # root reads everything
    BAD |= {"unreadable file": _unreadable_file, "unreadable folder": _unreadable_folder}
if not hasattr(os, "mkfifo"):  # pragma: no cover - Windows
    del BAD["FIFO"]


def _batch(tmp_path: Path, case: str, with_good: bool) -> tuple[Path, Path]:
    folder = tmp_path / "captures"
    folder.mkdir()
    if with_good:
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder, BAD[case](folder)


@pytest.mark.parametrize("with_good", [False, True], ids=["alone", "beside a good capture"])
@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_input_is_reported_and_the_batch_goes_on(
    tmp_path: Path, case: str, with_good: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, bad = _batch(tmp_path, case, with_good)
    # What is in the folder is found there; a missing path is named.
    given = [folder] if os.path.lexists(bad) else [folder, bad]
    out, report = tmp_path / "out.jsonl", tmp_path / "report.json"
    code = main(["clean", "-q", *map(str, given), "-o", str(out), "--report", str(report)])
    assert code == (0 if with_good else 1)
    titles = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert titles == ([GOOD_TITLE] if with_good else [])
    errors = {item["capture"]: item["error"] for item in json.loads(report.read_text(encoding="utf-8"))}
    assert errors.get(str(bad)), f"{bad} is reported"
    assert str(bad) in capsys.readouterr().err
    if with_good:
        assert errors[str(folder / "good.txt")] is None
    api = podclean.clean_report(given)
    assert [e.title for e in api.episodes] == titles
    assert any(r.capture == str(bad) and r.error for r in api.reports)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_on_the_command_line_is_refused_without_waiting_on_it(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    assert main(["clean", "-q", str(fifo)]) == 1
    with pytest.raises(podclean.InputError, match="not a regular file"):
        podclean.clean([fifo], errors="raise")


def test_a_symlink_outside_is_followed_when_asked(tmp_path: Path) -> None:
    folder, _ = _batch(tmp_path, "symlink outside the folder", with_good=True)
    followed = podclean.clean([folder], config=Config(follow_symlinks=True))
    assert sorted(e.title for e in followed) == sorted([GOOD_TITLE, "Secrets at dawn — Bo Park"])
    inside = folder / "again.txt"
    inside.symlink_to(folder / "good.txt")  # inside the folder: followed as it is
    assert any(r.capture == str(inside) and not r.error for r in podclean.clean_report([folder]).reports)


def test_failed_captures_are_logged_as_warnings(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="podclean"):
        podclean.clean([tmp_path / "missing.txt", podclean.Capture(name="good.txt", data=GOOD)])
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "missing.txt" in caplog.records[0].getMessage()


@pytest.mark.skipif(sys.platform == "darwin" or os.name == "nt", reason="needs a file system that keeps name bytes")
def test_a_file_name_that_is_not_utf8_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(GOOD, encoding="utf-8")
    (folder / "junk.bin").write_bytes(b"\x00" * 64)
    out, report = tmp_path / "out.jsonl", tmp_path / "report.json"
    assert main(["clean", str(folder), "-o", str(out), "--report", str(report)]) == 0
    (episode,) = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    assert os.fsencode(episode["sources"][0]["capture"]) == os.fsencode(str(folder / name))
    captures = {os.fsencode(item["capture"]) for item in json.loads(report.read_bytes().decode("utf-8"))}
    assert os.fsencode(str(folder / name)) in captures
    assert "Traceback" not in capsys.readouterr().err


def test_a_dash_reads_a_capture_from_stdin(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "podclean", "clean", "-q", "-", str(tmp_path)],
        input=GOOD.encode(),
        capture_output=True,
        timeout=120,
        env=ENV,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert sorted(r["title"] for r in rows) == sorted([GOOD_TITLE, "Tides at dawn — Bo Park"])
    assert {s["capture"] for r in rows for s in r["sources"]} == {"-", str(tmp_path / "other.txt")}


OUTPUTS: dict[str, Callable[[Path, Path], list[str]]] = {
    "a missing folder": lambda tmp, inputs: ["-o", str(tmp / "nowhere" / "out.jsonl")],
    "a folder": lambda tmp, inputs: ["-o", str(tmp)],
    "one of the inputs": lambda tmp, inputs: ["-o", str(inputs / "good.txt")],
    "a file inside an input folder": lambda tmp, inputs: ["-o", str(inputs / "new.jsonl")],
    "the report's path too": lambda tmp, inputs: ["-o", str(tmp / "same"), "--report", str(tmp / "same")],
    "a report in a missing folder": lambda tmp, inputs: ["--report", str(tmp / "nowhere" / "r.json")],
}


@pytest.mark.parametrize("case", sorted(OUTPUTS))
def test_a_bad_output_path_is_a_usage_error_before_any_work(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "captures"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    before = {p: p.read_bytes() for p in inputs.iterdir()}

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the run started")

    monkeypatch.setattr("podclean.cli.gather", no_work)
    assert main(["clean", str(inputs), *OUTPUTS[case](tmp_path, inputs)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("podclean: ") and "Traceback" not in err
    assert {p: p.read_bytes() for p in inputs.iterdir()} == before


def test_an_unwritable_output_folder_is_a_usage_error_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()

    def refused(*args: object, **kwargs: object) -> None:
        # What the file system says to a folder this user may not write in
        # (simulated: root writes everywhere).
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("podclean.outputs.tempfile.mkstemp", refused)
    monkeypatch.setattr("podclean.cli.gather", refused)
    for option in ("-o", "--report"):
        assert main(["clean", str(tmp_path / "good.txt"), option, str(locked / "out")]) == 2
        err = capsys.readouterr().err
        assert "cannot write in" in err and "Permission denied" in err and "Traceback" not in err
    assert not any(locked.iterdir())


def test_an_output_is_replaced_whole_or_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out" / "episodes.jsonl"
    out.parent.mkdir()
    out.write_bytes(b"previous run\n")
    out.chmod(0o640)

    def broken(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("podclean.cli.write", broken)
    with pytest.raises(OSError, match="No space"):
        main(["clean", "-q", str(tmp_path / "good.txt"), "-o", str(out)])
    assert out.read_bytes() == b"previous run\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["episodes.jsonl"], "no temporary file left"
    monkeypatch.undo()
    assert main(["clean", "-q", str(tmp_path / "good.txt"), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == GOOD_TITLE
    assert out.stat().st_mode & 0o777 == 0o640, "the replaced file keeps its permissions"


@pytest.mark.skipif(not hasattr(os, "kill") or os.name == "nt", reason="needs SIGKILL")
def test_killing_the_command_line_at_any_moment_leaves_the_old_output_or_the_new_one(tmp_path: Path) -> None:
    import random
    import signal
    import time

    from tests.conftest import SAMPLES

    out = tmp_path / "episodes.jsonl"
    command = [sys.executable, "-m", "podclean", "clean", "-q", str(SAMPLES), "-o", str(out)]
    started = time.monotonic()
    subprocess.run(command, check=True, timeout=120, env=ENV)
    took = time.monotonic() - started
    new = out.read_bytes()
    assert new
    old = b'{"previous": "run"}\n'
    moments = random.Random(16).sample(range(1, 100), 5)
    for moment in sorted(moments):
        out.write_bytes(old)
        running = subprocess.Popen(command, env=ENV)
        time.sleep(took * moment / 100)
        running.send_signal(signal.SIGKILL)
        running.wait()
        assert out.read_bytes() in (old, new), f"partial output after a kill at {moment}% of a run"


def test_a_crowded_lsh_bucket_is_in_the_report_not_silently_cut(tmp_path: Path) -> None:
    from benchmarks.hostile import similar_captures

    from podclean.resolve.candidates import MAX_BUCKET

    folder = tmp_path / "captures"
    folder.mkdir()
    for name, text in similar_captures(MAX_BUCKET + 20):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result = podclean.clean_report([folder])
    assert len(result.episodes) == MAX_BUCKET + 21, "different episode numbers stay different episodes"
    noted = {r.capture for r in result.reports if any("near-identical description" in n for n in r.notes)}
    assert noted == {str(p) for p in folder.iterdir() if p.name != "good.txt"}
    report = tmp_path / "report.json"
    assert main(["clean", "-q", str(folder), "-o", str(tmp_path / "out.jsonl"), "--report", str(report)]) == 0
    rows = {row["capture"]: row["notes"] for row in json.loads(report.read_text(encoding="utf-8"))}
    assert sum(any("near-identical description" in n for n in notes) for notes in rows.values()) == MAX_BUCKET + 20
    assert not any("near-identical" in n for n in rows[str(folder / "good.txt")])
