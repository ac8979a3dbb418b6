"""Trust (issue 9): no green verdict without evidence from the numeric or the symbolic stage.

Each test pins an attack that once produced a green verdict for a false claim (or an ERROR
for a true one); see the README's "How a step is checked".
"""

from __future__ import annotations

import json

import pytest
import sympy as sp
from support import check

from verifier import symbolic
from verifier.catalog import Builder
from verifier.engine import Settings, SettingsError, check_claim, min_valid_points
from verifier.results import Verdict

# ---------------------------------------------------------------------------------------------
# The exact identity test cannot be fooled by its own constants


def test_a_multiple_of_the_old_fixed_primes_does_not_vanish() -> None:
    """x + c*y/10**300 with c = 0 modulo every prime the test used to use, always."""
    x, y = sp.symbols("x y", real=True)
    c = (2**61 - 1) * (2**89 - 1) * (2**127 - 1)
    assert not symbolic.identity_test([x + c * y / sp.Integer(10) ** 300], [x], {})

    def build(b):
        x, y = b.real("x"), b.real("y")
        return b.claim(x + c * y / sp.Integer(10) ** 300, x)

    assert check(build).verdict is not Verdict.PROVED


def test_the_primes_are_drawn_afresh_and_are_large_primes() -> None:
    """Whatever primes one run uses, the next run's cannot be predicted from them."""
    first, second = symbolic.draw_primes(), symbolic.draw_primes()
    assert first != second
    for p in (*first, *second):
        assert p.bit_length() >= 120 and sp.isprime(p)
    # The product of one run's primes is 0 modulo that run's primes only.
    x, y = sp.symbols("x y", real=True)
    c = sp.Mul(*first)
    assert not symbolic.identity_test([x + c * y], [x], {}, primes=second)
    assert symbolic.identity_test([x + c * y], [x], {}, primes=first)  # the attack needs the primes


# ---------------------------------------------------------------------------------------------
# Settings refuse what cannot be checked


@pytest.mark.parametrize(
    "kwargs",
    [dict(points=0), dict(points=-3), dict(points=2.5), dict(points=True), dict(seed="abc"), dict(symbolic_budget=-1)],
)
def test_settings_refuse_what_cannot_be_checked(kwargs: dict) -> None:
    with pytest.raises(SettingsError):
        Settings(**kwargs)


def test_at_least_one_point_is_always_required() -> None:
    assert all(min_valid_points(n) >= 1 for n in range(1, 50))


def test_check_command_refuses_zero_points() -> None:
    from verifier.commands.check import main

    assert main(["x", "x+1", "--points", "0"]) == 2


# ---------------------------------------------------------------------------------------------
# Reports


def test_a_summarised_member_is_latex_text_not_a_tab() -> None:
    b = Builder()
    v = b.vector("v", 12)
    big = sum((v[i] ** 2 + sp.exp(v[i]) * v[(i + 1) % 12] for i in range(12)), sp.S.Zero) ** 2
    claim = b.claim(big, sp.expand(big))
    steps = check_claim(claim, "t", {}, Settings(points=20, symbolic=False))
    latex = steps[0].rhs_latex  # the expanded side is too large to show
    assert "not shown" in latex
    assert "\t" not in latex and latex.startswith("\\text{")
    assert "\\t" in json.dumps(latex) and "\\text" in json.dumps(latex)


