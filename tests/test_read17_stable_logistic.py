r"""``\log(1 - \sigma(u))`` at wide samples keeps its points (read17).

``\sum_i \log(1 - \sigma(w^T x_i))`` sampled widely: 1 - σ(u) cancelled to 0 at every precision used, the log
was -inf and only 36 of 200 points were left (ERROR). verifier.stablelogistic evaluates 1 - σ(u) as σ(-u), an
identity of the expression: every point is judged, and a wrong variant still fails."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.results import Verdict
from verifier.stablelogistic import stable

_NOTES = """# Logistic loss

The weights $\\mathbf w \\in \\mathbb{R}^5$ and the inputs $\\mathbf x_i \\in \\mathbb{R}^5$, with
$\\sigma(u) = \\frac{1}{1+e^{-u}}$:

$$\\sum_{i=1}^{3} \\log(1-\\sigma(\\mathbf w^T \\mathbf x_i)) = {right}$$
"""


def test_the_rewrite_is_an_identity_without_cancellation() -> None:
    u = sp.Symbol("u")
    expr = sp.log(1 - 1 / (1 + sp.exp(-u)))
    out = stable(expr)
    assert out != expr
    assert sp.simplify(sp.exp(out) - sp.exp(expr)) == 0
    assert sp.N(out.subs(u, 800), 20) == sp.N(-800 - sp.log(1 + sp.exp(-800)), 20)
    assert stable(sp.log(2 - 1 / (1 + sp.exp(-u)))) == sp.log(2 - 1 / (1 + sp.exp(-u)))  # no 1 - σ: untouched


def test_log_one_minus_sigma_at_wide_samples_is_judged() -> None:
    r = doc_steps(_NOTES.replace("{right}", r"-\sum_{i=1}^{3} \log(1+e^{\mathbf w^T \mathbf x_i})"))[-1]
    assert r.verdict.ok, r.message
    assert r.points == 30, r.method  # every point of the doc settings (support.DOC_SETTINGS)


def test_a_wrong_log_one_minus_sigma_fails_at_a_finite_point() -> None:
    r = doc_steps(_NOTES.replace("{right}", r"-\sum_{i=1}^{3} \log(1+e^{-\mathbf w^T \mathbf x_i})"))[-1]
    assert r.verdict is Verdict.FAILED, r.message
