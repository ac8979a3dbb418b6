r"""A name defined through a probability the notes never define and written out in the same chain is
the written-out formula (documents.writtenout); a prose definition split over two inline formulas
(``$\ell = \log p(y|x) =$ $…$``) is one. Every example is written here."""

from __future__ import annotations

import re

from support import doc_steps

from verifier.documents.writtenout import joined_inline

GREEN = ("PROVED", "PASSED")
DISPLAY = r"""
For one sample, the log-likelihood is

$$\ell(w) = \log p(t \mid u; w) = t w^T u - \log(1 + e^{w^T u}).$$

Then
"""
INLINE = r"""
For a count $k$, let $r(w) = \log(p(k|u)) =$ $k w^T u - e^{w^T u}.$ Then
"""


def _last(notes: str, latex: str):
    return doc_steps(f"{notes}\n$$\n{latex}\n$$\n")[-1]


def test_the_name_is_the_written_out_formula() -> None:
    r = _last(DISPLAY, r"\frac{\partial}{\partial w_j}\ell(w) = t u_j - \frac{u_j e^{w^T u}}{1 + e^{w^T u}}")
    assert r.verdict.value in GREEN, r.message


def test_a_wrong_derivative_of_it_is_not_green() -> None:
    r = _last(DISPLAY, r"\frac{\partial}{\partial w_j}\ell(w) = t u_j + \frac{u_j e^{w^T u}}{1 + e^{w^T u}}")
    assert r.verdict.value not in GREEN


def test_a_definition_split_over_two_inline_formulas_is_one() -> None:
    r = _last(INLINE, r"\frac{\partial}{\partial w_j}r(w) = k u_j - u_j e^{w^T u}")
    assert r.verdict.value in GREEN, r.message
    assert _last(INLINE, r"\frac{\partial}{\partial w_j}r(w) = k u_j + u_j e^{w^T u}").verdict.value not in GREEN


def test_only_formulas_ending_with_equals_and_touching_are_joined() -> None:
    text = "$a = b =$ $c$ and $d = e$ then $f =$, so $g$"
    pattern = re.compile(r"(?<![$\\])\$(?!\$)([^$]+?)(?<!\\)\$(?!\$)")
    bodies = [body for _, body in joined_inline(text, list(pattern.finditer(text)))]
    assert bodies == ["a = b = c", "d = e", "f =", "g"]
