r"""A name used as a scalar, then with a subscript in a later display (documents.doubts).

Notes derive a per-example loss for a logit $z$ and a label $y \in \{0, 1\}$, then average it over a
batch with $z_i$ and $y_i$. The subscripts made z and y vectors everywhere (a guess made elsewhere); under
that guess a derivative layout gave the per-example step's sides fitting shapes (``y \log\sigma(z)`` a row
times a column) and a counterexample, and that refutation blocked the reading of the undeclared vectors as
scalars — so the right derivative was FAILED. When every vector the step reaches is a guess made from another
display, the scalars reading may rescue it (a mistake fails it too)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _steps(derivative: str) -> list[tuple[Verdict, str]]:
    notes = (
        "For a logit $z$, a label $y \\in \\{0, 1\\}$ and a weight $w > 0$,\n\n"
        "$$\\ell(z) = -\\left[w y \\log \\sigma(z) + (1-y) \\log (1-\\sigma(z))\\right]$$\n\n"
        f"$$\\frac{{\\partial \\ell}}{{\\partial z}} = {derivative}$$\n\n"
        "Over a batch $L = \\frac{1}{n}\\sum_{i=1}^{n} \\ell(z_i)$, each logit gets\n\n"
        "$$\\frac{\\partial L}{\\partial z_i} = \\frac{1}{n}\\left(w y_i \\sigma(z_i) - w y_i "
        "+ (1 - y_i)\\sigma(z_i)\\right)$$\n"
    )
    chains = check_text(notes, "notes.md").chains
    return [(s.verdict, s.message or "") for s in chains[1].result.steps]


def test_the_per_example_derivative_holds_with_the_names_as_scalars() -> None:
    [(verdict, message)] = _steps(r"w y \sigma(z) - w y + (1 - y)\sigma(z)")
    assert verdict in GREEN, message


def test_a_wrong_per_example_derivative_still_fails() -> None:
    [(verdict, message)] = _steps(r"w y \sigma(z) - y + (1 - y)\sigma(z)")
    assert verdict is Verdict.FAILED, message


_TWO_STEPS = r"(1-y)-(1+(w-1) y) \frac{e^{-z}}{1+e^{-z}} = (1+(w-1) y) \sigma(z)-w y"


def test_a_step_whose_shapes_fit_by_accident_is_read_with_its_chain() -> None:
    # under the guessed shapes the second step's sides fit (a row times a column is a number) and differ; the
    # first step clashes: the guess does not fit the chain, whose shared member is one scalar in both steps
    steps = _steps(_TWO_STEPS)
    assert len(steps) == 2
    for verdict, message in steps:
        assert verdict in GREEN, message


def test_a_mistake_in_the_second_step_still_fails() -> None:
    steps = _steps(_TWO_STEPS.replace("-w y", "-y"))
    assert steps[1][0] is Verdict.FAILED, steps[1][1]
