r"""A claim true for every size up to 4 and false past it is not PROVED for every n (sound37).

The other size of an open size was 4 (3 → the next of the other parity), so an identity that holds for n ≤ 4 and
fails from 5 was PROVED: Newton's identity for e₅ written with traces (120 e₅ of the eigenvalues), the same
power sums of a vector, a Cayley–Hamilton identity of side 4 written for n×n. The other size is now chosen
past the claim's degree (documents.claimdegree); where the degree asks a size past the largest checked, the
method says at which sizes it was checked only.
"""

from __future__ import annotations

import json
import re

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.documents import othersizes
from verifier.documents.claimdegree import degree
from verifier.documents.context import Scope
from verifier.results import Verdict

MATRIX = r"Let $A \in \mathbb{R}^{n \times n}$."
TR = r"\operatorname{tr}"


def _p(k: int) -> str:
    return rf"{TR}(A^{{{k}}})" if k > 1 else rf"{TR}(A)"


# 120 e_5 of the eigenvalues: 0 for every matrix of side at most 4
E5 = (rf"{_p(1)}^5 + 15{_p(1)}{_p(2)}^2 + 20{_p(1)}^2{_p(3)} + 24{_p(5)}"
      rf" = 10{_p(1)}^3{_p(2)} + 20{_p(2)}{_p(3)} + 30{_p(1)}{_p(4)}")
S = {k: rf"\left(\sum_{{i=1}}^{{n}} x_i^{{{k}}}\right)" for k in range(1, 6)}


def _doc(body: str) -> list:
    return doc_steps(f"# S\n\n{body}\n")


