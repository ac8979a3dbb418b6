r"""A worked case stated as a list: "At $x = 1$, $w = 0.5$ and $b = 0$ we get $z = 0.5$" (documents.casevalues).

gaps41 read "When $x = 2$ and $w = 1$, $z = …$" — a defined name's value at a case — as a claim under every value
the clause fixes. Worked examples usually give their inputs as a list, with commas, and the result after a verb
("we get", "we have", "this gives"): the case read only the first value (x = 1), so the claim ``z = 0.5`` about
``z = wx + b`` was SKIPPED "a worked number against a definition over b, w, x, whose values the notes give only in
prose". Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# A numeric check

Let $z = w x + b$ and $h = \\tanh(z)$.

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "At $x = 1$, $w = 0.5$ and $b = 0$ we get $z = 0.5$.",
    "At $x = 1$, $w = 0.5$, $b = 0$ we have $z = 0.5$.",
    "When $x = 1$, $w = 0.5$, and $b = 0$, this gives $z = 0.5$.",
    "At $x = 1$, $w = 0.5$, $b = 0$ and $y = 3$ we get $z = 0.5$.",
])
def test_a_value_at_a_listed_case_is_checked_there(sentence: str) -> None:
    assert verdicts_by_line(_NOTE.format(sentence=sentence))[5] in (["PROVED"], ["PASSED"])


@pytest.mark.parametrize("sentence", [
    "At $x = 1$, $w = 0.5$ and $b = 0$ we get $z = 1.5$.",
    "At $x = 1$, $w = 0.5$, $b = 0$ we have $z = 1$.",  # an integer for the exact 0.5: a slip (alarm69)
])
def test_a_wrong_value_at_a_listed_case_is_failed(sentence: str) -> None:
    assert verdicts_by_line(_NOTE.format(sentence=sentence))[5] == ["FAILED"]


def test_a_list_with_a_formula_that_is_no_value_sets_no_further_case() -> None:
    # w^2 = 0.25 fixes no name: only x = 1 is the case, and z = 0.5 is not decided by it alone
    verdicts = verdicts_by_line(_NOTE.format(sentence="At $x = 1$, $w^2 = 0.25$ and $b = 0$ we get $z = 0.5$."))
    assert verdicts[5] not in (["PROVED"], ["PASSED"], ["FAILED"])


def test_a_listed_value_of_another_entry_of_a_name_is_no_case_of_the_definition() -> None:
    # w_2 and b_2 belong to the second layer: z = w_1 x + b_1 is decided by x, w_1 and b_1 alone
    note = ("# Two layers\n\nLet $z = w_1 x + b_1$ and $\\hat y = w_2 z + b_2$.\n\n"
            "At $x = 1$, $w_1 = 0.5$, $b_1 = 0$, $w_2 = 2$ and $b_2 = 0$ we get $z = {z}$.\n")
    assert verdicts_by_line(note.format(z="0.5"))[5] in (["PROVED"], ["PASSED"])
    assert verdicts_by_line(note.format(z="1.5"))[5] == ["FAILED"]
