r"""A closed form wrong only past the sizes searched is FAILED, not PASSED (redteam36's finding).

``\sum_{i=1}^{n} i = \frac{n(n+1)}{2} + \binom{n-1}{40}`` is false from n = 41: the closed-form difference is
``\binom{n-1}{40}``, 0 at n = 1 … 40. The witness search stopped at n = 24, so no failing size was found and the
step was PASSED "proved at the sizes checked only" in ``verify doc`` and ``verify check``. A difference that is
a polynomial in n of degree D has at most D roots, so one of n = 1 … D + 1 is a witness; other differences
are searched further."""

from __future__ import annotations

import json

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.results import Verdict

LATE = r"\frac{n(n+1)}{2} + \binom{n-1}{40}"


def test_a_closed_form_wrong_from_n_41_is_failed_in_doc() -> None:
    steps = doc_steps(f"# S\n\nFor every $n$,\n$$\\sum_{{i=1}}^{{n}} i = {LATE}$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]
    assert steps[0].counterexample is not None and ("n", "41") in steps[0].counterexample.point


def test_a_closed_form_wrong_from_n_41_is_failed_in_check(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", r"\sum_{i=1}^{n} i", LATE, "--format", "json", "--no-cache"])
    r = json.loads(capsys.readouterr().out)["results"][0]
    assert r["verdict"] == "FAILED", r


def test_a_closed_form_off_by_a_clip_from_30_is_not_green() -> None:
    # not a polynomial in n: the sum of 2^i written wrong by a term that is 0 up to n = 29 only
    steps = doc_steps("# S\n\n$$\\sum_{i=0}^{n} 2^i = 2^{n+1} - 1 + \\max(0, n - 29)$$\n")
    assert Verdict.PROVED not in [s.verdict for s in steps] and Verdict.PASSED not in [s.verdict for s in steps], \
        [(s.verdict, s.message) for s in steps]


def test_right_closed_forms_with_binomials_stay_proved() -> None:
    steps = doc_steps("# S\n\n$$\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}$$\n\n"
                      "$$\\sum_{i=1}^{n} \\binom{i}{1} = \\binom{n+1}{2}$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED] * 2, [s.message for s in steps]

