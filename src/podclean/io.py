"""The edges: reading capture files and writing JSON Lines.

The JSON Lines output is a public contract: fields are added, never renamed
or removed. Each line is one episode; keys are sorted and text is UTF-8, so
the same episodes always give the same bytes.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from podclean.errors import InputError
from podclean.model import Capture, CaptureReport, Episode, RelativeDate


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


def _relative(relative: RelativeDate | None) -> dict[str, Any] | None:
    if relative is None:
        return None
    return {"amount": relative.amount, "unit": relative.unit, "text": relative.text}


def episode_to_dict(episode: Episode) -> dict[str, Any]:
    """The JSON form of an episode (the output contract)."""
    return {
        "id": episode.id,
        "title": episode.title,
        "language": episode.language,
        "show": episode.show,
        "published": episode.published,
        "published_relative": _relative(episode.published_relative),
        "duration_s": episode.duration_s,
        "localized": {
            lang: {"title": text.title, "description": text.description, "truncated": text.truncated}
            for lang, text in sorted(episode.localized.items())
        },
        "chapters": [{"start_s": c.start_s, "title": c.title, "summary": c.summary} for c in episode.chapters],
        "transcript": [{"speaker": t.speaker, "start_s": t.start_s, "text": t.text} for t in episode.transcript],
        "tags": list(episode.tags),
        "people": [{"name": p.name, "role": p.kind, "note": p.note} for p in episode.people],
        "entities": [{"name": e.name, "kind": e.kind, "note": e.note} for e in episode.entities],
        "links": list(episode.links),
        "sources": [
            {
                "capture": s.capture,
                "site": s.site,
                "start_line": s.start_line,
                "end_line": s.end_line,
                "lang": s.lang,
                "title": s.title,
                "title_lang": s.title_lang,
            }
            for s in episode.sources
        ],
        "conflicts": {k: list(v) for k, v in sorted(episode.conflicts.items())},
    }


def dumps(episode: Episode) -> str:
    """One JSON Lines line (without the newline) for an episode."""
    return json.dumps(episode_to_dict(episode), ensure_ascii=False, sort_keys=True)


def write_jsonl(episodes: Iterable[Episode], out: IO[str]) -> int:
    """Write episodes as JSON Lines; return how many were written."""
    count = 0
    for episode in episodes:
        out.write(dumps(episode) + "\n")
        count += 1
    return count


def write_jsonl_by_id(episodes: Iterable[Episode], out: IO[str]) -> int:
    """Write episodes as JSON Lines in id order, whatever order they come in.

    The lines wait in a temporary file; only ids and offsets stay in memory,
    so a run can stream episodes out as they are merged.
    """
    index: list[tuple[str, int, int]] = []
    with tempfile.TemporaryFile() as spill:
        for episode in episodes:
            data = (dumps(episode) + "\n").encode("utf-8")
            index.append((episode.id, spill.tell(), len(data)))
            spill.write(data)
        index.sort()
        for _, start, size in index:
            spill.seek(start)
            out.write(spill.read(size).decode("utf-8"))
    return len(index)


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
