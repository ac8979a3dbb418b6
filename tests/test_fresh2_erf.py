r"""The error function: ``\operatorname{erf}``, ``\mathrm{erf}``, ``\text{erfc}`` are the functions
every statistics text means by them (the normal CDF is written with it, GELU is built on it), so a
step about them is checked instead of SKIPPED as "erf is not defined in the notes". Every example
is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.latex import parse_latex
from verifier.latex.vocabulary import ELEMENTARY


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_erf_parses_as_the_error_function() -> None:
    import sympy as sp

    assert "erf" in ELEMENTARY
    x = sp.Symbol("x")
    assert parse_latex(r"\operatorname{erf}(x)").subs(sp.Symbol("x"), x).has(sp.erf)
    assert parse_latex(r"\mathrm{erfc}(x)").has(sp.erfc)


def test_derivative_of_erf_is_checked_both_ways() -> None:
    right = r"$$\frac{d}{dx}\operatorname{erf}(x) = \frac{2}{\sqrt{\pi}}e^{-x^2}$$"
    wrong = r"$$\frac{d}{dx}\operatorname{erf}(x) = \frac{1}{\sqrt{\pi}}e^{-x^2}$$"
    assert _verdicts(right) == ["PROVED"]
    assert _verdicts(wrong) == ["FAILED"]


def test_normal_cdf_written_with_erf_differentiates_to_the_density() -> None:
    body = r"""
    The CDF is $\Phi(x) = \frac{1}{2}\left(1 + \mathrm{erf}(x/\sqrt{2})\right)$,
    the density $\phi(x) = \frac{1}{\sqrt{2\pi}}e^{-x^2/2}$.

    $$\frac{d}{dx}\, x\,\Phi(x) = \Phi(x) + x\,\phi(x)$$

    $$\frac{d}{dx}\, x\,\Phi(x) = \Phi(x) + \phi(x)$$
    """
    assert _verdicts(body) == ["PROVED", "FAILED"]


def test_a_letter_run_that_is_not_erf_stays_letters() -> None:
    import sympy as sp

    e = parse_latex("ref")
    assert not e.has(sp.erf)
