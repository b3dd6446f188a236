"""podclean on Ray: the same episodes as :func:`podclean.clean`, cleaned on a Ray cluster.

Needs the ``ray`` extra (``pip install 'podclean[ray]'``). Captures are read
where Ray runs (local folders, ``s3://…`` and other filesystem URLs, or a
Ray Dataset); the episodes are byte for byte those of a local run.

>>> import podclean.ray
>>> callable(podclean.ray.clean)
True
"""

from __future__ import annotations

from typing import Any

from podclean.config import Config, ErrorPolicy
from podclean.model import Episode, Result
from podclean.run import ray as engine


def clean_report(
    inputs: Any,
    *,
    config: Config | None = None,
    address: str | None = None,
    workers: int | None = None,
    errors: ErrorPolicy = "report",
) -> Result:
    """Like :func:`clean`, but also return how every line of every capture was used (as :func:`podclean.clean_report`)."""
    with engine.gather(inputs, config or Config(), address=address, workers=workers, errors=errors) as gathered:
        episodes = tuple(sorted(gathered.episodes(), key=lambda e: e.id))
        return Result(episodes=episodes, reports=gathered.reports())


def clean(
    inputs: Any,
    *,
    config: Config | None = None,
    address: str | None = None,
    workers: int | None = None,
    errors: ErrorPolicy = "report",
) -> list[Episode]:
    """Clean captures on Ray into canonical episodes, sorted by id.

    ``inputs`` are local files or folders, filesystem URLs (``s3://bucket/captures/``,
    ``file:///data/captures``), or a Ray Dataset with ``bytes`` and ``path``
    columns. This process joins the Ray cluster at ``address`` (``"auto"`` for
    the one started by ``ray start``), or starts a local Ray with ``workers``
    CPUs, unless it has joined one already (``ray.init``). A capture that
    fails is reported (``errors="report"``) or raised (``errors="raise"``) as
    in :func:`podclean.clean`.

    ``podclean.ray.clean(["captures/"], workers=2)`` gives what
    ``podclean.clean(["captures/"])`` gives.
    """
    return list(clean_report(inputs, config=config, address=address, workers=workers, errors=errors).episodes)
