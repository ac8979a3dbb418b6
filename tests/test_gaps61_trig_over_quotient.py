r"""``\sin\pi/2``: sin(π)/2 or sin(π/2)? Both are read (gaps61, left from stop 60).

The parser reads a bare argument up to the ``/``, so ``\sin\pi/2 = 1`` was sin(π)/2 = 1, FAILED, though most readers
take sin(π/2) = 1 (a half angle, ``\cos\theta/2``, is written so). The argument read over the quotient is now one
more reading of a failing step (documents.trigarguments.trig_over_quotient): a step that holds under it is PROVED
with the reading reported; one that fails under both stays FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.trigarguments import trig_over_quotient

_GREEN = (["PASSED"], ["PROVED"])


def _verdict(claim: str) -> list[str]:
    return verdicts_by_line(f"# T\n\nThe half angle:\n\n$$\n{claim}\n$$\n")[6]


def test_the_quotient_after_a_bare_function_is_bracketed() -> None:
    assert trig_over_quotient("\\sin\\pi/2") == "\\sin\\left(\\pi/2\\right)"
    assert trig_over_quotient("\\cos \\theta / 2 + 1") == "\\cos \\left(\\theta / 2\\right) + 1"
    assert trig_over_quotient("\\sin^2 x/2") == "\\sin^2 \\left(x/2\\right)"


def test_nothing_to_read_differently() -> None:
    assert trig_over_quotient("\\sin(\\pi)/2") is None  # bracketed by the notes
    assert trig_over_quotient("\\sin\\pi") is None  # no quotient
    assert trig_over_quotient("\\sin x/2y") is None  # more after the divisor: which grouping is unsure
    assert trig_over_quotient("\\frac{\\sin x}{2}") is None


def test_a_step_that_holds_under_the_half_angle_reading_is_not_failed() -> None:
    assert _verdict("\\sin\\pi/2 = 1") in _GREEN  # was FAILED: sin(π)/2 = 0
    assert _verdict("\\cos\\pi/2 = 0") in _GREEN
    assert _verdict("\\cos\\pi/3 = \\frac{1}{2}") in _GREEN


def test_the_literal_reading_still_holds_where_it_does() -> None:
    assert _verdict("\\sin\\pi/2 = 0") in _GREEN


def test_a_step_wrong_under_both_readings_is_failed() -> None:
    assert _verdict("\\sin\\pi/2 = 7") == ["FAILED"]
    assert _verdict("\\cos\\pi/3 = 2") == ["FAILED"]
