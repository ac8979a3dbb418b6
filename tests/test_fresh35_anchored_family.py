r"""A family the notes give by a formula naming its own end entry: ``p_\ell = 1 - \frac{\ell}{L}(1 - p_L)`` (fresh35).

Stochastic depth keeps block ℓ with the linearly decaying probability ``p_\ell = 1 - \frac{\ell}{L}(1 - p_L)``: the
last block's ``p_L`` is a given number and the formula holds at ℓ = L by itself. The reader does not learn an
equation whose right side names its own head as a definition (``f(x) = f(-x)`` is a symmetry), so the next line,
``\sum_\ell p_\ell = L - \frac{1 - p_L}{L}\sum_\ell \ell``, read the p_ℓ as free entries and FAILED on a correct note.
Such a step is now SKIPPED ("p is given by a formula on line N that names its own entry"); a link that writes the
family only at its anchor (``L - \frac{1-p_L}{L}\sum_\ell \ell = L - \frac{(1-p_L)(L-1)}{2}``) is checked as before."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Stochastic depth

Block $\ell$ is kept with probability

$$p_\ell = 1 - \frac{\ell}{L}(1 - p_L).$$

Then

$$\sum_{\ell=1}^{L} p_\ell = L - \frac{1 - p_L}{L}\sum_{\ell=1}^{L} \ell = L - \frac{(1-p_L)(L + ONE)}{2}.$$
"""


def test_the_sum_of_the_anchored_family_is_no_false_alarm() -> None:
    lines = verdicts_by_line(_NOTE.replace("ONE", "1"))
    assert lines[9][0] == "SKIPPED", lines
    assert lines[9][1] in ("PROVED", "PASSED"), lines


def test_a_wrong_closed_form_at_the_anchor_still_fails() -> None:
    lines = verdicts_by_line(_NOTE.replace("ONE", "-1"))
    assert lines[9][1] == "FAILED", lines


def test_an_undefined_family_sum_still_fails() -> None:
    lines = verdicts_by_line("# S\n\n$$\\sum_{i=1}^{n} q_i = n q_n$$\n")
    assert lines[3] != ["PROVED"] and lines[3] != ["PASSED"], lines
