r"""A geometric sum whose ratio the notes make a matrix (``\alpha`` built from a stated vector): closedsums
puts the ratio's one solution into each branch of SymPy's closed form, by ``Poly`` — which refuses a
non-commutative name with GeneratorsError. That escaped as an ERROR of a correct step ("internal error
while checking this chain"), and an ERROR fails the gate like a FAILED: a false alarm (fresh28's
speculative-decoding note, ``\sum_{i=0}^{\gamma} \alpha^i = \frac{1 - \alpha^{\gamma+1}}{1 - \alpha}``)."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.closedsums import difference
from verifier.results import Verdict

_I = sp.Symbol("i", integer=True)
_GAMMA = sp.Symbol("gamma")


def test_a_non_commuting_ratio_gives_a_difference_not_an_error() -> None:
    alpha = sp.Symbol("alpha", commutative=False)
    left = sp.Sum(alpha**_I, (_I, 0, _GAMMA))
    right = (1 - alpha ** (_GAMMA + 1)) * (1 - alpha) ** -1
    closed, _ = difference(left, right, {_GAMMA})  # raised GeneratorsError: non-commutative generators
    assert closed is None or isinstance(closed, sp.Expr)


def test_the_geometric_sum_of_a_ratio_built_from_a_stated_vector_is_no_error() -> None:
    steps = doc_steps(
        r"""
        Let $p = (0.5, 0.3, 0.2)$.

        $$\alpha = \sum_x \min(p(x), 1)$$

        $$\sum_{i=0}^{\gamma} \alpha^i = \frac{1 - \alpha^{\gamma + 1}}{1 - \alpha}$$

        $$\sum_{i=0}^{\gamma} \alpha^i = \frac{1 - \alpha^{\gamma}}{1 - \alpha}$$
        """,
    )
    assert all(s.verdict is not Verdict.ERROR for s in steps), [s.message for s in steps]
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message  # the wrong power
