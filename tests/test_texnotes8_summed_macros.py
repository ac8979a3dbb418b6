r"""A macro the notes do not define (from a file they ``\input``) written inside a sum may stand for an
entry that depends on the sum's index (``\yi`` for the i-th label): a step that holds only with it
read as one number for every i is not green (documents.opaque, latex.opaque.summed_guesses). Before,
``\sum_{i=1}^n \yi = n \yi`` was PROVED. Small notes written for the test."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.latex.opaque import summed_guesses, with_summed_entries
from verifier.latex.parser import parse_latex

FAST = Settings(points=30)

_HEAD = "\\documentclass{article}\n\\input{course-macros}\n\\begin{document}\nWe have $m$ samples.\n"


def _verdicts(body: str) -> dict[int, tuple[str, str]]:
    check = check_text(_HEAD + body + "\\end{document}\n", "notes.tex", FAST)
    return {line: (s.verdict.value, s.message)
            for ch in check.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)}


def test_summed_guesses_names_the_macro_and_the_index() -> None:
    assert summed_guesses(parse_latex(r"\sum_{k=1}^m \lab + m \lab")) == {"\\lab": {"k"}}
    assert summed_guesses(parse_latex(r"\sum_{k=1}^m \w_k")) == {}  # an entry: it depends on k as written
    assert summed_guesses(parse_latex(r"m \lab")) == {}


def test_a_restated_sum_is_one_formula_with_the_macro_read_as_an_entry() -> None:
    a = with_summed_entries(parse_latex(r"\sum_{k=1}^m \lab"))
    assert a == with_summed_entries(parse_latex(r"\sum_{k=1}^{m} \lab"))
    assert a != with_summed_entries(parse_latex(r"m \lab"))


@pytest.mark.parametrize("claim", [r"\sum_{k=1}^m \lab = m \lab", r"\prod_{k=1}^m \lab = \lab^m"])
def test_a_sum_of_a_macro_taken_as_a_multiple_is_not_green(claim: str) -> None:
    verdict, why = _verdicts(f"$$ {claim} $$\n")[5]
    assert verdict == "SKIPPED", (verdict, why)
    assert "inside a sum over k" in why


def test_a_macro_summed_in_a_definition_the_step_reaches_is_not_green() -> None:
    v = _verdicts("Let\n$$ R = \\sum_{k=1}^m \\lab $$\nso\n$$ R = m \\lab $$\n")
    assert v[8][0] not in ("PROVED", "PASSED"), v[8]


def test_a_macro_outside_sums_and_a_restated_sum_keep_their_verdicts() -> None:
    v = _verdicts("$$ \\lab + \\lab = 2 \\lab $$\nand\n$$ \\sum_{k=1}^m \\lab = \\sum_{k=1}^{m} \\lab $$\n")
    assert v[5][0] == "PROVED", v[5]
    assert v[7][0] in ("PROVED", "PASSED"), v[7]
