"""Incremental runs: unchanged entries come from the cache; any change to what a verdict depends on re-runs."""

from __future__ import annotations

import json
from pathlib import Path

from support import GOOD_AND_BAD

from verifier.cache import ResultCache
from verifier.cli import main
from verifier.engine import Settings
from verifier.loader import load_catalog
from verifier.results import IdentityResult, Verdict


def cached_flags(root: Path, capsys, *extra: str) -> dict[str, bool]:
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json", *extra])
    data = json.loads(capsys.readouterr().out)
    return {r["id"]: r["cached"] for r in data["results"]}


def test_second_run_is_served_from_the_cache(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    assert cached_flags(root, capsys) == {"sigmoid-derivative": False, "sigmoid-wrong": False}
    assert cached_flags(root, capsys) == {"sigmoid-derivative": True, "sigmoid-wrong": True}
    assert (root.parent / ".verify-cache").is_dir()


def test_a_changed_entry_reruns_and_its_neighbour_does_not(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    cached_flags(root, capsys)
    path = root / "mixed.py"
    path.write_text(path.read_text().replace("sigmoid(z) * (1 + sigmoid(z))", "sigmoid(z) * (2 + sigmoid(z))"))
    assert cached_flags(root, capsys) == {"sigmoid-derivative": True, "sigmoid-wrong": False}


def test_a_changed_helper_reruns_every_entry_of_the_module(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    cached_flags(root, capsys)
    path = root / "mixed.py"
    path.write_text(path.read_text() + "\nHELPER = 1\n")
    assert cached_flags(root, capsys) == {"sigmoid-derivative": False, "sigmoid-wrong": False}


def test_other_settings_and_no_cache_rerun(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    cached_flags(root, capsys)
    assert cached_flags(root, capsys, "--seed", "5") == {"sigmoid-derivative": False, "sigmoid-wrong": False}
    assert cached_flags(root, capsys, "--no-cache") == {"sigmoid-derivative": False, "sigmoid-wrong": False}


def test_a_new_dependency_version_reruns(make_catalog, capsys, monkeypatch) -> None:
    import verifier.cache as cache_mod

    root = make_catalog(mixed=GOOD_AND_BAD)
    cached_flags(root, capsys)
    monkeypatch.setattr(cache_mod.sp, "__version__", "99.0")
    cache_mod._verifier_fingerprint.cache_clear()
    try:
        assert cached_flags(root, capsys) == {"sigmoid-derivative": False, "sigmoid-wrong": False}
    finally:
        cache_mod._verifier_fingerprint.cache_clear()


def test_timeouts_are_not_cached_and_broken_files_are_ignored(make_catalog) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    entry = load_catalog(root).entries[0]
    cache = ResultCache(root.parent)
    timeout = IdentityResult(entry.id, entry.title, entry.statement, Verdict.TIMEOUT)
    cache.put(entry, Settings(), timeout)
    assert cache.get(entry, Settings()) is None
    ok = IdentityResult(entry.id, entry.title, entry.statement, Verdict.PROVED)
    cache.put(entry, Settings(), ok)
    hit = cache.get(entry, Settings())
    assert hit is not None and hit.cached and hit.verdict is Verdict.PROVED
    for f in (root.parent / ".verify-cache").rglob("*.json"):
        f.write_text("{not json")
    assert cache.get(entry, Settings()) is None
