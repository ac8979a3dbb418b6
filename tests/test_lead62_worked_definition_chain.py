r"""A first inline definition that goes on as a worked chain is read with its stated values (the probe collection).

fresh59's logistic-smoothness note ends "For a single point $x = (1, 2)^\top$ the bound is $L = \frac14\|x\|^2$ …
The gradient step there is $w_1 = 0 - \frac{1}{L}(\sigma(0) - 1) y\, x = \frac45 \cdot \frac12\, y\, x$." redmid62's
rule that keeps a line-opening definition out of its own chain (a restatement "Now $\mathrm{ESS} = n^2 = n \cdot n$"
was checked against itself) also took w_1's *first* definition from its chain, which was then checked with x free
and FAILED (a false alarm). Only a restatement of a name defined before is kept from its own chain."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""For a single point $x = (1, 2)^\top$ the bound is $L = \frac14\|x\|^2$.

The gradient step there is $w_1 = 0 - \frac{1}{L}\bigl(\sigma(0) - 1\bigr) y\, x = \frac45 \cdot \frac12\, y\, x$.
"""


def test_a_worked_chain_after_a_first_inline_definition_is_no_false_alarm() -> None:
    assert "FAILED" not in verdicts_by_line(_NOTE).get(3, [])


def test_a_wrong_worked_value_there_is_not_green() -> None:
    got = verdicts_by_line(_NOTE.replace(r"= \frac45 \cdot \frac12", r"= \frac45 \cdot \frac13"))
    assert not set(got.get(3, [])) <= {"PROVED", "PASSED"}
