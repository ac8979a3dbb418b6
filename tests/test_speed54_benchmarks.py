"""speed54's measuring scripts: suitecost's keys of a checked document and its count of repeats, and the
timeline's occupancy of the workers (docs/speed.md, speed54)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from verifier.engine import Settings

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str) -> Any:  # the benchmarks are scripts, not modules of the package
    spec = importlib.util.spec_from_file_location(f"{name}_under_test", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_document_is_keyed_by_what_is_checked_not_by_the_progress_callback() -> None:
    keys = _script("suitecost")._document_keys
    text = "$$x^2 = x \\cdot x$$\n"
    first = keys((text, "a.md", Settings()), {"progress": lambda s: None})
    again = keys((text,), {"path": "a.md", "settings": Settings(), "progress": print})
    renamed = keys((text, "b.md", Settings()), {})
    reseeded = keys((text, "a.md", Settings(seed=7)), {})
    assert first == again  # positional or by keyword, whatever reports the progress
    assert renamed[0] != first[0] and renamed[1] == first[1]  # another name: the same checks
    assert reseeded[0] != first[0] and reseeded[1] != first[1]  # other settings: other checks


def test_repeats_are_counted_by_where_the_first_check_was() -> None:
    summary = _script("suitecost")._repeats
    records = [
        {"id": "tests/test_a.py::one", "doc_keys": [["k1", "k1", 1.0], ["k1", "k1", 2.0]]},
        {"id": "tests/test_a.py::two", "doc_keys": [["k1", "k1", 4.0], ["k2", "k2", 8.0]]},
        {"id": "tests/test_b.py::three", "doc_keys": [["k2", "k2", 16.0], ["k3", "k3", 32.0]]},
    ]
    first = summary(records)[0]
    assert "6 calls (63.0 s), 3 distinct; 3 repeats, 22.0 s" in first
    assert "another file 1 (16.0 s), same file 1 (4.0 s), same test 1 (2.0 s)" in first


def test_occupancy_counts_the_seconds_with_each_number_of_workers_running() -> None:
    occupancy = _script("timeline").occupancy
    held, idle = occupancy([(0.0, 1.0), (0.5, 2.0), (2.1, 3.0)])
    assert {k: round(v, 6) for k, v in held.items()} == {1: 0.5 + 1.0 + 0.9, 2: 0.5, 0: 0.1}
    assert [(round(s, 6), round(n, 6)) for s, n in idle] == [(0.0, 0.5), (1.0, 1.0), (2.1, 0.9)]
