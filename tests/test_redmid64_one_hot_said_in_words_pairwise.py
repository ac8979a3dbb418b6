r"""Labels the notes describe as one-hot in words keep the one-hot reading under a double sum (redmid64, on red64
2c572265).

red64 (pairindices.paired_entries) stops reading labels one-hot where a double sum multiplies them pairwise
(``y_i y_j``, the SVM dual) "unless the notes say so" — but only the word "one-hot" counts as saying so. Notes that
describe the label — "$y \in \{0, 1\}^K$ has a single entry equal to one, at the true class, and zeros elsewhere" —
say it as plainly, and ``\sum_i\sum_j y_i y_j z_j = \sum_j y_j z_j`` (true for such a y: Σ_i y_i = 1) was FAILED, at
y = (0, 0, −1), a label outside the set the notes state (PROVED on the base c735fc13, "with the labels y/t one-hot").
At least: not FAILED. Every note is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Cross-entropy

The target $y \in \{0, 1\}^K$ has a single entry equal to one, at the true class, and zeros elsewhere,
and $z \in \mathbb{R}^K$ are the logits, so

$$\sum_{i=1}^K \sum_{j=1}^K y_i y_j z_j = \sum_{j=1}^K y_j z_j$$
"""


def test_a_label_described_as_one_hot_is_not_failed_under_a_double_sum() -> None:
    assert verdicts_by_line(NOTE)[6] != ["FAILED"]
