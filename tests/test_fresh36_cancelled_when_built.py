r"""``\frac{1}{s}(2 s t) = 2 s t``: a name the side writes but its tree lost when built is no name "on one side only".

The one-side guard (documents.guesses) SKIPs a step where an undeclared name appears on one side only: the notes may
relate it to the other side in words. SymPy cancels ``\frac{1}{s}(2st)`` to ``2t`` as it builds the tree, so s looked
absent from the left though the left writes it twice, and the wrong ``= 2st`` was SKIPPED as a relation the checker
cannot see (fresh36). Like a name that cancels on expansion (documents.cancelled), it carries no such relation.
"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.cancelled import cancelled_in_writing
from verifier.results import Verdict

_NOTES = """
# Smoothing

Differencing the two evaluations leaves one term:

$$\\frac{{1}}{{s}}\\big(s^2 + 2 s t - s^2\\big) = \\frac{{1}}{{s}}\\big(0 + 2 s t + 0\\big) = {right} .$$
"""


def _last(right: str) -> Verdict:
    return doc_steps(_NOTES.format(right=right))[-1].verdict


def test_the_right_rewriting_is_proved() -> None:
    assert _last("2t") is Verdict.PROVED


def test_a_factor_kept_by_mistake_fails() -> None:
    assert _last("2st") is Verdict.FAILED


def test_only_plain_letters_the_tree_lost() -> None:
    t = sp.Symbol("t")
    assert cancelled_in_writing("\\frac{1}{s}(2 s t)", [2 * t]) == {"s"}
    x_i = sp.IndexedBase("x")[sp.Symbol("i")]
    assert cancelled_in_writing("x_i + \\hat y", [x_i + sp.Symbol("yhat")]) == set()
    assert cancelled_in_writing("x_i + \\hat y", [sp.Symbol("yhat")]) == {"i"}  # the index is kept by nothing
    assert cancelled_in_writing("\\frac{1}{s", [t]) == set()  # unreadable: nothing claimed
    assert cancelled_in_writing("s \\cdot L(s)", [sp.Function("L")(t)]) == set()  # a call: a reading, not arithmetic
