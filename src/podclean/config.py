"""One frozen configuration object, passed down explicitly to every stage.

Nothing in podclean reads the environment or module-level settings: what a
run does is a function of its captures and of this object.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from podclean.errors import ConfigError


def _positive(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value <= 0:
        raise ConfigError(f"Config.{attribute.name} must be positive, got {value!r}")


@attrs.frozen(kw_only=True)
class Config:
    """Limits, thresholds and context for one run.

    >>> Config(captured_at=dt.date(2026, 6, 3)).captured_at
    datetime.date(2026, 6, 3)
    """

    #: When the captures were taken; relative dates ("1일 전") resolve
    #: against it. ``None`` keeps them relative: podclean never guesses it.
    captured_at: dt.date | None = None
    #: Largest capture accepted, in bytes; larger ones are reported.
    max_capture_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=_positive)
    #: Longest line parsed whole, in characters; a longer line still counts
    #: in the accounting, but only its first this-many characters are parsed
    #: (and the report says so), so no stage spends unbounded time on it.
    max_line_chars: int = attrs.field(default=1_000_000, validator=_positive)
    #: Time budget for one capture, in seconds. A slow stage is interrupted
    #: (a timer in the main thread and in each worker; checks between stages
    #: elsewhere) and a worker that cannot be interrupted is replaced: the
    #: capture is reported as a ``CaptureTimeout`` and the batch goes on.
    max_seconds_per_capture: float = attrs.field(default=60.0, validator=_positive)
    #: A title-like line is at most this many characters.
    max_title_chars: int = attrs.field(default=300, validator=_positive)
    #: A line at least this long is a description paragraph, never a title.
    min_description_chars: int = attrs.field(default=200, validator=_positive)
    #: A short line repeated this often in one capture is chrome, unless it
    #: carries a field (a date, a show, a section heading).
    repeated_line_min: int = attrs.field(default=3, validator=_positive)
    #: Seed for every randomised library call (langdetect).
    seed: int = 0
    #: Skip work that provably cannot change the result (ftfy on text it
    #: would return unchanged, character n-grams when words already decide).
    #: ``False`` runs everything: the output is the same, only slower.
    fast_paths: bool = True
