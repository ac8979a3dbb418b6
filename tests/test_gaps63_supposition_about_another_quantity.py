r"""A supposition in words excuses a failing claim only when it may speak of what the claim uses (gaps63).

fresh67 made "If all weights equal some $c > 0$, then $\mathrm{ESS} = \frac{(nc)^2}{nc^2}$" SKIPPED, not FAILED:
checked with ESS's definition over arbitrary weights, the claim fails, but it holds in the case the words set. The
same rule excused any claim after any supposition: "If the learning rate is small, then $$f'(x) = x$$" with $f(x) =
x^2 + 3x$ was SKIPPED — a lost catch, since the notes say what the learning rate is ($\eta$) and the claim uses
neither η nor anything defined with it. A supposition whose subject the prose ties to a formula ("learning rate
$\eta$", "$\eta$ is the learning rate") that the claim does not reach keeps the FAILED; a subject tied to nothing
the notes write, or to a name the claim reaches, still excuses it.
"""

from __future__ import annotations

from support import verdicts_by_line

_TIED = (
    "# A quadratic\n\nWe minimise $f(x) = x^2 + 3x$ by gradient descent with learning rate $\\eta$.\n\n"
    "If the learning rate is small, then\n$$f'(x) = SLOPE.$$\n"
)


def test_a_supposition_about_a_quantity_the_claim_does_not_use_keeps_the_failed() -> None:
    assert verdicts_by_line(_TIED.replace("SLOPE", "x"))[6] == ["FAILED"]


def test_the_right_claim_under_such_a_supposition_is_still_proved() -> None:
    assert verdicts_by_line(_TIED.replace("SLOPE", "2x + 3"))[6] == ["PROVED"]


def test_a_supposition_tied_to_nothing_the_notes_write_still_excuses() -> None:
    text = "# A quadratic\n\nLet $f(x) = x^2 + 3x$.\n\nIf the learning rate is small, then\n$$f'(x) = x.$$\n"
    assert verdicts_by_line(text)[6] == ["SKIPPED"]


def test_a_supposition_about_a_quantity_the_claim_reaches_still_excuses() -> None:
    text = (
        "# Weights\n\nThe effective sample size of the importance weights $w_i$, $i = 1, \\dots, n$, is "
        "$\\mathrm{ESS} = \\frac{(\\sum_i w_i)^2}{\\sum_i w_i^2}$.\n\n"
        "If all weights are equal, then\n$$\\mathrm{ESS} = n^2.$$\n"
    )
    assert verdicts_by_line(text)[6] == ["SKIPPED"]
