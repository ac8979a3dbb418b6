r"""A matrix the notes define, then take again as an arbitrary member of a class (fresh53).

A homework's Problem 1 writes "Write $M = \begin{pmatrix} p & q \\ r & s \end{pmatrix}$"; Problem 2 starts "For
symmetric positive definite $M$ and a vector $\mathbf{v}$," (or "Let $M$ be symmetric positive definite") and
claims ``\nabla_M(\log\det M - \mathbf{v}^\top M \mathbf{v}) = M^{-1} - \mathbf{v}\mathbf{v}^\top``. Problem 1's
matrix of four free entries was still M there, not symmetric, and the step was FAILED (its gradient is
M^{-\top}). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_TWO = r"""
# Problem 1

Write $M = \begin{{pmatrix}} p & q \\ r & s \end{{pmatrix}}$. Then

$$\det M = ps - qr$$

# Problem 2

{intro}

$$\nabla_M \left(\log\det M - \mathbf{{v}}^\top M \mathbf{{v}}\right) = M^{{-1}} {sign} \mathbf{{v}}\mathbf{{v}}^\top$$

$$\det M = ps - qr$$
"""

_FOR = r"For symmetric positive definite $M$ and a vector $\mathbf{v}$,"
_LET = r"Let $M$ be symmetric positive definite and $\mathbf{v}$ a vector. Then"


def _line_of(text: str, needle: str, nth: int = 0) -> int:
    return [n for n, line in enumerate(text.splitlines(), 1) if needle in line][nth]


def test_for_a_symmetric_matrix_the_earlier_definition_is_set_aside() -> None:
    text = _TWO.format(intro=_FOR, sign="-")
    verdicts = verdicts_by_line(text)[_line_of(text, r"\nabla_M")]
    assert verdicts in (["PROVED"], ["PASSED"]), verdicts


def test_let_be_symmetric_sets_the_earlier_definition_aside() -> None:
    text = _TWO.format(intro=_LET, sign="-")
    verdicts = verdicts_by_line(text)[_line_of(text, r"\nabla_M")]
    assert verdicts in (["PROVED"], ["PASSED"]), verdicts


def test_a_wrong_gradient_for_the_symmetric_matrix_is_still_failed() -> None:
    text = _TWO.format(intro=_FOR, sign="+")
    verdicts = verdicts_by_line(text)[_line_of(text, r"\nabla_M")]
    assert verdicts == ["FAILED"], verdicts


def test_the_old_entries_say_nothing_of_the_new_matrix() -> None:
    text = _TWO.format(intro=_FOR, sign="-")
    verdicts = verdicts_by_line(text)[_line_of(text, r"\det M = ps - qr", 1)]
    assert verdicts != ["PROVED"], verdicts


def test_without_a_new_meaning_the_definition_holds() -> None:
    text = _TWO.format(intro=r"For this $M$ and a vector $\mathbf{v}$,", sign="-")
    verdicts = verdicts_by_line(text)[_line_of(text, r"\det M = ps - qr", 1)]
    assert verdicts == ["PROVED"], verdicts
