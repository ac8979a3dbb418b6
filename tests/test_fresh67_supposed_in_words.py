r"""A claim the prose makes under a supposition said in words: "If all weights equal some $c > 0$, then
$\mathrm{ESS} = \frac{(nc)^2}{nc^2} = n$" (fresh67's effective-sample-size note). The supposition (every w_i = c) is
not read, so ESS's definition was checked with arbitrary weights and the first link FAILED: a false alarm. The
link that reaches a definition the supposition constrains is SKIPPED, naming it; a link of the claim's own algebra
(no defined name reached) is still checked. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.wordcases import _SUPPOSED, case_in_words

_ESS = """# ESS

Samples $x_1, \\dots, x_n$ from a proposal $q$ carry weights $w_i = \\pi(x_i)/q(x_i)$ for a target $\\pi$. With the
normalised weights $\\bar w_i = w_i / \\sum_j w_j$, the effective sample size is

$$
\\mathrm{ESS} = \\frac{1}{\\sum_{i=1}^n \\bar w_i^2}.
$$

CASE, then $\\mathrm{ESS} = \\frac{(nc)^2}{nc^2} = LAST$.
"""


def _claim(case: str = "If all weights equal some $c > 0$", last: str = "n") -> list[str]:
    return verdicts_by_line(_ESS.replace("CASE", case).replace("LAST", last))[10]


def test_a_supposition_in_words_may_introduce_a_constant_and_end_in_then() -> None:
    def supposed(prose: str) -> str | None:
        return case_in_words(prose, _SUPPOSED)

    assert supposed("If all weights equal some $c > 0$, then ") == "If all weights equal some $c > 0$"
    assert supposed("If the router is uniform, then ") == "If the router is uniform"
    assert supposed("If all weights equal $c$, then ") is None  # a formula that is no fresh constant
    assert supposed("If we take some $c > 0$, then ") is None  # a choice
    assert case_in_words("If all weights equal some $c > 0$, then ") is None  # a value in a case: not this one


def test_the_link_through_the_definition_is_no_false_alarm() -> None:
    assert _claim() == ["SKIPPED", "PROVED"]


def test_a_wrong_link_of_the_claims_own_algebra_still_fails() -> None:
    assert _claim(last="n^2") == ["SKIPPED", "FAILED"]


def test_without_the_supposition_the_claim_still_fails() -> None:
    assert _claim(case="In all cases") == ["FAILED", "PROVED"]
