r"""Superscript letters typed in Unicode (fresh64): ``eˣ``, ``xᵏ``, ``aᵖ`` are powers, as ``x²`` and ``xⁿ`` are;
``softplus′(x)`` is the derivative, as ``softplus'(x)`` is.

Notes typed in Unicode write ``softplus′(x) = eˣ/(1 + eˣ)`` or ``(1/n) ∑ᵢ xᵢᵖ``. The tokenizer read the
superscript digits and ⁱ ⁿ ᵀ, but stopped at every other superscript letter (ˣ, ʸ, ᵏ, ᵖ, ᵗ …): the
formula did not parse, so the step was no step and a wrong one passed unseen; a function word with a typed prime
(``softplus′``) was "a function written without brackets". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import parse_latex
from verifier.results import Verdict

_SOFTPLUS = """# softplus

$softplus(x) = log(1 + eˣ)$ and $softplus′(x) = eˣ/(1 + eˣ) = {rhs}$
"""


@pytest.mark.parametrize(("rhs", "last"), [("σ(x)", Verdict.PROVED), ("σ(−x)", Verdict.FAILED)])
def test_a_superscript_x_is_a_power(rhs: str, last: Verdict) -> None:
    steps = doc_steps(_SOFTPLUS.replace("{rhs}", rhs))
    assert steps and steps[-1].verdict is last, [s.message for s in steps]


def test_superscript_letters_read_as_the_caret_does() -> None:
    assert parse_latex("xᵏ + yᵖ + eᵗ") == parse_latex("x^{k} + y^{p} + e^{t}")


def test_a_function_word_primed_with_a_unicode_prime_is_its_derivative() -> None:
    assert parse_latex("softplus′(x)") == parse_latex("softplus'(x)")
    assert parse_latex("softplus″(x)") == parse_latex("softplus''(x)")
