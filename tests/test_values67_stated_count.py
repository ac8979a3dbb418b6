r"""A value stated for a name the notes define by a formula, reached through a function the worked line applies.

"With $k = \sum_i x_i$ heads, the log-likelihood is $$\ell(\theta) = k \log \theta + (n - k)\log(1 - \theta).$$ For
$n = 10$ and $k = 7$, $$\ell(0.7) = 7\log 0.7 + 3 \log 0.3$$": the worked line writes no name, only ℓ applied to a
number, so documents.statedintermediates found no defined name it reads and left it SKIPPED "a worked number against
a definition over x, whose values the notes give only in prose". The function applied reaches its body's names (k,
n), whose stated values are the example's. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
We toss a coin $n$ times and observe $x_1, \dots, x_n \in \{0, 1\}$. With $k = \sum_i x_i$ heads, the
log-likelihood is
$$\ell(\theta) = k \log \theta + (n - k)\log(1 - \theta).$$
For $n = 10$ and $k = 7$,
$$\ell(0.7) = 7\log 0.7 + {term}$$
"""


def _worked(term: str) -> tuple[str, str]:
    steps = doc_steps(_NOTES.replace("{term}", term))
    (step,) = [s for s in steps if "0.7" in s.lhs_latex]
    return step.verdict.value, step.message or ""


def test_the_worked_likelihood_is_read_at_the_stated_count() -> None:
    verdict, message = _worked(r"3 \log 0.3")
    assert verdict in GREEN, message
    assert "the value the notes state for k" in message


def test_a_wrong_worked_likelihood_is_never_green() -> None:
    verdict, message = _worked(r"4 \log 0.3")
    assert verdict not in GREEN, message
