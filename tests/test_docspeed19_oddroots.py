"""oddroots.reads_odd_root walks each distinct sub-tree once and remembers what it found (docspeed19).

``engine.check_claim`` asks it of both members of every step: the same members come back in the next step,
at the next index assignment and under every other reading, and a member's tree repeats its sub-trees
(SymPy's ``atoms`` walked each occurrence). The answer must stay the one ``atoms(Pow)`` gives."""

from __future__ import annotations

import sympy as sp

from verifier import oddroots
from verifier.oddroots import reads_odd_root

x, y = sp.symbols("x y", real=True)
CUBE = sp.Pow(sp.Abs(x), sp.Rational(1, 3))


def _by_atoms(member: object) -> bool:
    """The definition the walk replaces (SymPy's atoms of every occurrence)."""
    if not isinstance(member, sp.Basic):
        return False
    return any(
        isinstance(p.base, sp.Abs) and isinstance(p.exp, sp.Rational) and p.exp.q % 2 == 1 and p.exp.q > 1
        for p in member.atoms(sp.Pow)
    )


MEMBERS: list[object] = [
    x, sp.Integer(3), sp.sqrt(x), sp.Abs(x) ** sp.Rational(1, 2), sp.Abs(x) ** sp.Rational(2, 3), CUBE,
    sp.sign(x) * CUBE, sp.sin(CUBE + y) * sp.exp(x), sp.Abs(x) ** 3, x ** sp.Rational(1, 3),
    sp.ImmutableMatrix([[x, y], [sp.log(1 + CUBE), 2]]), sp.ImmutableMatrix([[x, y]]),
    sp.Piecewise((CUBE, x > 0), (0, True)), sp.Sum(sp.Abs(y) ** sp.Rational(1, 5), (y, 1, 3)),
    sp.Add(CUBE, CUBE, evaluate=False), sp.Float(2.5) * sp.Abs(y) ** sp.Rational(4, 7), "not SymPy", None,
]


def test_the_answer_is_the_one_atoms_gives() -> None:
    for member in MEMBERS:
        assert reads_odd_root(member) is _by_atoms(member), member
        assert reads_odd_root(member) is _by_atoms(member), member  # again: from the memo


def test_a_shared_sub_tree_is_walked_once() -> None:
    """A tree whose every level uses the level below twice has 2^depth occurrences and depth + 1 distinct
    nodes: the walk visits each distinct node once (the memo holds them), so the depth is no cost."""
    oddroots._ANSWERS.clear()
    node: sp.Expr = sp.Abs(x) ** sp.Rational(1, 3) + y
    for _ in range(60):  # 2^60 occurrences: atoms() would never end
        node = sp.Mul(node, sp.Add(node, 1, evaluate=False), evaluate=False)
    assert reads_odd_root(node) is True
    assert len(oddroots._ANSWERS) < 300
    plain = sp.exp(x) + y
    for _ in range(60):
        plain = sp.Mul(plain, sp.Add(plain, 1, evaluate=False), evaluate=False)
    assert reads_odd_root(plain) is False


def test_an_equal_member_is_answered_from_the_memo_and_the_memo_is_bounded() -> None:
    oddroots._ANSWERS.clear()
    member = sp.log(1 + CUBE) * y
    assert reads_odd_root(member) is True
    assert oddroots._ANSWERS[member] is True
    again = sp.log(1 + sp.Pow(sp.Abs(x), sp.Rational(1, 3))) * y  # equal, built anew
    assert reads_odd_root(again) is True
    for k in range(oddroots.MAX_REMEMBERED + 10):
        reads_odd_root(sp.Symbol(f"s{k}") + 1)
    assert len(oddroots._ANSWERS) <= oddroots.MAX_REMEMBERED
