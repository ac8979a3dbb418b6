r"""A restatement the prose calls a rewriting of the definition just above is a claim about it.

``J(w) = \frac{1}{2n}\|Xw - y\|^2``, then "Expanding," ``J(w) = \frac{1}{2n}(w^\top X^\top X w - y^\top X w
+ y^\top y)`` with the factor 2 dropped: the second line writes J again, and a restatement is in general
either a new meaning or a slip (documents.restatements: never FAILED). Here the notes say which: the
word "Expanding" (simplifying, rearranging, multiplying out, substituting, in matrix form …) right before
it, a few lines after the definition, says the same J rewritten, so a rewriting that does not hold is
the mistake. Far from the definition, or introduced as a new quantity ("Now let"), it stays a possible
new meaning. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Let $X \in \mathbb{R}^{n\times d}$, $w\in\mathbb{R}^d$, $y \in \mathbb{R}^n$ and
$$J(w) = \frac{1}{2n}\|Xw - y\|_2^2.$$
{lead}
$$J(w) = \frac{1}{2n}\left(w^\top X^\top X w - {k} y^\top X w + y^\top y\right).$$
"""


def _step(lead: str, k: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{lead}", lead).replace("{k}", k))[-1]
    assert r"y^\top y" in step.rhs_latex
    return step.verdict.value, step.message


def test_an_expansion_that_drops_a_factor_is_failed() -> None:
    verdict, message = _step("Expanding,", "")
    assert verdict == "FAILED", message


def test_the_right_expansion_is_proved_against_the_definition() -> None:
    verdict, message = _step("Expanding,", "2")
    assert verdict in GREEN, message
    assert "checked against the notes' definition of J" in message


def test_a_restatement_introduced_as_new_is_still_not_failed() -> None:
    verdict, message = _step("Now let the loss be", "")
    assert verdict == "SKIPPED", message
    assert "anew" in message
