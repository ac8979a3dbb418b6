r"""A numbered vector the prose states (``x_1 = (2, 1)``) is taken at its value by a line that writes it on one side.

"Let $w = (1, 2)$ and $x_1 = (2, 1)$. Then $$w^\top x_1 = 4.$$" — a perceptron's or k-means' data point — was SKIPPED
"x_1 appear(s) on one side only": a stated vector is read on a line with no worked decimal only where the line writes
its name on one side (documents.onesidedvectors), and that reading took plain names only; ``x_1`` as written is an
entry of x. Where the prose states ``x_1`` itself as a vector, it is a name of its own (as the worked chains already
read it, misses44): the line is checked at it, a wrong product fails there.
"""

from __future__ import annotations

from support import verdicts_by_line


def _verdicts(claim: str, stated: str = r"$w = (1, 2)$ and $x_1 = (2, 1)$") -> list[str]:
    return verdicts_by_line(f"Let {stated}. Then\n$$ {claim} $$\n")[2]


def test_a_stated_data_point_is_read_at_its_value() -> None:
    assert _verdicts(r"w^\top x_1 = 4") == ["PROVED"]


def test_a_wrong_product_fails_at_the_stated_point() -> None:
    assert _verdicts(r"w^\top x_1 = 5") == ["FAILED"]


def test_two_data_points_each_at_its_own_value() -> None:
    stated = r"$x_1 = (2, 1)$, $x_2 = (0, 3)$ and $w = (1, 2)$"
    assert _verdicts(r"w^\top x_2 = 6", stated) == ["PROVED"]
    assert _verdicts(r"w^\top x_2 = 4", stated) == ["FAILED"]


def test_an_entry_of_a_stated_vector_is_still_an_entry() -> None:
    # x = (2, 1): x_1 is its first entry, 2 (the numbered reading is only for a vector stated under that name)
    assert _verdicts(r"w_1 x_1 = 2", r"$w = (1, 2)$ and $x = (2, 1)$") == ["PROVED"]
