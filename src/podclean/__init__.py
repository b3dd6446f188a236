"""podclean: raw podcast page captures in, clean canonical episodes out.

>>> import podclean
>>> page = "Show\\n\\nEpisode one — Ann Lee\\n1:02:03\\n\\nAnn Lee talks about " + "things " * 40
>>> [e.title for e in podclean.clean([podclean.Capture(name="p.txt", data=page)])]
['Episode one — Ann Lee']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from podclean.catalog import Catalog
from podclean.config import Config, ErrorPolicy
from podclean.errors import (
    CaptureError,
    CaptureTimeout,
    CaptureTooLarge,
    CatalogError,
    ConfigError,
    DecodeError,
    InputError,
    OutputError,
    PodcleanError,
    UnrecognisedPage,
    WorkerDied,
)
from podclean.explain import (
    EpisodeExplanation,
    LineExplanation,
    PairExplanation,
    explain_episode,
    explain_line,
    explain_pair,
)
from podclean.lang import detect_language
from podclean.model import (
    Capture,
    CaptureReport,
    Chapter,
    Entity,
    Episode,
    LanguageGuess,
    Localized,
    RelativeDate,
    Result,
    Source,
    Turn,
)
from podclean.normalise import parse_date, parse_duration, repair_text, title_key
from podclean.run.loop import Input, gather

if TYPE_CHECKING:
    import pyarrow

__version__ = "0.1.0"


def clean_report(
    inputs: Input | Iterable[Input],
    *,
    config: Config | None = None,
    captured_at: dt.date | dt.datetime | None = None,
    errors: ErrorPolicy = "report",
    workers: int = 1,
) -> Result:
    """Like :func:`clean`, but also return how every line of every capture was used.

    ``result.reports`` holds one :class:`CaptureReport` per capture (failed
    captures included, with their ``error``).
    """
    config = config or Config()
    if captured_at is not None:
        config = attrs.evolve(config, captured_at=captured_at)
    with gather(inputs, config, workers=workers, errors=errors) as gathered:
        episodes = tuple(sorted(gathered.episodes(), key=lambda e: e.id))
        return Result(episodes=episodes, reports=gathered.reports())


def clean(
    inputs: Input | Iterable[Input],
    *,
    config: Config | None = None,
    captured_at: dt.date | dt.datetime | None = None,
    errors: ErrorPolicy = "report",
    workers: int = 1,
) -> list[Episode]:
    """Clean captures into canonical episodes.

    ``inputs`` are :class:`Capture` objects, file paths or directories (every
    file in them). ``captured_at`` resolves relative dates ("1일 전"); without
    it they stay relative. With ``errors="report"`` (the default) a capture
    that cannot be cleaned is skipped and reported by :func:`clean_report`;
    with ``errors="raise"`` its :class:`CaptureError` propagates. ``workers``
    spreads the per-capture work over that many processes; the result is the
    same as with one. A ``workers`` below 1 or an unknown ``errors`` raises
    :class:`ConfigError`.

    >>> clean([Capture(name="empty.txt", data=b"")])
    []
    """
    return list(clean_report(inputs, config=config, captured_at=captured_at, errors=errors, workers=workers).episodes)


def to_arrow(episodes: Iterable[Episode]) -> pyarrow.Table:
    """Episodes as a ``pyarrow.Table`` (one row each, columns as in the JSON Lines output).

    pandas (``table.to_pandas()``), polars (``polars.from_arrow``) and Hugging
    Face ``datasets`` (``Dataset(table)``) read it directly. Needs the
    ``parquet`` extra: ``pip install 'podclean[parquet]'``; without pyarrow
    it raises :class:`ConfigError`.
    """
    from podclean.formats.parquet import to_arrow as _to_arrow

    return _to_arrow(episodes)


__all__ = [
    "Capture",
    "CaptureError",
    "CaptureReport",
    "CaptureTimeout",
    "CaptureTooLarge",
    "Catalog",
    "CatalogError",
    "Chapter",
    "Config",
    "ConfigError",
    "DecodeError",
    "Entity",
    "Episode",
    "EpisodeExplanation",
    "InputError",
    "LanguageGuess",
    "LineExplanation",
    "Localized",
    "OutputError",
    "PairExplanation",
    "PodcleanError",
    "RelativeDate",
    "Result",
    "Source",
    "Turn",
    "UnrecognisedPage",
    "WorkerDied",
    "clean",
    "clean_report",
    "detect_language",
    "explain_episode",
    "explain_line",
    "explain_pair",
    "parse_date",
    "parse_duration",
    "repair_text",
    "title_key",
    "to_arrow",
]
