"""The time budget of one capture, and workers that do not outlive their parent.

``Config.max_seconds_per_capture`` is enforced three ways, so that it holds
in every path:

* :func:`deadline` arms a real-time interval timer (``signal.setitimer``)
  whose signal raises :class:`~podclean.errors.CaptureTimeout` inside the
  slow stage, wherever it is. Signals reach only the main thread, and only
  where the platform has ``setitimer`` (not Windows); elsewhere the
  pipeline's own checks between stages are the budget.
* The pipeline checks the clock between stages and blocks (the fallback).
* A worker process stuck where no signal is seen (inside one long call
  into compiled code) is killed by the parent once the budget and a grace
  period have passed (:func:`overrun_after`, :mod:`podclean.run.pool`).

:func:`exit_with_parent` is run by each worker as it starts: a worker whose
parent is gone has no one to send its result to, so it exits rather than
wait forever.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType

from podclean.errors import CaptureTimeout

#: ``PR_SET_PDEATHSIG`` from ``<linux/prctl.h>``: a signal the kernel sends
#: this process when the thread that forked it exits.
_PR_SET_PDEATHSIG = 1
#: How often a worker looks whether its parent changed, where the kernel
#: does not tell it.
_PARENT_POLL_SECONDS = 1.0
#: A timer set below a microsecond would be rounded to zero, which disarms it.
_SHORTEST_TIMER = 1e-6


def _advice() -> str:
    return "Raise Config.max_seconds_per_capture or split the capture."


def can_interrupt() -> bool:
    """Whether :func:`deadline` can interrupt a stage here (main thread, ``setitimer`` available)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def deadline(capture: str, seconds: float) -> Iterator[None]:
    """Raise :class:`CaptureTimeout` in the block once ``seconds`` have passed.

    Where no timer can be armed (another thread, no ``setitimer``, or a
    real-time timer the program set itself, which is left alone) the block
    runs as it is and the pipeline's checks between stages are the budget.
    The previous ``SIGALRM`` handler is put back afterwards.

    >>> with deadline("quick.txt", 5.0):
    ...     sum(range(10))
    45
    """
    if not can_interrupt() or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return
    armed = True

    def expire(signum: int, frame: FrameType | None) -> None:
        if armed:
            raise CaptureTimeout(capture, f"cleaning took over {seconds} s (interrupted)", _advice())

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, max(seconds, _SHORTEST_TIMER))
        yield
    finally:
        armed = False
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)


def overrun_after(seconds: float) -> float:
    """How long the parent waits for a worker's capture before it kills the worker.

    The worker's own timer fires at ``seconds``; the grace covers a loaded
    machine and the trip back with the result, so only a worker that cannot
    see its timer (stuck in one long call into compiled code) is killed.

    >>> overrun_after(60.0)
    75.0
    """
    return seconds + max(2.0, seconds / 4)


def timed_out(capture: str, seconds: float) -> CaptureTimeout:
    """The error of a capture whose worker was killed for overrunning."""
    return CaptureTimeout(
        capture,
        f"cleaning took over {seconds} s; its worker process did not stop and was replaced",
        _advice(),
    )


def exit_with_parent() -> None:
    """Make this (worker) process exit when its parent dies.

    On Linux the kernel sends ``SIGKILL`` when the parent goes
    (``prctl(PR_SET_PDEATHSIG)``); everywhere, a daemon thread also watches
    the parent's pid and exits the process when it changes (the orphan is
    adopted by another process).
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="podclean-parent-watch", daemon=True).start()
