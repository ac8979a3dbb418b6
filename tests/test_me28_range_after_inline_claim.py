r"""A range stated right after an inline claim, in its sentence, is the claim's own.

"$\mathrm{ReLU}'(x) = 1$ for $x > 0$ and $0$ for $x < 0$." — the ranges the prose states were taken
"nearest the chain" as if all came before it, so the x < 0 of the next clause won and the correct
derivative was FAILED (a false alarm on the most common piecewise derivative). The range nearest the
claim in its own sentence holds; a range in a later sentence ("… $= 1$. For $x < 0$, …") is another
claim's. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _first(body: str) -> tuple[str, str]:
    step = doc_steps(body)[0]
    return step.verdict.value, step.message


def test_the_range_after_an_inline_claim_in_its_sentence_is_its_own() -> None:
    verdict, message = _first(r"ReLU: $\mathrm{ReLU}'(x) = 1$ for $x > 0$ and $0$ for $x < 0$.")
    assert verdict in GREEN, message
    assert "x > 0 as the prose states" in message


def test_a_wrong_value_on_that_range_is_failed() -> None:
    verdict, message = _first(r"ReLU: $\mathrm{ReLU}'(x) = x$ for $x > 0$ and $0$ for $x < 0$.")
    assert verdict == "FAILED", message


def test_a_range_in_the_next_sentence_is_not_the_claims() -> None:
    verdict, message = _first(r"We get $\frac{d}{dx}|x| = -1$. For $x > 0$ the slope is the other one.")
    assert "x > 0 as the prose states" not in message, (verdict, message)
