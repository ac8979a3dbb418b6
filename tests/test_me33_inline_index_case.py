r"""An index case written just before an inline formula restricts it: "for $i \neq j$, $… = -p_ip_j$".

Notes state the two cases of the softmax Jacobian in one sentence: "so for $i = j$, $\frac{\partial p_i}{\partial
z_i} = p_i(1 - p_i)$, and for $i \neq j$, $\frac{\partial p_i}{\partial z_j} = -p_i p_j$." A case before a display
("For $i \neq j$:") and after one ("$$…$$ for $i \neq j$.") restricts it (documents.cases); before an inline
formula it did not, and the correct off-diagonal entry was SKIPPED "a case split the notes may assume".
The case right before an inline formula of its sentence is its condition; a wrong entry under it is FAILED."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
For the softmax $p_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$, for $i = j$, $\frac{\partial p_i}{\partial z_i} = p_i(1 - p_i)$,
and for $i \neq j$, $\frac{\partial p_i}{\partial z_j} = ENTRY$.
"""


def test_the_off_diagonal_entry_under_its_inline_case_is_proved() -> None:
    # -p_i p_j is false at i = j: proved only where the case is read
    steps = doc_steps(_NOTE.replace("ENTRY", "-p_i p_j"))
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


def test_a_wrong_entry_under_it_fails() -> None:
    steps = doc_steps(_NOTE.replace("ENTRY", "-p_i (1 - p_j)"))
    assert steps[-1].verdict.value == "FAILED", steps[-1].message
