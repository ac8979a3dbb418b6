r"""``verify check`` with a sum to a letter: PROVED is for every n, or the verdict is PASSED (sound23).

The claim was checked at n = 1 … 10 and 13 and, without an argument for every n, reported "PROVED at n = 1,
…, 13": a closed form off by a polynomial with those roots (false at 11, 12 and from 14 on) was green. An
unproved step's closed-form difference (verifier.closedsums) now gives a size where it is not 0, checked as
written; a closed form SymPy's summation confirms is PROVED for every n; anything else is PASSED at the
sizes checked."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main

CUBES = r"\sum_{i=1}^{n} i^3"
ROOTS = "".join(f"(n-{t})" for t in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13))


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    main(["check", *argv, "--format", "json", "--no-cache"])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_a_closed_form_wrong_only_between_the_sampled_sizes_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, CUBES, rf"\frac{{n^2(n+1)^2}}{{4}} + {ROOTS}")
    assert r["verdict"] == "FAILED", r


def test_a_closed_form_summation_confirms_is_proved_for_every_size(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, r"\sum_{i=1}^{n}\sum_{j=1}^{i} j", r"\frac{n(n+1)(n+2)}{6}")
    assert r["verdict"] == "PROVED" and r["proved_for"] == "all n >= 1", r


def test_no_argument_for_every_size_is_passed_not_proved(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, r"\sum_{i=0}^{n} \binom{n}{i}", "2^n")
    assert r["verdict"] == "PASSED", r
    assert all("only" in s["method"] for s in r["steps"]), r["steps"][0]["method"]
