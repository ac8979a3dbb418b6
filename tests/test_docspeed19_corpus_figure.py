"""benchmarks/corpus.py prints issue 8 §5's figure: the wall (and CPU) per 20 steps of the folder."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
NOTES = r"""# Notes

$$
(x + 1)^2 = x^2 + 2x + 1
$$

$$
\frac{d}{dx} x^3 = 3x^2 = 3 x \cdot x
$$
"""


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_total_is_also_given_per_20_steps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    assert _module().main([str(tmp_path), "--jobs", "1", "--one-by-one"]) == 0
    out = capsys.readouterr().out
    total = re.search(r"all: ([\d.]+) s wall, ([\d.]+) s CPU", out)
    per20 = re.search(r"per 20 steps: ([\d.]+) s wall, ([\d.]+) s CPU \((\d+) steps\)", out)
    assert total is not None and per20 is not None, out
    steps = int(per20.group(3))
    assert steps == 3  # the two chains' steps: one, then two
    # the figure is the total scaled to 20 steps (both printed rounded: compare within their rounding)
    assert float(per20.group(1)) == pytest.approx(20 * float(total.group(1)) / steps, abs=0.05 + 20 * 0.05 / steps)
