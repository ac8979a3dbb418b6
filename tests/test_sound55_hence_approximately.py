r"""A consequence the prose says is approximate, or of a bound variable, is not the defined quantity rewritten
(sound55).

gaps54 read "Hence"/"Therefore" before a restated name as the definition rewritten, so a closed form that does not
hold there is FAILED. Notes also write an approximation with ``=`` after such a word: "For small $w$ the square is
negligible. Hence, to first order, $L = \frac13 - w$" — right to first order, FAILED as a rewriting of
``L = \int_0^1 (w - t)^2\,dt``. Words of approximation (to first order, for small …, negligible, dropping, in the
limit, approximately) in the prose just before leave it to the old rule ("defines L anew"); an exact wrong closed
form after "Hence" stays FAILED. Nor is a restatement that writes free a name the definition only binds: L of
``\int_0^1 (w - t)^2\,dt`` does not depend on t, so "Hence, per sample, $L = (w - t)^2$" is another quantity under
L's name. Every note is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# A quadratic in closed form

The expected loss is

$$L = \int_0^1 (w - t)^2\,dt .$$

%s

$$L = %s .$$
"""


def _last(lead: str, closed: str):  # type: ignore[no-untyped-def]
    return doc_steps(NOTES % (lead, closed))[-1]


def test_to_first_order_after_hence_is_not_failed() -> None:
    step = _last(r"Hence, to first order,", r"\frac13 - w")
    assert step.verdict.value != "FAILED", step.message


def test_small_in_the_sentence_before_hence_is_not_failed() -> None:
    step = _last(r"For small $w$ the square $w^2$ is negligible. Hence", r"\frac13 - w")
    assert step.verdict.value != "FAILED", step.message


def test_expanding_to_leading_order_is_not_failed() -> None:
    step = _last(r"Expanding to leading order in $w$,", r"\frac13 - w")
    assert step.verdict.value != "FAILED", step.message


def test_an_exact_wrong_closed_form_after_hence_is_still_failed() -> None:
    step = _last(r"Integrating term by term. Hence", r"w^2 - 2w + \frac13")
    assert step.verdict.value == "FAILED", step.message


def test_a_restatement_free_in_the_definition_s_bound_variable_is_not_failed() -> None:
    # L does not depend on t (the integral binds it): "per sample, L = (w - t)^2" is another quantity under L's name
    step = _last(r"Hence, per sample,", r"(w - t)^2")
    assert step.verdict.value != "FAILED", step.message
