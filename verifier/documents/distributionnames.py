r"""A name the notes set equal to a distribution family: a distribution, not a value.

"For $P = \mathrm{Poisson}(\lambda_1)$ and $Q = \mathrm{Poisson}(\lambda_2)$, $\log\frac{P(k)}{Q(k)} = …$":
P is the distribution, and P(k) its probability mass at k, which the notes never write out. Learned as
a value, P := Poisson(λ₁) made P(k) the product P·k and a correct log-ratio FAILED (fresh24). This module
owns which right sides name a family: one call of a family's name, written as a word
(``\mathrm{Poisson}``, ``\operatorname{Bern}``, ``\text{Gamma}``) or ``\mathcal{N}``, as the whole right
side of a bare name. ``\Gamma(\alpha)`` and ``B(a, b)`` are functions' values, not families, and
``\mathcal{N}(x \mid \mu, \sigma^2)`` (a bar or a ``;``) is a density's value at x: none is matched.
The reader (documents.definitions) then learns no definition, so P(k) is an undefined function's value
and such a step is SKIPPED, never FAILED.
"""

from __future__ import annotations

import re

__all__ = ["FAMILY_CALL", "names_a_distribution"]

_FAMILIES = (
    "Poisson|Pois|Bernoulli|Bern|Ber|Binomial|Binom|Bin|Multinomial|Mult|Categorical|Cat|Gamma|Beta|"
    "Exponential|Exp|Normal|Gaussian|Uniform|Unif|Dirichlet|Dir|Geometric|Geom|Laplace|Cauchy|Weibull|"
    "InvGamma|NegBin|NB|Student|StudentT|Wishart|LogNormal|Logistic"
)
_WORD = r"\\(?:mathrm|operatorname|text|textrm|textsf|mathsf|mathit)\s*\{\s*(?:" + _FAMILIES + r")\s*\}"
#: one call of a family, ``\mathrm{Poisson}(\lambda)``, ``\mathcal{N}(\mu, \sigma^2)`` (also documents.familydivergence)
FAMILY_CALL = (r"(?:" + _WORD + r"|\\mathcal\s*\{\s*N\s*\}|\\mathcal\s+N)\s*(?:\\left\s*)?\((?:[^()]|\([^()]*\))*"
               r"(?:\\right\s*)?\)")
_RIGHT = re.compile(r"\s*" + FAMILY_CALL + r"\s*[,.;]?\s*")
# N(x | μ, σ²), Bern(y; p): the density at a point, a value (latex.probability reads it)
_AT = re.compile(r"\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z])|;")
# a bare name on the left: a letter, a Greek name or a bold one, with at most a subscript (P_1, \pi_\theta)
_LEFT = re.compile(
    r"\s*(?:\\(?:mathbf|boldsymbol|bm|mathcal)\s*\{\s*)?\\?[A-Za-z]+\s*\}?\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*"
)


def names_a_distribution(lhs: str, rhs: str) -> bool:
    r"""Does ``lhs = rhs`` name a distribution (``P = \mathrm{Poisson}(\lambda_1)``), not define a value?"""
    return _LEFT.fullmatch(lhs) is not None and _RIGHT.fullmatch(rhs) is not None and not _AT.search(rhs)
