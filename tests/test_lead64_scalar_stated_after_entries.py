"""A name stated as a number after its entries were stated is read at that number.

An RL note states the rewards of one episode, ``$r_1 = 1, r_2 = 0$``, and further on a TD update with
``$\\gamma = 0.9$, $V(s) = 0.5$, $r = 1$, $V(s') = 0.4$``. The worked link ``r + \\gamma V(s') - V(s) = 1 +
0.36 - 0.5`` was SKIPPED "r is a scalar here; it has no entry 1": the earlier entries and the later number
of r were both read as its values. The number stated last renews r as a number; the entries stated before
it no longer hold for a chain that writes r alone (one that writes r_1 still reads them).
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""With rewards $r_1 = 1, r_2 = 0$:
$$G = r_1 + 0.9 r_2 = 1.$$

A TD(0) update with $\gamma = 0.9$, $V(s) = 0.5$, $r = 1$, $V(s') = 0.4$:
$$\delta = r + \gamma V(s') - V(s) = 1 + {SUM} - 0.5 = {RESULT}.$$
"""


def _note(total: str, result: str) -> str:
    return _NOTE.replace("{SUM}", total).replace("{RESULT}", result)


def test_the_worked_link_is_read_at_the_number_stated_last() -> None:
    verdicts = verdicts_by_line(_note("0.36", "0.86"))
    assert verdicts[5][1] == "PROVED", verdicts
    assert verdicts[2][1] == "PROVED", verdicts  # the episode's return still reads r_1, r_2


def test_a_wrong_product_at_the_stated_values_is_read_as_without_the_episode() -> None:
    """Not green, and judged as the same update with no episode before it is (at the stated values)."""
    wrong = _note("0.46", "0.96")
    verdicts = verdicts_by_line(wrong)
    alone = verdicts_by_line(wrong.split("\n\n", 1)[1])
    assert verdicts[5][1] not in ("PROVED", "PASSED"), verdicts
    assert verdicts[5] == alone[2], (verdicts, alone)


def test_a_chain_writing_an_entry_still_reads_the_entries() -> None:
    note = r"""With rewards $r_1 = 1, r_2 = 0$ and later $r = 1$:
$$r_1 + 0.9 r_2 = 1.$$
"""
    assert verdicts_by_line(note)[2] == ["PROVED"]
