r"""``f(w_1, w_2) = w_1^2 + w_1 w_2 + w_2^2 - 3w_1`` defines f of two numbered parameters (fresh56).

Optimisation notes write a function of two coordinates with numbered names, "Take $f(w_1, w_2) = …$", then its
partial derivatives, its Hessian and its value at a point. Parameters could carry letter subscripts only (``J(v_c,
o)``), so this line was no definition and every later step was SKIPPED "f is not defined in the notes" — a dropped
factor in ``\partial f/\partial w_2`` among them. A numbered parameter is now one, where the body writes every such
parameter; ``f(x_0) = 3`` (a value at a starting point) writes none and stays no definition. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_QUADRATIC = """# A quadratic

Take $f(w_1, w_2) = w_1^2 + w_1 w_2 + w_2^2 - 3 w_1$.

$$
{claim}
$$
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("\\frac{\\partial f}{\\partial w_2} = w_1 + 2 w_2", Verdict.PROVED),
    ("\\frac{\\partial f}{\\partial w_2} = w_1 + w_2", Verdict.FAILED),
    ("\\frac{\\partial f}{\\partial w_1} = 2 w_1 + w_2 - 3", Verdict.PROVED),
    ("f(2, -1) = -3", Verdict.PROVED),
    ("f(2, -1) = 1", Verdict.FAILED),
])  # fmt: skip
def test_a_function_of_numbered_parameters(claim: str, verdict: Verdict) -> None:
    step = doc_steps(_QUADRATIC.replace("{claim}", claim))[-1]
    assert step.verdict is verdict, step.message


def test_a_value_at_a_numbered_point_defines_nothing() -> None:
    notes = "# Start\n\nWe start where $f(x_0) = 3$.\n\n$$\\frac{d}{dx} f(x) = f'(x)$$\n"
    assert all(s.verdict is not Verdict.FAILED for s in doc_steps(notes))
