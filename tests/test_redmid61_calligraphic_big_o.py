r"""``\mathcal{O}(…)`` is asymptotic notation, no product of a name and a bracket.

redmid61 (an older bug: FAILED on d6411dfd): ``Then $\mathcal{O}(n^2) + \mathcal{O}(n) = \mathcal{O}(n^2)$ holds.``
was read as Ocal·n² + Ocal·n = Ocal·n² and FAILED "at Ocal = 1, n = -1", a right rule of the notation. A calligraphic
O before a bracket is always the order of growth: the member is left unread, with what it is (SKIPPED, never green:
the wrong ``= \mathcal{O}(n)`` is not proved either). A calligraphic O alone (a set, a loss named 𝒪) is a name as
before. Every example is written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text


def _steps(text: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message or "") for c in check_text(text, "notes.md").chains for s in c.result.steps]


@pytest.mark.parametrize("rhs", [r"\mathcal{O}(n^2)", r"\mathcal{O}(n)", r"\mathcal{O}\left(n^2\right)"])
def test_an_inline_rule_of_calligraphic_big_o_is_not_failed(rhs: str) -> None:
    # an inline formula the reader cannot read is left as prose (no step), as any other unread inline formula
    text = f"# Costs\n\nThen $\\mathcal{{O}}(n^2) + \\mathcal{{O}}(n) = {rhs}$ holds.\n"
    assert not any(v != "SKIPPED" for v, _ in _steps(text)), _steps(text)


@pytest.mark.parametrize("rhs", [r"\mathcal{O}(n^2)", r"\mathcal{O}(n^3)"])
def test_a_displayed_rule_of_calligraphic_big_o_is_skipped_with_its_reason(rhs: str) -> None:
    steps = _steps(f"# Costs\n\n$$\\mathcal{{O}}(n^2) + \\mathcal{{O}}(n) = {rhs}$$\n")
    assert [v for v, _ in steps] == ["SKIPPED"] and "asymptotic" in steps[0][1], steps


def test_a_calligraphic_o_alone_is_still_a_name() -> None:
    text = "# Sets\n\nWith $\\mathcal{O} = 2$ we get $\\mathcal{O} + 1 = 3$.\n"
    steps = _steps(text)
    assert steps and not any("asymptotic" in m for _, m in steps), steps
