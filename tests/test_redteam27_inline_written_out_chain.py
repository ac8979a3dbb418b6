r"""An inline definition written out through a function the notes never define, that goes on as a chain:
``Let $p = \operatorname{sigm}(z) = \frac{1}{1+e^{-z}} = \frac{e^{z}}{1-e^{z}}$.`` The inline reading dropped
the whole chain because a middle member is a definition's head (``\operatorname{sigm}(z)``), so the wrong last
link was never checked and the notes were green (the same chain in a display is FAILED at that link). Only
the links up to the written-out member are the definition; a link after it is a claim. Examples written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

WRONG = r"\frac{e^{z}}{1-e^{z}}"
RIGHT = r"\frac{e^{z}}{1+e^{z}}"
NOTES = "# Logistic\n\nLet $p = HEAD(z) = \\frac{1}{1+e^{-z}}TAIL$.\n\n$$\\frac{dp}{dz} = p(1-p)$$\n"


@pytest.mark.parametrize("head", [r"\operatorname{sigm}", "f"])
def test_a_wrong_link_after_the_written_out_member_is_failed(head: str) -> None:
    by_line = verdicts_by_line(NOTES.replace("HEAD", head).replace("TAIL", " = " + WRONG))
    assert "FAILED" in by_line.get(3, []), by_line


def test_a_right_link_after_it_is_not_failed_and_the_definition_holds() -> None:
    by_line = verdicts_by_line(NOTES.replace("HEAD", r"\operatorname{sigm}").replace("TAIL", " = " + RIGHT))
    assert "FAILED" not in by_line.get(3, []), by_line
    assert by_line[3][-1] in ("PROVED", "PASSED"), by_line
    assert by_line[5] in (["PROVED"], ["PASSED"]), by_line


def test_a_three_member_written_out_definition_is_still_no_claim() -> None:
    by_line = verdicts_by_line(NOTES.replace("HEAD", r"\operatorname{sigm}").replace("TAIL", ""))
    assert 3 not in by_line and by_line[5] in (["PROVED"], ["PASSED"]), by_line
