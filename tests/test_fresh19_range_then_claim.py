r"""A range given with "with" ends at its comma: "with $c > 0$, $\frac12\log(c^2\sigma^2) = … $" is a claim.

``claims.condition_before`` reads a formula listed after a condition cue as one more condition ("with
$U^TU = I$, $V^TV = I$"). After "with $c > 0$," the next formula is the sentence's main clause, and taken
for a condition it was never read: a wrong ``2\log c`` for ``\log c`` there left the notes green with no
step at all. A range of one name followed by a bare comma closes the "with" clause."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.claims import condition_before
from verifier.results import Verdict


def test_a_range_then_a_comma_closes_the_clause() -> None:
    assert not condition_before("Scaling: with $c > 0$, ")
    assert not condition_before("for $y = cx$ with $c > 0$, $y\\sim\\mathcal{N}(c\\mu, c^2\\sigma^2)$ and ")
    assert not condition_before("with $0 < p < 1$, ")


def test_formulas_listed_under_the_cue_stay_conditions() -> None:
    assert condition_before("with $U^TU = I$, ")
    assert condition_before("with $c > 0$ and ")
    assert condition_before("such that $x \\ge 0$, ")
    assert condition_before("with ")


def test_the_claim_after_the_range_is_read() -> None:
    text = ("Scaling: for $y = cx$ with $c > 0$, $y\\sim\\mathcal{N}(c\\mu, c^2\\sigma^2)$ and "
            "$\\frac12\\log(2\\pi e c^2\\sigma^2) = \\frac12\\log(2\\pi e\\sigma^2) + 2\\log c$: the entropy shifts.\n")
    steps = doc_steps(text)
    assert steps, "the claim after the range was not read"
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message
