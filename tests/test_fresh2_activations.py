r"""Activation functions whose name means one function in every text: softplus, SiLU/swish and
softsign. They are in the one registry (verifier.ml → documents.functions, the context's built-in
aliases, the prose's names, ``verify check``), so ``\frac{d}{dx}\operatorname{softplus}(x) =
\sigma(x)`` is checked instead of SKIPPED as "softplus is not defined". GELU and ELU are left out:
notes mean the tanh approximation or the erf form by GELU, and ELU carries an α. Every example is
written here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier import ml
from verifier.cli import main
from verifier.documents.context import BUILTIN_ALIASES
from verifier.documents.functions import FUNCTIONS
from verifier.exitcodes import ExitCode


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_the_functions_mean_what_every_text_means() -> None:
    x = sp.Symbol("x", real=True)
    assert sp.simplify(ml.softplus(x) - sp.log(1 + sp.exp(x))) == 0
    assert sp.simplify(ml.silu(x) - x / (1 + sp.exp(-x))) == 0
    assert sp.simplify(ml.softsign(x) - x / (1 + sp.Abs(x))) == 0
    m = sp.ImmutableMatrix([x, 2 * x])
    assert ml.softplus(m)[1] == sp.log(1 + sp.exp(2 * x))


def test_registered_once_for_documents_and_contexts() -> None:
    for name in ("softplus", "silu", "swish", "softsign"):
        assert name in FUNCTIONS and name in BUILTIN_ALIASES
    assert FUNCTIONS["SiLU"] is FUNCTIONS["swish"]


def test_derivatives_in_notes_are_checked_both_ways() -> None:
    body = r"""
    $$\frac{d}{dx}\operatorname{softplus}(x) = \sigma(x)$$

    $$\frac{d}{dx}\mathrm{softplus}(x) = 1 - \sigma(x)$$

    $$\frac{d}{dx}\mathrm{SiLU}(x) = \sigma(x)\left(1 + x(1 - \sigma(x))\right)$$

    $$\frac{d}{dx}\text{softsign}(x) = \frac{1}{(1 + |x|)^2}$$
    """
    assert _verdicts(body) == ["PROVED", "FAILED", "PROVED", "PROVED"]


def test_prose_names_a_letter_the_softplus() -> None:
    body = r"""
    The softplus function $\zeta$ is a smooth ReLU:

    $$\zeta'(x) = \sigma(x)$$

    $$\frac{d}{dx}\zeta(x) = \sigma(-x)$$
    """
    steps = doc_steps(body)
    assert [s.verdict.value for s in steps] == ["PROVED", "FAILED"]
    assert "softplus" in (steps[0].message or "")


def test_verify_check_knows_them(capsys) -> None:
    assert main(["check", r"\frac{d}{dx}\operatorname{softplus}(x)", r"\sigma(x)", "--points", "40"]) == ExitCode.OK
    assert main(["check", r"\frac{d}{dx}\operatorname{swish}(x)", r"\sigma(x)", "--points", "40"]) == ExitCode.REFUTED
    capsys.readouterr()
