"""A worked iterate that holds at one step size the section states and fails at the other (redlead65).

"A small step like $\\eta = 0.1$ is slow. We take $\\eta = 0.5$ and $w_0 = 0$: $$w_1 = 0 - 0.1 \\cdot (-6) = 0.6$$":
read with the update rule's η at its last stated value (documents.recurrencestart.recurrence_inputs) the step is
FAILED, though η = 0.1, stated in the same section, makes it hold. A FAILED must hold under every plausible reading:
a name stated with several values is SKIPPED "fails under η = 0.5 …, but the notes also state η = 0.1 … at which it
holds" (documents.latestvalues), as ``r(1)`` under two stated ``a`` already is.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTE = """# Gradient descent

Let $f(w) = (w - 3)^2$. Gradient descent updates

$$
w_{t+1} = w_t - \\eta f'(w_t).
$$

SMALL

We take $\\eta = 0.5$ and $w_0 = 0$:

$$
w_1 = 0 - 0.1 \\cdot (-6) = 0.6 .
$$
"""


@pytest.mark.parametrize("small", ["A small step like $\\eta = 0.1$ is slow."])
def test_an_iterate_at_another_stated_step_size_is_not_failed(small: str) -> None:
    verdicts = verdicts_by_line(NOTE.replace("SMALL", small))
    assert verdicts.get(14, [""])[0] == "SKIPPED", verdicts


def test_an_iterate_at_no_stated_step_size_is_still_failed() -> None:
    verdicts = verdicts_by_line(NOTE.replace("SMALL", "A small step is slow."))
    assert verdicts.get(14, [""])[0] == "FAILED", verdicts
