r"""After "Correction: the derivative above was wrong:", a display that is the earlier formula retyped is the earlier
one shown again, not the fix (redmid64, on gaps64 46430210 / f007af7d).

gaps64 (rejected: owning-up cue, item 3b) checks the display after "Correction: … was wrong:" as the fix where an
earlier display with the same first member stands above and this one "is not it" — compared as text (f007af7d drops
spacing commands and \left/\right). The earlier ``\frac{1}{\sin^2 x}`` retyped as ``\frac{1}{(\sin x)^2}``, followed
by "It should be $\frac{1}{\cos^2 x}$.", is the old formula shown again: it was FAILED as a wrong fix (SKIPPED on
the base c735fc13: "the fixed formula or the earlier one shown again, and it fails"). Every note is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Derivative of tan

$$\frac{d}{dx}\tan x = \frac{1}{\sin^2 x}$$

Correction: the derivative above was wrong:

$$\frac{d}{dx}\tan x = \frac{1}{(\sin x)^2}$$

It should be $\frac{1}{\cos^2 x}$.
"""


def test_the_earlier_formula_retyped_after_the_cue_is_not_failed_as_a_fix() -> None:
    by_line = verdicts_by_line(NOTE)
    assert by_line[3] == ["FAILED"]  # the notes' own first (wrong) formula
    assert by_line[7] != ["FAILED"]  # the same formula shown again, which the notes call wrong
