"""The cache layer's contract: a typed dataset lookup, and a data-folder fingerprint that sees every edit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from atlas import config
from atlas.app import cache


def test_fingerprint_lists_csv_files_by_name_size_and_mtime(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text("x\n1\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text("x\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not data", encoding="utf-8")
    (tmp_path / "folder.csv").mkdir()
    first = cache._fingerprint(tmp_path)
    assert [name for name, _, _ in first] == ["a.csv", "b.csv"]
    assert [size for _, size, _ in first] == [2, 4]
    stamp = (tmp_path / "a.csv").stat().st_mtime_ns + 1_000_000_000
    os.utime(tmp_path / "a.csv", ns=(stamp, stamp))
    assert cache._fingerprint(tmp_path) != first  # an edit keeping the size is seen too


def test_fingerprint_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert cache._fingerprint(tmp_path / "nowhere") == ()
    (tmp_path / "file.csv").write_text("x\n", encoding="utf-8")
    assert cache._fingerprint(tmp_path / "file.csv") == ()


def test_frame_is_typed_and_maybe_frame_says_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source in config.BUNDLED_DATA_DIR.glob("*.csv"):
        shutil.copy(source, tmp_path / source.name)
    (tmp_path / "forums.csv").write_text("not,a,forum\n1,2,3\n", encoding="utf-8")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    assert "forums" not in cache.datasets().frames
    assert cache.maybe_frame("forums") is None
    with pytest.raises(cache.DatasetUnavailable):
        cache.frame("forums")
    regions = cache.frame("regions")
    assert len(regions) > 0 and regions is cache.maybe_frame("regions")
