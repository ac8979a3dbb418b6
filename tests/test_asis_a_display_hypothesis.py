r"""A hypothesis stated before a display holds for its later rows too.

A lemma's statement ("given vectors $u$, $v$ and a symmetric matrix $S$") comes before its claim and a
derivation in an ``array`` whose ``\Rightarrow`` row starts a chain of its own, several lines below.
The reader looks for "symmetric" in the few lines before the display that row belongs to (from the
start of the sentence they cut), not before the row. Small examples written here.
"""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
First a lemma: given column vectors $u$ and $v,$ and a SAID matrix
$S,$

$$\nabla_v [ (u-v)^T S (u-v) ] = -2S(u-v).$$

We look at the $k$-th coordinate of the gradient.
Let $q = (u-v)^T S (u-v).$ Then, with repeated indices summed,

$$\begin{array}{crcl}
& q & = & (u_i - v_i)s_{ij}(u_j-v_j) \\
\Rightarrow & [\nabla_v]_k q & = & -s_{kj}(u_j - v_j) - (u_i - v_i)s_{ik} \\
 & & = & RHS. \\
\end{array}$$
"""


def _last(said: str, rhs: str):
    return doc_steps(_NOTES.replace("SAID", said).replace("RHS", rhs))[-1]


def test_the_row_of_a_display_is_read_with_the_symmetric_matrix_said_before_it() -> None:
    r = _last("symmetric", "-2S(u-v)")
    assert r.verdict.name == "PROVED", r.message
    assert "S symmetric, as the notes say" in r.message, r.message


def test_a_wrong_factor_is_not_green() -> None:
    r = _last("symmetric", "-S(u-v)")
    assert r.verdict.name in ("FAILED", "SKIPPED"), r.message


def test_without_symmetric_the_row_is_not_green() -> None:
    r = _last("square", "-2S(u-v)")
    assert r.verdict.name in ("FAILED", "SKIPPED"), r.message
