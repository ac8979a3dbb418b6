r"""``$0.5\, x = 4$``: the thin space ``\,`` is no comma between two stated values.

The policy-iteration note writes "$V_1 (1 - 0.855) = 1$, i.e. $0.145\, V_1 = 1$". A stated value is read from
each comma-separated piece of an inline formula (``$w = 2, b = 1$``), and the comma of ``\,`` split
``0.145\, V_1 = 1`` into "0.145\" and "V_1 = 1": V_1 = 1 was a value the notes state. With ``$0.5\, x = 4$``
the worked line ``x^2 = 16.0`` was PROVED under the hypothesis x = 4 (a false green of v0.29.0, found with
fresh32). A comma after a backslash is a spacing command, not a separator; ``$w = 2,\, b = 1$`` still states both.
(The piece ``0.5\, x = 4`` kept whole names no value: its left side parses to no plain name.)"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.stated import stated_values


def test_a_coefficient_before_a_thin_space_states_no_value() -> None:
    text = "# Solve\n\nWe get $0.5\\, x = 4$, and then\n\n$$x^2 = 16.0$$\n"
    assert not [v for v in stated_values(text) if v[0] == "x"]
    assert not {"PROVED", "PASSED"} & set(verdicts_by_line(text)[5])


def test_values_separated_by_a_comma_and_a_thin_space_are_both_stated() -> None:
    assert stated_values("Take $w = 2,\\, b = 1$.") == [("w", "2", 1), ("b", "1", 1)]
