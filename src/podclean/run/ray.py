"""The Ray executor: the plan's map stages on a Ray cluster (or a local Ray), the rest here.

Captures are read and cleaned where Ray runs, so a bucket of captures is
never read by this process: local files by Ray tasks, a few files a task
(through :func:`mapper`, as every map stage here), filesystem URLs and Ray
Datasets by Ray Data (``read_binary_files`` and one ``map_batches``). Each
outcome comes back to be gathered exactly as a local run gathers it. The
second pass's map stages (clustering per component, merge per group) go to
Ray tasks in batches too. What every later stage reads of the whole corpus
(the reductions of :mod:`podclean.plan`) is computed here, in compact arrays.

Ray is imported only inside these functions: podclean imports without it.
"""

from __future__ import annotations

import functools
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from podclean.config import Config, ErrorPolicy
from podclean.errors import CaptureError, ConfigError, InputError
from podclean.io import iter_inputs, load_capture
from podclean.model import Capture
from podclean.pipeline import CaptureOutcome
from podclean.run.capture import attempt
from podclean.run.gather import Gathered
from podclean.run.loop import Cleaned, check_errors, cleaned, fill

if TYPE_CHECKING:
    import ray.data

_T = TypeVar("_T")
_U = TypeVar("_U")

#: Schemes that name this machine's files: their captures are named by
#: their local path, as a local run names them.
_LOCAL_SCHEMES = ("local://", "file://")
#: Captures cleaned per Ray Data batch (a batch is one task's unit of work).
_BATCH = 16
#: Times a clustering or merging task whose worker was lost runs again.
#: Every task (these and Ray Data's cleaning) is a pure function of its
#: inputs and its result is taken once, so a task run twice cannot give an
#: episode twice; an exception is not retried (a capture's failure is
#: already a value).
_RETRIES = 3
#: Items (components, groups) per Ray task of the second pass, and tasks
#: in flight per CPU: enough to keep the workers busy, few enough that a
#: million groups are not all shipped at once.
_ITEMS_PER_TASK = 512
_TASKS_PER_CPU = 4
#: Local files per cleaning task, at most, and cleaning tasks per CPU at
#: least where there are files enough: a capture takes ~0.1 s to clean and a
#: task a millisecond to schedule, so tasks of a few files cost nothing,
#: and many tasks a CPU keep every worker busy until the last one ends
#: (one task of 512 pages would be one worker's whole run).
_FILES_PER_TASK = 8
_CLEANING_TASKS_PER_CPU = 8


def _require_ray() -> Any:
    try:
        import ray
    except ImportError as error:
        raise ConfigError(
            "the Ray engine needs Ray: install podclean with the ray extra (pip install 'podclean[ray]')"
        ) from error
    return ray


def connect(address: str | None = None, workers: int | None = None, quiet: bool = False) -> None:
    """Join the Ray cluster at ``address``, or start a local Ray with ``workers`` CPUs; keep one already joined."""
    ray = _require_ray()
    if ray.is_initialized():
        return
    if address is not None and workers is not None:
        raise ConfigError("give a Ray address or a number of local workers, not both: a cluster has its own")
    options: dict[str, object] = {"include_dashboard": False}
    if quiet:
        options["log_to_driver"] = False
    if address is not None:
        ray.init(address=address, **options)
    else:
        ray.init(num_cpus=workers, **options)


def _local(text: str) -> str | None:
    """The local path a local-filesystem URL names, else ``None``."""
    for scheme in _LOCAL_SCHEMES:
        if text.startswith(scheme):
            return text[len(scheme) :] or "/"
    return None


