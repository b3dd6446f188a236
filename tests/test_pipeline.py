"""The whole pipeline on generated input: it never crashes, it accounts for every line."""

from __future__ import annotations

import multiprocessing
import os
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import podclean
from podclean.config import Config
from podclean.model import Capture
from podclean.pipeline import clean_capture
from podclean.run.pool import start_method
from podclean.run.spill import RecordSpill
from podclean.testing import texts

words = texts()

_LINE = st.one_of(
    words,
    st.sampled_from(["", "1:02:03", "14.03.2026 · 52 min", "Watch with Captions", "#a#b", "-", "  • Show"]),
    words.map(lambda w: (w + " ") * 30),
)


@given(st.lists(_LINE, max_size=40))
def test_generated_pages_never_crash_and_every_line_is_accounted_for(lines: list[str]) -> None:
    result = podclean.clean_report([Capture(name="gen.txt", data="\n".join(lines))])
    report = result.reports[0]
    if report.error is None:
        assert report.episode_lines + report.chrome_lines + report.residue_lines == report.total_lines
    else:
        assert "gen.txt" in report.error


@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    result = podclean.clean_report([Capture(name="any.txt", data=text)])
    assert len(result.reports) == 1


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    result = podclean.clean_report([Capture(name="any.bin", data=data)])
    assert len(result.reports) == 1


def test_workers_give_the_same_result_as_one_process(seed_captures: list[Capture]) -> None:
    bad = Capture(name="bad.bin", data=b"\x00" * 64)
    one = podclean.clean_report([*seed_captures, bad], workers=1)
    two = podclean.clean_report([*seed_captures, bad], workers=2)
    assert [podclean.io.dumps(e) for e in one.episodes] == [podclean.io.dumps(e) for e in two.episodes]
    assert one.reports == two.reports


def test_workers_give_the_same_result_on_many_small_captures() -> None:
    from benchmarks.corpus import generate, render_pages

    pages = [Capture(name=n, data=t) for n, t in render_pages(generate(300, seed=5)[0])]
    one = podclean.clean_report(pages, workers=1)
    two = podclean.clean_report(pages, workers=3)
    assert [podclean.io.dumps(e) for e in one.episodes] == [podclean.io.dumps(e) for e in two.episodes]
    assert one.reports == two.reports


_CLEAN_WITH_START_METHOD = r"""
import multiprocessing, sys
import podclean
from podclean.io import dumps
multiprocessing.set_start_method(sys.argv[1])
sys.stdout.write("\n".join(dumps(e) for e in podclean.clean([sys.argv[2]], workers=2)))
"""


