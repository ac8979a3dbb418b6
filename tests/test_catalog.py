"""The shipped catalog: every entry is well-formed and verifies (PROVED or PASSED).

Modules are imported by path, as the runner does, so a module that only works when imported
from some other place fails here first.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from verifier.catalog import MODULE_REGISTRY, Entry
from verifier.engine import Settings, verify_entry
from verifier.results import IdentityResult, Verdict

DERIVATIONS = Path(__file__).resolve().parent.parent / "derivations"


def _import(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_shipped_catalog.{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalog_entries() -> list[Entry]:
    """Entries of every ``derivations/*.py``: the registry plus any module-level ``Entry``."""
    found: list[Entry] = []
    for path in sorted(DERIVATIONS.glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = _import(path)
        for e in [*getattr(module, MODULE_REGISTRY, []), *vars(module).values()]:
            if isinstance(e, Entry) and not any(e is f for f in found):
                found.append(e)
    return found


ENTRIES = catalog_entries()


@pytest.fixture
def verified(run_once: Callable[[str, Callable[[], Any]], Any]) -> Callable[[str], IdentityResult]:
    """An entry verified once per test run with the default settings (``run_once`` in conftest.py).

    The tests below assert different things about that one run; under pytest-xdist the second
    worker to ask reads the first one's result instead of verifying the entry again.
    """

    def get(entry_id: str) -> IdentityResult:
        (entry,) = [e for e in ENTRIES if e.id == entry_id]
        return run_once(f"catalog-{entry_id}", lambda: verify_entry(entry, Settings()))

    return get


def test_catalog_is_not_empty() -> None:
    assert len(ENTRIES) >= 30, "the shipped catalog lost entries"


def test_ids_are_unique() -> None:
    ids = [e.id for e in ENTRIES]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_entry_metadata(entry: Entry) -> None:
    """Each entry says what it claims and where it comes from, and points at its decorator."""
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.id), "ids are lower-case-with-dashes"
    assert entry.title.strip() and entry.statement.strip() and entry.source.strip()
    path = Path(entry.file)
    assert path.parent == DERIVATIONS and path.is_file()
    assert entry.line > 0
    assert "@identity(" in path.read_text(encoding="utf-8").splitlines()[entry.line - 1]
    assert all(isinstance(v, int) and v > 0 for s in entry.sizes for _, v in s)


@pytest.mark.parametrize("entry_id", [e.id for e in ENTRIES])
def test_entry_verifies(entry_id: str, verified: Callable[[str], IdentityResult]) -> None:
    """Every step at every size is PROVED or PASSED with the default seed and point count."""
    (entry,) = [e for e in ENTRIES if e.id == entry_id]
    result = verified(entry_id)
    bad = [
        f"step {s.index} ({s.size_label}): {s.verdict.value} {s.message} {s.counterexample}"
        for s in result.steps
        if not s.verdict.ok
    ]
    assert result.verdict in (Verdict.PROVED, Verdict.PASSED), result.message or bad
    assert result.steps and all(s.points > 0 for s in result.steps)
    assert {s.sizes for s in result.steps} == set(entry.sizes), "every declared size was checked"


#: Entries the course states for every size (issue 10): each must be PROVED for all sizes.
FOR_EVERY_SIZE = (
    "softmax-jacobian",
    "softmax-cross-entropy-gradient",
    "softmax-cross-entropy-gradient-soft",
    "softmax-shift-invariance",
    "quadratic-form-gradient",
    "l2-regularization-gradient",
    "l2-regularization-gradient-matrix",
    "log-softmax-jacobian",
    "log-softmax-vjp",
    "two-layer-network-gradient-x",
    "two-layer-network-gradient-w1",
    "two-layer-network-gradient-b1",
    "two-layer-network-gradient-w2",
    "two-layer-network-gradient-b2",
)


@pytest.mark.parametrize("entry_id", FOR_EVERY_SIZE)
def test_entry_is_proved_for_every_size(entry_id: str, verified: Callable[[str], IdentityResult]) -> None:
    (entry,) = [e for e in ENTRIES if e.id == entry_id]
    assert entry.generic, "the builder asks for its sizes with b.size"
    result = verified(entry_id)
    names = ", ".join(entry.size_names())
    assert result.verdict == Verdict.PROVED and result.proved_for == f"all {names} >= 1", [
        (s.index, s.size_label, s.verdict.value, s.method) for s in result.steps
    ]
    assert {s.sizes for s in result.steps} == set(entry.sizes), "the numeric witness still runs at every size"


def test_sized_entries_say_at_which_sizes_they_were_proved(verified: Callable[[str], IdentityResult]) -> None:
    result = verified("softmax-jacobian-cases")
    assert result.verdict == Verdict.PROVED and result.proved_for == "K = 2, 3"
