"""What a person running the command line sees on stderr: a progress bar, and log lines through it.

The library logs to ``logging.getLogger("podclean")`` (a capture that could
not be cleaned is a WARNING); the command line shows those records here.
While the bar is drawn, a line printed beside it would tear it, so records
go through ``tqdm.write``, which clears the bar, prints, and draws it again.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import Any

LOGGER = logging.getLogger("podclean")


def level(verbose: int, quiet: int) -> int:
    """The logging level of ``-v``/``-q`` counts: warnings by default, ``-v`` info, ``-qq`` errors only.

    >>> [logging.getLevelName(level(v, q)) for v, q in ((0, 0), (1, 0), (2, 0), (0, 1), (0, 2))]
    ['WARNING', 'INFO', 'DEBUG', 'WARNING', 'ERROR']
    """
    return {2: logging.DEBUG, 1: logging.INFO, 0: logging.WARNING, -1: logging.WARNING}.get(
        max(-2, min(2, verbose - quiet)), logging.ERROR
    )


class _Through(logging.Handler):
    """A handler that prints through the progress bar when there is one."""

    def __init__(self) -> None:
        super().__init__()
        self.bar: Any = None
        self.setFormatter(logging.Formatter("podclean: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
            if self.bar is not None:
                self.bar.write(line, file=sys.stderr)
            else:
                print(line, file=sys.stderr)
        except Exception:  # pragma: no cover - logging's own contract: report, never raise
            self.handleError(record)


class Console:
    """The progress bar and the log handler of one command-line run."""

    def __init__(self, handler: _Through) -> None:
        self._handler = handler
        self.bar: Any = None

    def start(self, total: int, shown: bool) -> None:
        """Draw a bar for ``total`` captures (not for fewer than two, nor when not ``shown``)."""
        if shown and total >= 2:
            self.bar = progress_bar(total)
            self._handler.bar = self.bar

    def step(self) -> None:
        """One more capture done."""
        if self.bar is not None:
            self.bar.update(1)

    def stop(self) -> None:
        """Leave the bar where it is, finished, and print later lines below it."""
        if self.bar is not None:
            self.bar.close()
        self._handler.bar = None

    def say(self, text: str) -> None:
        """A line for the person at the terminal (a summary), through the bar if drawn."""
        if self.bar is not None:
            self.bar.write(f"podclean: {text}", file=sys.stderr)
        else:
            print(f"podclean: {text}", file=sys.stderr)


def progress_bar(total: int) -> Any:
    """A tqdm bar on stderr that stays after the run and starts no thread."""
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[type-arg]
        # No monitor thread: workers are forked only while this process
        # runs no other thread (run.pool.start_method).
        monitor_interval = 0

    return Bar(total=total, unit="capture", file=sys.stderr, leave=True)


@contextlib.contextmanager
def console(log_level: int) -> Iterator[Console]:
    """Show podclean's log records at ``log_level`` and up for the duration of a run."""
    handler = _Through()
    previous = (LOGGER.level, LOGGER.propagate)
    LOGGER.addHandler(handler)
    LOGGER.setLevel(log_level)
    LOGGER.propagate = False
    shown = Console(handler)
    try:
        yield shown
    finally:
        shown.stop()
        LOGGER.removeHandler(handler)
        LOGGER.setLevel(previous[0])
        LOGGER.propagate = previous[1]
