r"""``𝔼[X + 1] = 𝔼[X] + 1``: the blackboard-bold E pasted as a Unicode character is the expectation.

Notes typed with Unicode (θ, σ, ‖·‖, ⊤) write the expectation as ``𝔼`` (U+1D53C) too. It was "unexpected
character '𝔼'" and every step writing it was unread (fresh36). It reads as ``\mathbb{E}`` does: before a bracket
(with a subscript or not) an expectation, elsewhere unread as ``\mathbb{E}`` alone is.
"""

from __future__ import annotations

from support import doc_steps

from verifier.latex import LatexError, parse_latex
from verifier.results import Verdict


def test_linearity_written_with_the_unicode_letter_is_proved() -> None:
    steps = doc_steps("""
    # Shifts

    For any random X, 𝔼 is linear:

    $$𝔼[2X + 1] = 2\\,𝔼[X] + 1 .$$
    """)
    assert [s.verdict for s in steps] == [Verdict.PROVED]


def test_a_wrong_shift_is_judged_as_the_latex_spelling_is() -> None:
    notes = """
    # Shifts

    For any random X, the expectation is linear:

    $$E[2X + 1] = 2\\,E[X] + 2 .$$
    """
    unicode = doc_steps(notes.replace("E[", "𝔼["))
    latex = doc_steps(notes.replace("E[", "\\mathbb{E}["))
    assert [(s.verdict, s.message) for s in unicode] == [(s.verdict, s.message) for s in latex]
    assert unicode[0].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_it_parses_as_the_latex_expectation() -> None:
    assert parse_latex("𝔼_ε[X]") == parse_latex("\\mathbb{E}_ε[X]")
    try:
        parse_latex("𝔼 X")
    except LatexError as exc:
        assert "expectation" in exc.message
    else:
        raise AssertionError("𝔼 without brackets was read")
