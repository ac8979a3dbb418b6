r"""A function used bare whose body never writes a parameter: that parameter's value does not matter.

``D_{KL}(p\|q) = \frac12(\sigma^2 + \mu^2 - 1 - \log\sigma^2)`` with ``p = \mathcal{N}(\mu, \sigma^2)``, then
``\frac{\partial D_{KL}}{\partial \mu} = \mu``: the bare D_KL is called with the p and q in scope, and p's
value (a distribution the tool cannot compute) made every gradient of the VAE's KL term SKIPPED
("function Ncal is not defined"). The body is in μ and σ; p and q only name what the divergence is of.
Examples written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
For $p = \mathcal{N}(\mu, \sigma^2)$ and $q = \mathcal{N}(0, 1)$,
$$D_{KL}(p\|q) = \frac12\left(\sigma^2 + \mu^2 - 1 - \log\sigma^2\right).$$
Its gradient: $\frac{\partial D_{KL}}{\partial \mu} = {mu}$ and $\frac{\partial D_{KL}}{\partial \sigma} = {sigma}$.
"""


def _verdicts(mu: str, sigma: str) -> list[str]:
    steps = doc_steps(_NOTES.replace("{mu}", mu).replace("{sigma}", sigma))
    return [s.verdict.value for s in steps if "partial" in s.lhs_latex]


def test_the_gradients_of_a_closed_form_kl_are_checked() -> None:
    assert _verdicts(r"\mu", r"\sigma - \frac{1}{\sigma}") == ["PROVED", "PROVED"]


def test_wrong_gradients_of_a_closed_form_kl_are_failed() -> None:
    assert _verdicts(r"2\mu", r"\sigma - \frac{1}{2\sigma}") == ["FAILED", "FAILED"]
