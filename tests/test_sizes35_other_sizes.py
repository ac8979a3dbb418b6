r"""A size the notes leave symbolic is also checked numerically at other sizes (sizes35).

A named size (``A \in \mathbb{R}^{n \times n}``, ``x \in \mathbb{R}^n``) or one the checker infers was checked
at one value (3 first), so a claim true only for n ≤ 3 was PROVED: Newton's identity e₄ = 0 written with traces
(24 e₄ of the eigenvalues, 0 for every matrix of side at most 3), the same with power sums of x ∈ ℝⁿ, and a
Cayley–Hamilton identity of a 3×3 matrix written for n×n (redteam29). Each such size is now also checked,
numerically only, at the next size of the other parity past 3 (documents.othersizes; one size since sizes36):
a claim that fails there is FAILED with that size; one that holds keeps its verdict and says where it was
checked numerically.
"""

from __future__ import annotations

import json
import time

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.results import Verdict

MATRIX = r"Let $A \in \mathbb{R}^{n \times n}$."
TR = r"\operatorname{tr}"
# 24 e_4 of the eigenvalues of A, written as two sides: both sides agree for every A of side at most 3
NEWTON_LEFT = rf"{TR}(A)^4 + 3{TR}(A^2)^2 + 8{TR}(A){TR}(A^3)"
NEWTON_RIGHT = rf"6{TR}(A)^2{TR}(A^2) + 6{TR}(A^4)"
S1, S2, S3, S4 = (rf"\left(\sum_{{i=1}}^{{n}} x_i^{{{k}}}\right)" for k in (1, 2, 3, 4))


def _doc(body: str) -> list:
    return doc_steps(f"# S\n\n{body}\n")


def test_newton_e4_with_traces_is_failed_at_a_size_past_three() -> None:
    steps = _doc(f"{MATRIX}\n\n$${NEWTON_LEFT} = {NEWTON_RIGHT}$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]
    cx = steps[0].counterexample
    assert cx is not None and dict(cx.point)["n"] == "4", cx.point


def test_newton_e4_set_to_zero_is_not_green() -> None:
    steps = _doc(f"{MATRIX}\n\n$${TR}(A)^4 - 6{TR}(A)^2{TR}(A^2) + 3{TR}(A^2)^2 + 8{TR}(A){TR}(A^3) - 6{TR}(A^4) = 0$$")
    assert steps and not any(s.verdict.ok for s in steps), [(s.verdict, s.message) for s in steps]


def test_newton_e4_with_power_sums_of_a_vector_is_failed() -> None:
    steps = _doc(rf"Let $x \in \mathbb{{R}}^n$." f"\n\n$${S1}^4 + 3{S2}^2 + 8{S1}{S3} = 6{S1}^2{S2} + 6{S4}$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_cayley_hamilton_of_a_three_by_three_matrix_written_for_n_by_n_is_failed() -> None:
    e2 = rf"\frac{{1}}{{2}}\left({TR}(A)^2 - {TR}(A^2)\right)"
    e3 = rf"\frac{{1}}{{6}}\left({TR}(A)^3 - 3{TR}(A){TR}(A^2) + 2{TR}(A^3)\right)"
    steps = _doc(f"{MATRIX}\n\n$$A^3 + {e2} A = {TR}(A) A^2 + {e3} I$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_determinant_of_minus_a_is_not_green() -> None:
    steps = _doc(f"{MATRIX}\n\n$$\\det(-A) = -\\det(A)$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_determinant_of_twice_a_is_failed_without_a_timeout() -> None:
    start = time.monotonic()
    steps = _doc(f"{MATRIX}\n\n$$\\det(2A) = 8\\det(A)$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]
    assert time.monotonic() - start < 30


def test_true_identities_stay_proved_and_say_where_they_were_checked_numerically() -> None:
    steps = _doc(rf"Let $A \in \mathbb{{R}}^{{n \times n}}$ and $x \in \mathbb{{R}}^n$." "\n\n"
                 rf"$${TR}(A^\top A) = \|A\|_F^2$$" "\n\n" r"$$\nabla_x x^\top A x = (A + A^\top)x$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED] * 2, [s.message for s in steps]
    assert all("checked numerically at n = 4" in s.method for s in steps), [s.method for s in steps]


def test_a_size_the_notes_fix_is_not_moved() -> None:
    steps = _doc(rf"Let $A \in \mathbb{{R}}^{{3 \times 3}}$." f"\n\n$${NEWTON_LEFT} = {NEWTON_RIGHT}$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]
    assert "numerically" not in steps[0].method


def test_a_size_the_lead_in_sets_is_not_failed() -> None:
    steps = _doc(f"{MATRIX} For $n = 3$ we get\n\n$${NEWTON_LEFT} = {NEWTON_RIGHT}$$")
    assert steps and steps[0].verdict is not Verdict.FAILED, [(s.verdict, s.message) for s in steps]


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    main(["check", *argv, "--format", "json", "--no-cache", "--jobs", "1"])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_newton_e4_on_the_command_line_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, f"{NEWTON_LEFT} = {NEWTON_RIGHT}")
    assert r["verdict"] == "FAILED", r


def test_power_sums_on_the_command_line_are_failed(capsys: pytest.CaptureFixture[str]) -> None:
    left = r"(\sum_i x_i)^4 + 3(\sum_i x_i^2)^2 + 8(\sum_i x_i)(\sum_i x_i^3)"
    r = _check(capsys, f"{left} = 6(\\sum_i x_i)^2\\sum_i x_i^2 + 6\\sum_i x_i^4")
    assert r["verdict"] == "FAILED", r


def test_a_true_identity_on_the_command_line_stays_proved(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, rf"{TR}(A^\top A) = \|A\|_F^2")
    assert r["verdict"] == "PROVED", r
