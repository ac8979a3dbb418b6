r"""review22e: the macro expansion budget shared by a whole note (iso14) must not leave a note's own,
ordinary macro uses unexpanded: a long note that uses its shorthand more often than the budget, or a
note with one mistaken recursive definition (``\newcommand{\foo}{\foo x}``) in one display, then read
every later display as written ("unsupported command \sq") and its steps were lost (SKIPPED), where
each display had had a budget of its own before. A bomb must still cost a bounded number of
expansions (tests/test_iso14_macro_bomb.py)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents import macros
from verifier.documents.sources import read_sources

SQ = r"\newcommand{\sq}[1]{{#1}^2}"


def test_a_long_note_expands_every_use_of_its_shorthand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(macros, "MAX_EXPANSIONS", 100)  # the notes below use \\sq 300 times
    uses = "+".join([r"\sq{x}"] * 10)
    members = [f"\\frac{{d}}{{dx}}\\left({uses}\\right) = 20 x" for _ in range(30)]
    markdown = "\n\n".join([f"$${SQ}$$", *[f"$${m}$$" for m in members]]) + "\n"
    tex = "\n".join([SQ, "\\begin{document}", *[f"\\[{m}\\]" for m in members], "\\end{document}"]) + "\n"
    for text, path in ((markdown, "notes.md"), (tex, "notes.tex")):
        read = [b.text for b in read_sources(text, path).blocks if "frac" in b.text]
        assert len(read) == 30, path
        assert all("\\sq" not in t and "{x}^2" in t for t in read), path


def test_a_recursive_definition_in_one_display_does_not_unexpand_the_rest_of_the_note() -> None:
    text = f"$${SQ} \\newcommand{{\\foo}}{{\\foo x}}$$\n\n$$\\foo = 1$$\n\n$$\\frac{{d}}{{dx}} \\sq{{x}} = 2x$$\n"
    last = read_sources(text, "notes.md").blocks[-1].text
    assert "\\sq" not in last and "{x}^2" in last, last


def test_the_step_after_a_recursive_definition_is_still_proved_and_a_wrong_one_is_not() -> None:
    steps = doc_steps(
        f"""
        $${SQ} \\newcommand{{\\foo}}{{\\foo x}}$$

        $$\\foo = 1$$

        $$\\frac{{d}}{{dx}} \\sq{{x}} = 2x$$

        $$\\frac{{d}}{{dx}} \\sq{{x}} = 3x$$
        """
    )
    by_rhs = {s.rhs_latex.replace(" ", ""): s.verdict.name for s in steps}
    assert by_rhs.get("2x") == "PROVED", steps
    assert by_rhs.get("3x") == "FAILED", steps


def test_a_bomb_still_costs_a_bounded_number_of_expansions() -> None:
    bomb = "".join(f"\\def\\{chr(97 + i)}{{\\{chr(98 + i)}\\{chr(98 + i)}}}" for i in range(25))
    note = "\n\n".join([bomb, *[f"$${bomb}\\a$$" for _ in range(20)]]) + "\n"
    table = macros.MacroTable(macros.read_definitions(note))
    macros.expand_with(note, table)
    # what the note gives beyond the shared budget is linear in what it writes, never the bomb's 2^25
    assert macros.MAX_EXPANSIONS - table.expansions_left <= macros.MAX_EXPANSIONS + len(note)
