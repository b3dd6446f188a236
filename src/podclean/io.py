"""The edges: reading capture files, and the JSON form of episodes and reports.

The JSON Lines output is a public contract: fields are added, never renamed
or removed. Each line is one episode; keys are sorted and text is UTF-8, so
the same episodes always give the same bytes.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from podclean.codec import report_to_json
from podclean.errors import CaptureTooLarge, InputError
from podclean.model import Capture, CaptureReport, Episode


def readable(name: str) -> str:
    """A file name as a person can read it: bytes that are not UTF-8 shown as ``\\xNN``.

    Names come from the file system surrogate-escaped (``os.fsdecode``), so
    they round-trip to the same bytes; this is only for messages.

    >>> readable(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def encode_text(text: str) -> bytes:
    """UTF-8 bytes of JSON text that may hold surrogate-escaped file names.

    ``json.dumps(..., ensure_ascii=False)`` leaves a lone surrogate as it is,
    which UTF-8 cannot encode; inside a JSON string ``\\udcNN`` is its
    escape, so the name reads back (``json.loads``, then ``os.fsencode``) as
    the same bytes.

    >>> encode_text(json.dumps(os.fsdecode(b"caf\\xe9"), ensure_ascii=False))
    b'"caf\\\\udce9"'
    """
    return text.encode("utf-8", "backslashreplace")


def unreadable(path: str | os.PathLike[str], problem: str, advice: str) -> InputError:
    """The error for an input that cannot be read; its ``path`` is the path."""
    name = os.fspath(path)
    error = InputError(f"{readable(name)}: {problem}. {advice}")
    error.path = name
    return error


def is_inside(path: str, folder: str) -> bool:
    """Whether ``path``, links resolved, lies in ``folder`` (links resolved)."""
    real = os.path.realpath(folder)
    try:
        return os.path.commonpath([os.path.realpath(path), real]) == real
    except ValueError:  # pragma: no cover - different drives on Windows
        return False


def _walk(root: str, folder: str, follow_symlinks: bool, seen: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as error:
        yield unreadable(folder, f"folder cannot be read ({error.strerror})", "Check its permissions.")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            link = entry.is_symlink()
            if link and not follow_symlinks and not is_inside(entry.path, root):
                yield unreadable(
                    entry.path,
                    f"a symbolic link to {readable(os.path.realpath(entry.path))}, outside {readable(root)}: not followed",
                    "Pass --follow-symlinks (Config.follow_symlinks) to read what links point to.",
                )
                continue
            if entry.is_dir():
                # A linked folder inside the input is already read where it
                # is; followed, the device and inode stop a loop.
                info = entry.stat()
                if (link and not follow_symlinks) or (info.st_dev, info.st_ino) in seen:
                    continue
                seen.add((info.st_dev, info.st_ino))
                yield from _walk(root, entry.path, follow_symlinks, seen)
            elif entry.is_file():
                yield Path(entry.path)
            elif link:
                yield unreadable(entry.path, "a symbolic link to nothing", "Remove the link or restore its target.")
            else:
                yield unreadable(
                    entry.path, "not a regular file (a pipe, socket or device)", "Give podclean files or folders."
                )
        except OSError as error:
            yield unreadable(entry.path, f"cannot be read ({error.strerror})", "Check its permissions.")


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]], *, follow_symlinks: bool = False
) -> Iterator[Path | InputError]:
    """Every file named, with folders expanded; an :class:`InputError` for each that cannot be read.

    Folders are read in name order, hidden files and folders skipped. A
    symbolic link inside a folder that points outside it is not followed
    unless ``follow_symlinks``; a path given by name is read wherever it
    points. Missing paths, pipes and unreadable folders come as errors in
    their place, so that a caller can report them and go on.
    """
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            info = os.stat(path)
            yield from _walk(path, path, follow_symlinks, {(info.st_dev, info.st_ino)})
        elif os.path.isfile(path):
            yield Path(path)
        elif os.path.lexists(path) and not os.path.islink(path):
            yield unreadable(path, "not a regular file (a pipe, socket or device)", "Give podclean files or folders.")
        else:
            yield unreadable(path, "no such file or directory", "Check the path you gave podclean.")


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every file named, with folders expanded; the first input that cannot be read raises :class:`InputError`."""
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            raise item
        yield item


def _too_large(name: str, size: int, limit: int) -> CaptureTooLarge:
    return CaptureTooLarge(
        name, f"{size} bytes is over the limit of {limit}", "Raise Config.max_capture_bytes or split the capture."
    )


def load_capture(path: Path, max_bytes: int | None = None, name: str | None = None) -> Capture:
    """Read one capture file as bytes (decoding is the pipeline's job).

    A file over ``max_bytes`` is refused from its size, before it is read
    (:class:`CaptureTooLarge`); a pipe or device is refused without waiting
    on it (:class:`InputError`). The capture and its errors are named
    ``name``, by default ``path`` (a Ray task reads a file by its absolute
    path under the name the run gave it).
    """
    name = str(path) if name is None else name
    try:
        # Non-blocking, so that a pipe put where a file was does not hang the open.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise unreadable(name, f"cannot be read ({error.strerror})", "Check its permissions.") from error
    with open(handle, "rb", closefd=True) as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise unreadable(name, "not a regular file (a pipe, socket or device)", "Give podclean files or folders.")
        if max_bytes is not None and info.st_size > max_bytes:
            raise _too_large(name, info.st_size, max_bytes)
        try:
            # One byte past the limit tells a file that grew since fstat.
            data = file.read() if max_bytes is None else file.read(max_bytes + 1)
        except OSError as error:
            raise unreadable(name, f"cannot be read ({error.strerror})", "Check its permissions.") from error
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    return Capture(name=name, data=data)


def read_stdin(stream: IO[bytes], max_bytes: int, name: str = "-") -> Capture:
    """One capture read from a stream (standard input), refused once it passes ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    return Capture(name=name, data=data)


def dumps(episode: Episode) -> str:
    """One JSON Lines line (without the newline) for an episode."""
    return json.dumps(episode.to_dict(), ensure_ascii=False, sort_keys=True)


#: The JSON form of one capture's accounting: one entry of the ``--report`` file.
report_to_dict = report_to_json


def reports_json(reports: Iterable[CaptureReport]) -> bytes:
    """The ``--report`` file: every capture's accounting as one JSON array (UTF-8)."""
    text = json.dumps([report_to_dict(r) for r in reports], ensure_ascii=False, indent=2) + "\n"
    return encode_text(text)
