r"""review23a: an inverse read from the notes' function only where that function is one-to-one.

``f(t) = (t - 3)^2`` has two real preimages of every positive value; the probe points of
:func:`verifier.documents.inverses._undoes` all lie left of its turning point, so the branch
``3 - \sqrt{y}`` undid f there and was taken: ``f^{-1}(y) = 3 - \sqrt{y}`` was PROVED (and with the
notes restricting ``t \ge 3``, the sign flip of the right branch ``3 + \sqrt{y}`` was PROVED)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(text: str) -> tuple[Verdict, str]:
    check = check_text(text, "notes.md")
    step = [s for ch in check.chains for s in ch.result.steps][-1]
    return step.verdict, step.message or ""


@pytest.mark.parametrize(
    ("definition", "claim"),
    [
        (r"$f(t) = (t-3)^2$ for $t \ge 3$", r"f^{-1}(y) = 3 - \sqrt{y}"),
        (r"$f(t) = (t-3)^2$", r"f^{-1}(y) = 3 - \sqrt{y}"),
        (r"$f(t) = t^2 - 6t$", r"\frac{d}{dy} f^{-1}(y) = -\frac{1}{2\sqrt{y+9}}"),
    ],
)
def test_a_function_with_two_real_preimages_has_no_inverse(definition: str, claim: str) -> None:
    verdict, message = _last(f"# Notes\n\nLet {definition}.\n\n$$\n{claim}\n$$\n")
    assert verdict not in _GREEN, message


def test_a_one_to_one_function_whose_other_solution_is_complex_keeps_its_inverse() -> None:
    # tanh written out: SymPy's second solution is the log of a negative number (no real preimage)
    notes = (
        "# Notes\n\nLet $h(t) = \\frac{e^t - e^{-t}}{e^t + e^{-t}}$ and $g(t) = e^{2t}$.\n\n"
        "$$\nh^{-1}(y) = \\frac{1}{2}\\log\\frac{1+y}{1-y}\n$$\n\n$$\ng^{-1}(y) = \\frac{1}{2}\\log y\n$$\n"
    )
    check = check_text(notes, "notes.md")
    verdicts = [s.verdict for ch in check.chains for s in ch.result.steps]
    assert verdicts and all(v in _GREEN for v in verdicts), verdicts


def test_an_inverse_the_numeric_checker_cannot_evaluate_is_refused_not_an_error() -> None:
    # \operatorname{erf}^{-1} became SymPy's erfinv, which the float64 evaluator cannot print: ERROR
    for claim in (
        r"\frac{d}{dx}\operatorname{erf}^{-1}(x) = \frac{\sqrt{\pi}}{2} e^{(\operatorname{erf}^{-1}(x))^2}",
        r"\frac{d}{dx}\operatorname{erfc}^{-1}(x) = -\frac{\sqrt{\pi}}{2} e^{(\operatorname{erfc}^{-1}(x))^2}",
    ):
        verdict, message = _last(f"# Notes\n\n$$\n{claim}\n$$\n")
        assert verdict is Verdict.SKIPPED, message


def test_a_solved_inverse_the_numeric_checker_cannot_evaluate_is_refused_not_an_error() -> None:
    # f(t) = t + e^t is one-to-one; SymPy's inverse is y - W(e^y) (LambertW: no float64 printer, an ERROR)
    verdict, message = _last("# Notes\n\nLet $f(t) = t + e^{t}$.\n\n$$\n\\frac{d}{dy} f^{-1}(y) = 1\n$$\n")
    assert verdict is Verdict.SKIPPED, message
