r"""A family defined by a formula in its index is read at its numbered entries (misses42, fresh30).

"$$E_n = \sum_{j=1}^{n} \beta^{j-1}$$ … $E_{10} \approx 9.65$" (the value is 9.56): E_n was not learned (E read as
an expectation), E_{10} was "not declared" or no step at all, so the wrong value was left green. n is a size of
the body (the sum's bound), so E_n is one quantity; its numbered entries are the body at that size
(documents.sizedfamilies)."""

from __future__ import annotations

import pytest
import sympy as sp
from support import verdicts_by_line

from verifier.documents.context import Definition
from verifier.documents.sizedfamilies import entry_definitions, is_sized_entry
from verifier.latex import parse_latex

_NOTE = (
    "# Effective number\n\n"
    "The effective number of $n$ samples is\n\n"
    "$$NAME_n = \\sum_{j=1}^{n} \\beta^{j-1} = \\frac{1 - \\beta^n}{1 - \\beta}.$$\n\n"
    "With $\\beta = 0.99$: $0.99^{100} \\approx 0.366$, so $NAME_{100} = \\frac{1 - 0.366}{0.01} \\approx 63.4$.\n\n"
    "For ten samples $NAME_{10} \\approx TEN$.\n"
)


def _note(name: str = "E", ten: str = "9.56") -> str:
    return _NOTE.replace("NAME", name).replace("TEN", ten)


def test_the_entries_written_later_are_defined_as_the_body_at_their_size() -> None:
    d = Definition(("E", ("n",)), "\\sum_{j=1}^{n} \\beta^{j-1}", line=3)
    right = parse_latex(d.body)
    text = "$$E_n = …$$ then $E_{10}$, $E_3$ and $E_{10}$ again, $F_{2}$, $E_{4}^2$."
    entries = entry_definitions(d, "E", right, text, 10, parse_latex)
    assert [e.key for e in entries] == [("E", ("10",)), ("E", ("3",))]
    assert parse_latex(entries[0].body) == right.subs(sp.Symbol("n"), 10)
    # a command that starts with the index's letter (\nu) is left as it is
    odd = Definition(("E", ("n",)), "\\sum_{j=1}^{n} \\beta^{j-1} + \\nu n", line=3)
    assert len(entry_definitions(odd, "E", parse_latex(odd.body), text, 10, parse_latex)) == 2
    assert is_sized_entry(parse_latex("E_{10}"), {("E", ("10",)): 3}, 5)
    assert not is_sized_entry(parse_latex("E_{10}"), {("E", ("10",)): 3}, 2)
    assert not is_sized_entry(parse_latex("E_{n}"), {("E", ("10",)): 3}, 5)


@pytest.mark.parametrize("name", ["E", "G"])
def test_right_entries_are_green(name: str) -> None:
    lines = verdicts_by_line(_note(name))
    assert lines[7] == ["PASSED", "PASSED", "PROVED"], lines  # E_100 was SKIPPED "not declared"
    assert lines[9] == ["PASSED"], lines  # E_10 ≈ 9.56 was no step at all


@pytest.mark.parametrize("name", ["E", "G"])
def test_a_wrong_entry_is_never_green(name: str) -> None:
    lines = verdicts_by_line(_note(name, ten="9.65"))
    assert lines[9][0] in ("FAILED", "SKIPPED"), lines  # SKIPPED: β is stated, a value of the defined E_10
