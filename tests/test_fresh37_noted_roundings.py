r"""A decimal the notes showed earlier as the rounding of a formula of numbers stands for that formula.

"$c = 1/\sqrt{3} \approx 0.5774$" and, later, ``3 \cdot 0.5774 = \sqrt 3``: 1.7322 against 1.73205, so the link was
FAILED, though it is the notes' arithmetic with their own rounding written in (fresh37: ``-2 \cdot 0.3989 =
-\sqrt{2/\pi}`` after "$\phi(0) = 1/\sqrt{2\pi} \approx 0.3989$", ``\tanh(1.3133) \approx \frac{e^2 + 2e}{e^2 + 2e +
2}`` after "$\ln(1 + e) \approx 1.3133$"). With the formula in the decimal's place the link holds exactly: PASSED,
the rounding named. A link that is wrong with the formula in place stays FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# A constant

The constant is $c = 1/\\sqrt{{3}} \\approx 0.5774$. Later we use it:

$$3 \\cdot 0.5774 = {right} .$$
"""

_TANH = """
# A tanh

Here $s = \\ln(1 + e^2) \\approx 2.1269$, so

$$\\tanh(2.1269) \\approx {right} .$$
"""


def _last(notes: str, right: str) -> Verdict:
    return doc_steps(notes.format(right=right))[-1].verdict


def test_a_noted_rounding_stands_for_its_formula() -> None:
    assert _last(_NOTES, "\\sqrt 3") is Verdict.PASSED


def test_a_wrong_link_with_the_formula_in_place_fails() -> None:
    assert _last(_NOTES, "\\sqrt 2") is Verdict.FAILED


def test_an_approximation_between_formulas() -> None:
    assert _last(_TANH, "\\frac{e^4 + 2e^2}{e^4 + 2e^2 + 2}") is Verdict.PASSED
    assert _last(_TANH, "\\frac{e^4 + e^2}{e^4 + 2e^2 + 2}") is Verdict.FAILED


def test_no_rounding_noted_keeps_the_failure() -> None:
    assert doc_steps("# A constant\n\n$$3 \\cdot 0.5774 = \\sqrt 3 .$$\n")[-1].verdict is Verdict.FAILED