def _sources(
    inputs: Sequence[str | os.PathLike[str]], config: Config
) -> tuple[list[str], list[str], list[tuple[str, str]], list[InputError]]:
    """The local files to clean, the URLs Ray Data reads, how its paths are named, and the unreadable inputs.

    Local files and folders are listed here, as a local run lists them
    (hidden files skipped, links followed as ``Config.follow_symlinks``
    says, unreadable ones reported in their place), and named as a local run
    names them; a local URL is its path. Any other URL is read and listed by
    Ray (pyarrow's filesystems) and its captures are named by URL, through
    the (path prefix, name prefix) pairs.
    """
    files: list[str] = []
    urls: list[str] = []
    names: list[tuple[str, str]] = []
    unread: list[InputError] = []
    for raw in inputs:
        text = str(os.fspath(raw))
        local = _local(text)
        if "://" in text and local is None:
            scheme, rest = text.split("://", 1)
            urls.append(text)
            names.append((rest.rstrip("/"), f"{scheme}://{rest.rstrip('/')}"))
            continue
        for path in iter_inputs([local if local is not None else text], follow_symlinks=config.follow_symlinks):
            if isinstance(path, InputError):
                unread.append(path)
            else:
                files.append(str(path))
    return files, urls, names, unread


def _name(path: str, names: Sequence[tuple[str, str]]) -> str:
    for reported, named in sorted(names, key=lambda pair: -len(pair[0])):
        if path == reported or path.startswith(reported.rstrip("/") + "/"):
            return named + path[len(reported) :]
    return path


def _hidden(name: str, names: Sequence[tuple[str, str]]) -> bool:
    """A file a local run would skip: hidden below the folder it was found in."""
    for _, named in names:
        if name.startswith(named.rstrip("/") + "/"):
            return any(part.startswith(".") for part in name[len(named) :].split("/"))
    return False


def _clean_batch(
    batch: dict[str, np.ndarray], config: Config, names: Sequence[tuple[str, str]]
) -> dict[str, np.ndarray]:
    """One Ray Data batch of captures cleaned: each outcome (or error) pickled beside its name."""
    found: list[str] = []
    pickled: list[bytes] = []
    for data, path in zip(batch["bytes"], batch["path"], strict=True):
        name = _name(str(path), names)
        if _hidden(name, names):
            continue
        found.append(name)
        pickled.append(pickle.dumps(attempt(Capture(name=name, data=bytes(data)), config), pickle.HIGHEST_PROTOCOL))
    return {"name": np.array(found, dtype=object), "outcome": np.array(pickled, dtype=object)}


def _clean_file(name: str, config: Config, directory: str) -> tuple[str, CaptureOutcome | CaptureError | InputError]:
    """One local capture read and cleaned where the task runs: its name, and its outcome or error."""
    # Read by its absolute path (a worker's folder need not be the one the
    # run started in) under its name, so that its report reads as a local run's.
    try:
        capture = load_capture(Path(directory, name), config.max_capture_bytes, name)
    except (InputError, CaptureError) as error:
        return name, error
    return name, attempt(capture, config)


