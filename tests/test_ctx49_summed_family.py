r"""``\sum_k p_k(T) = 1`` beside the family ``p_k(T) = e^{z_k/T} / \sum_j e^{z_j/T}``.

documents.labelled takes a subscript for part of a function's name when the notes define the function with it
and the body does not index by it. The formula ``\sum_k p_k(T) = 1`` looked like such a definition (``p_k(T)``,
``=``, a body without k), so k became a label everywhere: the family's definition read ``T p_klabel = …`` and
every step through it was SKIPPED. A term under a sum is no definition, and a family the notes define by its
index keeps the index.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

FAMILY = ("For logits $z_1, z_2, z_3$ and a temperature $T > 0$,\n\n"
          "$$ p_k(T) = \\frac{e^{z_k/T}}{\\sum_j e^{z_j/T}} $$\n\n")


def test_the_probabilities_summed_to_one_is_proved() -> None:
    steps = doc_steps(FAMILY + "so\n\n$$ \\sum_k p_k(T) = 1 $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_wrong_total_is_not_green() -> None:
    # SKIPPED today: a number against a definition over z, whose values the prose gives (never green)
    steps = doc_steps(FAMILY + "so\n\n$$ \\sum_k p_k(T) = 2 $$\n")
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message


def test_an_inline_sum_leaves_the_family_indexed() -> None:
    steps = doc_steps(FAMILY + "so $\\sum_k p_k(T) = 1$ and\n\n$$ \\sum_{k=1}^{3} p_k(T) = 1 $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
