"""The Ray engine (local mode): the same bytes as a local run, however the input is sharded."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import generate, render_pages
from tests.conftest import SAMPLES

import podclean
import podclean.ray
from podclean.io import dumps, report_to_dict
from podclean.model import Result


@pytest.fixture(scope="session")
def ray_session() -> Iterator[Any]:
    """One local Ray for every test here: starting one takes seconds."""
    if os.environ.get("CI"):
        import ray
    else:
        ray = pytest.importorskip("ray", reason="the Ray engine needs the ray extra: pip install -e '.[test,ray]'")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


def _lines(result: Result) -> list[str]:
    episodes = [dumps(e) for e in result.episodes]
    reports = [json.dumps(report_to_dict(r), ensure_ascii=False, sort_keys=True) for r in result.reports]
    return episodes + reports


def _corpus(folder: Path, seed: int) -> Path:
    """Generated pages, one file each, with an empty and an undecodable capture among them."""
    folder.mkdir()
    for name, text in render_pages(generate(250, seed=seed)[0]):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.bin").write_bytes(bytes(random.Random(seed).randrange(256) for _ in range(4096)))
    return folder


def test_seeds_give_the_bytes_of_a_local_run(ray_session: Any, seed_files: list[Path]) -> None:
    folder = seed_files[0].parent
    local = podclean.clean_report([folder])
    assert _lines(podclean.ray.clean_report([folder])) == _lines(local)
    # A filesystem URL names each capture by its local path, as a local run does.
    assert _lines(podclean.ray.clean_report(folder.as_uri())) == _lines(local)


@pytest.mark.parametrize(("seed", "shards"), [(5, 3), (11, 7)])
def test_generated_corpus_in_random_shards_gives_the_bytes_of_a_local_run(
    ray_session: Any, tmp_path: Path, seed: int, shards: int
) -> None:
    folder = _corpus(tmp_path / "pages", seed)
    local = podclean.clean_report([folder])
    assert any(r.error for r in local.reports), "the corpus holds a capture that fails"
    data = ray_session.data.read_binary_files(str(folder), include_paths=True)
    shuffled = data.random_shuffle(seed=seed).repartition(shards)
    assert _lines(podclean.ray.clean_report(shuffled)) == _lines(local)


def test_a_capture_that_fails_in_a_ray_task_is_reported_as_in_a_local_run(ray_session: Any, tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    missing = tmp_path / "missing"
    found = podclean.ray.clean_report([folder, missing])
    failed = [r for r in found.reports if r.error]
    assert sorted(r.capture for r in failed) == [str(folder / "empty.txt"), str(missing)]
    assert failed == [r for r in podclean.clean_report([folder, missing]).reports if r.error]
    assert found.episodes, "the other captures still give their episodes"
    with pytest.raises(podclean.UnrecognisedPage):
        podclean.ray.clean([folder], errors="raise")


def test_command_line_on_a_ray_cluster_writes_the_bytes_of_a_local_run(ray_session: Any, tmp_path: Path) -> None:
    address = ray_session.get_runtime_context().gcs_address
    out = tmp_path / "ray.jsonl"
    command = [sys.executable, "-m", "podclean", "clean", str(SAMPLES), "-o", str(out), "--quiet"]
    done = subprocess.run(
        [*command, "--engine", "ray", "--ray-address", address],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    local = "".join(dumps(e) + "\n" for e in podclean.clean([SAMPLES]))
    assert out.read_text(encoding="utf-8") == local
    assert local.count("\n") > 1
    # Sharded, the parts in the manifest's order are the same bytes.
    shards = tmp_path / "shards"
    command = [*command[:-3], "-o", str(shards), "--quiet", "--shard-episodes", "2"]
    done = subprocess.run(
        [*command, "--engine", "ray", "--ray-address", address], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    manifest = json.loads((shards / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["shards"]) > 1
    assert "".join((shards / s["file"]).read_text(encoding="utf-8") for s in manifest["shards"]) == local


def test_relative_paths_and_refused_captures_are_named_as_in_a_local_run(
    ray_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "pages", 3)
    monkeypatch.chdir(tmp_path)
    # A capture over the size limit is refused from its size where its task runs.
    config = podclean.Config(max_capture_bytes=max(p.stat().st_size for p in folder.iterdir()) - 1)
    local = podclean.clean_report(["pages"], config=config)
    assert any("max_capture_bytes" in (r.error or "") for r in local.reports)
    assert _lines(podclean.ray.clean_report(["pages"], config=config)) == _lines(local)


def test_the_time_budget_holds_in_a_ray_task(ray_session: Any) -> None:
    page = SAMPLES / "harbor-lights_directory.txt"
    (report,) = podclean.ray.clean_report([page], config=podclean.Config(max_seconds_per_capture=1e-9)).reports
    assert report.capture == str(page) and "max_seconds_per_capture" in (report.error or "")
