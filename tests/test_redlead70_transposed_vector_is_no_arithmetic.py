r"""A transposed vector of numbers alone, ``(-1, 1)^\top``, is no arithmetic on numbers
(documents.numberpoints.substituted_numbers): the caret is the transpose's.

lead70 let the frame of a vector of numbers (its ``^\top``) count as no name, and its arithmetic pattern matched the
caret of ``^\top``: every link ending in a transposed vector of numbers became a worked substitution, read at the values
the prose states. lead70's own two-layer backward pass ("Both hidden units are active, so $\frac{\partial L}{\partial
a} = \frac{\partial L}{\partial h} \odot \mathbb{1}[a > 0] = (-1, 1)^\top$") turned FAILED so. The note is lead70's
probe (benchmarks/probes/lead70/c05-two-layer-backprop.md), written by the project."""

from __future__ import annotations

from pathlib import Path

from support import verdicts_by_line

_NOTE = Path(__file__).resolve().parent.parent / "benchmarks" / "probes" / "lead70" / "c05-two-layer-backprop.md"


def test_a_right_backward_pass_ending_in_transposed_vectors_has_no_failed_step() -> None:
    verdicts = verdicts_by_line(_NOTE.read_text())
    assert not [line for line, v in verdicts.items() if "FAILED" in v], verdicts


def test_its_planted_sign_slip_is_still_not_green() -> None:
    note = _NOTE.read_text().replace(r"= (-1, 1)^\top$, and", r"= (1, 1)^\top$, and")
    assert note != _NOTE.read_text()
    verdicts = verdicts_by_line(note)
    assert [v for v in verdicts.get(24, []) if v in ("PROVED", "PASSED")] != verdicts.get(24), verdicts
