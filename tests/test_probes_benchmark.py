"""benchmarks/probes.py finds each copy's planted line and says whether the mistake was caught, SKIPPED or green."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "probes.py"
NOTE = r"""# Sigmoid

The logistic function is $\sigma(z) = \frac{1}{1+e^{-z}}$. Its derivative:

$$
\frac{d}{dz}\sigma(z) = \frac{e^{-z}}{(1+e^{-z})^2} = \sigma(z)\,(1-\sigma(z))
$$

It is never larger than a quarter.
"""


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probes_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_planted_lines_are_the_lines_that_differ() -> None:
    probes = _module()
    assert probes.planted_lines("a\nb\nc\n", "a\nB\nc\n") == (2,)
    assert probes.planted_lines("a\nb\nc\n", "a\nb\nc\nd\n") == (4,)


def _run(tmp_path: Path, copies: dict[str, str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    (tmp_path / "sig.md").write_text(NOTE, encoding="utf-8")
    for name, (old, new) in copies.items():
        assert old in NOTE
        (tmp_path / name).write_text(NOTE.replace(old, new), encoding="utf-8")
    code = _module().main([str(tmp_path), "--strict", "--jobs", "1"])
    return code, capsys.readouterr().out


def test_a_planted_sign_flip_is_caught_and_the_correct_note_raises_no_alarm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(tmp_path, {"sig.wrong1.md": ("(1-\\sigma(z))", "(1+\\sigma(z))")}, capsys)
    assert "CAUGHT    " in out and "sig.wrong1.md (line 6)" in out
    assert "0 FAILED (false alarms)" in out
    assert "CAUGHT 1, ELSEWHERE 0, SKIPPED 0, GREEN 0" in out
    assert code == 0


def test_a_change_no_step_reads_counts_as_green_and_fails_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The "mistake" is in prose: no step is at the planted line, so nothing stands between it and the students.
    code, out = _run(tmp_path, {"sig.wrong1.md": ("a quarter", "a half")}, capsys)
    assert "GREEN 1" in out and "no step at the planted line" in out
    assert code == 1


def test_an_unread_planted_claim_is_skipped_not_green(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(tmp_path, {"sig.wrong1.md": ("\\sigma(z)\\,(1-\\sigma(z))", "\\lim_{t \\to 0} \\sigma(z + t)")},
                     capsys)  # fmt: skip
    assert "SKIPPED 1" in out and "GREEN 0" in out
    assert code == 0


def test_no_readings_cutoff_lifts_the_limits_while_checking_and_restores_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Under load the other readings of a chain run out of their time, and a false alarm shows as SKIPPED (stop 56):
    # a probe run that is to count false alarms must be able to try every reading to its end, like corpus.py.
    from verifier.documents import doubts, orientation

    probes = _module()
    seen: list[tuple[float, float]] = []
    real = probes.check_many

    def recording(*args: object, **kwargs: object) -> object:
        seen.append((doubts.READINGS_SECONDS, orientation.ROW_SECONDS))
        return real(*args, **kwargs)

    monkeypatch.setattr(probes, "check_many", recording)
    before = (doubts.READINGS_SECONDS, orientation.ROW_SECONDS)
    (tmp_path / "sig.md").write_text(NOTE, encoding="utf-8")
    assert probes.main([str(tmp_path), "--jobs", "1", "--no-readings-cutoff"]) == 0
    assert seen and seen[0][0] == float("inf") and seen[0][1] >= 1e6
    assert (doubts.READINGS_SECONDS, orientation.ROW_SECONDS) == before  # the next test in this worker is not changed
    assert "readings: no cutoff" in capsys.readouterr().out
