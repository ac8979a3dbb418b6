r"""``1e-8`` written against its digits is scientific notation as often as 1·e − 8: it is not read.

Notes give hyper-parameters as code prints them: ``$\gamma_0 = 7e-05$`` (a corpus homework), ``$\epsilon =
1e-8$``, and typed without LaTeX ```ε = 1e−8``` (fresh64's typed math reads that span). The tokenizer read
``1e-8`` as the number 1 times Euler's e minus 8 = −5.28, so ε was defined as −5.28 and a right worked step
with it, ``\epsilon \cdot 10^8 = 1``, was FAILED ("left -528171817.15"). Where a number is written against an
``e`` and a signed or plain exponent (``1e-8``, ``2.5e3``, ``7e-05``) no reading is sure, so the formula is not
read, saying to write ``10^{-8}`` (or ``e - 8`` with spaces for Euler's number). Every example is written here."""

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


def test_a_step_written_in_scientific_notation_says_what_to_write() -> None:
    steps = doc_steps("# Rate\n\n$$7e-05 \\cdot 2 = 1.4e-04$$\n")
    assert [s.verdict.name for s in steps] == ["SKIPPED"]
    assert "scientific notation" in steps[0].message and "10^{" in steps[0].message


def test_euler_written_with_spaces_is_read_as_before() -> None:
    assert verdicts_by_line("# E\n\n$$2e - 1 = e + e - 1$$\n")[3] == ["PROVED"]
    assert verdicts_by_line("# E\n\n$$2e - 1 = e - 1$$\n")[3] == ["FAILED"]
