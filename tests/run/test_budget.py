"""The time budget interrupts a slow stage, in this process and in workers; workers die with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import podclean
from podclean import pipeline
from podclean.config import Config
from podclean.model import Capture
from podclean.run.budget import can_interrupt, deadline

EPISODE = "Episode one — Ann Lee\n1:02:03\n" + "Ann Lee talks about lighthouses and the sea. " * 8 + "\n"
GOOD = Capture(name="good.txt", data=EPISODE)
SLOW = Capture(name="slow.txt", data=EPISODE.replace("one", "two"))


def _spin_on_slow(real):  # type: ignore[no-untyped-def]
    """A stage that never ends on slow.txt, in Python code a timer can interrupt."""

    def stage(capture: Capture, config: Config) -> pipeline.CaptureOutcome:
        while capture.name == "slow.txt":
            pass
        return real(capture, config)

    return stage


def _deaf_on_slow(real):  # type: ignore[no-untyped-def]
    """A stage that never ends on slow.txt and never sees its timer (as if stuck in compiled code)."""

    def stage(capture: Capture, config: Config) -> pipeline.CaptureOutcome:
        if capture.name == "slow.txt":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(3600)
        return real(capture, config)

    return stage


@pytest.mark.skipif(not can_interrupt(), reason="no interval timer here")
def test_a_stage_that_never_ends_is_interrupted_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "clean_capture", _spin_on_slow(pipeline.clean_capture))
    result = podclean.clean_report([SLOW, GOOD], config=Config(max_seconds_per_capture=2.0))
    assert [e.title for e in result.episodes] == ["Episode one — Ann Lee"]
    errors = {r.capture: r.error or "" for r in result.reports}
    assert "slow.txt" in errors["slow.txt"] and "max_seconds_per_capture" in errors["slow.txt"]
    assert not errors["good.txt"]


@pytest.mark.skipif(not can_interrupt(), reason="no interval timer here")
def test_the_timer_and_handler_of_the_program_are_left_as_they_were() -> None:
    def mine(signum: int, frame: object) -> None:
        raise AssertionError("the program's handler ran")

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with deadline("quick.txt", 30.0):
            assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
        assert signal.getsignal(signal.SIGALRM) is mine
        # A timer of the program's own is not taken over.
        signal.setitimer(signal.ITIMER_REAL, 100.0)
        with deadline("quick.txt", 0.001):
            time.sleep(0.05)
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 90
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers replace the stage")
def test_a_worker_that_overruns_is_replaced_and_its_capture_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "clean_capture", _deaf_on_slow(pipeline.clean_capture))
    topics = ("owls", "tides", "bread", "chess", "moss", "kites")
    others = [
        Capture(name=f"good-{i}.txt", data=f"{t.title()} at dusk — Ann Lee\n1:02:03\n" + f"Ann Lee on {t}. " * 20)
        for i, t in enumerate(topics)
    ]
    result = podclean.clean_report([SLOW, *others], config=Config(max_seconds_per_capture=2.0), workers=2)
    assert sorted(e.title for e in result.episodes) == sorted(f"{t.title()} at dusk — Ann Lee" for t in topics)
    errors = {r.capture: r.error or "" for r in result.reports}
    assert "slow.txt" in errors["slow.txt"] and "was replaced" in errors["slow.txt"]
    assert all(not errors[c.name] for c in others)


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        import podclean
        from podclean import pipeline

        def stage(capture, config):
            time.sleep(3600)

        pipeline.clean_capture = stage
        print("ready", flush=True)
        podclean.clean([podclean.Capture(name=f"{i}.txt", data="x") for i in range(4)], workers=2)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline() == "ready\n"
        deadline_at = time.monotonic() + 30
        while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline_at:
            time.sleep(0.05)
        assert len(workers) >= 2, "the pool started its workers"
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline_at = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline_at:
        time.sleep(0.05)
    assert not any(map(_alive, workers)), "a worker outlived its parent"
