r"""A ``cases`` row whose condition is an equation (``\frac12 & x = 0``) stays inside its environment (redcat67).

``verify check`` cuts a chain given as one argument at its top-level ``=``; the cut looked at braces and brackets
only, so the ``=`` of the condition ``x = 0`` inside ``\begin{cases} … \end{cases}`` cut the environment in two and
the claim was refused as a usage error ("missing '\end{cases}'"), while ``verify doc`` reads the same display.
An environment that writes one value (cases, matrices, arrays) is one group to the splitter, as a brace is.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main
from verifier.latex.braces import split_top_equals

HALF_STEP = r"\begin{cases} 1 & x > 0 \\ 0 & x < 0 \\ \frac12 & x = 0 \end{cases}"


def _verdict(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


def test_the_condition_equals_sign_does_not_cut_the_chain() -> None:
    parts = split_top_equals(HALF_STEP + r" = \frac{1 + \operatorname{sign}(x)}{2}")
    assert [p.strip() for p in parts] == [HALF_STEP, r"\frac{1 + \operatorname{sign}(x)}{2}"]


def test_a_matrix_entry_equation_does_not_cut_the_chain() -> None:
    assert len(split_top_equals(r"\begin{pmatrix} a = b \end{pmatrix} = M")) == 2


def test_row_environments_are_still_cut() -> None:
    assert len(split_top_equals(r"\begin{aligned} a &= b \\ &= c \end{aligned}")) == 3


def test_the_half_maximum_step_is_green(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, HALF_STEP + r" = \frac{1 + \operatorname{sign}(x)}{2}") in ("PROVED", "PASSED")


def test_a_wrong_value_at_the_condition_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    wrong = HALF_STEP.replace(r"\frac12 & x = 0", r"1 & x = 0")
    assert _verdict(capsys, wrong + r" = \frac{1 + \operatorname{sign}(x)}{2}") == "FAILED"
