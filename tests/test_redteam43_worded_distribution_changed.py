r"""A moment is judged against a distribution given in words only where nothing between them conditions X or
gives it another distribution (redteam43, documents.wordeddistribution).

misses42 reads "$X$ takes the values 1 and 4 with equal probability" and judges a statement of 𝔼[X] a few lines on.
Each of these right statements was FAILED "this moment is 5/2 (2.5)" (false alarms): the distribution said under
the prior, then "Under the posterior $P(X = 4) = 0.8$, so $\mathbb{E}[X] = 3.4$"; a distribution said "when $Z = 1$,
and $X = 0$ otherwise", then $\mathbb{E}[X] = 1.25$; "Conditioned on $X > 2$, $\mathbb{E}[X] = 4$"; "After the flip,
$X$ takes the values 2 and 5; $\mathbb{E}[X] = 3.5$" (the second sentence was not read, the first one judged;
and $\mathbb{E}[X] = 2.5$ there PROVED).
Such a statement is left as it was before misses42 (no verdict from the words). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _last(body: str) -> Verdict:
    return doc_steps("# Mean\n\n" + body)[-1].verdict


@pytest.mark.parametrize("body", [
    "Under the prior, $X$ takes the values 1 and 4 with equal probability. Under the posterior $P(X = 4) = 0.8$, "
    "so $\\mathbb{E}[X] = 3.4$.\n",
    "Suppose $X$ takes the values 1 and 4 with equal probability when $Z = 1$, and $X = 0$ otherwise.\n"
    "With $P(Z = 1) = 0.5$ we get $\\mathbb{E}[X] = 1.25$.\n",
    "Suppose $X$ takes the values 1 and 4 with equal probability.\n\nConditioned on $X > 2$, $\\mathbb{E}[X] = 4$.\n",
    "Suppose $X$ takes the values 1 and 4 with equal probability.\n"
    "After the flip, $X$ takes the values 2 and 5; $\\mathbb{E}[X] = 3.5$.\n",
    "Suppose $X$ takes the values 1 and 4 with equal probability.\n"
    "After the flip, $X$ takes the values 2 and 5; $\\mathbb{E}[X] = 2.5$.\n",  # was PROVED at the first
])
def test_a_moment_after_x_is_conditioned_or_changed_is_not_judged(body: str) -> None:
    assert _last(body) is Verdict.SKIPPED


@pytest.mark.parametrize("body, verdict", [
    ("Suppose $X$ takes the values 1 and 4 with equal probability, and we have $\\mathbb{E}[X] = 3$.\n",
     Verdict.FAILED),
    ("Suppose $X$ takes the values 1 and 4 with equal probability. Then $\\mathbb{E}[X^2] = 8.5$ and "
     "$\\mathbb{E}[X] = 3$.\n", Verdict.FAILED),
    ("If $X$ takes the values 1 and 4 with equal probability, then $\\mathbb{E}[X] = 3$.\n", Verdict.FAILED),
    ("Suppose $X$ takes the values 1 and 4 with probabilities 0.2 and 0.8. Then $\\mathbb{E}[X] = 3.4$.\n",
     Verdict.PROVED),
])
def test_a_moment_of_the_distribution_as_said_keeps_its_verdict(body: str, verdict: Verdict) -> None:
    assert _last(body) is verdict
