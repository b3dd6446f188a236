"""Captures built so that a stage's work could outgrow their size.

Each function returns the text of one capture of ``n`` units; a stage that
is linear in its input takes about ten times as long on ``10 * n``.

    from benchmarks.hostile import title_copies, tiny_blocks
    page = tiny_blocks(50_000)
"""

from __future__ import annotations


def _mark(i: int) -> str:
    # Punctuation spelling ``i`` in binary: every copy is a different line
    # (so repetition does not make them chrome) with the same title key.
    return "".join("!?"[int(bit)] for bit in format(i, "b"))


def title_copies(n: int) -> str:
    """``n`` copies of one title line, then its duration and a description.

    The copies differ only in punctuation: one title shown again and again,
    which segmentation once scanned forward over for every copy.
    """
    copies = "".join(f"Episode one — Ann Lee {_mark(i)}\n" for i in range(n))
    return copies + "1:02:03\nAnn Lee talks about lighthouses and the sea.\n"


def tiny_blocks(n: int) -> str:
    """``n`` episodes of three lines each: title, duration, one sentence."""
    return "".join(f"Episode {i} — Ann Lee\n1:02:03\nAnn talks about the sea, part {i}.\n" for i in range(n))


def similar_captures(n: int) -> list[tuple[str, str]]:
    """``n`` one-episode captures (name, text): numbered titles, one guest each, one stock description.

    Every description is the same, so every record falls into the same LSH
    band buckets; the episode numbers and guests tell them apart.
    """
    stock = "The host and a guest talk about lighthouses, harbours and the sea. " * 4
    return [(f"episode-{i:06d}.txt", f"Episode {i} — Guest Number{i}\n1:02:03\n{stock}\n") for i in range(n)]


def hyphen_run(n: int) -> str:
    """One episode whose description is ``n`` copies of ``Ab-`` and then a transcript marker.

    A named-speaker pattern once backtracked over the run at every hyphen:
    12 s at 12 KB, over a minute at 90 KB.
    """
    return "Episode one — Ann Lee\n1:02:03\n" + "Ab-" * n + " [00:00]: hello\n"


def mixed_encodings(n: int) -> bytes:
    """``n`` episodes of three lines, every other one saved in cp1252 and the rest in UTF-8.

    Each part of such a file is decoded by what it is, line by line.
    """
    parts = []
    for i in range(n):
        episode = f"Épisode {i} — Hélène à la côte\n1:02:03\nHélène raconte l’été, part {i}.\n"
        parts.append(episode.encode("cp1252" if i % 2 else "utf-8"))
    return b"".join(parts)
