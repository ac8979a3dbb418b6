r"""A row continued under two side-by-side equations continues each in its own column pair (review33b).

``u &= (x+1)^2 & v &= (x-1)^2 \\ &= x^2 + 2x + 1 & &= x^2 - 2x + 1``: the continuation's first pair goes on
with u, its second with v. Joined in document order, the whole continuation row went on with v alone, so the
correct notes FAILED, and a continuation of u that only v's expansion satisfies (``&= x^2 - 2x + 1`` under u)
was PROVED: a false pass."""

from __future__ import annotations

from verifier.documents.check import check_text

_NOTES = ("\\documentclass{{article}}\n\\begin{{document}}\n\\begin{{align}}\n{rows}\n"
          "\\end{{align}}\n\\end{{document}}\n")
_HEAD = "u &= (x+1)^2 & v &= (x-1)^2 \\\\\n"


def _verdicts(rows: str) -> list[str]:
    result = check_text(_NOTES.format(rows=rows), "notes.tex")
    return [s.verdict.value for ch in result.chains for s in ch.result.steps]


def test_each_column_pair_continues_its_own_equation() -> None:
    verdicts = _verdicts(_HEAD + "&= x^2 + 2x + 1 & &= x^2 - 2x + 1")
    assert "FAILED" not in verdicts
    assert verdicts.count("PROVED") >= 2


def test_a_wrong_continuation_of_the_first_equation_fails() -> None:
    assert "FAILED" in _verdicts(_HEAD + "&= x^2 - 2x + 1")
    assert "FAILED" in _verdicts(_HEAD + "&= x^2 - 2x + 1 & &= x^2 + 2x + 1")


def test_a_continuation_of_the_second_column_only_continues_the_second() -> None:
    assert "FAILED" not in _verdicts(_HEAD + "& & &= x^2 - 2x + 1")
    assert "FAILED" in _verdicts(_HEAD + "& & &= x^2 + 2x + 1")


def test_each_equation_keeps_its_line() -> None:
    result = check_text(_NOTES.format(rows=_HEAD + "&= x^2 + 2x + 1 & &= x^2 - 2x + 1"), "notes.tex")
    assert [ch.step_lines[0] for ch in result.chains] == [4, 4]


def test_a_condition_column_stays_with_its_row() -> None:
    rows = "g(x) &= \\sqrt{x^2} &\\qquad& x > 0 \\\\\n     &= x &&"
    text = ("\\documentclass{article}\n\\begin{document}\n\\begin{alignat}{2}\n" + rows
            + "\n\\end{alignat}\n\\end{document}\n")
    verdicts = [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]
    assert verdicts[-1] == "PROVED", verdicts
