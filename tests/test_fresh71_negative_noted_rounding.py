r"""A rounding the notes show as a negative decimal is theirs after a minus too (fresh71).

"$\log \mathcal{N}(0; 0, 1) = -\tfrac{1}{2}\log(2\pi) \approx -0.9189$", then
"$\log \mathcal{N}(0; 2, 1) = -0.9189 - 2$": the link writes the notes' own rounding of ½log(2π) after a minus. The
shown roundings (documents.notedroundings) were keyed by the lone member as written, "-0.9189", while a later link's
decimals are read without their sign, so 0.9189 was an exact input and the link FAILED (a false alarm in a
mixture's ELBO worked by hand). A negative lone decimal now also shows its magnitude as the rounding of the
formula negated."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Two log-densities

The log-densities are $\log \mathcal{N}(0; 0, 1) = -\tfrac{1}{2}\log(2\pi) \approx -0.9189$ and
$\log \mathcal{N}(0; 2, 1) = -0.9189 - 2 = -2.9189$.
"""


def test_the_negative_rounding_read_after_a_minus() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts[4], verdicts
    assert verdicts[4][0] == "PASSED", verdicts


def test_a_wrong_term_beside_the_rounding_still_fails() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("-0.9189 - 2 = -2.9189", "-0.9189 - 3 = -3.9189"))
    assert verdicts[4][0] == "FAILED", verdicts
