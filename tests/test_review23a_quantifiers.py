r"""review23a: a display that quantifies its variable over all of R is not read under a prose range.

"For $x < 0$ … $$\forall x \in \mathbb{R},\ \sqrt{x^2} = -x$$": the display states its own domain,
the whole real line, where the formula is wrong; the range of the prose before it (x < 0) was taken
as "the prose states" and the step was PROVED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.latex.quantifiers import over_the_reals, split_quantifier
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(text: str) -> list[Verdict]:
    check = check_text(text, "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps]


def test_the_names_a_chain_quantifies_over_the_reals() -> None:
    assert over_the_reals(["for all x \\in \\mathbb{R}", "shape 3"]) == frozenset({"x"})
    assert over_the_reals(["for all x > 0", "for all t \\in \\mathbb{R}_+"]) == frozenset()


def test_a_display_over_the_reals_is_not_read_with_a_prose_range() -> None:
    text = "# Notes\n\nFor $x < 0$ note that\n\n$$\n\\forall x \\in \\mathbb{R},\\quad \\sqrt{x^2} = -x\n$$\n"
    assert not set(_verdicts(text)) & set(_GREEN)
    # the prose range of another letter still holds, and a display quantified over x > 0 keeps its own range
    right = "# Notes\n\nFor $y < 0$ note that\n\n$$\n\\forall x \\in \\mathbb{R},\\quad \\sqrt{x^2 y^2} = -y|x|\n$$\n"
    assert _verdicts(right) == [Verdict.PROVED]


def test_a_quantifier_on_a_line_of_its_own_keeps_the_lines() -> None:
    condition, row = split_quantifier("\\forall x > 0,\n\\quad \\sqrt{x^2} = x")
    assert condition == "x > 0" and row.count("\n") == 1
    check = check_text("# N\n\n$$\n\\forall x > 0,\n\\quad \\sqrt{x^2} = x\n$$\n", "notes.md")
    assert [line for ch in check.chains for line in ch.step_lines] == [5]
