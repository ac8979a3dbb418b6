r"""A sum over the members of a set the notes list is no sum over an index range.

"cluster $A = \{1, 2, 4\}$ … $$\sum_{x \in A} (x - \tfrac73)^2 = \frac{16 + 1 + 25}{9}$$": the sum runs over the
values 1, 2 and 4, but ``\sum_{x \in A}`` is read as a sum over an index x of an inferred range 1..n (the
reading of ``\sum_{w \in V}`` over a vocabulary), so the step was FAILED at n = 3 (1, 2, 3), a correct step called
wrong (fresh27's silhouette note). Where the notes list the set's members, a failure of that reading is
SKIPPED, naming the set (documents.listedsets).
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Spread

The group $G = \{2, 3, 7\}$ has mean $4$ and

$$\sum_{v \in G} (v - 4)^2 = 4 + 1 + 9 = 14$$
"""


def test_a_sum_over_a_listed_set_is_not_judged_as_an_index_sum() -> None:
    # over 1, 2, 3 the squares about 4 sum to 14 too: PROVED by coincidence before
    assert verdicts_by_line(NOTE).get(5) == ["SKIPPED", "PROVED"]  # 4 + 1 + 9 = 14 is still checked


def test_a_correct_sum_over_a_listed_set_is_not_failed() -> None:
    text = NOTE.replace("G = \\{2, 3, 7\\}", "G = \\{1, 4, 7\\}").replace("4 + 1 + 9 = 14", "9 + 0 + 9 = 18")
    assert "G = \\{1, 4, 7\\}" in text
    assert verdicts_by_line(text).get(5) == ["SKIPPED", "PROVED"]


def test_an_unlisted_index_set_keeps_its_reading() -> None:
    text = "# V\n\n$$\\sum_{w \\in V} (p_w + q_w) = \\sum_{w \\in V} p_w + \\sum_{w \\in V} q_w$$\n"
    assert verdicts_by_line(text).get(3) == ["PROVED"]
