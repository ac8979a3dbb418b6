r"""A member defined by cases that leave part of the domain uncovered (a dropped branch, a wrong
boundary that leaves a gap: ``\frac{d}{dx}\max(0, x) = \begin{cases} 1 & x > 1 \\ 0 & x < 0
\end{cases}``) has no value there. SymPy's ``simplify`` drops such a region (the difference
``Piecewise((0, x > 0))`` simplifies to 0) and the numeric stage counts its points as not finite, so
the step was PROVED or PASSED. It is SKIPPED, saying where no branch applies; a mismatch where both
sides have values stays FAILED, and cases that cover the domain without an "otherwise" stay checked.
Every example is written here."""

from __future__ import annotations

from support import doc_steps


def _one(notes: str) -> tuple[str, str]:
    (step,) = doc_steps(notes)
    return step.verdict.value, step.message


def test_a_dropped_branch_is_not_green() -> None:
    verdict, message = _one(r"$$\frac{d}{dx}|x| = \begin{cases} 1 & x > 0 \end{cases}$$")
    assert verdict == "SKIPPED", message
    assert "no branch applies" in message


def test_a_gap_left_by_a_wrong_boundary_is_not_green() -> None:
    verdict, message = _one(r"$$\frac{d}{dx}\max(0, x) = \begin{cases} 1 & x > 1 \\ 0 & x < 0 \end{cases}$$")
    assert verdict == "SKIPPED", message
    verdict, message = _one(r"$$\max(0, x) = \begin{cases} x & x > 1 \\ 0 & x < 0 \end{cases}$$")
    assert verdict == "SKIPPED", message


def test_a_wrong_value_where_a_branch_applies_is_still_failed() -> None:
    verdict, message = _one(r"$$\frac{d}{dx}\max(0, x) = \begin{cases} 2 & x > 1 \\ 0 & x < 0 \end{cases}$$")
    assert verdict == "FAILED", message


def test_cases_that_cover_the_line_without_otherwise_are_checked() -> None:
    verdict, message = _one(r"$$|x| = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}$$")
    assert verdict == "PROVED", message


def test_a_kink_left_out_is_no_gap() -> None:
    # undefined at the single point x = 0, where the derivative does not exist: nothing is left out
    verdict, message = _one(r"$$\frac{d}{dx}|x| = \begin{cases} 1 & x > 0 \\ -1 & x < 0 \end{cases}$$")
    assert verdict in {"PROVED", "PASSED"}, message
