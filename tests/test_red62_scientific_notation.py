r"""``1e-8`` written against its digits is scientific notation as often as 1·e − 8: it is not read.

Notes give hyper-parameters as code prints them: ``$\gamma_0 = 7e-05$`` (a corpus homework), ``$\epsilon =
1e-8$``, and typed without LaTeX ```ε = 1e−8``` (fresh64's typed math reads that span). The tokenizer read
``1e-8`` as the number 1 times Euler's e minus 8 = −5.28, so ε was defined as −5.28 and a right worked step
with it, ``\epsilon \cdot 10^8 = 1``, was FAILED ("left -528171817.15"). Where a number is written against an
``e`` and a signed or plain exponent (``1e-8``, ``2.5e3``, ``7e-05``) the tokenizer reads no Euler product (write
``e - 8`` with spaces for Euler's number); a step is read with the number's power of ten and says so
(documents.enotation, redcat62). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps, verdicts_by_line


@pytest.mark.parametrize(
    "stated",
    ["$\\epsilon = 1e-8$", "`ε = 1e−8`", "$\\epsilon=1e-8$", "$\\epsilon = 1.0e-08$"],
)
def test_a_value_in_scientific_notation_is_no_euler_product(stated: str) -> None:
    note = f"# Adam\n\nWe train with {stated}.\n\nWith the value: $\\epsilon \\cdot 10^8 = 1$.\n"
    assert verdicts_by_line(note).get(5, ["none"]) != ["FAILED"]


def test_a_step_written_in_scientific_notation_is_read_as_its_power_of_ten_and_says_so() -> None:
    # merged with redcat62's E-notation reading (documents.enotation): the tokenizer reads no 1·e − 5, so a step
    # written in E notation is read with its power of ten, said with the step; wrong there, it is FAILED
    steps = doc_steps("# Rate\n\n$$7e-05 \\cdot 2 = 1.4e-04$$\n")
    assert [s.verdict.name for s in steps] == ["PROVED"]
    assert "E notation" in (steps[0].message or "")
    wrong = doc_steps("# Rate\n\n$$7e-05 \\cdot 2 = 1.4e-05$$\n")
    assert [s.verdict.name for s in wrong] == ["FAILED"]


def test_euler_written_with_spaces_is_read_as_before() -> None:
    assert verdicts_by_line("# E\n\n$$2e - 1 = e + e - 1$$\n")[3] == ["PROVED"]
    assert verdicts_by_line("# E\n\n$$2e - 1 = e - 1$$\n")[3] == ["FAILED"]
