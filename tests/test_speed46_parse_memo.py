"""speed46: a formula parsed with the same options is built once per process (verifier.latex.parsememo).

The tree the parser builds is a function of the text, the options and SymPy's switches, and it is immutable:
the memo hands the same tree back. A tree with a bound dummy (``f'(2x)``: Subs over a fresh Dummy) is built
anew each time, as before; a text the parser refuses is refused each time with the same message.
"""

from __future__ import annotations

import sympy as sp

from verifier.latex import LatexError, parse_latex, parsememo
from verifier.latex import parser as latexparser


def _counting(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    built: list[str] = []
    real = latexparser._parse_uncached

    def counted(src: str, opts: object) -> sp.Basic:
        built.append(src)
        return real(src, opts)  # type: ignore[arg-type]

    monkeypatch.setattr(latexparser, "_parse_uncached", counted)
    parsememo.clear()
    return built


def test_the_same_formula_with_the_same_options_is_built_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = _counting(monkeypatch)
    a = parse_latex(r"\frac{1}{2} \sum_{i=1}^{n} (w x_i - y_i)^2")
    b = parse_latex(r"\frac{1}{2} \sum_{i=1}^{n} (w x_i - y_i)^2")
    assert a is b
    assert len(built) == 1


def test_other_options_are_other_trees(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = _counting(monkeypatch)
    default = parse_latex("u(x + 1)")
    applied = parse_latex("u(x + 1)", calls="apply")
    nc = parse_latex("u(x + 1)", noncommutative=frozenset({"x", "u"}))
    primed = parse_latex("(x^2)'", prime_var=sp.Symbol("x"))
    primed_y = parse_latex("(x^2)'", prime_var=sp.Symbol("y"))
    assert len(built) == 5
    assert default != applied  # u times (x + 1), and u applied to it
    assert nc != default and default.is_commutative and not nc.is_commutative
    assert primed != primed_y


def test_sympys_switches_are_part_of_the_key(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = _counting(monkeypatch)
    evaluated = parse_latex("2 + 3")
    with sp.evaluate(False):
        unevaluated = parse_latex("2 + 3")
    assert evaluated == 5 and unevaluated != 5
    assert len(built) == 2


def test_a_tree_with_a_bound_dummy_is_built_each_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = _counting(monkeypatch)
    a = parse_latex("f'(2x)")
    b = parse_latex("f'(2x)")
    assert a.atoms(sp.Dummy) and a.atoms(sp.Dummy) != b.atoms(sp.Dummy)  # fresh dummies, as an unmemoised parse
    assert len(built) == 2


def test_a_refused_formula_is_refused_every_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = _counting(monkeypatch)
    messages = []
    for _ in range(2):
        try:
            parse_latex(r"\left( x")
        except LatexError as exc:
            messages.append(str(exc))
    assert len(messages) == 2 and messages[0] == messages[1]
    assert len(built) == 2


def test_the_memo_is_bounded_oldest_first(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = _counting(monkeypatch)
    monkeypatch.setattr(parsememo, "LIMIT", 3)
    for k in range(4):
        parse_latex(f"x + {k}")
    assert len(parsememo._MEMO) == 3
    parse_latex("x + 3")  # kept
    parse_latex("x + 0")  # dropped first: built again
    assert built == ["x + 0", "x + 1", "x + 2", "x + 3", "x + 0"]
