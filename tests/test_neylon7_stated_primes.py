r"""A prime the prose defines as a derivative by a named variable (documents.statedprimes).

"Primes denote derivatives with respect to $s$", "where $y'$ denotes $\frac{\partial y}{\partial t}$":
the primes of the lines after it (and of the display a "where" sentence follows) are derivatives by
that variable, also in a chain that writes no derivative of its own. Where the chain differentiates by
another variable, which one a prime means is unsure: SKIPPED, never read by the chain's variable (it was
PROVED with u' read as ∂u/∂s where the prose said ∂u/∂t). Every example is written here; each reading
has a wrong variant that is never green."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedprimes import stated_primes

GREEN = ("PROVED", "PASSED")


def _variables(text: str) -> list[str]:
    return [s.variable for s in stated_primes(text, [])]


def test_the_phrasings_of_a_prime() -> None:
    assert _variables(r"where $x'$ denotes $\frac{\partial x}{\partial \theta_k}.$") == [r"\theta_k"]
    assert _variables(r"Here $y'$ stands for $dy/dt$ for any $y$.") == ["t"]
    assert _variables(r"Primes denote derivatives with respect to $s$.") == ["s"]
    assert _variables(r"A prime denotes differentiation with respect to $\tau$.") == [r"\tau"]


def test_a_formula_or_a_negation_is_no_notation() -> None:
    assert _variables(r"where $f'$ is $\partial g / \partial t$.") == []  # about f, not every prime
    assert _variables(r"Note that $y'$ does not denote $dy/dt$ here.") == []


_NOTES = r"""
Let $\mathbf{p}, \mathbf{q} \in \mathbb{R}^n$ depend on $s$, and let $C \in \mathbb{R}^{n \times n}$ be
fixed. Primes denote derivatives with respect to $s$.

$$(\mathbf{p}^T C \mathbf{q})' = {}$$
"""


def _only(notes: str) -> tuple[str, str]:
    ((step),) = doc_steps(notes)
    return step.verdict.value, step.message


def test_a_chain_without_a_variable_of_its_own_is_read_by_the_prose() -> None:
    verdict, message = _only(_NOTES.replace("{}", r"\mathbf{p}'^T C \mathbf{q} + \mathbf{p}^T C \mathbf{q}'"))
    assert verdict == "PROVED", message
    assert "a prime read as the derivative by s, as the prose says" in message


def test_its_wrong_variants_are_not_green() -> None:
    verdict, message = _only(_NOTES.replace("{}", r"\mathbf{p}'^T C \mathbf{q} + \mathbf{q}'^T C \mathbf{p}"))
    assert verdict == "FAILED", message  # C is not symmetric
    verdict, message = _only(_NOTES.replace("{}", r"\mathbf{p}'^T C \mathbf{q}"))
    assert verdict not in GREEN, message


def test_a_chain_by_another_variable_is_not_read_by_the_chain_variable() -> None:
    notes = _NOTES.replace(r"(\mathbf{p}^T C \mathbf{q})'", r"\frac{\partial}{\partial r}(\mathbf{p}^T C \mathbf{q})")
    verdict, message = _only(notes.replace("{}", r"\mathbf{p}'^T C \mathbf{q} + \mathbf{p}^T C \mathbf{q}'"))
    assert verdict == "SKIPPED", message


def test_without_the_sentence_a_chain_without_a_variable_is_not_read() -> None:
    notes = _NOTES.replace("Primes denote derivatives with respect to $s$.", "")
    verdict, message = _only(notes.replace("{}", r"\mathbf{p}'^T C \mathbf{q} + \mathbf{p}^T C \mathbf{q}'"))
    assert verdict == "SKIPPED", message
