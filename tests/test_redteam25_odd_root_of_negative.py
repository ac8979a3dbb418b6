r"""redteam25: ``\sqrt[3]{-8} = -2`` is the real cube root, not FAILED.

The parser read ``\sqrt[n]{a}`` as ``a^{1/n}``, SymPy's principal root: ``\sqrt[3]{-8}`` was ``1 + i\sqrt3``
and the worked value every course writes was FAILED. An odd root of a negative number is now the real
root (``-\sqrt[n]{|a|}``); an even root of one stays what it was, and so does a root of an expression.
Examples written here.
"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.latex import parse_latex


def test_an_odd_root_of_a_negative_number_is_real() -> None:
    assert parse_latex(r"\sqrt[3]{-8}") == -2
    assert parse_latex(r"\sqrt[5]{-2}") == -sp.root(2, 5)


def test_an_even_root_of_a_negative_number_is_unchanged() -> None:
    assert parse_latex(r"\sqrt[4]{-16}") == sp.root(-16, 4)  # not real: the step says so, as before


def test_the_worked_cube_root_is_proved_in_notes() -> None:
    steps = doc_steps(r"""
        # Roots

        $$\sqrt[3]{-8} = -2$$

        $$\sqrt[3]{-27} = -2$$
    """)
    assert [s.verdict.value for s in steps] == ["PROVED", "FAILED"], steps
