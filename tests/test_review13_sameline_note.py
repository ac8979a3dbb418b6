"""The reading reported for a definition that opens its line (documents.sameline)."""

from __future__ import annotations

from verifier.documents.check import check_text


def test_a_definition_earlier_on_the_line_is_reported_as_such() -> None:
    """A definition that opens its line (documents.sameline) was reported as "the notes' definition in
    the 'where' sentence after this display": there is no display and no "where" sentence."""
    text = "Put $u = x^2$, then $\\frac{du}{dx} = 2x$.\n"
    (step,) = [s for c in check_text(text, "notes.md").chains for s in c.result.steps]
    assert "u: the notes' definition earlier on this line (line 1)" in step.message, step.message
    assert "'where' sentence" not in step.message, step.message
