"""The serial executor: every capture cleaned in this process, one after another."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from podclean.config import Config
from podclean.errors import CaptureError
from podclean.model import Capture
from podclean.pipeline import CaptureOutcome
from podclean.run.capture import attempt


def serial(captures: Iterable[Capture], config: Config) -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
    """Clean captures in this process, in input order."""
    for capture in captures:
        yield capture, attempt(capture, config)
