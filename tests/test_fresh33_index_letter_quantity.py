r"""``$r = (x - \mu)/\sigma$`` in the prose defines r, though r is a letter that can be an index.

The Student-t note writes "with $r = (x - \mu)/\sigma$" and differentiates a loss written in r by σ. An equation
whose left side is an index letter (i, …, r) and whose right side computes nothing was taken for a case or a
range ("i = j", "k = K + 1") and dropped, so r stood for an independent unknown: the right
``\partial\,\mathrm{NLL}/\partial\sigma`` FAILED (a false alarm of v0.29.0, fresh33) and ``\partial L/\partial\mu = 0``
for ``L = \log\sigma + r^2`` was PROVED (a false pass). A Greek letter on the right (μ, σ) is never an index: the
equation names a quantity (documents.definitions)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Residual

Let $r = (x - \\mu)/\\sigma$. Then

$$L = \\log\\sigma + r^2.$$

So

$$\\frac{{\\partial L}}{{\\partial {var}}} = {grad}.$$
"""


def _last(var: str, grad: str) -> Verdict:
    return doc_steps(_NOTES.format(var=var, grad=grad))[-1].verdict


def test_the_right_derivative_by_sigma_is_not_failed() -> None:
    assert _last("\\sigma", "\\frac{1}{\\sigma} - \\frac{2r^2}{\\sigma}") is Verdict.PROVED


def test_a_derivative_through_r_is_never_zero() -> None:
    assert _last("\\mu", "0") is not Verdict.PROVED
    assert _last("\\mu", "-\\frac{2r}{\\sigma}") is Verdict.PROVED
    assert _last("\\sigma", "\\frac{1}{\\sigma}") is not Verdict.PROVED  # r held fixed: a reading, SKIPPED



_SPACED = """
# Scale gradient

The loss is $L = \\log\\sigma + \\tfrac{{\\nu+1}}{{2}}\\log\\left(1 + \\tfrac{{x^2}}{{\\nu\\sigma^2}}\\right)$, so

$$\\frac{{\\partial L}}{{\\partial \\sigma}} = \\frac{{1}}{{\\sigma}}
 - \\frac{{(\\nu+1)\\,x^2}}{{\\sigma\\,{bracket}}}.$$
"""


def test_a_scale_spaced_from_its_bracket_multiplies_it() -> None:
    r"""``\sigma\,(\nu\sigma^2 + x^2)`` beside ``\frac{1}{\sigma}``: σ is the scale the formula divides by, the thin
    space a product; read as the logistic σ applied to the bracket, the right gradient FAILED."""
    right = doc_steps(_SPACED.format(bracket="(\\nu\\sigma^2 + x^2)"))[-1]
    assert right.verdict is Verdict.PROVED, right.message
    wrong = doc_steps(_SPACED.format(bracket="(\\nu\\sigma + x^2)"))[-1]
    assert wrong.verdict is Verdict.FAILED, wrong.message


def test_the_logistic_keeps_its_bracket() -> None:
    steps = doc_steps("""
    # Logistic

    $$\\frac{d}{dz}\\sigma(z) = \\sigma(z)\\,(1 - \\sigma(z)).$$
    """)
    assert [s.verdict for s in steps] == [Verdict.PROVED]
