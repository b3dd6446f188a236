"""One frozen configuration object, passed down explicitly to every stage.

Nothing in podclean reads the environment or module-level settings: what a
run does is a function of its captures and of this object.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs

from podclean.errors import ConfigError

#: What a batch does with a capture that cannot be cleaned: report it and go
#: on, or raise its :class:`~podclean.CaptureError`.
ErrorPolicy = Literal["report", "raise"]
ERROR_POLICIES: tuple[ErrorPolicy, ...] = ("report", "raise")


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # bool is an int: Config(max_title_chars=True) is a mistake, not a limit of 1.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigError(f"Config.{attribute.name} must be a positive number, got {value!r}")


def _whole(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"Config.{attribute.name} must be a whole number 0 or more, got {value!r}")


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    # A capture time given to the second still dates the capture by its day.
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    raise ConfigError(f"Config.captured_at must be a datetime.date (or datetime) or None, got {value!r}")


def _flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"Config.{attribute.name} must be True or False, got {value!r}")


@attrs.frozen(kw_only=True)
class Config:
    """Limits, thresholds and context for one run.

    >>> Config(captured_at=dt.date(2026, 6, 3)).captured_at
    datetime.date(2026, 6, 3)
    """

    #: When the captures were taken; relative dates ("1일 전") resolve
    #: against it. ``None`` keeps them relative: podclean never guesses it.
    captured_at: dt.date | None = attrs.field(default=None, converter=_day)
    #: Largest capture accepted, in bytes; larger ones are reported.
    max_capture_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=_positive)
    #: Follow symbolic links inside an input folder that point outside it
    #: (a link can pull any readable file into the output and the report).
    follow_symlinks: bool = False
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
    seed: int = attrs.field(default=0, validator=_whole)
    #: Skip work that provably cannot change the result (ftfy on text it
    #: would return unchanged, character n-grams when words already decide).
    #: ``False`` runs everything: the output is the same, only slower.
    fast_paths: bool = attrs.field(default=True, validator=_flag)
