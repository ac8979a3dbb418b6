r"""A letter the notes apply to a list of arguments is a function, and ``p(x)`` its call too (lead51).

Notes on independence write ``\log p(x, y) = \log p(x) + \log p(y)``. ``p(x, y)`` can only be a call (no number
multiplies a pair), but ``p(x)`` was read by default as the product p·x (only f, g, h … are functions by default),
so the step became ``log p(x, y) = x log p + y log p`` and, with p(x, y) read as "the value p", FAILED — a false
alarm on a correct statement of independence. A reader takes the list call for what it says: p is a function, so
``p(x)`` is its value too (documents.listedcalls). A letter applied with two arities (a joint and a marginal
density) is no one arbitrary function (documents.inferevidence), so such a step is SKIPPED, never FAILED; a letter
the notes define keeps its definition, and ``c(x + 1)`` of a letter never applied to a list still multiplies.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.listedcalls import listed_calls
from verifier.results import Verdict


def test_a_factorised_log_density_is_not_failed() -> None:
    step = doc_steps("For independent $x$ and $y$,\n\n$$\\log p(x, y) = \\log p(x) + \\log p(y).$$\n")[-1]
    assert step.verdict is not Verdict.FAILED, step.message


def test_a_wrong_factorisation_is_never_green() -> None:
    step = doc_steps("For independent $x$ and $y$,\n\n$$\\log p(x, y) = \\log p(x) - \\log p(y).$$\n")[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_letters_applied_to_a_list() -> None:
    text = ("The kernel $k(x, x') = e^{-(x - x')^2}$ and the density $p(x, y)$; the open interval $x \\in (a, b)$; "
            "the scaled vector $c(1, 2)^\\top$ and $\\phi(u, v)$.")
    assert listed_calls(text) == frozenset({"k", "p", "phi"})


def test_a_letter_never_applied_to_a_list_still_multiplies() -> None:
    step = doc_steps("With $$c(x + 1) = cx + c$$ we are done.\n")[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_list_call_on_another_line_does_not_change_a_display() -> None:
    """The evidence is the line's own: ``p(x, y)`` said in the prose before an entropy sum does not make the sum's
    ``p(x)`` an arbitrary function, where the step needs Σ p(y) = 1 (a distribution's, no arbitrary function's)."""
    notes = ("For independent $X, Y$: since $p(x,y) = p(x)p(y)$,\n\n"
             "$$-\\sum_{x,y} p(x)p(y)\\log p(x) - \\sum_{x,y} p(x)p(y)\\log p(y) = "
             "-\\sum_x p(x)\\log p(x) - \\sum_y p(y)\\log p(y)$$\n")
    step = doc_steps(notes)[-1]
    assert step.verdict is not Verdict.FAILED, step.message
