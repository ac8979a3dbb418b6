r"""A link of numbers and π alone is judged on its own in a worked example with stated values (fresh35).

``H(p, q) = \tfrac12\log(8\pi) + \tfrac{2}{8} \approx 3.2242 + 0.25``: the second link writes no name, but π is read
as a name until the resolver makes it the number, so the link counted as one "with names" and, failing at the
values the prose states ("$\sigma_1 = 1$, $\sigma_2 = 2$"), was SKIPPED "a closed form computed from rounded
inputs" — a factor of two left unflagged. π and e, where the notes state no value for them, are no names there:
the link of numbers alone takes none of the stated values, and a wrong one FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Cross-entropy

For $\sigma_1 = 1$ and $\sigma_2 = 2$,

$$H = \tfrac12\log(2\pi\sigma_2^2) + \frac{\sigma_1^2}{2\sigma_2^2} = \tfrac12\log(8\pi) + \tfrac{1}{8}
\approx HALF + 0.125$$
"""


def test_a_wrong_half_after_pi_fails() -> None:
    lines = verdicts_by_line(_NOTE.replace("HALF", "3.2242"))
    assert lines[6][-1] == "FAILED", lines


def test_the_right_half_passes() -> None:
    lines = verdicts_by_line(_NOTE.replace("HALF", "1.6121"))
    assert lines[6][-1] == "PASSED" and "FAILED" not in lines[6], lines
