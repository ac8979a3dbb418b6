r"""A name stated by its values and applied to an argument is a function of it, not a column (review38's finding).

gaps38 made a name inferred a scalar that the prose states as a tuple of numbers a column (``(\nabla f)^\top v``
with ``v = (2, 1)``); a policy stated by its values, ``p = (0.5, 0.5)``, and then applied, ``\rho(a) =
q(a)/p(a)``, became a 2×1 column too, so ``p(2)`` was a product and a right worked line FAILED "shape mismatch".
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = (
    "# Ratios\n\nThe data come from $p = (0.5, 0.5)$ and the target is $q = (0.25, 0.75)$. The ratio "
    "$\\rho(a) = q(a)/p(a)$ reweights them:\n\n$$\\rho(2) = 0.75/0.5 = {right}$$\n"
)


def test_a_stated_policy_applied_to_an_action_is_no_column() -> None:
    steps = doc_steps(_NOTES.format(right="1.5"))
    assert all(s.verdict is not Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_wrong_ratio_is_still_not_green() -> None:
    steps = doc_steps(_NOTES.format(right="1.25"))
    assert any(s.verdict in (Verdict.FAILED, Verdict.SKIPPED) for s in steps), [(s.verdict, s.message) for s in steps]
