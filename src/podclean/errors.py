"""podclean's exceptions: one hierarchy, messages that say what to do.

Each error also subclasses the builtin a caller would naturally catch
(``ValueError`` for bad content, ``OSError`` for unreadable files), the way
attrs' ``FrozenError`` is an ``AttributeError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from podclean.model import CaptureReport


class PodcleanError(Exception):
    """Base class of every error podclean raises on purpose."""


class CaptureError(PodcleanError, ValueError):
    """A capture could not be turned into episodes."""

    def __init__(self, capture: str, problem: str, advice: str, report: CaptureReport | None = None) -> None:
        self.capture = capture
        self.problem = problem
        self.advice = advice
        #: The capture's line accounting when it got that far, else ``None``.
        self.report: CaptureReport | None = report
        super().__init__(f"{capture}: {problem}. {advice}")

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (clean(..., workers=N)); rebuild
        # them from their parts, not from the formatted message.
        return (type(self), (self.capture, self.problem, self.advice, self.report))


class DecodeError(CaptureError):
    """The capture's bytes are not text in any encoding we could trust."""


class CaptureTooLarge(CaptureError):
    """The capture is larger than ``Config.max_capture_bytes``."""


class UnrecognisedPage(CaptureError):
    """No episode could be found in the capture."""


class CaptureTimeout(CaptureError):
    """Cleaning one capture took longer than ``Config.max_seconds_per_capture``."""


class WorkerDied(CaptureError):
    """The worker process cleaning the capture died (``workers`` above 1).

    Killed for memory, say, or a crash in compiled code: the capture was
    cleaned again alone, in a process of its own, and that one died too.
    """


class InputError(PodcleanError, OSError):
    """A path given to podclean cannot be read."""

    #: The path the error is about, as given (surrogate-escaped where the
    #: file system's bytes are not UTF-8), when there is one.
    path: str | None = None


class _Advised(Exception):
    """An error about no one capture: what is wrong (``problem``) and what to do (``advice``)."""

    def __init__(self, problem: str, advice: str) -> None:
        self.problem = problem
        self.advice = advice
        super().__init__(f"{problem}. {advice}")

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from its parts, not from the formatted message.
        return (type(self), (self.problem, self.advice))


class OutputError(_Advised, PodcleanError, OSError):
    """An output path cannot be used: a missing or unwritable folder, or one of the inputs.

    Raised before any work is done; ``problem`` names the path, ``advice``
    says what to do.
    """


class ConfigError(PodcleanError, ValueError):
    """A configuration value is out of its allowed range."""


class CatalogError(_Advised, InputError):
    """A catalog cannot be opened, read or written: damaged, busy, or not podclean's.

    ``problem`` says what is wrong with which catalog, ``advice`` what to do.
    """
