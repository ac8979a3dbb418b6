r"""``\ell_0`` beside the notes' function ``\ell(v)``: a name of its own, not entry 0 of ℓ.

A letter the notes define as a function of a value (``\ell(v) = v^2``) has no entries: written with a digit
subscript and no argument (``\ell_0``, a length-scale; ``h_0``, an initial state) it is another scalar, as it
is when the notes define no ℓ at all. Before, ``\ell_0`` was read as entry 0 of ℓ, whose body needs its
parameter: "v is not declared".
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

LOSS = "The length-scale is $\\ell_0 > 0$ and the loss is $\\ell(v) = v^2$.\n\n"


def test_a_digit_subscript_on_a_defined_function_is_a_scalar_of_its_own() -> None:
    steps = doc_steps(LOSS + "$$ \\frac{d}{d\\ell_0} \\frac{r^2}{2\\ell_0^2} = -\\frac{r^2}{\\ell_0^3} $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message


def test_a_wrong_step_in_it_is_caught() -> None:
    steps = doc_steps(LOSS + "$$ \\frac{d}{d\\ell_0} \\frac{r^2}{2\\ell_0^2} = -\\frac{r^2}{2\\ell_0^3} $$\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_the_function_and_the_scalar_side_by_side() -> None:
    steps = doc_steps(LOSS + "$$ \\ell_0 \\, \\ell(2) = 4 \\ell_0 $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message


def test_an_initial_state_beside_its_update_function() -> None:
    text = ("Let $h(t) = 3t + 1$ and start from $h_0 = 2$.\n\n"
            "$$ (h_0 + h(1))^2 = h_0^2 + 8 h_0 + 16 $$\n")
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
