r"""``--integer n --positive n``: a positive integer, as a course states it (redcat67).

``verify check --integer n --positive n '\sum_{k=1}^{n-1} k = \frac{n(n-1)}{2}'`` was an ERROR ("only 0 of 200
sample points had finite values"): ``--positive`` won over ``--integer``, n was sampled as a positive real, and a
sum to a real bound has no value. ``\prod_{k=1}^{n} (1 + \frac{1}{k}) = n`` with the same options raised an
internal error (the product at a real bound reached the numeric printer). A name declared both is an integer
(the integer sampler's range is positive already), as is a positive name that bounds a sum or a product.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


BOTH = ("--integer", "n", "--positive", "n")


def test_a_right_sum_of_a_positive_integer_is_proved(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, *BOTH, r"\sum_{k=1}^{n-1} k = \frac{n(n-1)}{2}") == "PROVED"


def test_an_off_by_one_sum_of_a_positive_integer_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, *BOTH, r"\sum_{k=2}^{n} k = \frac{n(n+1)}{2}") == "FAILED"


def test_a_wrong_product_of_a_positive_integer_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, *BOTH, r"\prod_{k=1}^{n} (1 + \frac{1}{k}) = n") == "FAILED"


def test_a_positive_sum_bound_counts_terms(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, "--positive", "n", r"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}") == "PROVED"


def test_a_positive_integer_is_no_real(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, *BOTH, r"\cos(2\pi n) = 1") in ("PROVED", "PASSED")
