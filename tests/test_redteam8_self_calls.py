r"""A line that writes a function on both sides is no definition of it (redteam8).

After the notes' kernel ``$k(a, b) = \exp(-(a - b)^2/2)$`` (inline), the display ``k(b, a) = k(a, b)``
(its symmetry) was learned as k's definition, since displays are learned before inline formulas: its
body calls k, and every later line that called k ended in a RecursionError (ERROR). Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_KERNEL = r"""
# A kernel

The kernel is $k(a, b) = \exp\left(-\frac{(a - b)^2}{2}\right)$.

$$k(b, a) = k(a, b)$$

$$k(a, 2a) = {rhs}$$
"""


def test_a_symmetry_of_a_function_is_checked_not_learned() -> None:
    first, _ = doc_steps(_KERNEL.replace("{rhs}", "e^{-a^2/2}"), "notes.md")
    assert first.verdict is Verdict.PROVED, first.message


def test_calls_after_a_symmetry_are_checked() -> None:
    steps = doc_steps(_KERNEL.replace("{rhs}", "e^{-a^2/2}"), "notes.md")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    steps = doc_steps(_KERNEL.replace("{rhs}", "e^{-a^2}"), "notes.md")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


_DIAGONAL = r"""
# A kernel

The kernel is $k(x, x') = \sigma_0^2 \exp\left(-\frac{(x - x')^2}{2\ell^2}\right)$.

$$k(x_*, x_*) = \sigma_0^2$$

$$LINE$$
"""


def test_a_function_on_its_diagonal_is_a_claim_not_a_definition() -> None:
    # k(x_*, x_*) = σ0² was learned as k's definition (a constant), so k(1, 3) = σ0² was PROVED
    steps = doc_steps(_DIAGONAL.replace("LINE", r"k(1, 3) = \sigma_0^2"), "notes.md")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message
    right = doc_steps(_DIAGONAL.replace("LINE", r"k(1, 3) = \sigma_0^2 e^{-2/\ell^2}"), "notes.md")[-1]
    assert right.verdict is Verdict.PROVED, right.message
