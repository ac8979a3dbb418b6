r"""A sized claim checked past the numbers it writes is reported in JSON (redcat61).

``verify check '\sum_{k=1}^{n} \binom{k-1}{15} = 0' --size n --format json`` stopped with an internal error
(exit 3, "Object of type Integer is not JSON serializable"): the size past the written 15 was a SymPy Integer
(``math.floor`` of a SymPy number stays one), and a step's sizes went into the report as it was. The text report
showed the counterexample at n = 16; a CI job reading JSON got no report at all.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp

from verifier.cli import main
from verifier.pastnumbers import past_the_numbers


def test_the_size_past_the_numbers_is_a_python_int() -> None:
    k = sp.Symbol("k", integer=True)
    past = past_the_numbers([sp.binomial(k - 1, 15)], range(1, 14))
    assert past == 16
    assert type(past) is int


def test_json_report_of_a_claim_false_past_its_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", r"\sum_{k=1}^{n} \binom{k-1}{15} = 0", "--size", "n", "--format", "json", "--no-cache"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert code == 1
    assert result["verdict"] == "FAILED"
    assert ["n", 16] in [list(s) for step in result["steps"] for s in step.get("sizes", [])]
