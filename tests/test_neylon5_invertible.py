r"""An inverted product is invertible: inferred sizes make ``X^T X`` full rank (documents.invertible).

Undeclared sizes take small distinct defaults in the order a chain meets them; where the parameter
vector comes first, X came out wide (2×4) and ``(X^T X)^{-1}`` was singular at every draw, so the
step was SKIPPED. The notes invert it, so X has at least as many rows as columns. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.invertible import inner_sizes, ordered


def _one(latex: str) -> tuple[str, str]:
    (step,) = doc_steps(f"$$\n{latex}\n$$\n")
    return step.verdict.value, step.message


def test_inner_sizes_of_an_inverted_product() -> None:
    assert inner_sizes(["n", "m", "m", "n"]) == [("n", "m"), ("n", "m")]
    assert inner_sizes(["n", "n"]) == []


def test_ordered_swaps_only_fresh_roots_that_disagree() -> None:
    values = {("#", 1): 4, ("#", 2): 2}
    ordered([(("#", 1), ("#", 2))], lambda r: r, values, lambda r: None, {})
    assert values == {("#", 1): 2, ("#", 2): 4}
    named = {("n", ()): 4, ("#", 2): 2}
    ordered([(("n", ()), ("#", 2))], lambda r: r, named, lambda r: None, {})
    assert named == {("n", ()): 4, ("#", 2): 2}  # a named size is never reordered
    written = {("#", 1): 4, ("#", 2): 2}
    ordered([(("#", 1), ("#", 2))], lambda r: r, written, lambda r: None, {("#", 1): 4})
    assert written == {("#", 1): 4, ("#", 2): 2}  # theta_4 written: its size stays at least 4


def test_a_normal_equation_with_the_parameter_first_is_checked() -> None:
    verdict, message = _one(r"\beta^T (A^T A)^{-1} A^T b = b^T A (A^T A)^{-1} \beta")
    assert verdict == "PROVED", message


def test_a_weighted_normal_equation_with_the_parameter_first_is_checked() -> None:
    verdict, message = _one(r"\beta^T (A^T V A)^{-1} A^T V A = \beta^T")
    assert verdict == "PROVED", message


def test_a_wrong_normal_equation_is_not_green() -> None:
    verdict, _ = _one(r"\beta^T (A^T A)^{-1} A^T b = b^T A (A^T A)^{-1} A^T A \beta + 1")
    assert verdict in ("FAILED", "SKIPPED")
    verdict, _ = _one(r"\beta^T (A^T A)^{-1} A^T b = 2 b^T A (A^T A)^{-1} \beta")
    assert verdict in ("FAILED", "SKIPPED")
