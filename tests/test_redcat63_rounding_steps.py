r"""A rounding bracket's next step beyond every sample (redcat63; stop 62 left it).

``\lfloor x/5000 \rfloor = 0`` with ``b.positive("x")`` (declared x > 0, sampled over 10⁻³ … 10³) was PASSED: every
sample has x/5000 < 1, and the floor steps to 1 at x = 5000. A step that changes formula beyond every sample was
already not green for Max, Min, |·|, sign and cases (``engine._beyond_samples``, lead55); a floor or a ceiling
changes formula where its argument crosses an integer, and the next such crossing past the samples is found the
same way (the root of the argument minus that integer). Only a PASSED step is concerned: a proof stays a proof.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.results import Verdict


def test_a_floor_constant_over_the_samples_only_is_not_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        x = b.positive("x")
        return b.claim(sp.floor(x / 5000), 0)

    result = check(builder)
    assert result.verdict is Verdict.SKIPPED, result
    assert "5000" in result.steps[0].message


def test_a_ceiling_beyond_the_samples_of_an_unbounded_real_is_not_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        x = b.real("x")
        return b.claim(sp.ceiling(x**2 / 10**13), sp.ceiling(x**2 / 10**14))

    # FAILED since redcat66 (verifier.kinks visits where a rounding bracket steps: 10 against 1 at x = ±10^7)
    assert check(builder).verdict in (Verdict.SKIPPED, Verdict.FAILED)


def test_a_floor_within_its_declared_range_stays_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        x = b.real("x", 0, 1000)
        return b.claim(sp.floor(x / 5000) + sp.cos(x) ** 2, 1 - sp.sin(x) ** 2)

    assert check(builder).verdict in (Verdict.PROVED, Verdict.PASSED)
