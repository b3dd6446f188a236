"""Sharded JSON Lines: a folder of parts and a manifest, for runs too large for one file.

The parts, read in the manifest's order, are byte for byte the one JSON
Lines file a run writes with ``-o OUT.jsonl``: the same lines in id order,
cut every ``per_shard`` episodes. The manifest (``manifest.json``) lists
each part with its episode count, first and last id, size and SHA-256, so
that a reader can check a part, or find the one holding an id, without
opening the others.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from typing import IO, Any

from podclean.errors import ConfigError

MANIFEST = "manifest.json"


def part_name(index: int) -> str:
    """The file name of the part at ``index`` (0-based): names sort in manifest order.

    >>> part_name(0), part_name(12)
    ('part-00000.jsonl', 'part-00012.jsonl')
    """
    return f"part-{index:05d}.jsonl"


class _Part:
    """One part being written: its file, count, ids and hash."""

    def __init__(self, folder: str, index: int) -> None:
        self.name = part_name(index)
        self.file: IO[bytes] = open(os.path.join(folder, self.name), "wb")  # noqa: SIM115 - closed in finish
        self.hash = hashlib.sha256()
        self.episodes = 0
        self.size = 0
        self.first = self.last = ""

    def add(self, line: bytes) -> None:
        episode_id = json.loads(line)["id"]
        self.first = self.first or episode_id
        self.last = episode_id
        self.file.write(line)
        self.hash.update(line)
        self.episodes += 1
        self.size += len(line)

    def finish(self) -> dict[str, Any]:
        self.file.close()
        return {
            "file": self.name,
            "episodes": self.episodes,
            "first_id": self.first,
            "last_id": self.last,
            "bytes": self.size,
            "sha256": self.hash.hexdigest(),
        }


def write_shards(lines: Iterable[bytes], folder: str, per_shard: int) -> int:
    """Write JSON Lines ``lines`` (in id order) into ``folder`` as parts of ``per_shard``, and the manifest.

    Returns the number of episodes. ``folder`` exists and is empty (the
    command line gives a temporary one, :func:`podclean.outputs.atomic_folder`,
    which syncs the files and renames it into place). No episode gives no
    part, and a manifest that says so.
    """
    if per_shard < 1:
        raise ConfigError(f"episodes per shard must be at least 1, got {per_shard}")
    shards: list[dict[str, Any]] = []
    part: _Part | None = None
    total = 0
    try:
        for line in lines:
            if part is None:
                part = _Part(folder, len(shards))
            part.add(line)
            total += 1
            if part.episodes == per_shard:
                shards.append(part.finish())
                part = None
        if part is not None:
            shards.append(part.finish())
            part = None
    finally:
        if part is not None:
            part.file.close()
    manifest = {"format": "jsonl", "episodes": total, "episodes_per_shard": per_shard, "shards": shards}
    with open(os.path.join(folder, MANIFEST), "w", encoding="utf-8") as out:
        json.dump(manifest, out, indent=1, sort_keys=True)
        out.write("\n")
    return total
