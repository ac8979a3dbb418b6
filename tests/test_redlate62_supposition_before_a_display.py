r"""A supposition in words on the line before a display: "If all weights equal some $c > 0$, then" and the claim
in ``$$…$$`` after a blank line.

fresh67's reading (documents.wordcases) SKIPPED the link through ESS's definition only where the claim was inline
in the supposition's sentence; with the claim displayed the prose before it ends in a blank line, read as a
sentence's end, so no supposition was found and ``\mathrm{ESS} = \frac{(nc)^2}{nc^2}`` was FAILED with arbitrary
weights (a false alarm, as inline). The claim's own algebra wrong stays FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# ESS

Let $S = \\sum_{i=1}^{n} w_i$ and $Q = \\sum_{i=1}^{n} w_i^2$, and define

$$
\\mathrm{ESS} = \\frac{S^2}{Q}
$$

CASE, then

$$
\\mathrm{ESS} = \\frac{(nc)^2}{nc^2} = LAST
$$
"""


def _claim(case: str = "If all weights equal some $c > 0$", last: str = "n") -> list[str]:
    return verdicts_by_line(_NOTE.replace("CASE", case).replace("LAST", last))[12]


def test_the_displayed_claim_under_a_supposition_is_no_false_alarm() -> None:
    assert _claim() == ["SKIPPED", "PROVED"]


def test_its_own_algebra_wrong_still_fails() -> None:
    assert _claim(last="n^2") == ["SKIPPED", "FAILED"]


def test_without_the_supposition_it_still_fails() -> None:
    assert _claim(case="In all cases") == ["FAILED", "PROVED"]