def _files_per_task(files: int, cpus: int) -> int:
    """Files a cleaning task takes: at most :data:`_FILES_PER_TASK`, fewer where that leaves a CPU idle.

    >>> _files_per_task(240, 2), _files_per_task(20, 2), _files_per_task(10**6, 64)
    (8, 1, 8)
    """
    return max(1, min(_FILES_PER_TASK, files // (_CLEANING_TASKS_PER_CPU * cpus)))


def outcomes(inputs: Any, config: Config, *, errors: ErrorPolicy = "report", quiet: bool = False) -> Iterator[Cleaned]:
    """Clean every capture on Ray; yield what became of each (as :func:`podclean.run.loop.outcomes`).

    ``inputs`` are local files or folders, filesystem URLs (``s3://…``,
    ``file://…``, ``local://…``), or a Ray Dataset with ``bytes`` and
    ``path`` columns (as ``ray.data.read_binary_files(..., include_paths=True)``
    makes), whose captures are named by their paths. A capture that fails
    in a Ray task comes back as its error and a report saying so, as in a
    local run; with ``errors="raise"`` its error is raised. ``quiet`` hides
    Ray Data's progress bars.
    """
    check_errors(errors)
    ray = _require_ray()
    # Ray Data is imported only where it reads (a second or so of the run's
    # start): a Dataset given means it is imported already.
    data_module = sys.modules.get("ray.data")
    if data_module is not None and isinstance(inputs, data_module.Dataset):
        _ray_data(quiet)
        yield from _read_by_ray_data(inputs, config, [], errors)
        return
    items = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    files, urls, names, unread = _sources(items, config)
    for error in unread:
        yield cleaned(error.path or str(error), error, errors)
    # Plain tasks, not Ray Data: its executor starts actors and a read stage
    # of its own, which on a small machine cost more than the cleaning they
    # spread (a 2-CPU local Ray cleaned no faster than 1 CPU).
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    clean = functools.partial(_clean_file, config=config, directory=os.getcwd())
    for name, outcome in mapper(clean, files, _files_per_task(len(files), cpus)):
        yield cleaned(name, outcome, errors)
    if urls:
        data = _ray_data(quiet).read_binary_files(urls, include_paths=True)
        yield from _read_by_ray_data(data, config, names, errors)


def _ray_data(quiet: bool) -> Any:
    """Ray Data, imported where it is used; its progress bars hidden if ``quiet`` (before any Dataset is made)."""
    import ray.data

    if quiet:
        ray.data.DataContext.get_current().enable_progress_bars = False
    return ray.data


def _read_by_ray_data(
    data: ray.data.Dataset, config: Config, names: Sequence[tuple[str, str]], errors: ErrorPolicy
) -> Iterator[Cleaned]:
    """The captures of a Ray Dataset (``bytes`` and ``path`` columns), cleaned by Ray Data."""
    clean = functools.partial(_clean_batch, config=config, names=names)
    # Ray Data runs a task whose worker was lost again, as often as needed.
    results = data.map_batches(clean, batch_size=_BATCH, batch_format="numpy")
    for batch in results.iter_batches(batch_size=_BATCH, batch_format="numpy"):
        for name, pickled in zip(batch["name"], batch["outcome"], strict=True):
            yield cleaned(str(name), pickle.loads(bytes(pickled)), errors)


def _apply(function: Callable[[_T], _U], items: list[_T]) -> list[_U]:
    return [function(item) for item in items]


def mapper(function: Callable[[_T], _U], items: Iterable[_T], per_task: int = _ITEMS_PER_TASK) -> Iterator[_U]:
    """Map ``function`` over ``items`` on Ray tasks, ``per_task`` items a task; results in item order.

    The function (with what it carries: the corpus's weights) is put in the
    object store once, not shipped with every task.
    """
    ray = _require_ray()
    remote = ray.remote(max_retries=_RETRIES)(_apply)
    shared = ray.put(function)
    limit = _TASKS_PER_CPU * max(1, int(ray.cluster_resources().get("CPU", 1)))
    pending: deque[Any] = deque()
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) == per_task:
            pending.append(remote.remote(shared, batch))
            batch = []
            if len(pending) >= limit:
                yield from ray.get(pending.popleft())
    if batch:
        pending.append(remote.remote(shared, batch))
    while pending:
        yield from ray.get(pending.popleft())


def gather(
    inputs: Any,
    config: Config,
    *,
    address: str | None = None,
    workers: int | None = None,
    errors: ErrorPolicy = "report",
    observe: Callable[[Cleaned], None] | None = None,
    quiet: bool = False,
) -> Gathered:
    """The first pass on Ray: clean every capture there and gather its records and report here.

    Joins the cluster at ``address`` (or starts a local Ray with
    ``workers`` CPUs) unless this process has joined one already. The
    returned :class:`Gathered` merges on Ray too; the caller closes it.
    """
    connect(address, workers, quiet)
    return fill(Gathered(mapper), outcomes(inputs, config, errors=errors, quiet=quiet), observe)
