"""A derivative stated in a sentence is a claim: "recall $\\tanh'(u) = 1 - \\tanh^2(u)$" is checked.

Inline formulas that only name a value, a case, a range or a definition are not steps
(``$y = 1$``, ``$i = 1, \\dots, n$``, ``$z = w^\\top x$``), and a ``$`` in code is never math.
"""

from __future__ import annotations

import textwrap

from verifier.documents.check import check_text
from verifier.documents.sources import read_sources
from verifier.engine import Settings

FAST = Settings(points=30)


def _steps(text: str, path: str = "t.md") -> dict[str, tuple[str, str]]:
    check = check_text(textwrap.dedent(text).lstrip(), path, FAST)
    return {s.lhs_latex.strip(): (s.verdict.value, s.message) for c in check.chains for s in c.result.steps}


def test_inline_derivatives_are_checked_and_a_wrong_one_fails() -> None:
    got = _steps(
        r"""
        The second derivative is $\frac{\partial^2}{\partial \mu^2} (\mu^3 - 3\mu) = 6\mu$, and
        we also have $\frac{d}{dx} x e^{x} = x e^{x}$ (a dropped term) for a real $x$.
        """
    )
    assert got[r"\frac{\partial^2}{\partial \mu^2} (\mu^3 - 3\mu)"][0] == "PROVED", got
    assert got[r"\frac{d}{dx} x e^{x}"][0] == "FAILED", got


def test_values_cases_ranges_and_definitions_in_sentences_are_not_steps() -> None:
    got = _steps(
        r"""
        For $i = 1, \dots, n$ let $z = w^\top x + b$ and, when $y = 1$, take $n = 100$ samples.
        `$\frac{d}{dx} x^2 = 3x$` is code.

        $$ \frac{d}{dt} t^2 = 2t $$
        """
    )
    assert list(got) == [r"\frac{d}{dt} t^2"], got
    assert got[r"\frac{d}{dt} t^2"][0] == "PROVED", got


def test_inline_math_is_found_by_the_document_parsers() -> None:
    md = read_sources("so $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$ and `$a'=b$`\n\n$$ x = y $$\n", "a.md")
    assert [b.text for b in md.inline] == ["\\sigma'(z) = \\sigma(z)(1-\\sigma(z))"]
    assert [b.text.strip() for b in md.blocks] == ["x = y"]
    tex = read_sources(
        "\\documentclass{article}\\begin{document}\nHence \\(f'(x) = 2x\\) and $g'(x) = 1$.\n\\end{document}\n",
        "a.tex",
    )
    assert [(b.line, b.text) for b in tex.inline] == [(2, "f'(x) = 2x"), (2, "g'(x) = 1")]
    assert tex.blocks == []


def test_an_inline_definition_of_a_letter_often_used_as_an_index_is_learned() -> None:
    """``Let $p = \\mathrm{softmax}(s)$``: p computes something, so it is a definition, not a range."""
    got = _steps(
        r"""
        Let $p = \mathrm{softmax}(s)$ for scores $s$, and $i = 1$.

        $$ \frac{\partial p_i}{\partial s_j} = p_i(\delta_{ij} - p_j) $$
        """
    )
    assert got[r"\frac{\partial p_i}{\partial s_j}"][0] == "PROVED", got
