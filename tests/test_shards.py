"""Sharded output: parts and a manifest whose concatenation is the one file a run writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from benchmarks.corpus import generate, render_pages

from podclean.cli import main
from podclean.formats.shards import MANIFEST, write_shards
from podclean.outputs import atomic_folder


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for name, text in render_pages(generate(150, seed=19)[0]):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_file(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("one") / "episodes.jsonl"
    assert main(["clean", "-q", str(pages), "-o", str(out)]) == 0
    return out.read_bytes()


def _joined(folder: Path) -> bytes:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    parts = [(folder / shard["file"]).read_bytes() for shard in manifest["shards"]]
    for shard, data in zip(manifest["shards"], parts, strict=True):
        assert shard["bytes"] == len(data) and shard["sha256"] == hashlib.sha256(data).hexdigest()
        ids = [json.loads(line)["id"] for line in data.splitlines()]
        assert (shard["first_id"], shard["last_id"], shard["episodes"]) == (ids[0], ids[-1], len(ids))
    assert sorted(p.name for p in folder.iterdir()) == sorted([MANIFEST, *(s["file"] for s in manifest["shards"])])
    assert manifest["episodes"] == sum(s["episodes"] for s in manifest["shards"])
    return b"".join(parts)


@pytest.mark.parametrize("per_shard", [1, 7, 40, 10_000])
def test_the_parts_in_manifest_order_are_the_bytes_of_one_file(
    pages: Path, one_file: bytes, tmp_path: Path, per_shard: int
) -> None:
    out = tmp_path / "shards"
    assert main(["clean", "-q", str(pages), "-o", str(out), "--shard-episodes", str(per_shard)]) == 0
    assert _joined(out) == one_file
    episodes = one_file.count(b"\n")
    assert len(json.loads((out / MANIFEST).read_text(encoding="utf-8"))["shards"]) == -(-episodes // per_shard)


def test_an_earlier_shard_folder_is_replaced_whole(pages: Path, one_file: bytes, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    assert main(["clean", "-q", str(pages), "-o", str(out), "--shard-episodes", "3"]) == 0
    assert main(["clean", "-q", str(pages), "-o", str(out), "--shard-episodes", "50"]) == 0
    assert _joined(out) == one_file, "no part of the earlier run is left"
    assert [p.name for p in tmp_path.iterdir()] == ["shards"], "no temporary folder left beside it"


def test_a_failed_write_leaves_the_earlier_folder_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "shards"
    out.mkdir()
    (out / MANIFEST).write_text("{}", encoding="utf-8")
    with pytest.raises(OSError, match="No space"), atomic_folder(str(out)) as folder:
        write_shards([b'{"id": "ep-1"}\n'], folder, 1)
        raise OSError(28, "No space left on device")
    assert [p.name for p in out.iterdir()] == [MANIFEST]
    assert [p.name for p in tmp_path.iterdir()] == ["shards"]


@pytest.mark.parametrize(
    "case",
    ["a folder of other files", "a file", "no -o", "parquet", "inside an input folder", "the report inside it"],
)
def test_a_shard_folder_that_would_do_harm_is_a_usage_error_before_any_work(
    pages: Path, tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    (tmp_path / "file.jsonl").write_text("keep me", encoding="utf-8")
    out = {
        "a folder of other files": ["-o", str(other)],
        "a file": ["-o", str(tmp_path / "file.jsonl")],
        "no -o": [],
        "parquet": ["-o", str(tmp_path / "new"), "--format", "parquet"],
        "inside an input folder": ["-o", str(pages / "shards")],
        "the report inside it": ["-o", str(other), "--report", str(other / "r.json")],
    }[case]
    if case == "the report inside it":
        (other / "notes.txt").unlink()
        (other / MANIFEST).write_text("{}", encoding="utf-8")

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the run started")

    monkeypatch.setattr("podclean.cli.gather", no_work)
    assert main(["clean", str(pages), *out, "--shard-episodes", "5"]) == 2
    assert capsys.readouterr().err.startswith("podclean: ")
    assert (tmp_path / "file.jsonl").read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in other.iterdir()) in (["notes.txt"], [MANIFEST])


def test_no_episode_gives_a_manifest_of_no_part(tmp_path: Path) -> None:
    assert write_shards([], str(tmp_path), 5) == 0
    assert json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))["shards"] == []
