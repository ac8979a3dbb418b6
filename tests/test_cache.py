"""Incremental runs: unchanged entries come from the cache; any change to what a verdict depends on re-runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


@pytest.mark.parametrize("module", ["sympy", "numpy", "mpmath", "symengine", "flint"])
def test_a_new_dependency_version_reruns(module: str, make_catalog, capsys, monkeypatch) -> None:
    """Every library a verdict is computed with (symbolic, numeric, ball arithmetic) is in the key."""
    import importlib

    import verifier.cache as cache_mod

    root = make_catalog(mixed=GOOD_AND_BAD)
    cached_flags(root, capsys)
    if module == "symengine":  # read from its dist-info folder's name, not imported (test_cold46_cache_versions)
        monkeypatch.setattr(cache_mod, "_package_version", lambda package: "99.0")
    else:
        monkeypatch.setattr(importlib.import_module(module), "__version__", "99.0")
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


# --- issue 9 §3: the cache never serves a stale or forged verdict ---------------------------------

import os  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402

import verifier.cache as cache_module  # noqa: E402
from verifier.entryruns import RunOptions, run_entries  # noqa: E402

USES_HELPER = """
import sympy as sp
from _helpers import claimed
from verifier.catalog import identity

@identity("uses-helper", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    return b.claim(claimed(x), 2 * x)
"""


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has its own per-user MAC key, as another user or machine would."""
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def verdicts(root: Path, capsys, *extra: str) -> dict[str, tuple[str, bool]]:
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json", *extra])
    data = json.loads(capsys.readouterr().out)
    return {r["id"]: (r["verdict"], r["cached"]) for r in data["results"]}


def test_editing_an_imported_helper_module_reruns_the_entry(make_catalog, capsys) -> None:
    root = make_catalog(claims=USES_HELPER, _helpers="def claimed(x):\n    return 2 * x\n")
    assert verdicts(root, capsys) == {"uses-helper": ("PROVED", False)}
    assert verdicts(root, capsys) == {"uses-helper": ("PROVED", True)}
    (root / "_helpers.py").write_text("def claimed(x):\n    return 3 * x\n")
    assert verdicts(root, capsys) == {"uses-helper": ("FAILED", False)}


def test_a_file_saved_during_a_run_does_not_get_the_old_verdict(make_catalog) -> None:
    """The key comes from the bytes that were imported, not from the file as it is when storing."""
    root = make_catalog(mixed=GOOD_AND_BAD)
    settings = Settings(points=30)
    [good, _bad] = load_catalog(root).entries
    path = root / "mixed.py"
    path.write_text(path.read_text().replace("sigmoid(z) * (1 - sigmoid(z)))", "sigmoid(z) * (1 - 2 * sigmoid(z)))"))
    [result] = run_entries([good], RunOptions(settings, jobs=1))
    assert result.verdict is Verdict.PROVED  # computed from the module as it was loaded
    cache = ResultCache(root.parent)
    cache.put(good, settings, result)
    [edited, _] = load_catalog(root).entries
    assert cache.get(edited, settings) is None
    [again] = run_entries([edited], RunOptions(settings, jobs=1))
    assert again.verdict is Verdict.FAILED


def _records(root: Path) -> list[Path]:
    return sorted((root.parent / ".verify-cache").rglob("*.json"))


def test_an_edited_cache_record_cannot_turn_a_false_entry_green(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    assert verdicts(root, capsys)["sigmoid-wrong"] == ("FAILED", False)
    for path in _records(root):
        text = path.read_text()
        path.write_text(text.replace('"FAILED"', '"PROVED"'))
    assert verdicts(root, capsys)["sigmoid-wrong"] == ("FAILED", False)
    code = main(["all", "--derivations", str(root), "--points", "30"])
    capsys.readouterr()
    assert code == 1


def test_a_cache_copied_from_elsewhere_is_not_believed(make_catalog, capsys, monkeypatch, tmp_path: Path) -> None:
    """A cache committed to a repository or restored by CI was made with another key: everything reruns."""
    root = make_catalog(mixed=GOOD_AND_BAD)
    verdicts(root, capsys)
    assert set(verdicts(root, capsys).values()) == {("PROVED", True), ("FAILED", True)}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    assert set(verdicts(root, capsys).values()) == {("PROVED", False), ("FAILED", False)}


def test_the_key_file_is_private_and_outside_the_repository(make_catalog, capsys, _private_key_dir: Path) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    verdicts(root, capsys)
    key = _private_key_dir / "derivation-verifier" / "cache-key"
    assert key.is_file() and key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)  # readable by others: a forger could know it, so it is not trusted
    assert set(verdicts(root, capsys).values()) == {("PROVED", False), ("FAILED", False)}


@pytest.mark.parametrize(
    "damage", ["null", "list", "deep", "huge", "directory", "fifo", "symlink", "readonly-dir", "immutable"]
)
def test_an_unreadable_cache_record_means_verify_again(make_catalog, damage: str) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    [entry, _] = load_catalog(root).entries
    cache = ResultCache(root.parent)
    ok = IdentityResult(entry.id, entry.title, entry.statement, Verdict.PROVED)
    cache.put(entry, Settings(), ok)
    [path] = _records(root)
    path.unlink()
    if damage == "null":
        path.write_text("null")
    elif damage == "list":
        path.write_text("[1, 2]")
    elif damage == "deep":
        path.write_text("[" * 200_000 + "]" * 200_000)
    elif damage == "huge":
        path.write_bytes(b" " * (cache_module.MAX_RECORD + 10))
    elif damage == "directory":
        path.mkdir()
    elif damage == "fifo":
        os.mkfifo(path)
    elif damage == "symlink":
        path.symlink_to("/dev/zero")
    elif damage == "readonly-dir":
        path.parent.chmod(0o555)
        if os.access(path.parent, os.W_OK):  # root ignores permissions: make the name a directory instead
            path.parent.chmod(0o755)
            path.mkdir()
    elif damage == "immutable":
        path.write_text("{}")
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not permitted here")
    try:
        started = time.monotonic()
        assert cache.get(entry, Settings()) is None
        cache.put(entry, Settings(), ok)  # never raises
        assert time.monotonic() - started < 5
    finally:
        if damage == "immutable":
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        path.parent.chmod(0o755)


def test_entries_the_loader_did_not_record_are_never_cached(tmp_path: Path) -> None:
    from support import entry as make_entry

    def builder(b):
        x = b.real("x")
        return b.claim(x, x)

    hand_made = make_entry(builder)
    cache = ResultCache(tmp_path)
    cache.put(hand_made, Settings(), IdentityResult("t", "t", "t", Verdict.PROVED))
    assert cache.get(hand_made, Settings()) is None
    assert not (tmp_path / ".verify-cache").exists()


def test_a_helper_imported_by_a_helper_or_a_local_package_is_in_the_key(make_catalog, capsys) -> None:
    root = make_catalog(
        claims=USES_HELPER, _helpers="from _deeper import factor\n\ndef claimed(x):\n    return factor * x\n"
    )
    (root / "_deeper.py").write_text("factor = 2\n")
    assert verdicts(root, capsys) == {"uses-helper": ("PROVED", False)}
    assert verdicts(root, capsys) == {"uses-helper": ("PROVED", True)}
    (root / "_deeper.py").write_text("factor = 3\n")
    assert verdicts(root, capsys) == {"uses-helper": ("FAILED", False)}
    (root / "_helpers.py").unlink()
    (root / "_helpers").mkdir()
    (root / "_helpers" / "__init__.py").write_text("from _helpers.impl import claimed\n")
    (root / "_helpers" / "impl.py").write_text("def claimed(x):\n    return 2 * x\n")
    assert verdicts(root, capsys) == {"uses-helper": ("PROVED", False)}
    assert verdicts(root, capsys) == {"uses-helper": ("PROVED", True)}
    (root / "_helpers" / "impl.py").write_text("def claimed(x):\n    return 5 * x\n")
    assert verdicts(root, capsys) == {"uses-helper": ("FAILED", False)}


READS_DATA = """
import json
from pathlib import Path
from verifier.catalog import identity

@identity("reads-data", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    factor = json.loads((Path(__file__).parent / "factor.json").read_text())["factor"]
    return b.claim(factor * x, 2 * x)
"""

LISTS_DATA = """
from pathlib import Path
from verifier.catalog import identity

@identity("lists-data", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    count = len(list((Path(__file__).parent / "cases").glob("*.txt")))
    return b.claim(count * x, 2 * x)
"""


def test_editing_a_data_file_a_builder_reads_reruns_the_entry(make_catalog, capsys) -> None:
    root = make_catalog(claims=READS_DATA)
    (root / "factor.json").write_text('{"factor": 2}')
    assert verdicts(root, capsys) == {"reads-data": ("PROVED", False)}
    assert verdicts(root, capsys) == {"reads-data": ("PROVED", True)}
    (root / "factor.json").write_text('{"factor": 3}')
    assert verdicts(root, capsys) == {"reads-data": ("FAILED", False)}
    (root / "factor.json").unlink()
    assert verdicts(root, capsys)["reads-data"][1] is False  # a data file that is gone is a miss, never a hit


def test_a_file_added_to_a_directory_a_builder_lists_reruns_the_entry(make_catalog, capsys) -> None:
    root = make_catalog(claims=LISTS_DATA)
    (root / "cases").mkdir()
    for name in ("a.txt", "b.txt"):
        (root / "cases" / name).write_text("case")
    assert verdicts(root, capsys) == {"lists-data": ("PROVED", False)}
    assert verdicts(root, capsys) == {"lists-data": ("PROVED", True)}
    (root / "cases" / "c.txt").write_text("case")
    assert verdicts(root, capsys) == {"lists-data": ("FAILED", False)}
