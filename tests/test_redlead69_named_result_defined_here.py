r"""A worked chain naming its result, ``q = x + y = 3``, is read as lead63 reads it whether or not the chain's own
link defines the name (documents.statedintegers, redlead69).

lead63 made a wrong ``q = x + y = 4`` at stated inputs FAILED when the chain's first member is a name "the notes
have not defined before". The check asked whether the name had any definition, and the chain's own first link is
one wherever the name is read as a definition: lead69's index letters (``q = x + y`` now a definition) lost the
FAILED of lead63's own example (tests/test_lead63_named_worked_result failed on lead69). The chain's own definition of
an index letter is no definition before it; other names (``c = x + y = 4``, ``z = w x + b = 3``) were definitions
on the base too and stay green only (ctx48's policy), and a definition on an earlier line makes the chain a
restatement.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = "Let $x = -2$ and $y = 5$.\n\n$$ {n} = x + y = {v} $$\n"


def test_an_index_letter_naming_its_result_is_failed_when_wrong() -> None:
    assert verdicts_by_line(NOTE.format(n="q", v="4"))[3] == ["SKIPPED", "FAILED"]
    assert verdicts_by_line(NOTE.format(n="q", v="3"))[3] == ["SKIPPED", "PROVED"]


def test_another_name_the_chain_defines_stays_green_only() -> None:
    # ctx48's policy: z = w x + b = 3 may state an equation (c always was a definition, so lead63 never read it)
    assert verdicts_by_line(NOTE.format(n="c", v="4"))[3][-1] == "SKIPPED"
    assert verdicts_by_line(NOTE.format(n="c", v="3"))[3] == ["SKIPPED", "PROVED"]


def test_a_name_defined_on_an_earlier_line_is_not_read_as_named_here() -> None:
    note = "Let $x = -2$ and $y = 5$, and let $c = x + y$.\n\n$$ c = x + y = 4 $$\n"
    assert verdicts_by_line(note)[3][-1] not in ("FAILED", "PROVED", "PASSED")  # the link to the number
