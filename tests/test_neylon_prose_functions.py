r"""Functions the prose names (``where $g(z)$ is the logistic function``): read as that function.

Small examples written here (documents/prosefunctions.py)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.prosefunctions import prose_functions

_NOTES = r"""
The cost is

$$J(\theta) = -\log(g(y \theta^T x)),$$

where $g(z)$ is the logistic function.

Then

$$\frac{d}{dz} g(z) = g(z)g(-z)$$

and

$$\frac{d}{dz} g(z) = g(z)(1+g(z))$$

Later let $g(z) = f(Az)$ for an arbitrary f. Then

$$\frac{d}{dz} g(z) = g(z)(1-g(z))$$
"""


def test_a_function_the_prose_names_is_checked_as_that_function() -> None:
    steps = doc_steps(_NOTES)
    by_line = {s.source.rsplit(":", 1)[1]: s for s in steps}
    right, wrong, later = (by_line[k] for k in sorted(by_line, key=int)[1:4])
    assert right.verdict.name == "PROVED", right.message
    assert wrong.verdict.name == "FAILED", wrong.message  # the logistic function's derivative is g(1 - g)
    assert later.verdict.name != "PROVED", later.message  # g was defined anew: no longer the logistic function


def test_the_sentences_that_name_a_function() -> None:
    found = {(d.key[0], d.builtin) for d in prose_functions(
        "where $g(z)$ is the logistic function, and $\\phi$ denotes the sigmoid. "
        "Let $s$ be the softmax function. The sigmoid function $h$, then $\\phi(a) + s(v) + h(u)$"
    )}  # fmt: skip
    assert found == {("g", "logistic"), ("phi", "logistic"), ("s", "softmax"), ("h", "logistic")}


def test_a_formula_after_the_name_is_no_naming_sentence() -> None:
    # "the sigmoid function $\sigma(z) = …$" is a definition the inline reader learns; "$g$ is the
    # logistic regression loss" names no function
    assert prose_functions("the sigmoid function $h(z) = 1/(1+e^{-z})$") == []
    assert prose_functions("where $L$ is the logistic loss") == []
