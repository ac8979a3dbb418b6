r"""An index a written sum's condition names is the sum's parameter, not an implied sum (lead55).

A softmax over the candidates other than an anchor, ``p_k = \exp(s_{ik}) / \sum_{m \ne i} \exp(s_{im})``, writes
the anchor i in the numerator and in the sum's condition. In notes that declare no summation convention, the
definition's body was read with i repeated in two factors, so summed: p_k became ``\sum_i …``, every line using
p_j was SKIPPED ("index m is free here but has no value") and a wrong gradient ``(1 - p_j)`` after it went
unflagged (fresh26's NT-Xent wrong1, lost by stop 53's elementwise mend). A sum that excludes ``m = i`` says i is
one fixed value there: i is not summed around it. Every note here is written for this test."""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.documents.readings import einstein

_NOTE = r"""# Softmax over the other candidates

The similarities form a matrix $s \in \mathbb{R}^{n \times n}$. For an anchor $i$, the loss over the candidates
$k \ne i$ is

$$
\ell_i = -\log \frac{\exp(s_{ij})}{\sum_{k \ne i} \exp(s_{ik})} .
$$

Write $p_k = \exp(s_{ik}) / \sum_{m \ne i} \exp(s_{im})$ for the softmax over the candidates. Then

$$
\frac{\partial \ell_i}{\partial s_{ij}} = -1 + p_j = p_j - 1
$$
"""


def _is_index(name: str) -> bool:
    return name in ("i", "k", "m")


def test_an_index_in_a_sums_condition_is_not_summed_around_it() -> None:
    s, i, k, m = sp.IndexedBase("s"), sp.Symbol("i"), sp.Symbol("k"), sp.Symbol("m")
    total = sp.Sum(sp.Piecewise((sp.exp(s[i, m]), sp.Ne(i, m)), (0, True)), (m, 1, 3))
    body = sp.exp(s[i, k]) * total**-1
    assert einstein(body, _is_index, elementwise=True) == body


def test_the_softmax_over_the_other_candidates_checks_the_gradient() -> None:
    lines = verdicts_by_line(_NOTE)
    # the first link holds only for a positive j other than the anchor i, which this note does not say: not FAILED
    assert lines[13][0] != "FAILED" and lines[13][1] == "PROVED"
    wrong = verdicts_by_line(_NOTE.replace("= p_j - 1", "= 1 - p_j"))
    assert wrong[13][-1] == "FAILED"
