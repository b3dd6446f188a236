"""One capture through the stages, its failure a value rather than an exception.

Executors call :func:`attempt` wherever the capture is cleaned (in this
process or in a worker), so that an error travels back like any outcome and
the caller decides whether it stops the batch.
"""

from __future__ import annotations

import attrs

from podclean import pipeline
from podclean.config import Config
from podclean.errors import CaptureError, PodcleanError
from podclean.model import Capture, CaptureReport
from podclean.pipeline import CaptureOutcome
from podclean.run.budget import deadline


def attempt(capture: Capture, config: Config) -> CaptureOutcome | CaptureError:
    """Clean one capture; return its outcome, or the error that stopped it."""
    try:
        with deadline(capture.name, config.max_seconds_per_capture):
            # Looked up at call time, so that a test can replace the stage
            # sequence in this process and in the workers forked from it.
            return pipeline.clean_capture(capture, config)
    except CaptureError as error:
        return error


def failed_report(name: str, error: PodcleanError) -> CaptureReport:
    """The report of an input that could not be cleaned (or not even read)."""
    if isinstance(error, CaptureError) and error.report is not None:
        return attrs.evolve(error.report, error=str(error))
    return CaptureReport(
        capture=name,
        site="",
        encoding="",
        total_lines=0,
        episode_lines=0,
        chrome_lines=0,
        residue_lines=0,
        error=str(error),
    )
