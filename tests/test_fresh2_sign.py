r"""``\operatorname{sign}`` / ``\operatorname{sgn}``: the sign function, the derivative of |x| away from
0 and the subgradient of an L1 penalty (was "sign is not defined in the notes"). Every example is
written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_derivative_of_abs_is_the_sign() -> None:
    assert _verdicts(r"$$\frac{d}{dx}|x| = \operatorname{sgn}(x)$$") == ["PROVED"]
    assert _verdicts(r"$$\frac{d}{dx}|x| = -\operatorname{sgn}(x)$$") == ["FAILED"]


def test_l1_penalty_subgradient() -> None:
    right = r"$$\frac{\partial}{\partial w_j}\lambda\sum_k |w_k| = \lambda\,\mathrm{sign}(w_j)$$"
    wrong = r"$$\frac{\partial}{\partial w_j}\lambda\sum_k |w_k| = -\lambda\,\mathrm{sign}(w_j)$$"
    assert _verdicts(right) == ["PROVED"]
    assert _verdicts(wrong) == ["FAILED"]
