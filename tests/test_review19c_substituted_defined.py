r"""A name the notes define in their prose (inline, before the chain, or in the "where" sentence after
it) is no name to define by a formula a chain writes out under a derivative (documents.substituted):
the chain's formula is checked against the notes' definition. Before, inline definitions were
learned after the chains, so a wrong sigmoid written out mid-chain was taken as the definition of a
(its link SKIPPED instead of FAILED) and a later line that holds only for the wrong sigmoid was green.
Small notes written for the test."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_CHAIN = r"""
$$ L = -\log(a) $$
so that
$$
\begin{align}
\frac{\partial L}{\partial z} &= -\frac{1}{a}\frac{\partial}{\partial z} a \\
&= -\frac{1}{a}\frac{\partial}{\partial z} \frac{1}{1+e^{z}} \\
&= \frac{1}{a} a(1-a)
\end{align}
$$
"""

_BEFORE = "The output is $a = \\frac{1}{1+e^{-z}}$, the sigmoid of the score. The loss is\n" + _CHAIN + r"""
Hence $\frac{d a}{d z} = -a(1-a)$.
"""

_AFTER = "The loss is\n" + _CHAIN + r"""
where $a = \frac{1}{1+e^{-z}}$ is the sigmoid of the score.
"""


def _verdicts(text: str) -> dict[int, tuple[str, str]]:
    check = check_text(text.lstrip("\n"), "t.md", FAST)
    return {line: (s.verdict.value, s.message)
            for ch in check.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)}


def test_a_wrong_formula_for_a_name_defined_inline_before_fails() -> None:
    v = _verdicts(_BEFORE)
    assert v[8][0] == "FAILED", v[8]  # the sign slip in the sigmoid: not the notes' a
    assert v[13][0] == "FAILED", v[13]  # da/dz = -a(1-a) holds only for the slipped sigmoid


def test_a_wrong_formula_for_a_name_defined_in_the_where_sentence_fails() -> None:
    v = _verdicts(_AFTER)
    assert v[8][0] == "FAILED", v[8]


def test_the_right_formula_for_a_name_defined_inline_is_not_failed() -> None:
    v = _verdicts(_BEFORE.replace(r"\frac{1}{1+e^{z}}", r"\frac{1}{1+e^{-z}}")
                  .replace(r"&= \frac{1}{a} a(1-a)", r"&= -\frac{1}{a} a(1-a)")
                  .replace("= -a(1-a)$", "= a(1-a)$"))
    assert all(verdict != "FAILED" for verdict, _ in v.values()), v
    assert v[8][0] in ("PROVED", "PASSED"), v[8]
