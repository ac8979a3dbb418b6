r"""A primed capital the notes never define is a name of its own (documents/primenames.py).

Small notes written here: a matrix ``M'`` that the prose introduces, used in a weighted product;
a wrong step with it must not turn green, and a defined function keeps the derivative reading."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.primenames import name_primes

_NOTES = r"""
Let $M'$ be the matrix whose columns are the derivatives of $v$, and let $S$ be a matrix.

$$(v^T S M')^T = M'^T S^T v$$
"""


def test_a_primed_capital_is_read_as_a_name_and_checked() -> None:
    (step,) = doc_steps(_NOTES)
    assert step.verdict.name in ("PROVED", "PASSED"), step.message
    assert "M' read as a name of its own" in step.message


def test_a_wrong_step_with_the_primed_name_is_not_green() -> None:
    wrong = _NOTES.replace("M'^T S^T v", "M'^T S v")  # a dropped transpose on S: wrong for S not symmetric
    assert wrong != _NOTES
    (step,) = doc_steps(wrong)
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


def test_an_unrelated_primed_name_is_not_failed() -> None:
    # Y' = AY (an ODE): Y' could be the derivative; as a name it is on one side only, never FAILED
    (step,) = doc_steps(r"""
    $$Y' = A Y$$
    """)
    assert step.verdict.name != "FAILED", step.message


def test_rewrite_rules() -> None:
    src, notes = name_primes(r"\langle Z', z\rangle_W + Z'^T W z", set())
    assert src == r"\langle \mathit{Zprime}, z\rangle_W + \mathit{Zprime}^T W z"
    assert len(notes) == 1 and notes[0].startswith("Z'")
    # applied, lower-case, doubly primed, a control word, or a letter the notes define: untouched
    for kept in (r"F'(x)", r"F' \left(x\right)", r"y' = 2x", r"a'_i", r"F''", r"\Phi'"):
        assert name_primes(kept, set())[0] == kept
    assert name_primes(r"G' + 1", {"G"}) == (r"G' + 1", [])



def test_a_context_defines_a_primed_name_as_written() -> None:
    from verifier.documents.context import parse_definition

    assert parse_definition("Z'", "X", 1).key == ("Zprime", ())
    assert parse_definition("Z'_{q u}", r"\frac{\partial z_q}{\partial \theta_u}", 1).key == ("Zprime", ())
