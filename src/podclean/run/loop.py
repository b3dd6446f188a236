"""The consumer loop: inputs in, one result for each out, whatever the executor.

The API (:func:`podclean.clean_report`), the command line and the catalog
all run their captures through :func:`outcomes`, so that reading inputs,
choosing an executor and accounting for failures are written once.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

import attrs

from podclean.config import ERROR_POLICIES, Config, ErrorPolicy
from podclean.errors import CaptureError, ConfigError, InputError, PodcleanError
from podclean.io import iter_inputs, load_capture, readable
from podclean.model import Capture, CaptureReport
from podclean.pipeline import CaptureOutcome
from podclean.run.capture import failed_report
from podclean.run.gather import Gathered
from podclean.run.pool import pooled
from podclean.run.serial import serial

#: What a run takes: captures, or paths of files or folders (every file in
#: them). An :class:`InputError` stands for an input the caller already
#: found unreadable (:func:`podclean.io.iter_inputs`): it is reported in its place.
Input = Capture | str | os.PathLike[str] | InputError

#: The library's logger: each input that could not be cleaned is a WARNING.
log = logging.getLogger("podclean")


@attrs.frozen(kw_only=True)
class Cleaned:
    """What became of one input: its report, and its outcome or its error."""

    report: CaptureReport
    outcome: CaptureOutcome | None = None
    error: PodcleanError | None = None


#: How captures are cleaned: each capture with its outcome or its error, in input order.
Executor = Callable[[Iterable[Capture], Config], Iterator[tuple[Capture, CaptureOutcome | CaptureError]]]


def _executor(workers: int) -> Executor:
    if workers == 1:
        return serial
    return lambda captures, config: pooled(captures, config, workers)


def outcomes(
    inputs: Input | Iterable[Input], config: Config, *, workers: int = 1, errors: ErrorPolicy = "report"
) -> Iterator[Cleaned]:
    """Clean every input; yield what became of each.

    Files are read as the executor needs them, not all up front. An input
    that cannot be read or cleaned is yielded with its error and a report
    saying so; with ``errors="raise"`` its error is raised instead. Inputs
    come back in input order, except that files which cannot be read come
    as soon as that is known.
    """
    check_errors(errors)
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}: pass 1 to clean in this process, or more")
    unread: deque[Cleaned] = deque()

    def not_read(name: str, error: InputError | CaptureError) -> None:
        if errors == "raise":
            raise error
        unread.append(_failed(name, error))

    def captures() -> Iterator[Capture]:
        items = [inputs] if isinstance(inputs, (Capture, str, os.PathLike, InputError)) else inputs
        for item in items:
            if isinstance(item, Capture):
                yield item
                continue
            found = (
                [item] if isinstance(item, InputError) else iter_inputs([item], follow_symlinks=config.follow_symlinks)
            )
            for path in found:
                if isinstance(path, InputError):
                    not_read(path.path or str(path), path)
                    continue
                try:
                    yield load_capture(path, config.max_capture_bytes)
                except (InputError, CaptureError) as error:
                    not_read(str(path), error)

    for capture, outcome in _executor(workers)(captures(), config):
        while unread:
            yield unread.popleft()
        yield cleaned(capture.name, outcome, errors)
    while unread:
        yield unread.popleft()


def cleaned(name: str, outcome: CaptureOutcome | CaptureError | InputError, errors: ErrorPolicy) -> Cleaned:
    """What became of the input ``name``, wherever it was cleaned (or found unreadable).

    With ``errors="raise"`` its error is raised.
    """
    if isinstance(outcome, (CaptureError, InputError)):
        if errors == "raise":
            raise outcome
        return _failed(name, outcome)
    return Cleaned(report=outcome.report, outcome=outcome)


def check_errors(errors: str) -> None:
    """Raise :class:`ConfigError` for an ``errors=`` podclean does not know."""
    if errors not in ERROR_POLICIES:
        raise ConfigError(f"errors must be 'report' or 'raise', got {errors!r}")


def _failed(name: str, error: PodcleanError) -> Cleaned:
    # Logged here, the one loop every caller runs, so that no caller drops
    # a failure silently (the API returns only episodes unless asked).
    log.warning("%s", readable(str(error)))
    return Cleaned(report=failed_report(name, error), error=error)


def gather(
    inputs: Input | Iterable[Input],
    config: Config,
    *,
    workers: int = 1,
    errors: ErrorPolicy = "report",
    observe: Callable[[Cleaned], None] | None = None,
) -> Gathered:
    """The first pass: clean every input and gather its records and report.

    ``observe`` sees each input's result as it comes (progress, error lines).
    The caller closes what is returned (it is a context manager).
    """
    return fill(Gathered(), outcomes(inputs, config, workers=workers, errors=errors), observe)


def fill(gathered: Gathered, results: Iterable[Cleaned], observe: Callable[[Cleaned], None] | None = None) -> Gathered:
    """Gather every input's result into ``gathered``; close it if that fails."""
    try:
        for result in results:
            if result.outcome is not None:
                gathered.add(result.outcome)
            else:
                gathered.add_failure(result.report)
            if observe is not None:
                observe(result)
    except BaseException:
        gathered.close()
        raise
    return gathered
