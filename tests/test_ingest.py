"""Discovery and reading: every path accounted for, nothing outside the root read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from flows.ingest import discover, ingest, read_manifest


def _write(p: Path, data: bytes | str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    p.write_bytes(data)
    return p


@pytest.fixture()
def tree(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "raw"
    outside = _write(tmp_path / "secret.txt", "outside the root")
    _write(root / "a.txt", "An article.")
    _write(root / "nested" / "deep" / "b.html", "<html><body><p>Hi</p></body></html>")
    _write(root / "notes.pdf", b"%PDF-1.4")
    _write(root / "a.meta.json", json.dumps({"outlet": "Reuters", "published_date": "2024-11-06"}))
    os.symlink(outside, root / "escape.txt")
    os.symlink(root / "a.txt", root / "inside-link.txt")
    os.symlink(root / "missing.txt", root / "broken.txt")
    os.symlink(tmp_path, root / "dirlink")
    return root, outside


def test_every_path_is_listed_once_with_a_verdict(tree: tuple[Path, Path]) -> None:
    root, _ = tree
    found = discover(root)
    rels = [f.rel for f in found.files]
    assert rels == sorted(rels)
    assert set(rels) == {
        "a.txt",
        "nested/deep/b.html",
        "notes.pdf",
        "escape.txt",
        "inside-link.txt",
        "broken.txt",
        "dirlink",
    }
    problems = {f.rel: f.problem for f in found.files}
    assert problems["a.txt"] is None and problems["inside-link.txt"] is None
    assert "outside the raw folder" in (problems["escape.txt"] or "")
    assert "broken symlink" in (problems["broken.txt"] or "")
    assert "unsupported file type .pdf" in (problems["notes.pdf"] or "")
    assert "symlinked folder" in (problems["dirlink"] or "")
    assert found.sidecars == {"a.txt": root / "a.meta.json"}


def test_symlink_leaving_root_is_never_read(tree: tuple[Path, Path]) -> None:
    root, _ = tree
    files, _ = ingest(root, max_bytes=1000)
    escaped = next(f for f in files if f.rel == "escape.txt")
    assert escaped.data is None and escaped.sha256 is None


def test_sidecar_metadata_and_oversize(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    _write(root / "story.txt", "x" * 50)
    _write(root / "story.meta.json", json.dumps({"title": "T", "authors": ["A B"]}))
    _write(root / "big.txt", "y" * 2000)
    files, _ = ingest(root, max_bytes=1000)
    by = {f.rel: f for f in files}
    assert by["story.txt"].meta == {"title": "T", "authors": ["A B"]}
    assert by["big.txt"].data is None and by["big.txt"].sha256 is not None
    assert "over the" in (by["big.txt"].problem or "")


def test_bad_sidecar_rejects_with_actionable_reason(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    _write(root / "s.txt", "text")
    _write(root / "s.meta.json", '{"published_date": "Nov 5"}')
    files, _ = ingest(root, max_bytes=1000)
    assert "not a YYYY-MM-DD date" in (files[0].problem or "")


def test_manifest_paths_cannot_escape(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    _write(
        root / "manifest.csv",
        "path,url,outlet,published_date,title,authors\n"
        "../secret.txt,,Evil,,,\n"
        "/etc/passwd,,Evil,,,\n"
        "sub/./x.txt,https://e.com/x,Reuters,2024-01-02,Title,A B;C D\n",
    )
    rows, warnings = read_manifest(root / "manifest.csv", root=root)
    assert list(rows) == ["sub/x.txt"]
    assert rows["sub/x.txt"]["authors"] == ["A B", "C D"]
    assert len(warnings) == 2 and all("not inside the raw folder" in w for w in warnings)


def test_malicious_file_names_are_data(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    name = 'x\'; DROP TABLE articles; --\n"q".txt'
    _write(root / name, "Some text.")
    files, _ = ingest(root, max_bytes=1000)
    assert files[0].rel == name and files[0].problem is None


def test_bytes_not_kept_are_read_back_and_checked(tmp_path: Path) -> None:
    """A run holds no file's bytes until its batch; a file changed since ingest is
    set aside with a reason, never extracted under the old hash."""
    from flows import stages

    root = tmp_path / "raw"
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        _write(root / name, f"The article {name}.")
    files, _ = ingest(root, max_bytes=1000, keep_bytes=False)
    assert all(f.data is None and f.sha256 and f.path for f in files)
    items = stages.plan(files)
    assert len(items) == 4 and all(it.data is None for it in items)
    _write(root / "b.txt", "Rewritten after ingest.")
    (root / "c.txt").unlink()
    ready, changed = stages.load_bytes(items)
    assert [it.source_path for it in ready] == ["a.txt", "d.txt"]
    assert [it.data for it in ready] == [b"The article a.txt.", b"The article d.txt."]
    by_path = {it.cache_key: it.source_path for it in items}
    assert sorted(by_path[k] for k in changed) == ["b.txt", "c.txt"]
    assert set(changed.values()) == {stages.CHANGED_DURING_RUN}
    kept, _ = ingest(root, max_bytes=1000)
    assert stages.load_bytes(stages.plan(kept))[0] == stages.plan(kept)  # already read
