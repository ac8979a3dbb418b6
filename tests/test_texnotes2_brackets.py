r"""A bracket the notes left out (verifier.documents.brackets), on small examples written here.

Before this reading, ``-\sum_{i=1}^n y_i\log(p_i) + (1-y_i)\log(1-p_i))`` (one ``(`` forgotten
after the sum) was "')' closes no bracket": the member, and so the definition it carried, was lost.
The repair is kept only when every place the bracket fits gives one reading; a place that leaves a
summation index outside its sum is no reading at all."""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents.brackets import restore_bracket
from verifier.documents.check import check_text
from verifier.documents.readings import read_member
from verifier.latex import LatexError, parse_latex
from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)


def _read(src: str) -> sp.Basic:
    return read_member(src, parse_latex).tree


def test_a_stray_closer_after_a_sum_opens_right_after_the_sum() -> None:
    tree = _read(r"-\sum_{i=1}^{n} y_i\log(p_i) + (1-y_i)\log(1-p_i))")
    sums = list(tree.atoms(sp.Sum))
    assert len(sums) == 1 and not (tree.free_symbols & {sp.Symbol("i")})
    assert sums[0].function.has(sp.log(1 - sp.IndexedBase("p")[sp.Symbol("i")]))  # the second term is summed


def test_a_stray_closer_at_the_end_that_every_place_reads_alike_is_just_dropped() -> None:
    tree = _read(r"-\log(a) - \sum_{k=1}^{K} \log b_k)")
    assert tree == _read(r"-\log(a) - \sum_{k=1}^{K} \log b_k")


def test_the_repair_is_reported_as_a_reading() -> None:
    member = read_member(r"(a + b) c)", parse_latex)
    assert any("bracket the notes left out" in r for r in member.readings)


def test_a_bracket_whose_place_is_in_doubt_stays_unreadable() -> None:
    with pytest.raises(LatexError):  # \log(a) + b or \log(a + b): nobody can tell
        _read(r"\log(a + b")
    with pytest.raises(LatexError):  # a - (b) - c or a - (b - c)
        _read(r"a - (b - c")


def test_other_errors_are_not_repaired() -> None:
    try:
        parse_latex(r"a + ")
    except LatexError as exc:
        assert restore_bracket("a + ", parse_latex, exc) is None
    else:  # pragma: no cover - the grammar refuses a dangling operator
        pytest.fail("a dangling '+' parsed")


_NOTES = (
    "\\documentclass{article}\n\\begin{document}\n"
    "The loss is\n\\[\nL = -\\sum_{i=1}^{n} y_i\\log(p_i) + (1-y_i)\\log(1-p_i))\n\\]\n"
    "so that\n\\[\n\\frac{\\partial L}{\\partial p_1} = RHS\n\\]\n"
    "\\end{document}\n"
)


def _last(rhs: str) -> Verdict:
    check = check_text(_NOTES.replace("RHS", rhs), "notes.tex")
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[-1].verdict


def test_a_definition_with_a_forgotten_bracket_is_learned_and_used() -> None:
    assert _last("-\\frac{y_1}{p_1} + \\frac{1-y_1}{1-p_1}") in _GOOD


def test_a_wrong_derivative_of_that_definition_is_not_green() -> None:
    assert _last("-\\frac{y_1}{p_1} - \\frac{1-y_1}{1-p_1}") not in _GOOD


def test_the_definition_step_says_how_its_bracket_was_read() -> None:
    check = check_text(_NOTES.replace("RHS", "0"), "notes.tex")
    first = next(s for c in check.chains for s in c.result.steps)
    assert first.verdict is Verdict.SKIPPED and "bracket the notes left out" in (first.message or "")
