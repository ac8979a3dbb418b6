r"""Optimisation values (verifier.documents.minima) and sums written \sum_i^m (documents.infer)."""

from __future__ import annotations

from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.minima import split_value_optimum
from verifier.engine import Settings


def _verdicts(tmp_path: Path, text: str) -> dict[int, list[tuple[str, str]]]:
    doc = tmp_path / "notes.md"
    doc.write_text(text)
    out: dict[int, list[tuple[str, str]]] = {}
    for ch in check_document(doc, Settings(), display=doc.name).chains:
        for s, line in zip(ch.result.steps, ch.step_lines, strict=True):
            out.setdefault(line, []).append((s.verdict.value, s.message))
    return out


def test_a_minimum_over_a_variable_is_read() -> None:
    assert split_value_optimum(r"\min_{\mathbf{w}} F(w) + 1") == ("minimum", r"\mathbf{w}", "F(w) + 1")
    assert split_value_optimum(r"\max_w G") == ("maximum", "w", "G")
    assert split_value_optimum(r"\max(a, b)") is None  # the function, not an optimisation
    assert split_value_optimum(r"\min_{w \in W} F") is None  # over a set: not a variable


def test_the_same_objective_under_a_minimum_is_proved(tmp_path: Path) -> None:
    text = r"""# objective

$$
\min_{w} \frac{1}{1 + e^{-w}} + w^2 = \min_{w} \sigma(w) + w^2
$$
"""
    got = _verdicts(tmp_path, text)
    assert got[4][0][0] == "PROVED" and "same objective" in got[4][0][1]


def test_a_shifted_objective_under_a_minimum_is_never_green(tmp_path: Path) -> None:
    # arg min is kept by adding a constant, the minimum's value is not: never PROVED, never FAILED
    text = r"""# objective

$$
\min_{w} (w - a)^2 + 1 = \min_{w} (w - a)^2
$$
"""
    got = _verdicts(tmp_path, text)
    assert got[4][0][0] == "SKIPPED" and "differ as functions" in got[4][0][1]


def test_a_sum_with_only_an_upper_bound_runs_from_the_start(tmp_path: Path) -> None:
    text = r"""# sums

$$
\sum_i^m (x_i + 1)^2 = \sum_i^m x_i^2 + 2 \sum_i^m x_i + m
$$

$$
\sum_i^n c = (n + 1) c
$$
"""
    got = _verdicts(tmp_path, text)
    assert got[4][0][0] == "PROVED" and "m: a size" in got[4][0][1]
    assert got[8][0][0] == "FAILED"  # i runs over 1..n: n terms, not n + 1 (a sum from 0)
