r"""A geometric sum's closed form holds at the ratio SymPy sets apart (catalog38).

Adam's bias correction, :math:`\sum_{k=1}^{t}(1-\beta)\beta^{t-k} = 1 - \beta^t`, was PASSED at t = 1 … 13 only
(``verify check … --size t``): SymPy's ``summation`` gives the geometric sum as a Piecewise whose first branch
holds where :math:`1/\beta = 1`, and leaves β in that branch (``beta**t*t + beta**t - beta**(t + 1)*t - 1``,
which is 0 at β = 1 but not as written), so the difference of the sides was not 0. A branch whose condition
is an equation of degree one in one name holds at that name's one solution only: the solution is put into
the branch (:func:`verifier.closedsums.difference`).
"""

from __future__ import annotations

import json

import sympy as sp

from verifier.cli import main
from verifier.closedsums import difference

t = sp.Symbol("t", integer=True, positive=True)
beta = sp.Symbol("beta", real=True)
k = sp.Symbol("k", integer=True)


def test_the_ratio_set_apart_is_put_into_its_branch() -> None:
    d, _ = difference(sp.Sum((1 - beta) * beta ** (t - k), (k, 1, t)), 1 - beta**t, {t})
    assert d == 0


def test_a_wrong_power_is_still_a_difference() -> None:
    d, _ = difference(sp.Sum((1 - beta) * beta ** (t - k), (k, 1, t)), 1 - beta ** (t + 1), {t})
    assert d != 0


def test_a_branch_of_two_solutions_is_left_as_it_is() -> None:
    # Eq(beta**2, 1): the branch holds at 1 and -1; nothing is put in
    d, _ = difference(sp.Piecewise((beta - 1, sp.Eq(beta**2, 1)), (0, True)), sp.S.Zero, set())
    assert d != 0


def test_adam_bias_correction_is_proved_for_every_t(capsys) -> None:
    main(["check", r"\sum_{k=1}^{t} (1 - \beta)\beta^{t-k} = 1 - \beta^t", "--size", "t", "--format", "json",
          "--no-progress", "--no-cache", "--points", "40"])  # fmt: skip
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] == "PROVED" and result["proved_for"] == "all t >= 1"
