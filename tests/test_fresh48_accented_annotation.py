r"""``$\hat y \in \mathbb{R}^n$`` annotates ŷ, not the letter y under the hat (fresh48).

The annotation's name pattern had no accents: in "predictions $\hat y \in \mathbb{R}^n$" it took the bare ``y``
(a different name) and ŷ kept a length of its own. A centring ``a_i = \hat y_i - \frac1n\sum_j \hat y_j`` then
summed ŷ over that other length while dividing by n, and the right derivative of ``\|a\|`` was FAILED.
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# Centred predictions

The loss compares predictions $\\hat y \\in \\mathbb{R}^n$ with targets.

Centre them: $a_i = \\hat y_i - \\frac{1}{n}\\sum_j \\hat y_j$. Then

$$\\frac{\\partial \\|a\\|}{\\partial \\hat y_j} = \\frac{a_j}{\\|a\\|} .$$
"""


def test_an_accented_annotation_gives_the_accented_name_its_length() -> None:
    assert verdicts_by_line(_NOTE)[7] == ["PROVED"]


def test_a_wrong_derivative_still_fails() -> None:
    assert verdicts_by_line(_NOTE.replace("= \\frac{a_j}{\\|a\\|}", "= \\frac{a_j}{\\|a\\|^2}"))[7] == ["FAILED"]


def test_the_braced_accent_too() -> None:
    assert verdicts_by_line(_NOTE.replace("\\hat y", "\\hat{y}"))[7] == ["PROVED"]
