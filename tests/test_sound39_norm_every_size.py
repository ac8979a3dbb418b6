r"""``\|Ax\|^2 = x^\top A^\top A x`` is PROVED for every size (sound39; it was proved at the sizes checked only).

The size-generic argument (verifier.forall) flattens products of sums into one multiple sum, but a *square* of a
sum inside a sum (``\sum_k (\sum_j A_{kj} x_j)^2``, the norm's side) stayed one opaque power, so it never met
``\sum_{i,k,j} x_i A_{ki} A_{kj} x_j``. A small power of a sum is now that many sums, each its own dummies.
The wrong ``x^\top A A^\top x`` stays FAILED. Every example is written here."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main

_SHAPES = ("--vector", "x:n", "--matrix", "A:m,n")


def _run(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", claim, *_SHAPES, "--format", "json", "--no-progress", "--no-cache", "--points", "60"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize("claim", [r"\|Ax\|^2 = x^\top A^\top A x", r"(Ax)^\top (Ax) = x^\top A^\top A x",
                                   r"\|Ax\|^4 = (x^\top A^\top A x)^2"])
def test_the_norm_of_a_product_is_proved_for_every_size(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    result = _run(capsys, claim)
    assert result["verdict"] == "PROVED" and result["proved_for"].startswith("all "), result


def test_the_wrong_order_stays_failed(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, r"\|Ax\|^2 = x^\top A A^\top x")["verdict"] == "FAILED"
    assert _run(capsys, r"\|Ax\|^2 = 2 x^\top A^\top A x")["verdict"] == "FAILED"

