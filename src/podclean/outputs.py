"""Output files: checked before any work, written whole or not at all.

The command line's outputs (the episodes, the report) go through here. A
path is checked before the run starts, so that a typo costs a usage error
at once instead of a traceback after an hour's work; and each file is
written to a temporary file in its own folder and renamed into place when
complete, so that a run killed at any moment leaves the previous file or
the new one, whole, never a part of either.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

from podclean.errors import OutputError
from podclean.io import is_inside, readable


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: str, inputs: Iterable[str], others: Iterable[str] = ()) -> None:
    """Raise :class:`OutputError` unless ``path`` can be written without harm.

    Refused: a folder, a path in a missing or unwritable folder, one of the
    inputs or a file inside an input folder (the run would overwrite what it
    reads, or read what it wrote next time), and a path another output of
    the same run uses (``others``).
    """
    shown = readable(path)
    if os.path.isdir(path):
        raise OutputError(f"{shown}: is a folder", "Give a file name for the output.")
    _check_place(path, inputs, others)


def check_output_folder(path: str, inputs: Iterable[str], others: Iterable[str] = (), manifest: str = "") -> None:
    """Raise :class:`OutputError` unless the folder ``path`` can be written (or replaced) without harm.

    As :func:`check_output`, and ``path`` is a new name, an empty folder, or
    a folder an earlier run wrote (it holds ``manifest``): a folder of
    anything else is never replaced.
    """
    shown = readable(path)
    if os.path.lexists(path) and not os.path.isdir(path):
        raise OutputError(f"{shown}: is not a folder", "Give a new folder name for the shards.")
    if os.path.isdir(path) and os.listdir(path) and not os.path.isfile(os.path.join(path, manifest)):
        raise OutputError(
            f"{shown}: is a folder of other files (no {manifest})",
            "Give a new folder name for the shards, or an earlier run's shard folder to replace.",
        )
    _check_place(path, inputs, others)


def _check_place(path: str, inputs: Iterable[str], others: Iterable[str]) -> None:
    """Raise :class:`OutputError` unless ``path``'s folder exists and is writable and ``path`` is no input."""
    shown = readable(path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"{shown}: folder {readable(folder)} does not exist", "Create it first, or write elsewhere.")
    for given in inputs:
        if given == "-":
            continue
        inside = os.path.isdir(given) and is_inside(path, given)
        if _same_file(path, given) or inside or (os.path.isdir(path) and is_inside(given, path)):
            raise OutputError(
                f"{shown}: is one of the inputs, or inside an input folder",
                "Write the output outside the captures you clean.",
            )
    for other in others:
        if os.path.abspath(other) == os.path.abspath(path) or _same_file(path, other):
            raise OutputError(f"{shown}: is given for two outputs", "Give each output its own file.")
    if _is_stream(path):
        return
    # Permissions say too little (root, network file systems, read-only
    # mounts): creating the temporary file the output will be written to is
    # the one honest test.
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".podclean-check-")
    except OSError as error:
        raise OutputError(
            f"{shown}: cannot write in {readable(folder)} ({error.strerror})", "Check its permissions."
        ) from error
    os.close(handle)
    os.unlink(probe)


def _is_stream(path: str) -> bool:
    """Whether ``path`` is a pipe or a device (``/dev/stdout``): written as it is, never replaced."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _mode_for(path: str) -> int:
    """The permissions the output gets: those of the file it replaces, else the umask's."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only once the block completes.

    The data goes to a hidden temporary file beside ``path`` (the same file
    system, so the rename is atomic), is flushed to disk, and is renamed over
    ``path``; if the block raises, the temporary file is removed and ``path``
    is left as it was. A process killed midway leaves at most the hidden
    temporary file (input folders skip hidden files). A pipe or a device
    (``/dev/stdout``) has nothing to keep and is written directly.
    """
    if _is_stream(path):
        with open(path, "wb") as stream:
            yield stream
        return
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
    try:
        with open(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


@contextlib.contextmanager
def atomic_folder(path: str) -> Iterator[str]:
    """A folder that replaces ``path`` only once the block completes: yields the temporary folder to fill.

    As :func:`atomic_output`, for a folder of files: they are written to a
    hidden temporary folder beside ``path``, which is renamed into place
    when complete. A folder cannot be renamed over another, so an earlier
    one is first renamed aside (hidden) and removed after: a process killed
    between the two renames leaves the earlier folder whole, hidden beside
    ``path``, never a part of either.
    """
    parent = os.path.dirname(os.path.abspath(path))
    temporary = tempfile.mkdtemp(dir=parent, prefix=f".{os.path.basename(path)}.", suffix=".part")
    try:
        yield temporary
        for name in os.listdir(temporary):
            _sync_file(os.path.join(temporary, name))
        os.chmod(temporary, _mode_for(path) if os.path.isdir(path) else 0o777 & ~_umask())
        earlier = None
        if os.path.isdir(path):
            earlier = tempfile.mkdtemp(dir=parent, prefix=f".{os.path.basename(path)}.", suffix=".old")
            os.replace(path, os.path.join(earlier, "previous"))
        os.replace(temporary, path)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    _sync_folder(parent)
    if earlier is not None:
        shutil.rmtree(earlier, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _sync_file(path: str) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: str) -> None:
    # The rename is durable once the folder's entry is on disk; where a
    # folder cannot be opened for that (Windows), the rename still happened.
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
