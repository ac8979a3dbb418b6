r"""``\intertext{…}`` (and ``\shortintertext``) inside an ``align`` is prose between two rows: it
ends the row before it, the row after it is a row of its own, and the inline formulas in it are
the notes' prose (definitions made there hold for the rows after it). Every example is written
here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.sources import read_sources
from verifier.engine import Settings
from verifier.latex.chains import join_chains

SETTINGS = Settings(points=30)


def _tex(body: str) -> str:
    return "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n" + body + "\\end{document}\n"


def _chains(text: str) -> list[list[str]]:
    src = read_sources(text, "hw.tex")
    return [[m.latex for m in c.members] for c in join_chains(src.blocks)]


def _verdicts(text: str) -> dict[tuple[int, str], str]:
    check = check_text(text, "hw.tex", SETTINGS)
    return {
        (line, s.rhs_latex): s.verdict.value
        for c in check.chains
        for s, line in zip(c.result.steps, c.step_lines, strict=True)
    }


ALIGN = _tex(
    "\\begin{align*}\n"  # 4
    "u(x) &= x^2 + 2x \\\\\n"  # 5
    "     &= x(x + 2) .\n"  # 6
    "\\intertext{and in the same way, with $v(x) = e^{2x}$,}\n"  # 7
    "v'(x) &= 2e^{2x} .\n"  # 8
    "\\end{align*}\n"
)


def test_intertext_ends_a_row_and_the_next_row_starts_a_chain() -> None:
    chains = _chains(ALIGN)
    assert chains == [["u(x)", "x^2 + 2x", "x(x + 2)"], ["v'(x)", "2e^{2x}"]]


def test_intertext_prose_is_not_part_of_a_member() -> None:
    for members in _chains(ALIGN):
        assert not any("intertext" in m or "same way" in m for m in members)


def test_inline_formula_inside_intertext_is_prose_math() -> None:
    src = read_sources(ALIGN, "hw.tex")
    assert [(b.line, b.text) for b in src.inline] == [(7, "v(x) = e^{2x}")]


def test_definition_made_in_intertext_holds_for_the_rows_after_it() -> None:
    verdicts = _verdicts(ALIGN)
    assert verdicts[(6, "x(x + 2)")] == "PROVED"
    assert verdicts[(8, "2e^{2x}")] == "PROVED"


def test_a_wrong_row_after_intertext_is_found() -> None:
    wrong = ALIGN.replace("v'(x) &= 2e^{2x}", "v'(x) &= e^{2x}")
    assert _verdicts(wrong)[(8, "e^{2x}")] == "FAILED"


def test_chain_continues_after_intertext_when_the_row_starts_with_a_relation() -> None:
    text = _tex(
        "\\begin{align*}\n"
        "(a + b)^2 &= a^2 + ab + ba + b^2\n"
        "\\intertext{since $ab = ba$ for numbers,}\n"
        "&= a^2 + 2ab + b^2\n"
        "\\end{align*}\n"
    )
    assert _chains(text) == [["(a + b)^2", "a^2 + ab + ba + b^2", "a^2 + 2ab + b^2"]]


def test_shortintertext_and_row_break_before_it() -> None:
    text = _tex("\\begin{align*}\np &= q + 1 \\\\\n\\shortintertext{so}\nr &= s\n\\end{align*}\n")
    assert _chains(text) == [["p", "q + 1"], ["r", "s"]]
