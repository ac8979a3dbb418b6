r"""A value stated as a closed form ("Take $\theta = 2\pi$") ends where the notes' code or words change it, as a
number's does.

"Take $w = 2$." is a stated value, which code (``w = 3``) or words ("$w$ becomes $3$") end (sound49). "Take $\theta =
2\pi$." is read as a definition of θ instead, and definitions were never ended so: after "After one step, $\theta$
becomes $3$." (or a code block ``theta = 3``), ``4\theta = 8\pi`` was PROVED through the old definition — a false
green. A definition whose body is a number (no names: ``2\pi``, ``\sqrt{2}``, ``\frac{1}{2}``) is now ended for the
steps after such a change (SKIPPED); a definition by a formula of names (``z = w x + b``) is not a value and keeps
holding. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("change", [
    "After one step, $\\theta$ becomes $3$.",
    "```python\ntheta = 3\n```",
])  # fmt: skip
def test_a_changed_closed_form_value_is_no_longer_used(change: str) -> None:
    steps = doc_steps(f"# T\n\nTake $\\theta = 2\\pi$.\n\n{change}\n\nThen\n$$4\\theta = 8\\pi$$\n")
    assert steps[-1].verdict not in _GREEN


def test_an_unchanged_closed_form_value_is_used() -> None:
    steps = doc_steps("# T\n\nTake $\\theta = 2\\pi$.\n\nThen\n$$4\\theta = 8\\pi$$\n")
    assert steps[-1].verdict is Verdict.PROVED


def test_a_definition_by_a_formula_keeps_holding_after_its_inputs_change() -> None:
    steps = doc_steps("# T\n\nLet $z = w x + b$.\n\nNow double $w$.\n\nThen\n$$z - b = w x$$\n")
    assert steps[-1].verdict is Verdict.PROVED


def test_a_renewed_closed_form_value_is_no_longer_used() -> None:
    steps = doc_steps("# T\n\nTake $\\theta = 2\\pi$.\n\nNow let $\\theta = 3$ instead.\n\n"
                      "Then\n$$4\\theta = 8\\pi$$\n")
    assert steps[-1].verdict not in _GREEN
