r"""A "where" clause that defines a name and goes on computing it states a claim: ``where $d_i = h'(w x_i) = …$``.

After a display, "where $d_i = h'(w x_i) = 1 + \tanh^2(w x_i)$" defines d_i by its first link (the definitions
learner reads the first two members as the definition, "the rest is a chain the prose states"), and the display
was checked with it — but the rest was never a step: the prose's "where" is a condition cue, so the inline chain
was neither a claim nor a defining chain, and a wrong ``1 + \tanh^2`` (the derivative is 1 − tanh²) left the notes
green. "Let $d_i = h'(w x_i) = …$" was checked. A "where" clause whose chain defines a name and then computes
(a middle member that is no bare name) is read as "Let" is: its first link names, the links after it are checked.
"where $a = b = 0$" (values set together) and a two-member clause stay what they were.
"""

from __future__ import annotations

from support import verdicts_by_line

TANH = r"""With $h(z) = \tanh(z)$,
$$
\frac{\partial}{\partial w} \sum_{i=1}^n \tanh(w x_i) = \sum_{i=1}^n d_i x_i,
$$
where $d_i = h'(w x_i) = 1 {sign} \tanh^2(w x_i)$.
"""

PARTIAL = r"""$$
\frac{\partial}{\partial w} \sum_{i=1}^n \tanh(w x_i) = \sum_{i=1}^n d_i,
$$
where $d_i = \frac{\partial}{\partial w}\tanh(w x_i) = (1 {sign} \tanh^2(w x_i)) x_i$.
"""


def test_a_wrong_value_in_the_where_clause_is_failed() -> None:
    assert "FAILED" in verdicts_by_line(TANH.replace("{sign}", "+")).get(5, [])
    assert "FAILED" in verdicts_by_line(PARTIAL.replace("{sign}", "+")).get(4, [])


def test_the_right_value_there_is_not_failed() -> None:
    right = verdicts_by_line(TANH.replace("{sign}", "-"))
    assert right[3] == ["PROVED"] and "FAILED" not in right.get(5, [])
    assert "FAILED" not in verdicts_by_line(PARTIAL.replace("{sign}", "-")).get(4, [])


def test_values_set_together_in_a_where_clause_are_no_claim() -> None:
    note = "$$\n\\frac{\\partial}{\\partial a}(a + b)^2 = 2(a + b)\n$$\nwhere $a = b = 0$ at the start.\n"
    assert 4 not in verdicts_by_line(note)
