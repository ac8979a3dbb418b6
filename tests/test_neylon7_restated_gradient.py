r"""``\nabla L`` of a cost the notes restate without its argument (documents.restated).

``L(w) = (Aw - c)^T (Aw - c)``, then "we can write $L = u^T u$" with ``u := Aw - c``: the gradient
written without its variable is by w, the parameter the notes first wrote L with, where the restated
definition reaches w. Every example is written here; the wrong variant is FAILED, and a restatement
that does not reach w keeps the step SKIPPED."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
The cost is

$$L(w) = (Aw - c)^T (Aw - c).$$

Let

$$u := Aw - c,$$

so that we can write $L = u^T u.$ Then

$$\nabla L = {}$$
"""


def _last(notes: str) -> tuple[str, str]:
    step = doc_steps(notes)[-1]
    return step.verdict.value, step.message


def test_the_gradient_of_a_restated_cost_is_by_its_first_parameter() -> None:
    verdict, message = _last(_NOTES.replace("{}", "2A^T u"))
    assert verdict == "PROVED", message
    assert "the parameter the notes write L with at line 3" in message


def test_its_wrong_variant_is_failed() -> None:
    verdict, message = _last(_NOTES.replace("{}", "A^T u"))
    assert verdict == "FAILED", message


def test_a_restatement_of_other_quantities_keeps_it_skipped() -> None:
    notes = _NOTES.replace("so that we can write $L = u^T u.$", "Now let $L = q^T q$ for another vector $q$.")
    verdict, message = _last(notes.replace("{}", "2 q"))
    assert verdict == "SKIPPED", message
    assert "the variable of the gradient is not written" in message
