"""The consumer loop: inputs in, one result for each out, whatever the executor.

The API (:func:`podclean.clean_report`), the command line and the catalog
all run their captures through :func:`outcomes`, so that reading inputs,
choosing an executor and accounting for failures are written once.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

import attrs

from podclean.config import ERROR_POLICIES, Config, ErrorPolicy
from podclean.errors import CaptureError, ConfigError, InputError, PodcleanError
from podclean.io import iter_paths, load_capture
from podclean.model import Capture, CaptureReport
from podclean.pipeline import CaptureOutcome
from podclean.run.capture import failed_report
from podclean.run.gather import Gathered
from podclean.run.pool import pooled
from podclean.run.serial import serial

#: What a run takes: captures, or paths of files or folders (every file in them).
Input = Capture | str | os.PathLike[str]


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

    def captures() -> Iterator[Capture]:
        items = [inputs] if isinstance(inputs, (Capture, str, os.PathLike)) else inputs
        for item in items:
            if isinstance(item, Capture):
                yield item
                continue
            for path in iter_paths([item]):
                try:
                    yield load_capture(path)
                except InputError as error:
                    if errors == "raise":
                        raise
                    unread.append(Cleaned(report=failed_report(str(path), error), error=error))

    for capture, outcome in _executor(workers)(captures(), config):
        while unread:
            yield unread.popleft()
        yield cleaned(capture.name, outcome, errors)
    while unread:
        yield unread.popleft()


def cleaned(name: str, outcome: CaptureOutcome | CaptureError, errors: str) -> Cleaned:
    """What became of the capture ``name``, wherever it was cleaned; with ``errors="raise"`` its error is raised."""
    if isinstance(outcome, CaptureError):
        if errors == "raise":
            raise outcome
        return Cleaned(report=failed_report(name, outcome), error=outcome)
    return Cleaned(report=outcome.report, outcome=outcome)


def check_errors(errors: str) -> None:
    """Raise :class:`ConfigError` for an ``errors=`` podclean does not know."""
    if errors not in ERROR_POLICIES:
        raise ConfigError(f"errors must be 'report' or 'raise', got {errors!r}")


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
