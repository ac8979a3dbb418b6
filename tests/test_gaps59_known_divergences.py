r"""KL between two named distributions of known families is a fact the closed form the notes write is checked against
(gaps59, documents.knowndivergences).

"For $p = \mathcal N(\mu_1, \sigma_1^2)$ and $q = \mathcal N(\mu_2, \sigma_2^2)$, $\mathrm{KL}(p \,\|\, q) = …$" was
read as the definition of KL: a wrong closed form was SKIPPED "defines KL" and the derivatives consistent with it
PROVED. The table of known forms is derived again here as 𝔼_p[log p − log q]; a wrong closed form is FAILED only
where it differs under every way of writing the family (a Gaussian's second argument the variance or the standard
deviation). Every note is written here (Markdown and LaTeX).
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import line_of, verdicts_by_line

from verifier.documents.knowndivergences import KNOWN, family_of

_GAUSS = ("# Two Gaussians\n\nFor $p = \\mathcal{N}(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal{N}(\\mu_2, \\sigma_2^2)$ "
          "the divergence is\n\n$$\n\\mathrm{KL}(p \\,\\|\\, q) = FORM\n$$\n")
_RIGHT = r"\log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac12"


def _kl_line(text: str, path: str = "notes.md") -> list[str]:
    return verdicts_by_line(text, path)[line_of(text, "KL}(")]


def test_the_table_is_the_expectation_of_the_log_ratio() -> None:
    m1, m2 = sp.symbols("m1 m2", real=True)
    s1, s2, l1, l2 = sp.symbols("s1 s2 l1 l2", positive=True)
    x = sp.Symbol("x", real=True)
    k = sp.Symbol("k", integer=True, nonnegative=True)
    p, q = sp.symbols("p q", positive=True)
    normal = [sp.exp(-((x - m) ** 2) / (2 * s**2)) / sp.sqrt(2 * sp.pi * s**2) for m, s in ((m1, s1), (m2, s2))]
    gauss = sp.integrate(normal[0] * sp.expand_log(sp.log(normal[0] / normal[1]), force=True), (x, -sp.oo, sp.oo))
    assert sp.simplify(gauss - KNOWN["normal"][1][1][1](m1, s1, m2, s2)) == 0  # the standard-deviation reading
    assert sp.simplify(KNOWN["normal"][1][0][1](m1, s1**2, m2, s2**2) - gauss) == 0  # the variance reading
    dens = [lam * sp.exp(-lam * x) for lam in (l1, l2)]
    expo = sp.integrate(dens[0] * sp.expand_log(sp.log(dens[0] / dens[1]), force=True), (x, 0, sp.oo))
    assert sp.simplify(expo - KNOWN["exponential"][1][0][1](l1, l2)) == 0
    # Poisson: log p(k) − log q(k) = k log(λ1/λ2) − λ1 + λ2 (the k! cancel); 𝔼[k] = λ1
    log_ratio = k * sp.log(l1 / l2) - l1 + l2
    poisson = sp.summation(log_ratio * l1**k * sp.exp(-l1) / sp.factorial(k), (k, 0, sp.oo))
    assert sp.simplify(poisson - KNOWN["poisson"][1][0][1](l1, l2)) == 0
    bern = sum(pk * sp.log(pk / qk) for pk, qk in ((p, q), (1 - p, 1 - q)))
    assert sp.simplify(bern - KNOWN["bernoulli"][1][0][1](p, q)) == 0


def test_a_family_call_is_read() -> None:
    assert family_of(r"\mathcal{N}(\mu, \sigma^2)") == ("normal", [r"\mu", r"\sigma^2"])
    assert family_of(r"\mathrm{Poisson}(\lambda_1)") == ("poisson", [r"\lambda_1"])
    assert family_of(r"\mathrm{Laplace}(\mu, b)") is None  # not in the table


def test_the_right_closed_form_is_passed() -> None:
    assert _kl_line(_GAUSS.replace("FORM", _RIGHT)) == ["PASSED"]


@pytest.mark.parametrize("slip", [r"+ \frac12", r"- \frac12 + \log 2"])
def test_a_wrong_closed_form_is_failed(slip: str) -> None:
    assert _kl_line(_GAUSS.replace("FORM", _RIGHT.replace(r"- \frac12", slip))) == ["FAILED"]


def test_the_standard_deviation_as_second_argument_is_a_reading() -> None:
    text = _GAUSS.replace(r"\sigma_1^2)", r"\sigma_1)").replace(r"\sigma_2^2)", r"\sigma_2)").replace("FORM", _RIGHT)
    assert _kl_line(text) != ["FAILED"]


def test_the_standard_normal_and_a_wrong_sign_in_latex() -> None:
    text = ("\\section{VAE}\nFor $q = \\mathcal{N}(\\mu, \\sigma^2)$ and $p = \\mathcal{N}(0, 1)$,\n\\begin{equation}\n"
            "\\mathrm{KL}(q \\,\\|\\, p) = FORM\n\\end{equation}\n")
    right = r"-\log\sigma + \frac{\sigma^2 + \mu^2 - 1}{2}"
    assert _kl_line(text.replace("FORM", right), "n.tex") == ["PASSED"]
    assert _kl_line(text.replace("FORM", right.replace(r"-\log", r"\log")), "n.tex") == ["FAILED"]


def test_two_poissons_and_a_family_not_in_the_table() -> None:
    text = ("# Counts\n\nFor $P = \\mathrm{Poisson}(\\lambda_1)$ and $Q = \\mathrm{Poisson}(\\lambda_2)$,\n\n"
            "$$\n\\mathrm{KL}(P \\,\\|\\, Q) = FORM\n$$\n")
    assert _kl_line(text.replace("FORM", r"\lambda_1\log\frac{\lambda_1}{\lambda_2} - \lambda_1 + \lambda_2")) == [
        "PASSED"]
    assert _kl_line(text.replace("FORM", r"\lambda_1\log\frac{\lambda_1}{\lambda_2} + \lambda_1 - \lambda_2")) == [
        "FAILED"]
    laplace = text.replace("Poisson", "Laplace").replace("FORM", r"\log\lambda_1 + \lambda_2")
    assert _kl_line(laplace) == ["SKIPPED"]  # not a family of the table: read as before


def test_a_divergence_in_bits_is_not_the_tables() -> None:
    bits = _RIGHT.replace(r"\log\frac", r"\log_2\frac")
    assert _kl_line(_GAUSS.replace("FORM", bits)) != ["FAILED"]
