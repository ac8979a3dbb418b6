"""A SKIPPED step's one line says why it is not checked before the point it shows.

A step that fails as written but holds in numerator layout, which the notes do not state, is SKIPPED
with the message "holds only when read with numerator layout …" and the literal reading's
counterexample. ``verify doc``'s one line per step showed only the counterexample (``— at n = 3,
X = …: left 1.0, right 0.0``): beside the word SKIPPED that reads as a failure whose verdict was lost.
The line now leads with the reason (the message's first part) and keeps the point after it; a FAILED
line is unchanged.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.commands.doc import _why
from verifier.results import Counterexample, StepResult, Verdict

_REASON = (
    "holds only when read with numerator layout for derivatives, which the notes do not state: a derivative by"
    " a matrix or a \\nabla written transposed (a missing transpose?)"
)


def _step(verdict: Verdict) -> StepResult:
    cx = Counterexample(point=(("n", "3"), ("A", "[0, 1; 0, 0]")), lhs="1.0", rhs="0.0", difference="1.0")
    return StepResult(
        index=1,
        lhs="Derivative(tr(A*X), X)",
        rhs="A",
        lhs_latex="",
        rhs_latex="",
        verdict=verdict,
        counterexample=cx,
        message=f"{_REASON}; read literally: failed at n=3; read: inferred X: a n×n matrix",
    )


def test_a_skipped_line_leads_with_the_reason_then_the_point() -> None:
    line = _why(_step(Verdict.SKIPPED))
    assert line.startswith("holds only when read with numerator layout"), line
    assert "at n = 3, A = [0, 1; 0, 0]: left 1.0, right 0.0" in line
    assert "inferred X" not in line


def test_a_failed_line_still_starts_at_its_point() -> None:
    assert _why(_step(Verdict.FAILED)).startswith("at n = 3, A = [0, 1; 0, 0]: left 1.0, right 0.0")


def test_the_command_prints_the_layout_reason_on_the_step_line(tmp_path, capsys) -> None:
    from verifier.cli import main

    note = tmp_path / "layout.md"
    note.write_text(
        "Let $X \\in \\mathbb{R}^{n \\times n}$ and $A \\in \\mathbb{R}^{n \\times n}$.\n\n"
        "$$\\frac{\\partial}{\\partial X} \\operatorname{tr}(A X) = A$$\n",
        encoding="utf-8",
    )
    assert verdicts_by_line(note.read_text(encoding="utf-8"))[3] == ["SKIPPED"]
    main(["doc", str(note)])
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ":3  step 1" in ln]
    assert lines and "SKIPPED" in lines[0] and "numerator layout" in lines[0], lines
