r"""``\pi = (0.6, 0.4)``: a π the notes set equal to a tuple or a matrix is their vector, never the constant 3.14….

Markov-chain and policy notes name the stationary distribution or the policy π and write its value as a tuple.
Read as the circle's constant, the correct ``\pi = \left(\frac{0.3}{0.5}, \frac{0.2}{0.5}\right)`` FAILED as a
shape mismatch (a scalar against a 2-vector) — a false alarm on a correct note (fresh36). The constant is never a
tuple, a matrix nor transposed, so from the line that writes it so π is the notes' name (documents.namedconstants).
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.namedconstants import vector_letters
from verifier.results import Verdict


def _verdicts(notes: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(notes)]


def test_a_pi_equal_to_a_tuple_is_not_failed() -> None:
    verdicts = _verdicts("""
    # A chain

    For the rates $p = 0.2$ and $q = 0.3$ the long-run shares are

    $$\\pi = \\left(\\frac{0.3}{0.5},\\ \\frac{0.2}{0.5}\\right) = (0.6,\\ 0.4) .$$
    """)
    assert Verdict.FAILED not in verdicts
    assert verdicts[-1] is Verdict.PROVED


def test_a_wrong_entry_after_it_still_fails() -> None:
    verdicts = _verdicts("""
    # A chain

    For the rates $p = 0.2$ and $q = 0.3$ the long-run shares are

    $$\\pi = \\left(\\frac{0.3}{0.5},\\ \\frac{0.2}{0.5}\\right) = (0.6,\\ 0.5) .$$
    """)
    assert verdicts[-1] is Verdict.FAILED


def test_the_constant_stays_the_constant() -> None:
    verdicts = _verdicts("""
    # A circle

    The area of the unit disc is $\\pi \\cdot 1^2 = \\pi \\approx 3.1416$.
    """)
    assert Verdict.FAILED not in verdicts


def test_which_writings_name_the_letter() -> None:
    assert vector_letters("a\n$$\\pi = (\\pi_1, \\pi_2)$$") == {"pi": 2}
    assert vector_letters("$$\\pi = \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}$$") == {"pi": 1}
    assert vector_letters("so $\\pi^\\top P = \\pi^\\top$") == {"pi": 1}
    assert vector_letters("$$A = \\pi r^2, \\quad \\pi = 3.14$$") == {}
    assert vector_letters("$$\\sin(\\pi) = 0, \\quad f(\\pi, x)$$") == {}
