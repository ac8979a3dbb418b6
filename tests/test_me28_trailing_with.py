r"""A name defined in the same sentence right after the claim that uses it: "…$, with $z = w^\top x + b$".

Notes write ``$\frac{\partial \hat y}{\partial z} = \hat y(1-\hat y)$ with $z = w^\top x + b$`` (or
"…, where $z = …$"), inline or after a display that ends with a comma. The definition is part of the
sentence that makes the claim, as a "where" sentence after a display is (documents.trailing); read
without it, z is a name of its own, ∂ŷ/∂z is 0 and the step was SKIPPED. "With …" opening a new sentence
after a display starts a new topic and stays apart. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _first(body: str) -> tuple[str, str]:
    steps = [s for s in doc_steps(body) if "partial" in s.lhs_latex]
    return steps[0].verdict.value, steps[0].message


_INLINE = r"""
The model is $\hat y = \sigma(w^\top x + b)$.

We have $\frac{\partial \hat y}{\partial z} = {rhs}$ {word} $z = w^\top x + b$ the logit.
"""

_DISPLAY = r"""
The model is $\hat y = \sigma(w^\top x + b)$. Then
$$\frac{\partial \hat y}{\partial z} = {rhs},$$
with $z = w^\top x + b$ the logit.
"""


def test_an_inline_claim_reads_the_definition_with_that_follows_it() -> None:
    verdict, message = _first(_INLINE.replace("{rhs}", r"\hat y(1-\hat y)").replace("{word}", "with"))
    assert verdict in GREEN, message


def test_an_inline_claim_reads_the_definition_where_that_follows_it() -> None:
    verdict, message = _first(_INLINE.replace("{rhs}", r"\hat y(1-\hat y)").replace("{word}", ", where"))
    assert verdict in GREEN, message


def test_a_wrong_derivative_before_such_a_definition_is_failed() -> None:
    verdict, message = _first(_INLINE.replace("{rhs}", r"\hat y(1+\hat y)").replace("{word}", "with"))
    assert verdict == "FAILED", message


def test_a_display_continued_by_with_reads_its_definition() -> None:
    assert _first(_DISPLAY.replace("{rhs}", r"\hat y(1-\hat y)"))[0] in GREEN
    assert _first(_DISPLAY.replace("{rhs}", r"(1-\hat y)^2"))[0] == "FAILED"


def test_a_new_sentence_opening_with_with_does_not_reach_back() -> None:
    body = _DISPLAY.replace("{rhs}", r"\hat y(1-\hat y)").replace(",$$\nwith", ".$$\nWith")
    verdict, _ = _first(body)
    assert verdict not in GREEN
