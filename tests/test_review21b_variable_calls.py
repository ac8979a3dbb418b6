r"""Only a letter or a Greek name applied to the variable is a call (review21b).

``numbercalls.variable_calls_read`` took any command before a bracket for a function's name:
``3\left(t\right)`` and ``2 \cdot (t)^2`` were "left(t)"/"cdot(t)" read as products, and wrong derivatives
written so were SKIPPED instead of FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.numbercalls import variable_calls_read
from verifier.results import Verdict


def test_brackets_after_a_command_are_no_call() -> None:
    for display in (r"\frac{d}{dt}\left(t^2 - t\right) = 3\left(t\right) - 1",
                    r"\frac{d}{dt}\left(t^3\right) = 2 \cdot (t)^2"):
        step = doc_steps(f"# Derivatives\n\n$${display}$$\n")[-1]
        assert step.verdict is Verdict.FAILED, (display, step.message)


def test_a_letter_or_greek_name_applied_to_the_variable_is_a_call() -> None:
    import sympy as sp

    t = sp.Symbol("t")
    tree = sp.Derivative(sp.Symbol("p") * t, t)
    assert variable_calls_read([r"\frac{d}{dt} p(t)"], [tree]) == ["p(t)"]
    assert variable_calls_read([r"\frac{d}{dt} \phi(t)"], [tree]) == ["phi(t)"]
    assert variable_calls_read([r"\frac{d}{dt} 3\left(t\right) \cdot (t)"], [tree]) == []
