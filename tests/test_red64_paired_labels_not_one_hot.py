r"""Labels multiplied pairwise, ``y_i y_j``, are not read one-hot: the SVM dual's ‖w‖² with a wrong inner product.

Where a step fails, the checker tries reading the labels y/t one-hot (cross-entropy notes mean it without saying
so). The SVM dual substitutes ``w = \sum_i \alpha_i y_i x_i`` and writes ``\|w\|^2 = \sum_i\sum_j \alpha_i\alpha_j
y_i y_j x_i^\top x_j``; the wrong ``x_i^\top x_i`` was PASSED "when read with the labels y/t one-hot": with one
entry of y equal to 1 and the others 0, both double sums keep the one term i = j. A product of two entries of the
label at two indices is what notes write for labels that are signs or values (a kernel method, the SVM dual) — with
one-hot labels every term i ≠ j would vanish and nobody would write it. Such a label keeps the reading only where
the notes call it one-hot.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents import doubts

DUAL = r"""Let $w = \sum_{i=1}^n \alpha_i y_i x_i$. Then
$$
w^\top w = \sum_{i=1}^n\sum_{j=1}^n \alpha_i\alpha_j y_i y_j x_i^\top x_{K}
$$
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other reading tried, whatever the machine's load (a busy machine cuts them off: SKIPPED)."""
    monkeypatch.setattr(doubts, "READINGS_SECONDS", float("inf"))


def test_a_wrong_inner_product_in_the_dual_is_not_green() -> None:
    assert verdicts_by_line(DUAL.replace("{K}", "i"))[3] == ["FAILED"]


def test_the_right_inner_product_is_proved() -> None:
    assert verdicts_by_line(DUAL.replace("{K}", "j"))[3] == ["PROVED"]


def test_labels_the_notes_call_one_hot_keep_the_reading() -> None:
    note = "Let $y$ be a one-hot label.\n\n$$\n\\sum_{i=1}^n\\sum_{j=1}^n y_i y_j = 1\n$$\n"
    assert verdicts_by_line(note)[4] in (["PROVED"], ["PASSED"])
