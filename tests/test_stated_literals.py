r"""A display that gives a name a value written out as numbers states that value; it is no identity.

``w = \begin{bmatrix} 0.5 \\ -1 \end{bmatrix}`` after "one step of gradient descent gives" is what the
notes computed, whatever shapes a context declares: read as an identity in an arbitrary w it fails,
which says nothing. It was FAILED for a column written as a ``bmatrix``, a transposed list or a list
of integers (only a list with decimals was read so). Small notes written for these tests."""

from __future__ import annotations

import pytest
from support import doc_steps

_CONTEXT = """
```verify
w: vector[2]
```

After one step,

"""


@pytest.mark.parametrize(
    "value",
    [
        r"\begin{bmatrix} 0.5 \\ -1 \end{bmatrix}",
        r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}",
        r"[0.5, -1]^T",
        r"[0.5, -1]^\top",
        r"[1, 2]",
    ],
)
def test_a_declared_vector_given_numbers_states_its_value(value: str) -> None:
    (step,) = doc_steps(_CONTEXT + f"$$ w = {value} $$\n")
    assert step.verdict.value == "SKIPPED", step.message
    assert "states the value of w" in step.message


def test_a_formula_against_numbers_is_still_checked() -> None:
    claim = r"\begin{bmatrix} 1 + 1 \\ 3 \end{bmatrix} = \begin{bmatrix} 2 \\ 4 \end{bmatrix}"
    (step,) = doc_steps(_CONTEXT + f"$$ {claim} $$\n")
    assert step.verdict.value == "FAILED", step.message
