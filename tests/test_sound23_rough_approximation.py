r"""An ``\approx`` the notes call rough claims no digits (sound23; review33a found it).

"Far from zero linearising is poor: $$\sigma(2) \approx 0.5 + 0.5 = 1.0$$" was checked as ``=`` (numbers22's
roundedapprox: a link of formulas of numbers with a decimal is a rounding) — FAILED on main before review33a's
slack, PASSED after it, both a claim the notes do not make. Where the prose leading into the chain calls the
approximation poor/rough or names an expansion, its ``\approx`` links stay unchecked (documents.roughapprox);
a wrong worked value written with ``\approx`` is still caught."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_a_poor_linearisation_is_neither_failed_nor_green() -> None:
    steps = doc_steps("# S\n\nNear zero, $\\sigma(x) \\approx \\frac12 + \\frac{x}{4}$. Far from zero linearising "
                      "is poor:\n$$\\sigma(2) \\approx 0.5 + 0.5 = 1.0$$\n")
    shown = [(s.lhs_latex, s.verdict) for s in steps]
    assert (r"\sigma(2)", Verdict.SKIPPED) in shown, [(s.lhs_latex, s.verdict, s.message) for s in steps]
    assert ("0.5 + 0.5", Verdict.PROVED) in shown, shown  # its arithmetic is still checked


def test_a_first_order_expansion_is_no_rounding() -> None:
    steps = doc_steps("# S\n\nA first-order expansion gives\n$$e^{0.3} \\approx 1 + 0.3 = 1.3$$\n")
    first = next(s for s in steps if s.lhs_latex.startswith("e^"))
    assert first.verdict is Verdict.SKIPPED, first.message


def test_a_wrong_worked_value_with_approx_is_still_failed() -> None:
    steps = doc_steps("# S\n\nThe sigmoid at two:\n$$\\sigma(2) \\approx 0.87$$\n\n"
                      "The exponential at a tenth:\n$$e^{0.1} \\approx 1.15$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED, Verdict.FAILED], [s.message for s in steps]
