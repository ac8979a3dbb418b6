"""Two words between a noun and the name make no symmetric matrix (review65 on fresh71's widening).

fresh71 let up to two words stand between the property and the name ("symmetric edge weights $w_{ij}$"); the same
gap after a noun used as a modifier made "the kernel feature weights $W$" a kernel matrix, so `W^\\top x = Wx` was
PROVED "with W symmetric, as the notes say". Two words may stand after the adjectives symmetric and diagonal only.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTE = """# Features

Let PHRASE $W \\in \\mathbb{R}^{n\\times n}$ map inputs to features, and $x \\in \\mathbb{R}^n$. Then

$$
W^\\top x = W x .
$$
"""


@pytest.mark.parametrize("phrase", ["the kernel feature weights", "the covariance model parameters"])
def test_a_noun_with_two_words_before_the_name_makes_no_symmetric_matrix(phrase: str) -> None:
    assert verdicts_by_line(NOTE.replace("PHRASE", phrase)).get(6) == ["FAILED"]


def test_symmetric_with_two_words_before_the_name_still_does() -> None:
    assert verdicts_by_line(NOTE.replace("PHRASE", "the symmetric feature weights")).get(6) == ["PROVED"]
