r"""``\partial^2 f/\partial x\partial y``: an inline mixed partial's denominator is every ``\partial`` name after the
slash (fresh44).

The slash form of a derivative (latex.rewrite) took only the first ``\partial x`` after the slash for the
denominator, so ``\partial^2 L/\partial s_k\partial s_l`` was a second derivative over one variable times
``\partial s_l``: "derivative order 2 does not match its denominator (1)", SKIPPED. Where the numerator carries an
order, the denominator takes the ``\partial`` names that follow up to that order. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# A mixed partial

Let $f(x, y) = x^2 y^3$. Then

$$\partial^2 f/\partial x\partial y = 2x \cdot 3y^2 = 6xy^2$$

$$\partial^2 f/\partial x\,\partial y = 2x \cdot 3y^2 = 6x^2y$$
"""


def test_mixed_partial_with_a_slash() -> None:
    verdicts = [s.verdict for s in doc_steps(_NOTES)]
    assert verdicts == [Verdict.PROVED, Verdict.PROVED, Verdict.PROVED, Verdict.FAILED]


def test_a_first_derivative_times_a_partial_stays() -> None:
    notes = "# Slash\n\nLet $f(x) = x^2$.\n\n$$\\partial f/\\partial x \\cdot 3 = 6x$$\n"
    assert [s.verdict for s in doc_steps(notes)] == [Verdict.PROVED]
