r"""``verify check`` of a whole-vector claim is PROVED for every size where the size-generic argument applies.

catalog37 left it: ``verify check '\|x\|^2 = x^\top x' --vector x:n`` went to the document engine alone, which
checks n = 2 and 3, and the verdict said ``PROVED at n = 2`` (not even the 3 it checked), while the same claim
in entry notation is PROVED for all n. And a whole-vector claim true at n = 2 and 3 only (Newton's identity
e₄ = 0 in power sums) was PROVED there. Now the claim is read a second time in index notation of symbolic size
(:mod:`verifier.wholeblocks`) and given to the size-generic argument; a step it does not prove is checked by
the engine again at n = 4 and 5, and the verdict names the sizes it was proved at.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main
from verifier.commands.check import BUILTINS
from verifier.wholeblocks import Unread, generic_members

NEWTON = (r"(\mathbf{1}^\top x)^4 - 6(\mathbf{1}^\top x)^2 \|x\|^2 + 3\|x\|^4 + 8(\mathbf{1}^\top x)\,"
          r"\mathbf{1}^\top (x \odot x \odot x) - 6\,\mathbf{1}^\top(x \odot x \odot x \odot x)")  # fmt: skip


def _run(capsys, *args: str) -> dict:
    main(["check", *args, "--format", "json", "--no-progress", "--no-cache", "--points", "60"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    "claim",
    [
        [r"\|x\|^2 = x^\top x", "--vector", "x:n"],
        [r"\nabla_x (x^\top A x) = (A + A^\top)x", "--vector", "x:n", "--matrix", "A:n,n"],
        [r"\mathbf{1}^\top x = \sum_i x_i", "--vector", "x:n"],
        [r"\nabla_x \frac{1}{2}\|Ax - b\|^2 = A^\top(Ax - b)", "--matrix", "A:m,n", "--vector", "x:n",
         "--vector", "b:m"],
    ],
)  # fmt: skip
def test_a_whole_vector_claim_is_proved_for_every_size(capsys, claim: list[str]) -> None:
    result = _run(capsys, *claim)
    assert result["verdict"] == "PROVED"
    assert result["proved_for"].startswith("all ")


def test_a_claim_true_at_two_and_three_only_fails(capsys) -> None:
    result = _run(capsys, f"{NEWTON} = 0", "--vector", "x:n")
    assert result["verdict"] == "FAILED"
    assert result["steps"][0]["sizes"] == [["n", 4]]


def test_a_wrong_gradient_still_fails(capsys) -> None:
    result = _run(capsys, r"\nabla_x \frac{1}{2}\|Ax - b\|^2 = A(Ax - b)", "--matrix", "A:n,n", "--vector", "x:n",
                  "--vector", "b:n")  # fmt: skip
    assert result["verdict"] == "FAILED"


def test_unread_notation_names_the_sizes_checked(capsys) -> None:
    # \log \mathbf{1}^\top \exp(x): the engine reads the log's argument to the end, the second reading does not
    result = _run(capsys, r"\nabla_x \log \mathbf{1}^\top \exp(x) = \operatorname{softmax}(x)", "--vector", "x:n")
    assert result["verdict"] == "PROVED"
    assert result["proved_for"] == "n = 2, 3, 4, 5"


@pytest.mark.parametrize(
    "text",
    [
        r"\|A\|^2 = \operatorname{tr}(A^\top A)",  # a matrix's bare norm: Frobenius or spectral?
        r"\exp(A) = I + A",  # of a matrix: the matrix exponential, not entry-wise
        r"A^{-1} A = I",  # no inverse of symbolic size
        r"\mathbf{1} = \mathbf{1}",  # a block with nothing to size it
    ],
)
def test_the_second_reading_refuses_what_it_does_not_read(text: str) -> None:
    with pytest.raises(Unread):
        generic_members(text.split(" = "), vectors={}, matrices={"A": ("n", "n")}, positive=set(), functions=BUILTINS)


def test_products_keep_their_order() -> None:
    (lhs, rhs), _ = generic_members(["x^\\top A", "A^\\top x"], vectors={"x": "n"}, matrices={"A": ("n", "n")},
                                    positive=set(), functions=BUILTINS)  # fmt: skip
    assert lhs.shape != rhs.shape  # a row and a column, not one product read twice


def test_a_greek_vector_name_is_declared(capsys) -> None:
    # --vector mu:n was written "mu: vector[n]" in the note, which the context block refuses (a usage error)
    result = _run(capsys, r"\nabla_\mu \left(-\frac{\|x - \mu\|^2}{2s}\right) = \frac{x - \mu}{s}", "--vector", "x:n",
                  "--vector", "mu:n", "--positive", "s")  # fmt: skip
    assert result["verdict"] == "PROVED"


def test_a_scaled_column_of_ones_is_sized_by_its_neighbour(capsys) -> None:
    result = _run(capsys, r"\operatorname{softmax}(z + c\mathbf{1}) = \operatorname{softmax}(z)", "--vector", "z:n")
    assert result["verdict"] == "PROVED"
    assert result["proved_for"] == "all n >= 1"
