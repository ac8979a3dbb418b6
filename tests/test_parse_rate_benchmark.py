"""benchmarks/parse_rate.py counts members, parses and reasons on a document written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "parse_rate.py"
NOTES = r"""# Notes

$$
\frac{d}{dx} x^2 = 2x = \int 2 \, dx'
$$

$$
\|x\|^2 = x^T x = \unknowncommand{x}
$$
"""


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("parse_rate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_counts_members_parsed_and_refused_by_design(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text(NOTES, encoding="utf-8")
    parse_rate = _module()
    rate = parse_rate.measure(doc)
    assert (rate.members, rate.parsed, rate.refused) == (6, 4, 1)
    reasons = sorted(reason for reason, _ in rate.failures)
    assert reasons[0].startswith("an integral")
    assert "unknowncommand" in reasons[1]
    assert parse_rate.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "notes.md" in out and "4/6" in out and "80.0 %" in out
