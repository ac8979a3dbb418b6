r"""A labelled function called with a number as its label: the family at that parameter, ``S_1(3)`` of ``S_\lambda(x)``.

"Define the soft-threshold $S_\lambda(x) = …$. Then $S_1(3) = 2$": the definition was learned as the function
S_lambda of x (λ free in its body), and ``S_1(3)`` read as ``3 S_1`` (SKIPPED, "the notes do not define the
function"), ``g_2(3)`` of ``g_a(x)`` as entry 2 of g(3). Now the label is the family's parameter where the notes
call the function at a number (documents.familyparameters): right values PROVED, wrong ones FAILED, and the
derivative of the family keeps its reading. Examples written here."""

from __future__ import annotations

from support import doc_steps

_SOFT = r"""
Define the soft-threshold $S_\lambda(x) = \operatorname{sign}(x)\max(|x| - \lambda, 0)$.

$$S_1(3) = {three}$$

$$S_2(0.5) = {half}$$
"""

_RIDGE = r"""
The regularised cost is $J_\lambda(w) = (w - 2)^2 + \lambda w^2$.

$$\frac{d J_\lambda(w)}{d w} = 2(w - 2) + {slope}$$

$$J_{0.5}(1) = {value}$$
"""


def _verdicts(notes: str, **fill: str) -> list[str]:
    for key, value in fill.items():
        notes = notes.replace("{" + key + "}", value)
    return [s.verdict.value for s in doc_steps(notes)]


def test_the_soft_threshold_at_numbers_is_proved() -> None:
    assert _verdicts(_SOFT, three="2", half="0") == ["PROVED", "PROVED"]


def test_a_wrong_soft_threshold_value_fails() -> None:
    assert _verdicts(_SOFT, three="3", half="-1.5") == ["FAILED", "FAILED"]


def test_an_inline_family_value_is_read_at_its_parameter() -> None:
    notes = "Define $g_a(x) = a x^2 + 1$. Then $g_2(3) = {v}$ and $g_1(0.5) = {w}$.\n"
    assert _verdicts(notes, v="19", w="1.25") == ["PROVED", "PROVED"]
    assert _verdicts(notes, v="17", w="1.5") == ["FAILED", "FAILED"]


def test_the_family_derivative_keeps_its_reading_beside_a_call_at_a_number() -> None:
    assert _verdicts(_RIDGE, slope=r"2\lambda w", value="1.5") == ["PROVED", "PROVED"]
    assert _verdicts(_RIDGE, slope=r"\lambda w", value="1.25") == ["FAILED", "FAILED"]
