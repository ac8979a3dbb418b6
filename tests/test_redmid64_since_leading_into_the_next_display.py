r""" "since $y^2 = 1$" in the lead-in of the *next* display gives no ±1 labels to the display before it (redmid64,
on newuser64 72f0b13a).

signlabels.scoped_signs reads the line after a chain for its justification ("…, since $y_i^2 = 1$"); newuser64 reads
past the display's closing ``$$`` to reach it. But that line may be the sentence that leads into the next display
("The next model is simpler since $y^2 = 1$ there:", ending with a colon): its labels are the next model's, and the
first expansion — wrong for the notes' {0, 1} labels — was PROVED "with y ±1, as the notes say" (FAILED on the base
c735fc13 in this layout; with one-line displays the base has the same wrong PROVED: redmid64's own branch fixes
that, see tests/test_redmid64_sign_lead_in.py there). Every note is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Perceptron

With labels in $\{0, 1\}$ the norm grows slowly:
$$
\|w + y x\|^2 = \|w\|^2 + 2 y w^\top x + \|x\|^2 ,
$$
The next model is simpler since $y^2 = 1$ there:
$$
\|w - y x\|^2 = \|w\|^2 - 2 y w^\top x + \|x\|^2
$$
"""


def test_the_next_displays_justification_does_not_make_the_first_green() -> None:
    by_line = verdicts_by_line(NOTE)
    assert not {"PROVED", "PASSED"} & set(by_line[5]), by_line[5]
    assert by_line[9] == ["PROVED"]  # the display the sentence leads into keeps its ±1 labels
