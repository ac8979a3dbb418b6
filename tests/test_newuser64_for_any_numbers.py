r""""For any numbers $a$, $b$, $c$," leading into a display says the equation is an identity in them
(documents.forallnames).

The bias-variance notes write "A scalar identity behind it. For any numbers $a$, $b$, $c$," and then
``(a - c)^2 = (a - b)^2 + 2(a - b)(b - c) + (b - c)^2``. An equation between undeclared names is SKIPPED "nothing
says it is an identity (it may hold only for particular values)": so the same display with the 2 dropped was
SKIPPED too, a plant lost. The sentence that quantifies every name of the step over all (real) numbers says it: a
wrong identity is FAILED. A restriction ("for any positive $a$"), a name left out of the quantifier, or a
quantifier in an earlier sentence leaves the step as it was.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.forallnames import quantified_before

NOTE = "# Identity\n\n{lead}\n$$\n(a - c)^2 = (a - b)^2 + {two}(a - b)(b - c) + (b - c)^2 .\n$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "For any numbers $a$, $b$, $c$,",
        "For all real $a, b, c$ we have",
        "A scalar identity behind it. For any $a$, $b$ and $c$:",
        "**A scalar identity behind it.** For any numbers $a$, $b$, $c$,",  # a bold label before it
    ],
)
def test_a_wrong_identity_for_every_value_is_failed(lead: str) -> None:
    assert verdicts_by_line(NOTE.format(lead=lead, two=""))[5] == ["FAILED"]


def test_the_right_identity_is_proved() -> None:
    assert verdicts_by_line(NOTE.format(lead="For any numbers $a$, $b$, $c$,", two="2"))[5] == ["PROVED"]


@pytest.mark.parametrize(
    "lead",
    [
        "For any positive $a$, $b$, $c$,",  # a restriction: not every value
        "For any numbers $a$ and $b$,",  # c is not quantified
        "For any numbers $a$, $b$, $c$. Then at the optimum",  # the quantifier is not the lead-in
        "Suppose that",
    ],
)
def test_other_lead_ins_leave_it_skipped(lead: str) -> None:
    assert verdicts_by_line(NOTE.format(lead=lead, two=""))[5] == ["SKIPPED"]


def test_the_names_quantified() -> None:
    assert quantified_before("For any numbers $a$, $b$, $c$,\n$$") == {"a", "b", "c"}
    assert quantified_before(r"For all $x, \lambda \in \mathbb{R}$:") == {"x", "lambda"}
    assert quantified_before("For any positive $a$,") == set()
    assert quantified_before("We fix $a$. For a particular $a$,") == set()
