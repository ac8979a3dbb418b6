"""docs/modules.md is generated from the module docstrings and must match the code.

DEVELOPERS.md: one concept per module, each with a docstring that says what it owns. The index is the
map a contributor reads first; generated, it cannot list a module that was renamed or miss a new one.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> list[Path]:
    return [p for p in (ROOT / "verifier").rglob("*.py") if "__pycache__" not in p.parts]


@functools.cache
def _generator():  # docs/ is no package: load the script by its path
    """The generator, loaded once per test process; each module's summary read once (speed40), and its
    docstrings looked up in ``parsed`` first (speed45: see ``gen``).

    The sources do not change during a run, so the index it renders does not either: the three tests
    below render it four times, and each render parsed every module of the package again (~1.5 s of CPU).
    """
    spec = importlib.util.spec_from_file_location("module_index", ROOT / "docs" / "modules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    parse = module.docstring
    parsed: dict[str, str] = {}

    def docstring(path: Path) -> str:
        if str(path) not in parsed:
            parsed[str(path)] = parse(path)
        return parsed[str(path)]

    module.parsed = parsed
    module.docstring = docstring  # summary() calls it by its module-global name
    module.summary = functools.cache(module.summary)
    return module


@pytest.fixture
def gen(run_once: Callable[[str, Callable[[], Any]], Any]) -> Any:
    """The generator with every module's docstring parsed once per run (``run_once``: shared by the xdist
    workers). The docstring test and the index test each parsed every module (~2 s of CPU each at load 10),
    often on different workers."""
    module = _generator()
    module.parsed.update(run_once("module-docstrings", lambda: {str(p): module.docstring(p) for p in _modules()}))
    return module


def test_every_module_has_a_docstring(gen: Any) -> None:
    missing = [str(p.relative_to(ROOT)) for p in _modules() if not gen.docstring(p)]
    assert missing == []


def test_the_index_is_current(gen: Any) -> None:
    assert (ROOT / "docs" / "modules.md").read_text(encoding="utf-8") == gen.render(), (
        "docs/modules.md is stale: run `python docs/modules.py`"
    )


def test_every_package_has_a_section() -> None:
    gen = _generator()
    sections = {ROOT / rel for rel, _ in gen.SECTIONS}
    assert gen.packages_covered() <= sections


def test_a_stale_index_is_reported(tmp_path: Path, monkeypatch) -> None:
    gen = _generator()
    stale = tmp_path / "modules.md"
    stale.write_text("# Modules\n", encoding="utf-8")
    monkeypatch.setattr(gen, "INDEX", stale)
    assert gen.main(["--check"]) == 1
    gen.main([])
    assert gen.main(["--check"]) == 0
