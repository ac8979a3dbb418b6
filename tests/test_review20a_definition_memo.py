r"""A definition read outside a derivative is not the same value inside one (review20a).

A function written alone (``f``) and applied once (``f(wx)``) is read as the constant value ``f`` only where
nothing is differentiated (documents.omitted); since neylon8 the resolver is marked as differentiating while
any derivative is taken, also one reached through a definition. The value of a definition was remembered by
its name alone: ``u := f(wx)`` read first outside the derivative (the value ``f``) was reused inside
``v := \partial u/\partial w``, so ``v`` was 0 and ``u + v = f`` PROVED (``v = x f'(wx)``). Written ``a + u``
(the derivative read first) the same step was SKIPPED: the verdict depended on the order of the terms.
Small examples written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
Let $u = f(wx)$, where $f$ is a smooth function of one variable; below we write $f$ alone for its value.

Define ${V} = \frac{\partial u}{\partial w}$.

Then

$$STEP.$$
"""


def _step(name: str, step: str):
    (only,) = doc_steps(_NOTES.replace("{V}", name).replace("STEP", step))
    return only


def test_a_dropped_chain_rule_term_is_not_green_whatever_the_order_of_the_terms() -> None:
    for name, step in (("v", "u + v = f"), ("a", "a + u = f")):
        got = _step(name, step)
        assert got.verdict.name not in ("PROVED", "PASSED"), (step, got.message)


def test_the_value_f_stands_for_is_still_read_where_nothing_is_differentiated() -> None:
    got = _step("v", "u = f")
    assert got.verdict.name == "PROVED", got.message


def test_the_derivative_written_out_is_not_failed() -> None:
    got = _step("v", "u + v = u + x f'(wx)")
    assert got.verdict.name != "FAILED", got.message
