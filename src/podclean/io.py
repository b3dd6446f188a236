"""The edges: reading capture files, and the JSON form of episodes and reports.

The JSON Lines output is a public contract: fields are added, never renamed
or removed. Each line is one episode; keys are sorted and text is UTF-8, so
the same episodes always give the same bytes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from podclean.errors import InputError
from podclean.model import Capture, CaptureReport, Episode


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every file named, with directories expanded (sorted, hidden files skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{path}: no such file or directory. Check the path you gave podclean.")


def load_capture(path: Path) -> Capture:
    """Read one capture file as bytes (decoding is the pipeline's job)."""
    try:
        return Capture(name=str(path), data=path.read_bytes())
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror}). Check its permissions.") from error


def dumps(episode: Episode) -> str:
    """One JSON Lines line (without the newline) for an episode."""
    return json.dumps(episode.to_dict(), ensure_ascii=False, sort_keys=True)


def report_to_dict(report: CaptureReport) -> dict[str, Any]:
    """The JSON form of one capture's accounting."""
    return {
        "capture": report.capture,
        "site": report.site,
        "encoding": report.encoding,
        "total_lines": report.total_lines,
        "episode_lines": report.episode_lines,
        "chrome_lines": report.chrome_lines,
        "residue_lines": report.residue_lines,
        "chrome_rules": dict(report.chrome_rules),
        "residue": [{"line": n, "text": t} for n, t in report.residue],
        "blocks": report.blocks,
        "notes": list(report.notes),
        "error": report.error,
    }
