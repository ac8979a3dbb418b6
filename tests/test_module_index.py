"""docs/modules.md is generated from the module docstrings and must match the code.

DEVELOPERS.md: one concept per module, each with a docstring that says what it owns. The index is the
map a contributor reads first; generated, it cannot list a module that was renamed or miss a new one.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def _generator():  # docs/ is no package: load the script by its path
    """The generator, loaded once per test process; each module's summary read once (speed40), and
    each module parsed once for its docstring (speed45).

    The sources do not change during a run, so the index it renders does not either: the three tests
    below render it four times, and each render parsed every module of the package again (~1.5 s of CPU).
    The docstring test parsed every module once more (~2 s of CPU at load 10): it now reads the same
    cached docstrings the index is rendered from, and runs next to the index test (pytest-xdist hands
    out adjacent tests together) so that both usually share one worker's parse.
    """
    spec = importlib.util.spec_from_file_location("module_index", ROOT / "docs" / "modules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.docstring = functools.cache(module.docstring)  # summary() calls it by its module-global name
    module.summary = functools.cache(module.summary)
    return module


def test_every_module_has_a_docstring() -> None:
    modules = [p for p in (ROOT / "verifier").rglob("*.py") if "__pycache__" not in p.parts]
    missing = [str(p.relative_to(ROOT)) for p in modules if not _generator().docstring(p)]
    assert missing == []


def test_the_index_is_current() -> None:
    gen = _generator()
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
