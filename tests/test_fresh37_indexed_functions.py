r"""``p_k(T) = \frac{e^{z_k/T}}{\sum_j e^{z_j/T}}``: a family of functions, one per index, defined by its member k.

Temperature scaling writes the class probabilities as functions of the temperature, ``p_k(T)``, and later
``\ell(T) = -\log p_y(T)``. The head was read as the product ``T p_k`` — no definition — so every step through p was
SKIPPED "p, z appear(s) on one side only" (fresh37: three planted mistakes of a temperature-scaling note). It is
read as documents.entrydefined reads ``S(z)_i = …``: entry k of the vector p(T), the index over its declared range
where no argument is a vector.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.entrydefined import entry_definition
from verifier.latex import parse_latex
from verifier.results import Verdict

_NOTES = """
# Cooling the logits

With logits $z_1, \\dots, z_K$ and a temperature $T > 0$ the class probabilities are

$$p_k(T) = \\frac{{e^{{z_k / T}}}}{{\\sum_{{j=1}}^{{K}} e^{{z_j / T}}}} .$$

For the label $y$ the loss is

$$-\\log p_y(T) = {right} .$$
"""


def _last(right: str) -> Verdict:
    return doc_steps(_NOTES.format(right=right))[-1].verdict


def test_the_family_is_read_and_the_loss_proved() -> None:
    assert _last("-\\frac{z_y}{T} + \\log \\sum_{j=1}^{K} e^{z_j / T}") in (Verdict.PROVED, Verdict.PASSED)


def test_a_temperature_dropped_from_the_normaliser_fails() -> None:
    assert _last("-\\frac{z_y}{T} + \\log \\sum_{j=1}^{K} e^{z_j}") is Verdict.FAILED


def test_the_head_is_a_family_only_with_its_index_in_the_body() -> None:
    body = "\\frac{e^{z_k / T}}{\\sum_j e^{z_j / T}}"
    d = entry_definition("p_k(T)", parse_latex(body), body, 3, lambda name: False)
    assert d is not None and d.params == ("T",) and d.index_params == ("k",)
    assert entry_definition("p_k(T)", parse_latex("T^2"), "T^2", 3, lambda name: False) is None
    assert entry_definition("p_T(T)", parse_latex(body), body, 3, lambda name: False) is None  # index = parameter
