r"""A parameter's bound is not carried past the letter's introduction as another quantity (sound53).

documents.declaredbounds carries "a tube width $\varepsilon > 0$" to the sections after it (fresh48). Notes reuse
letters: two sections on, "the label noise $\varepsilon$" (or "$\varepsilon \sim \mathcal{N}(0, 1)$") is another
quantity, of either sign, and ``\max(0, \varepsilon) = \varepsilon`` was PROVED "with \varepsilon > 0 as the prose
states". The letter introduced again by another noun, or as a random variable, or said to take either sign, ends the
bound; the same noun ("the width $\varepsilon$") does not. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Support vector regression

Take a tube width $\\varepsilon > 0$. The loss is $\\max(0, |r| - \\varepsilon)$.

## Noise

{again}, and

$$
\\max(0, \\varepsilon) = \\varepsilon .
$$
"""


@pytest.mark.parametrize("again", [
    "Now the label noise $\\varepsilon$ is centred",
    "Now the noise is $\\varepsilon \\sim \\mathcal{N}(0, 1)$",
    "In this part $\\varepsilon$ is a shift of either sign",
    "From here on $\\varepsilon$ may be negative",
])
def test_a_letter_introduced_again_as_another_quantity_ends_its_bound(again: str) -> None:
    assert verdicts_by_line(_NOTE.format(again=again))[10][-1] not in ("PROVED", "PASSED")


def test_the_same_noun_keeps_the_bound() -> None:
    assert verdicts_by_line(_NOTE.format(again="We keep the width $\\varepsilon$ fixed"))[10][-1] in (
        "PROVED", "PASSED")
