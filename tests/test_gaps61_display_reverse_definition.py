r"""A display that names its value on the right, ``$$x^2 + 3x =: k(x)$$``, defines k (gaps61, left from stop 60).

The chain splitter reads ``=:`` as a definition, but only a name on the left of a one-link chain was learned, and a
name at the right end only where a longer chain named its value (``… = 2w + 2 =: g(w)``,
definitions._learn_named_functions). So k stayed undefined and the derivative after it was SKIPPED ("k(x) read as
products"). A one-link definition whose right member is a call of plain parameters, in those parameters, is now
learned as a longer chain's naming link is. Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = "# K\n\n$$\nx^2 + 3x =: k(x)\n$$\n\nIts slope:\n\n$$\n\\frac{d}{dx} k(x) = SLOPE\n$$\n"


def test_the_named_function_is_learned() -> None:
    assert verdicts_by_line(_NOTE.replace("SLOPE", "2x + 3"))[10] in (["PROVED"], ["PASSED"])
    assert verdicts_by_line(_NOTE.replace("SLOPE", "2x + 4"))[10] == ["FAILED"]


def test_a_name_the_body_writes_is_not_learned() -> None:
    # k on both sides: no definition of k (an update, or an equation)
    note = _NOTE.replace("x^2 + 3x =: k(x)", "k(x) + 1 =: k(x)")
    assert verdicts_by_line(note.replace("SLOPE", "2x + 3"))[10] not in (["PROVED"], ["PASSED"])
