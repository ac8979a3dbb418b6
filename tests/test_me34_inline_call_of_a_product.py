r"""``$\mathrm{Var}(aX) = a^2\mathrm{Var}(X)$`` in the prose is a claim, not a definition of Var.

An inline equation whose left member is a function written on its parameters (``f(x, y) = …``) is a
definition's head and is learned, not checked. The text test took ``aX`` for one parameter named "aX";
the parser reads a product a·X, and no definition's parameter is a product. Such an equation was
neither learned nor checked: dropped without a word (issue 8 §2). It is a claim now, reported with the
reason it cannot be decided (or checked, where the notes define the function)."""

from __future__ import annotations

from support import doc_steps


def test_an_identity_of_a_call_on_a_product_is_a_step() -> None:
    steps = doc_steps("We have $\\mathrm{Var}(aX) = a^2\\mathrm{Var}(X)$ for a constant $a$.\n")
    assert [s.lhs_latex for s in steps] == ["\\mathrm{Var}(aX)"]


def test_a_call_on_a_product_of_a_defined_function_is_checked() -> None:
    text = "Let $f(x) = x^2$. Then $f(2x) = 2f(x)$.\n"
    (step,) = doc_steps(text)
    assert step.verdict.value == "FAILED"


def test_a_definition_on_names_is_still_learned() -> None:
    assert doc_steps("Let $g(x, y) = x y + 1$ be the score.\n") == []