def test_newton_e5_with_traces_is_failed_at_a_size_past_four() -> None:
    steps = _doc(f"{MATRIX}\n\n$${E5}$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [(s.verdict, s.method) for s in steps]
    cx = steps[0].counterexample
    assert cx is not None and int(dict(cx.point)["n"]) >= 5, cx.point


def test_newton_e5_with_power_sums_of_a_vector_is_failed() -> None:
    left = rf"{S[1]}^5 + 15{S[1]}{S[2]}^2 + 20{S[1]}^2{S[3]} + 24{S[5]}"
    right = rf"10{S[1]}^3{S[2]} + 20{S[2]}{S[3]} + 30{S[1]}{S[4]}"
    steps = _doc(rf"Let $x \in \mathbb{{R}}^n$." f"\n\n$${left} = {right}$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [(s.verdict, s.method) for s in steps]


def test_cayley_hamilton_of_side_four_written_for_n_by_n_is_failed() -> None:
    e2 = rf"\frac{{1}}{{2}}\left({_p(1)}^2 - {_p(2)}\right)"
    e3 = rf"\frac{{1}}{{6}}\left({_p(1)}^3 - 3{_p(1)}{_p(2)} + 2{_p(3)}\right)"
    e4 = (rf"\frac{{1}}{{24}}\left({_p(1)}^4 - 6{_p(1)}^2{_p(2)} + 3{_p(2)}^2 + 8{_p(1)}{_p(3)}"
          rf" - 6{_p(4)}\right)")
    steps = _doc(f"{MATRIX}\n\n$$A^4 + {e2} A^2 + {e4} I = {_p(1)} A^3 + {e3} A$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [(s.verdict, s.method) for s in steps]


VECTOR = r"Let $x \in \mathbb{R}^n$."


def test_a_true_identity_of_degree_five_stays_proved_and_says_where() -> None:
    steps = _doc(f"{VECTOR}\n\n$$\\sum_{{i=1}}^{{n}} x_i^5 = \\sum_{{i=1}}^{{n}} x_i^2 x_i^3$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [(s.verdict, s.message) for s in steps]
    assert re.search(r"\bn ?= ?5\b", steps[0].method), steps[0].method  # a first size or the other one


def test_a_degree_past_the_largest_size_says_the_sizes_checked() -> None:
    steps = _doc(f"{VECTOR}\n\n$$\\sum_{{i=1}}^{{n}} x_i^9 = \\sum_{{i=1}}^{{n}} x_i^4 x_i^5$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [(s.verdict, s.message) for s in steps]
    method = steps[0].method
    assert f"n = {othersizes.LARGEST}; at those sizes only" in method and "size of 9" in method, method


def test_a_determinant_keeps_the_parity_of_the_other_size() -> None:
    steps = _doc(f"{MATRIX}\n\n$$\\det(-A) = -\\det(A)$$\n\n$${TR}(A^5) = {TR}(A^2 A^3)$$")
    assert steps[0].verdict is Verdict.FAILED, [(s.verdict, s.method) for s in steps]


@pytest.mark.parametrize(("latex", "expected"), [
    (rf"{TR}(A)^5", 5), (r"x^\top A x", 3), (r"\sum_{i=1}^{n} x_i^4", 4), (r"\det(A)", None),
    (r"e^{x^\top x}", None), (r"\|A\|_F^2 + c^3", 2), (r"A^{-1}", None),
])
def test_the_degree_of_a_tree(latex: str, expected: int | None) -> None:
    from verifier.documents.context import Size, VarDecl
    from verifier.latex.parser import parse_latex

    n = ("n", ())
    scope = Scope()
    scope.names[n] = Size(n, (), 0)
    scope.names[("A", ())] = VarDecl(("A", ()), "matrix", (n, n))
    scope.names[("x", ())] = VarDecl(("x", ()), "vector", (n, 1))
    scope.names[("c", ())] = VarDecl(("c", ()), "scalar")
    assert degree(parse_latex(latex, noncommutative=frozenset({"A", "x"})), scope) == expected


def test_newton_e5_on_the_command_line_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", E5, "--format", "json", "--no-cache", "--jobs", "1"])
    r = json.loads(capsys.readouterr().out)["results"][0]
    assert r["verdict"] == "FAILED", r


def test_a_busy_machine_does_not_cut_the_other_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """The allowance counts CPU seconds: wall time passing while the machine is busy elsewhere (here a sleep,
    no CPU, longer than the allowance's seconds times budget.WALL_FACTOR) must not cut the other size short
    and miss its refutation. The allowance is made smaller for the test (its three other-size instances take
    ~0.05 s of CPU together), so that the sleep keeps that ratio to it while waiting 0.7 s, not 3.5 s, each."""
    import time
    from contextlib import contextmanager

    monkeypatch.setattr(othersizes, "DOCUMENT_SECONDS", 0.2)
    real = othersizes.Allowance.running

    @contextmanager
    def busy(self: othersizes.Allowance):  # type: ignore[no-untyped-def]
        with real(self):
            time.sleep(3.5 * othersizes.DOCUMENT_SECONDS)
            yield

    monkeypatch.setattr(othersizes.Allowance, "running", busy)
    newton4 = (rf"{_p(1)}^4 + 3{_p(2)}^2 + 8{_p(1)}{_p(3)} = 6{_p(1)}^2{_p(2)} + 6{_p(4)}")
    steps = _doc(f"{MATRIX}\n\n$${newton4}$$")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [(s.verdict, s.method) for s in steps]


SYMMETRIC = r"Let $A \in \mathbb{R}^{n \times n}$ be symmetric and $x, y \in \mathbb{R}^n$."
E4 = rf"\left({_p(1)}^4 + 3{_p(2)}^2 + 8{_p(1)}{_p(3)} - 6{_p(1)}^2{_p(2)} - 6{_p(4)}\right)"


def test_a_step_a_reading_rescues_is_checked_at_the_other_size() -> None:
    steps = _doc(f"{SYMMETRIC}\n\n$$\\nabla_x x^\\top A x = 2Ax$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [(s.verdict, s.message) for s in steps]
    assert "symmetric" in steps[0].message and "checked numerically at n = 4" in steps[0].method, steps[0].method


def test_a_rescued_step_false_past_the_first_size_is_not_green() -> None:
    steps = _doc(f"{SYMMETRIC}\n\n$$x^\\top A y + {E4} = y^\\top A x$$")  # 24 e_4(A): 0 for n <= 3
    assert steps and not any(s.verdict.ok for s in steps), [(s.verdict, s.method, s.message) for s in steps]
