"""docspeed67: ``equivalent._holds_at_a_pole`` looks at each divisor of the equation before once.

The same divisor stands in several entries of a vector equation (the gradient's components share a
denominator) and in several powers of one entry (``1/(x-1)`` and ``1/(x-1)^2``); the question asked of it
(is every entry of the new equation 0 at a root of it, or on the zero set of one of its linear factors) depends
on the divisor and the new equation alone, so asking it again for the same divisor is the same ``_zero`` tests
again (each an ``expand`` and a ``cancel``). The answers must stay the ones of the plain walk (redteam41/42)."""

from __future__ import annotations

import sympy as sp

from verifier.documents import equivalent

x, y, z, a, b = sp.symbols("x y z a b", real=True)


def _counted(monkeypatch: object) -> list[sp.Expr]:
    asked: list[sp.Expr] = []
    plain = equivalent._zero

    def zero(e: sp.Expr) -> bool:
        asked.append(e)
        return plain(e)

    monkeypatch.setattr(equivalent, "_zero", zero)  # type: ignore[attr-defined]
    return asked


def test_a_divisor_in_several_entries_and_powers_is_asked_once(monkeypatch: object) -> None:
    asked = _counted(monkeypatch)
    g = [y / (x - 1) + 1 / (x - 1) ** 2, z / (x - 1) - 1, y * z / (x - 1) ** 3]
    f = [y - 1]  # not 0 at the pole x = 1: the walk goes on to every divisor
    assert equivalent._holds_at_a_pole(f, g) is False
    assert len(asked) == 1  # x - 1 once (the plain walk: once per power of it in each entry, 4 times)


def test_a_divisor_in_several_names_is_asked_once(monkeypatch: object) -> None:
    asked = _counted(monkeypatch)
    g = [1 / (a - b) + y, z / (a - b)]
    f = [a + b - 3 * y]  # not 0 on a = b
    assert equivalent._holds_at_a_pole(f, g) is False
    assert len(asked) == 1


def test_the_answers_stay_the_plain_walks() -> None:
    # redteam41: (x^2 - 1)/(x - 1) = 2 then x + 1 = 2 holds at the pole x = 1 only
    assert equivalent._holds_at_a_pole([x + 1 - 2], [(x**2 - 1) / (x - 1) - 2, 3 / (x - 1) ** 2]) is True
    # redteam42: (a^2 - b^2)/(a - b) = 2b then a + b = 2b holds on a = b
    assert equivalent._holds_at_a_pole([a + b - 2 * b], [(a**2 - b**2) / (a - b) - 2 * b, 1 / (a - b)]) is True
    # a divisor met first with a positive power, then with a negative one, is still looked at
    assert equivalent._holds_at_a_pole([x - 1], [(x - 1) ** 2 + y, 1 / (x - 1)]) is True
    assert equivalent._holds_at_a_pole([y - 1], [1 / (x - 1), 1 / (x - 1) ** 2]) is False
