r"""An inline formula the prose before it calls a mistake is the notes' rejection, not their claim.

me28 checks the rest of an inline definition chain; "It is not true that $g(x) = (x+1)^2 = x^2 + 1$"
and "A common mistake is to write $q(x) = (x+1)^2 = x^2 + 1$." were then FAILED — the notes say the
formula is wrong. A display after "A common mistake is to write" was already read so; an inline formula
only after "not"/"rather than" or before "which is wrong". Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("prose", [
    r"It is not true that $g(x) = (x+1)^2 = x^2 + 1$ in general.",
    r"A common mistake is to write $q(x) = (x+1)^2 = x^2 + 1$.",
    r"A common mistake is to write $\frac{d}{dx}(x+1)^3 = 3x^2$.",
])
def test_an_inline_formula_called_a_mistake_is_not_failed(prose: str) -> None:
    steps = doc_steps(prose)
    assert steps and all(s.verdict.value != "FAILED" for s in steps), [s.message for s in steps]
    assert "reject" in steps[-1].message


def test_the_same_formula_stated_is_failed() -> None:
    assert doc_steps(r"We note that $\frac{d}{dx}(x+1)^3 = 3x^2$.")[-1].verdict.value == "FAILED"
