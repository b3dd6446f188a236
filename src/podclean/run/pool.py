"""The pool executor: captures cleaned over worker processes, outcomes in input order.

How workers start, why the collector is frozen while they run, and how the
batch survives a worker's death are in ``docs/design.md`` ("What runs where
with ``-j N``").
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from podclean.config import Config
from podclean.errors import CaptureError, WorkerDied
from podclean.model import Capture
from podclean.pipeline import CaptureOutcome
from podclean.run.budget import exit_with_parent, overrun_after, timed_out
from podclean.run.capture import attempt

#: Captures handed to each worker ahead of the one being collected.
_IN_FLIGHT_PER_WORKER = 4
#: Objects already frozen when podclean is imported count as the
#: interpreter's (3.12.1 starts with a few hundred); only those frozen after
#: it are known to be a caller's.
_FROZEN_AT_IMPORT = gc.get_freeze_count()


def pooled(
    captures: Iterable[Capture], config: Config, workers: int
) -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
    """Clean captures over ``workers`` processes; yield them in input order."""
    # Where workers are forked (Linux, up to Python 3.13), parent and
    # workers share every page until one side writes it. The collector
    # writes to every object it examines, so each full collection in this
    # process would copy the pages of everything that existed at the fork
    # (the language profiles, the word lists, the caller's data). Frozen
    # objects are not examined (what gc.freeze is for); those made during
    # the run are collected as usual, and after it the frozen ones go back
    # to the oldest generation. gc.unfreeze thaws everything, so where the
    # caller has frozen objects of its own (a server that freezes before
    # forking its workers) they are left as they are, and so is the rest.
    ours = gc.get_freeze_count() <= _FROZEN_AT_IMPORT
    if ours:
        gc.freeze()
    try:
        yield from _pooled(captures, config, workers)
    finally:
        if ours:
            gc.unfreeze()


def start_method() -> str:
    """How worker processes start: forked where that is safe, else as the platform starts them.

    A forked worker shares this process's tables (word lists and language
    profiles, ~0.8 s to build) and starts in milliseconds. One started
    afresh (spawn or forkserver: the default on macOS and Windows, and on
    Linux from Python 3.14) imports podclean and builds them itself: on
    4000 generated blocks forkserver workers made ``workers=2`` slower
    than one process (0.92×, against 1.8× forked). Forking is unsafe while
    another thread may hold a lock the child needs, so on Linux a process
    with no other Python thread forks, and any other keeps its platform's
    default. A program that chose another start method than the default
    (``multiprocessing.set_start_method("spawn")``) gets that one.

    >>> start_method() in multiprocessing.get_all_start_methods()
    True
    """
    # The platform's default comes first. A default context that is already
    # fixed to it tells nothing: any use of it fixes it (tqdm's lock does).
    default = multiprocessing.get_all_start_methods()[0]
    chosen = multiprocessing.get_start_method(allow_none=True)
    if chosen not in (None, default):
        return chosen
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    # By name, which leaves the program free to set its own start method
    # later (get_start_method() would fix it).
    return default


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context(start_method()), initializer=exit_with_parent
    )


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Kill every worker of a pool; its calls in flight fail with ``BrokenProcessPool``."""
    # The executor has no public way to stop one call or one worker; its
    # process table is the only handle on the workers (CPython 3.8 to 3.13).
    for process in list(pool._processes.values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _pooled(
    captures: Iterable[Capture], config: Config, workers: int
) -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
    # A bounded number of captures in flight: memory follows the largest
    # captures being cleaned, not the size of the whole input.
    in_flight: deque[tuple[Capture, Future[CaptureOutcome | CaptureError]]] = deque()
    pool = _pool(workers)
    finished = False

    def submit(capture: Capture) -> None:
        future: Future[CaptureOutcome | CaptureError]
        try:
            future = pool.submit(attempt, capture, config)
        except BrokenProcessPool as broken:
            # The pool broke since the last collection: this capture joins
            # those in flight, to be cleaned again with them.
            future = Future()
            future.set_exception(broken)
        in_flight.append((capture, future))

    def collect() -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
        nonlocal pool
        done, future = in_flight.popleft()
        try:
            # Every capture before this one is collected, so this one is
            # running (calls start in order): waiting its budget from now
            # is generous, never short.
            outcome = future.result(timeout=overrun_after(config.max_seconds_per_capture))
        except FutureTimeout:
            # Its worker did not answer its own timer (stuck in one call
            # into compiled code). The executor cannot stop one call, so
            # the workers are replaced and the others in flight, innocent,
            # are sent again to the new pool.
            _kill_workers(pool)
            yield done, timed_out(done.name, config.max_seconds_per_capture)
            again = [capture for capture, _ in in_flight]
            in_flight.clear()
            pool = _pool(workers)
            for capture in again:
                submit(capture)
            return
        except BrokenProcessPool:
            # A worker died (killed for memory, a crash in compiled code)
            # and every capture in flight failed with it. Each is cleaned
            # again alone, so that only one that kills its own process is
            # reported; a new pool takes the rest.
            pool.shutdown(wait=True, cancel_futures=True)
            again = [done, *(capture for capture, _ in in_flight)]
            in_flight.clear()
            for capture in again:
                yield capture, _alone(capture, config)
            pool = _pool(workers)
            return
        yield done, outcome

    try:
        for capture in captures:
            submit(capture)
            if len(in_flight) >= _IN_FLIGHT_PER_WORKER * workers:
                yield from collect()
        while in_flight:
            yield from collect()
        finished = True
    finally:
        # With every result in, the workers exit while the caller merges
        # (waiting for them took ~13 ms a run); a run that stops early drops
        # the captures not yet started and waits for the workers to go.
        pool.shutdown(wait=not finished, cancel_futures=not finished)


def _alone(capture: Capture, config: Config) -> CaptureOutcome | CaptureError:
    """Clean one capture in a worker process of its own; its death is the capture's error."""
    with _pool(1) as pool:
        try:
            return pool.submit(attempt, capture, config).result(timeout=overrun_after(config.max_seconds_per_capture))
        except FutureTimeout:
            _kill_workers(pool)
            return timed_out(capture.name, config.max_seconds_per_capture)
        except BrokenProcessPool:
            return WorkerDied(
                capture.name,
                "its worker process died, also when it was cleaned alone",
                "Clean it alone with workers=1 (-j 1) to see why; a process killed for memory needs a "
                "smaller capture (Config.max_capture_bytes) or more memory.",
            )
