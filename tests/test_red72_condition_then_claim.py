r"""A claim after a closed if-clause is no premise (red72).

"If $x = 1$, the slope is $f'(1) = 5$, which would be positive at every larger $x$ too": alarm71's premise rule
saw an opener ("If") with no consequence word before ``f'(1) = 5`` and a "would" in the sentence, so the claim in
the main clause was read as the supposition's premise and never checked (a wrong ``f'(1) = 4`` no step at all). The
if-clause ends at its formula's comma: a formula after it is the sentence's claim, and, with no "had"/"were" in the
if-clause and no "would" before it, no counterfactual consequence either — checked. A real premise list ("If we had
$x = 1$, $y = 2$, it would …") is still a premise (guard)."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.hypotheticalvalues import hypothetical_consequence, hypothetical_premise

NOTE = r"""# A quadratic

Let $f(x) = x^2 + 3x$. Its derivative is
$$f'(x) = 2x + 3$$

If $x = 1$, the slope is $f'(1) = VALUE$, which would be positive at every larger $x$ too.
"""


def test_the_claim_after_the_if_clause_is_checked() -> None:
    assert verdicts_by_line(NOTE.replace("VALUE", "4"))[6] == ["FAILED"]
    assert set(verdicts_by_line(NOTE.replace("VALUE", "5"))[6]) <= {"PROVED", "PASSED"}


def test_a_premise_list_is_still_a_premise() -> None:
    text = "Let $d = 19$. If we had $x = 1$, $y = 2$, it would change."
    assert hypothetical_premise(text, text.index("$y = 2"), text.index(", it"))


def test_the_main_clause_of_a_plain_condition_is_no_consequence() -> None:
    text = "If $x = 1$, the slope is $f'(1) = 5$, which would be positive."
    start = text.index("$f'")
    assert not hypothetical_premise(text, start, text.index(", which"))
    assert hypothetical_consequence(text, start, text.index(", which")) is None