@pytest.mark.parametrize("method", [m for m in ("spawn", "forkserver") if m in multiprocessing.get_all_start_methods()])
def test_workers_that_are_not_forked_give_the_same_episodes(method: str) -> None:
    # Workers started afresh (macOS and Windows by default, Linux from
    # Python 3.14) share nothing with this process: they import podclean
    # and build its tables themselves, and must still agree with it.
    import subprocess

    from tests.conftest import SAMPLES

    done = subprocess.run(
        [sys.executable, "-c", _CLEAN_WITH_START_METHOD, method, str(SAMPLES)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=300,
    )
    expected = [podclean.io.dumps(e) for e in podclean.clean([SAMPLES])]
    assert expected
    assert done.stdout.split("\n") == expected


_WHICH_START_METHOD = r"""
import multiprocessing, sys, threading
from podclean.run.pool import start_method
# The defaults of Python 3.14 on Linux, where forkserver comes first.
multiprocessing.get_all_start_methods = lambda: ["forkserver", "spawn", "fork"]
if sys.argv[1] != "-":
    multiprocessing.set_start_method(sys.argv[1])
alone = start_method()
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
print(alone, start_method(), multiprocessing.get_start_method(allow_none=True))
stop.set()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
@pytest.mark.parametrize(
    ("chosen", "expected"),
    [("-", "fork forkserver None"), ("forkserver", "fork forkserver forkserver"), ("spawn", "spawn spawn spawn")],
    ids=["nothing chosen", "the default chosen", "another chosen"],
)
def test_workers_are_forked_where_it_is_safe_unless_the_program_chose_otherwise(chosen: str, expected: str) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _WHICH_START_METHOD, chosen], capture_output=True, text=True, check=True, timeout=120
    )
    # Forked while no other thread runs, the default beside one, and a
    # program's other choice always; asking fixes nothing for the program.
    assert done.stdout.split() == expected.split()


@pytest.mark.skipif(
    start_method() != "fork",
    reason="the crash is planted in this process; only forked workers inherit it",
)
def test_a_capture_that_kills_its_worker_is_reported_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.corpus import generate, render_pages

    from podclean import pipeline

    pages = [Capture(name=n, data=t) for n, t in render_pages(generate(60, seed=7)[0])]
    assert len(pages) > 2
    # Third of the batch: several captures, on both workers, are in flight when it dies.
    pages.insert(2, Capture(name="crash.txt", data=pages[0].data))
    real = pipeline.clean_capture

    def dies_on_crash_txt(capture: Capture, config: Config) -> pipeline.CaptureOutcome:
        if capture.name == "crash.txt":
            os._exit(3)
        return real(capture, config)

    monkeypatch.setattr(pipeline, "clean_capture", dies_on_crash_txt)
    two = podclean.clean_report(pages, workers=2)
    with pytest.raises(podclean.WorkerDied, match=r"crash\.txt: its worker process died"):
        podclean.clean(pages, workers=2, errors="raise")
    monkeypatch.undo()
    one = podclean.clean_report([p for p in pages if p.name != "crash.txt"], workers=1)
    assert [podclean.io.dumps(e) for e in one.episodes] == [podclean.io.dumps(e) for e in two.episodes]
    crashed = [r for r in two.reports if r.capture == "crash.txt"]
    assert len(crashed) == 1 and crashed[0].error is not None and "died" in crashed[0].error
    assert [r for r in two.reports if r.capture != "crash.txt"] == list(one.reports)


def test_bad_run_arguments_are_config_errors() -> None:
    with pytest.raises(podclean.ConfigError, match="workers must be at least 1"):
        podclean.clean([], workers=0)
    with pytest.raises(ValueError, match="errors must be"):
        podclean.clean([], errors="ignore")


def test_errors_raised_in_a_worker_keep_their_type_and_message() -> None:
    import pytest

    with pytest.raises(podclean.DecodeError, match=r"bad\.bin"):
        podclean.clean([Capture(name="bad.bin", data=b"\x00" * 64)] * 2, workers=2, errors="raise")


def test_parallel_runs_leave_the_garbage_collector_as_they_found_it() -> None:
    import gc

    pages = [Capture(name=f"p{i}.txt", data=f"Show\n\nEpisode {i} — Ann Lee\n1:02:03\n") for i in range(4)]
    frozen = gc.get_freeze_count()
    assert podclean.clean(pages, workers=2)
    assert gc.get_freeze_count() == frozen
    with pytest.raises(podclean.DecodeError):
        podclean.clean([*pages, Capture(name="bad.bin", data=b"\x00" * 64)], workers=2, errors="raise")
    assert gc.get_freeze_count() == frozen
    # A caller that stops reading half-way (closing the generator) thaws it too.
    from podclean.run.loop import outcomes as run_outcomes

    outcomes = run_outcomes(pages, Config(), workers=2)
    next(outcomes)
    assert gc.get_freeze_count() > frozen
    outcomes.close()
    assert gc.get_freeze_count() == frozen


def test_parallel_runs_leave_what_the_caller_froze_frozen() -> None:
    import gc

    pages = [Capture(name=f"p{i}.txt", data=f"Show\n\nEpisode {i} — Ann Lee\n1:02:03\n") for i in range(4)]
    marker = [object()]  # a list: tracked by the collector until frozen

    def frozen() -> bool:
        # The collector's generations do not list the frozen ones.
        return not any(o is marker for o in gc.get_objects())

    gc.freeze()
    try:
        assert frozen()
        assert podclean.clean(pages, workers=2) == podclean.clean(pages)
        assert frozen(), "a parallel run thawed objects the caller had frozen"
    finally:
        gc.unfreeze()


def test_fast_paths_change_nothing_but_time(seed_captures: list[Capture]) -> None:
    from podclean.config import Config

    fast = podclean.clean(seed_captures, config=Config(fast_paths=True))
    slow = podclean.clean(seed_captures, config=Config(fast_paths=False))
    assert [podclean.io.dumps(e) for e in fast] == [podclean.io.dumps(e) for e in slow]


@pytest.mark.parametrize("budget", [0, 200_000, 1 << 40], ids=["all on disk", "some held", "all held"])
def test_records_spilled_to_disk_come_back_equal(seed_captures: list[Capture], budget: int) -> None:
    records = [r for c in seed_captures for r in clean_capture(c, Config()).records]
    with RecordSpill(memory_budget=budget) as spill:
        for position, record in enumerate(records):
            assert spill.append(record) == position
        assert len(spill) == len(records)
        assert [spill[k] for k in reversed(range(len(spill)))] == records[::-1]
