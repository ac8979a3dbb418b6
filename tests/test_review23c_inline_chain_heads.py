r"""An inline chain whose middle member is a definition's head defines that name too: no claim about it.

me28 checks an inline definition that goes on as a chain after its first link (``$h(x) = 2(x+1) =
2x + 1$`` is FAILED). "For regression the prediction is $\hat y = f(x) = w^T x + b$." names the same
quantity twice and gives it a body: where an earlier section defined f otherwise (a classifier
``f(x) = \sigma(w^T x + b)``) the link ``f(x) = w^T x + b`` was FAILED against it — a restatement, which
is a new meaning or a slip and never FAILED (documents.restatements). Examples written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
# Classification

The classifier is $f(x) = \sigma(w^T x + b)$.

# Regression

For regression the prediction is $\hat y = {middle} = w^T x + b$.
"""


def test_a_function_named_again_in_an_inline_chain_is_not_failed() -> None:
    steps = doc_steps(_NOTES.replace("{middle}", "f(x)"))
    assert all(s.verdict.value != "FAILED" for s in steps), [(s.lhs_latex, s.message) for s in steps]


def test_a_wrong_link_after_a_known_function_is_still_failed() -> None:
    steps = doc_steps(r"The output is $a = \sigma(z) = \frac{1}{1 + e^{z}}$ for a logit $z$.")
    assert [s.verdict.value for s in steps][-1] == "FAILED", [s.message for s in steps]


def test_a_wrong_link_after_a_builtin_function_is_still_failed() -> None:
    steps = doc_steps(r"Let $g(x) = \exp(x) = 1 + x$ on the reals.")
    assert [s.verdict.value for s in steps][-1] == "FAILED", [s.message for s in steps]
