r"""A relation written as the event of a probability (issue 8; ctx58): ``p(i >_u j \mid \Theta)``.

Ranking notes (Bayesian personalised ranking, pairwise preferences) write the probability that user ``u``
prefers item ``i`` to item ``j`` as ``p(i >_u j | \Theta)``. The event depends on ``u``, ``i`` and ``j``;
read as one named quantity it would not change with ``i`` and ``j`` under ``\prod_{u,i,j}`` (a false
PROVED), and a family over one index cannot carry three. So it stays unread, and the reason says what the
event is and why it is not read (it was "a subscript inside a conditional probability that is not on a
name", which says neither). Small notes written here, in Markdown and in LaTeX.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import LatexError, parse_latex


def test_a_subscripted_relation_inside_a_probability_is_refused_naming_the_relation() -> None:
    for text in (r"p(i >_u j \mid \Theta)", r"p( i >_{u} j |\Theta)", r"P(a <_k b | w)"):
        with pytest.raises(LatexError, match=r"a relation with a subscript \(.*\) as the event") as caught:
            parse_latex(text)
        assert "not read as one named quantity" in str(caught.value), text


def test_a_plain_comparison_event_is_still_a_named_quantity() -> None:
    # no subscript on the relation: the event is one quantity of the letters written (as before ctx58)
    assert str(parse_latex(r"P(y > 0 | x)")) == "P(y>0|x)"


_MD = r"""
The probability that user $u$ prefers item $i$ to item $j$:

$$
p(i >_u j \mid \Theta) = \sigma(\hat x_{uij})
$$
"""

_TEX = r"""
\documentclass{article}
\begin{document}
The probability that user $u$ prefers item $i$ to item $j$:
\[
  p(i >_u j \mid \Theta) = \sigma(\hat x_{uij})
\]
\end{document}
"""


@pytest.mark.parametrize(("body", "path"), [(_MD, "t.md"), (_TEX, "t.tex")])
def test_a_step_with_a_preference_event_is_skipped_with_the_relation_named(body: str, path: str) -> None:
    steps = doc_steps(body, path)
    assert steps, "the display is a step"
    for step in steps:
        assert step.verdict.name == "SKIPPED", (step.verdict, step.message)
        assert "a relation with a subscript (i >_u j)" in step.message, step.message
